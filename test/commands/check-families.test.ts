import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';
import { tempTree } from '../helpers/temp-tree.js';

const trees: Array<{ remove: () => void }> = [];
afterAll(() => trees.forEach((tree) => tree.remove()));
function tree(files: Record<string, string>): string {
  const made = tempTree(files);
  trees.push(made);
  return made.root;
}
interface Report {
  findings: Array<{ ruleId: string; status: string; message: string }>;
  errors: Array<{ file: string; line: number; message: string }>;
}
const json = (root: string, args: string[]) => {
  const run = cli(root, ['check', '--format', 'json', ...args]);
  return { code: run.code, report: JSON.parse(run.stdout) as Report };
};

describe('families report input they cannot evaluate as errors (exit 2), never a pass', () => {
  it('a NetworkPolicy the API server would refuse', () => {
    const root = tree({
      'np.yaml': `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: bad, namespace: shop}
spec:
  podSelector: {}
  policyTypes: [Ingress]
  ingress:
    - ports:
        - protocol: HTTP
          port: 80
`,
    });
    const { code, report } = json(root, ['--rules', 'netpol/*']);
    expect(code).toBe(2);
    expect(report.errors[0]).toMatchObject({ file: 'np.yaml', line: 9 });
  });

  it('RBAC the API server would refuse', () => {
    const root = tree({
      'rbac.yaml': `apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: {name: b, namespace: shop}
roleRef: {apiGroup: rbac.authorization.k8s.io, kind: Deployment, name: x}
subjects: [{kind: ServiceAccount, name: web}]
`,
    });
    const { code, report } = json(root, ['--rules', 'rbac/*']);
    expect(code).toBe(2);
    expect(report.errors[0]).toMatchObject({ file: 'rbac.yaml', line: 4 });
  });
});

describe('new-only and RBAC: a new subject of an old risky rule is new', () => {
  it('gates on the new binding even though the rule line did not change', () => {
    const role = `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata: {name: reader, namespace: shop}
rules:
  - apiGroups: [""]
    resources: [secrets]
    verbs: [get, list]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: {name: reader, namespace: shop}
roleRef: {apiGroup: rbac.authorization.k8s.io, kind: Role, name: reader}
subjects:
  - {kind: ServiceAccount, name: web, namespace: shop}
`;
    const root = tree({ 'rbac.yaml': role });
    const git = (...args: string[]) =>
      execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], {
        cwd: root,
        stdio: 'pipe',
      });
    git('init', '-q', '-b', 'main');
    git('add', '.');
    git('commit', '-qm', 'base');
    fs.writeFileSync(path.join(root, 'changed.txt'), 'rbac.yaml\n');
    const unchanged = json(root, [
      '--rules',
      'rbac/secrets-read',
      '--base',
      'HEAD',
      '--new-only',
      '--changed-files',
      'changed.txt',
    ]);
    expect(unchanged.report.findings.map((f) => f.status)).toEqual(['existing']);
    expect(unchanged.code).toBe(0);

    fs.appendFileSync(
      path.join(root, 'rbac.yaml'),
      '  - {kind: ServiceAccount, name: batch, namespace: shop}\n',
    );
    const added = json(root, ['--rules', 'rbac/secrets-read', '--base', 'HEAD', '--new-only']);
    const statuses = added.report.findings
      .map((f) => `${f.status} ${f.message.includes('batch') ? 'batch' : 'web'}`)
      .sort();
    expect(statuses).toEqual(['existing web', 'new batch']);
    expect(added.code).toBe(1);
  });
});
