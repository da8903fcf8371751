import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { evaluate } from '../../src/github/evaluate.js';
import type { ActionInputs } from '../../src/github/inputs.js';
import { tempTree } from '../helpers/temp-tree.js';

const INPUTS: ActionInputs = {
  paths: ['deploy'],
  mode: 'push',
  comment: 'none',
  cluster: 'none',
  clusterOptions: { keepCluster: false },
  scan: {},
};
const POD = `apiVersion: v1
kind: Pod
metadata:
  name: web
  namespace: shop
spec:
  containers:
    - name: app
      image: registry.example.com/web:1
`;

let removals: Array<() => void> = [];
afterEach(() => {
  for (const remove of removals) remove();
  removals = [];
});

function git(cwd: string, args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

describe('evaluate: the secret values it keeps out of every output', () => {
  it('come from manifests, chart values, Kustomize generators and the config file', () => {
    const tree = tempTree({
      '.kubegate.yaml': `render:\n  releases:\n    - chart: deploy/chart\n      set:\n        db.password: "from-config-set-1"\n`,
      'deploy/pod.yaml': POD.replace(
        '      image: registry.example.com/web:1\n',
        '      image: registry.example.com/web:1\n      env:\n        - name: API_TOKEN\n          value: "from-env-literal-2"\n',
      ),
      'deploy/secret.yaml':
        'apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\ndata:\n  password: ZnJvbS1zZWNyZXQtZGF0YS0z\n',
      'deploy/chart/Chart.yaml': 'apiVersion: v2\nname: chart\nversion: 1.0.0\n',
      'deploy/chart/values.yaml': 'database:\n  password: from-chart-values-4\n',
      'deploy/chart/templates/secret.yaml': 'password: {{ .Values.database.password | quote }}\n',
      'deploy/overlay/kustomization.yaml':
        'resources: []\nsecretGenerator:\n  - name: api\n    literals: ["token=from-generator-5"]\n',
    });
    removals.push(tree.remove);
    const evaluation = evaluate({ inputs: INPUTS, mode: 'push', workspace: tree.root, env: { PATH: '' } });
    for (const value of [
      'from-config-set-1',
      'from-env-literal-2',
      'from-secret-data-3',
      'from-chart-values-4',
      'from-generator-5',
    ]) {
      expect(evaluation.redactor.reveals(`text with ${value} in it`), value).toBe(true);
    }
    expect(evaluation.redactor.reveals('registry.example.com/web:1')).toBe(false);
  });
});

describe('evaluate: the base of a pull request', () => {
  it('fetches the base commit a shallow checkout lacks, and compares with it', () => {
    const tree = tempTree({});
    removals.push(tree.remove);
    const origin = path.join(tree.root, 'origin');
    fs.mkdirSync(path.join(origin, 'deploy'), { recursive: true });
    git(origin, ['init', '-q', '-b', 'main']);
    git(origin, ['config', 'user.email', 'k@example.com']);
    git(origin, ['config', 'user.name', 'k']);
    fs.writeFileSync(path.join(origin, 'deploy/pod.yaml'), POD);
    git(origin, ['add', '-A']);
    git(origin, ['commit', '-q', '-m', 'base']);
    const base = git(origin, ['rev-parse', 'HEAD']).trim();
    fs.writeFileSync(path.join(origin, 'deploy/pod.yaml'), POD.replace('name: web', 'name: web2'));
    git(origin, ['commit', '-q', '-am', 'head']);
    // a depth-1 clone, as actions/checkout makes by default: the base commit is not there
    const checkout = path.join(tree.root, 'checkout');
    git(tree.root, ['clone', '-q', '--depth', '1', `file://${origin}`, checkout]);
    expect(() => git(checkout, ['cat-file', '-e', `${base}^{commit}`])).toThrow();

    const evaluation = evaluate({
      inputs: { ...INPUTS, mode: 'pr' },
      mode: 'pr',
      workspace: checkout,
      pullRequestBase: base,
      env: { PATH: process.env.PATH ?? '' },
    });
    expect(evaluation.report.errors).toEqual([]);
    expect(evaluation.comparedWith).toBe(base);
    expect(evaluation.report.summary.newOnly).toBe(true);
    const statuses = new Set(evaluation.report.findings.map((finding) => finding.status));
    // the renamed pod: its findings are new, the old name's are fixed
    expect(statuses).toEqual(new Set(['new', 'fixed']));
  });
});
