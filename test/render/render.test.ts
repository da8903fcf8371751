import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';
import { tempTree } from '../helpers/temp-tree.js';
import { testToolsEnv } from '../helpers/tools.js';

const env = testToolsEnv();
const trees: Array<{ remove: () => void }> = [];
afterAll(() => trees.forEach((tree) => tree.remove()));
function tree(files: Record<string, string>): string {
  const made = tempTree(files);
  trees.push(made);
  return made.root;
}

interface Report {
  findings: Array<{
    ruleId: string;
    location: { file: string; line: number; column: number };
    resource: { name: string; namespace?: string };
    status: string;
  }>;
  errors: Array<{ file: string; line: number; message: string }>;
}
function check(root: string, args: string[] = []): { code: number; report: Report } {
  const run = cli(root, ['check', '--rules', 'pss/*', '--format', 'json', ...args], { env });
  return { code: run.code, report: JSON.parse(run.stdout) as Report };
}
const at = (report: Report, ruleId: string) =>
  report.findings
    .filter((f) => f.ruleId === ruleId)
    .map((f) => `${f.location.file}:${f.location.line}:${f.location.column}`);

const chart = {
  'chart/Chart.yaml': 'apiVersion: v2\nname: shop\nversion: 1.0.0\n',
  'chart/values.yaml': 'privileged: true\nhostNetwork: false\npodSecurityContext:\n  runAsUser: 0\n',
  'chart/templates/deployment.yaml': `apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ .Release.Name }}-web
spec:
  template:
    spec:
      hostNetwork: {{ .Values.hostNetwork }}
      securityContext:
        {{- toYaml .Values.podSecurityContext | nindent 8 }}
      containers:
        - name: web
          image: nginx:1.27
          securityContext:
            privileged: {{ .Values.privileged }}
`,
  'chart/templates/service.yaml':
    'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  ports: [{port: 80}]\n',
};

describe('Helm charts (real helm)', () => {
  it('renders a chart and points each finding at the template line a person edits', () => {
    const { code, report } = check(tree(chart));
    expect(code).toBe(0);
    expect(report.errors).toEqual([]);
    expect(at(report, 'pss/privileged')).toEqual(['chart/templates/deployment.yaml:15:13']);
    // passed in with toYaml .Values.podSecurityContext: the values file a person edits
    expect(at(report, 'pss/runAsUser')).toEqual(['chart/values.yaml:4:3']);
    expect(report.findings.every((f) => f.resource.name === 'chart-web')).toBe(true);
  });

  it('renders declared releases with their values files and --set values', () => {
    const root = tree({
      ...chart,
      'chart/values-prod.yaml': 'privileged: false\npodSecurityContext: {runAsNonRoot: true}\n',
      '.kubegate.yaml': `render:
  releases:
    - chart: chart
      name: prod
      namespace: shop
      values: [chart/values-prod.yaml]
    - chart: chart
      name: edge
      set: { hostNetwork: true }
`,
    });
    const { report } = check(root);
    // the release's own values file wins over the chart's values.yaml
    expect(
      report.findings
        .filter((f) => f.resource.name === 'prod-web' && f.ruleId === 'pss/runAsUser')
        .map((f) => f.location.file),
    ).toEqual(['chart/values.yaml']);
    const byRelease = (name: string) =>
      new Set(report.findings.filter((f) => f.resource.name === name).map((f) => f.ruleId));
    expect(byRelease('prod-web').has('pss/privileged')).toBe(false);
    expect(byRelease('edge-web').has('pss/privileged')).toBe(true);
    expect(byRelease('edge-web').has('pss/hostNamespaces')).toBe(true);
    expect(report.findings.find((f) => f.resource.name === 'prod-web')?.resource.namespace).toBe('shop');
  });

  it('declared releases are rendered only when the checked paths include their chart', () => {
    const root = tree({
      ...chart,
      'other/pod.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\n',
      '.kubegate.yaml': 'render:\n  releases:\n    - chart: chart\n      name: prod\n',
    });
    expect(check(root, ['other']).report.findings).toEqual([]);
    expect(check(root, ['.']).report.findings.some((f) => f.resource.name === 'prod-web')).toBe(true);
  });

  it('a broken template is an error naming the template file and line (exit 2)', () => {
    const root = tree({
      ...chart,
      'chart/templates/broken.yaml':
        'apiVersion: v1\nkind: ConfigMap\ndata:\n  x: {{ .Values.x | nosuchfunc }}\n',
    });
    const { code, report } = check(root);
    expect(code).toBe(2);
    expect(report.errors).toEqual([
      expect.objectContaining({
        file: 'chart/templates/broken.yaml',
        line: 4,
        message: expect.stringContaining('nosuchfunc'),
      }),
    ]);
  });

  it('missing chart dependencies are an error at the dependency, never an empty pass', () => {
    const root = tree({
      ...chart,
      'chart/Chart.yaml':
        'apiVersion: v2\nname: shop\nversion: 1.0.0\ndependencies:\n  - name: redis\n    version: 1.0.0\n    repository: https://charts.example.com\n',
    });
    const { code, report } = check(root);
    expect(code).toBe(2);
    expect(report.errors[0]).toMatchObject({
      file: 'chart/Chart.yaml',
      line: 5,
      message: expect.stringContaining('redis'),
    });
    expect(report.findings).toEqual([]);
  });

  it('a render that hangs is stopped by the time limit (exit 2)', () => {
    const root = tree({
      ...chart,
      '.kubegate.yaml': 'render:\n  timeoutSeconds: 1\n',
      'slow-helm': '#!/bin/sh\nsleep 30\n',
    });
    fs.chmodSync(path.join(root, 'slow-helm'), 0o755);
    const started = Date.now();
    const run = cli(root, ['check', '--format', 'json'], {
      env: { ...env, KUBEGATE_HELM: path.join(root, 'slow-helm') },
    });
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(run.code).toBe(2);
    expect((JSON.parse(run.stdout) as Report).errors[0]).toMatchObject({
      file: 'chart/Chart.yaml',
      message: expect.stringContaining('timed out'),
    });
  });

  it('no helm at all is an error, not a skipped chart', () => {
    const run = cli(tree(chart), ['check'], { env: { PATH: '' } });
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('helm not found');
  });
});

const kustomize = {
  'base/kustomization.yaml': 'resources:\n  - deployment.yaml\n',
  'base/deployment.yaml': `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  template:
    spec:
      containers:
        - name: web
          image: nginx:1.27
          securityContext:
            runAsUser: 0
`,
  'overlays/prod/kustomization.yaml': `namespace: prod
namePrefix: prod-
resources:
  - ../../base
patches:
  - path: security.yaml
  - target: {kind: Deployment, name: web}
    patch: |-
      - op: add
        path: /spec/template/spec/hostNetwork
        value: true
`,
  'overlays/prod/security.yaml': `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  template:
    spec:
      containers:
        - name: web
          securityContext:
            privileged: true
`,
};

describe('Kustomize (real kubectl kustomize)', () => {
  it('builds the overlay, not the base twice, and maps fields to the resource or the patch that sets them', () => {
    const { code, report } = check(tree(kustomize));
    expect(code).toBe(0);
    expect(report.errors).toEqual([]);
    expect(new Set(report.findings.map((f) => `${f.resource.namespace}/${f.resource.name}`))).toEqual(
      new Set(['prod/prod-web']),
    );
    expect(at(report, 'pss/privileged')).toEqual(['overlays/prod/security.yaml:11:13']);
    expect(at(report, 'pss/hostNamespaces')).toEqual(['overlays/prod/kustomization.yaml:11:9']);
    expect(at(report, 'pss/runAsUser')).toEqual(['base/deployment.yaml:12:13']);
  });

  it('the text report counts what was rendered', () => {
    const root = tree({
      ...chart,
      ...kustomize,
      'plain/a.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\n',
    });
    const text = cli(root, ['check', '--rules', 'pss/*'], { env }).stdout;
    expect(text).toMatch(/\d+ objects from 1 file, 1 Helm release, 1 Kustomize root · /);
  });

  it('removes the build annotations kubegate asked for', () => {
    const root = tree({ ...kustomize, 'overlays/prod/extra.yaml': '' });
    const run = cli(root, ['check', '--format', 'json', '--rules', 'pss/*'], { env });
    expect(run.stdout).not.toContain('config.kubernetes.io/origin');
  });

  it('a bad kustomization is an error naming its file (exit 2)', () => {
    const root = tree({ ...kustomize, 'overlays/prod/kustomization.yaml': 'resources:\n  - missing.yaml\n' });
    const { code, report } = check(root);
    expect(code).toBe(2);
    expect(report.errors[0]).toMatchObject({
      file: 'overlays/prod/kustomization.yaml',
      message: expect.stringContaining('missing.yaml'),
    });
  });

  it('refuses remote resources, Helm inflation and exec plugins (no network, no code from the PR)', () => {
    const remote = tree({
      'k/kustomization.yaml':
        'resources:\n  - ./local.yaml\n  - https://github.com/example/repo//deploy?ref=main\n',
      'k/local.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\n',
    });
    const remoteRun = check(remote);
    expect(remoteRun.code).toBe(2);
    expect(remoteRun.report.errors[0]).toMatchObject({
      file: 'k/kustomization.yaml',
      line: 3,
      message: expect.stringContaining('not fetched'),
    });

    const helmCharts = tree({
      'k/kustomization.yaml':
        'helmCharts:\n  - name: x\n    repo: https://charts.example.com\n    version: 1.0.0\n',
    });
    expect(check(helmCharts).code).toBe(2);

    const execPlugin = tree({
      'k/kustomization.yaml': 'transformers:\n  - plugin.yaml\n',
      'k/plugin.yaml': `apiVersion: example.com/v1
kind: Evil
metadata:
  name: evil
  annotations:
    config.kubernetes.io/function: |
      exec:
        path: ./evil.sh
`,
      'k/evil.sh': '#!/bin/sh\ntouch "$(dirname "$0")/pwned"\n',
    });
    fs.chmodSync(path.join(execPlugin, 'k/evil.sh'), 0o755);
    expect(check(execPlugin).code).toBe(2);
    expect(fs.existsSync(path.join(execPlugin, 'k/pwned'))).toBe(false);
  });
});

describe('scope: --changed-files and --shard', () => {
  const root = tree({
    ...chart,
    ...kustomize,
    'plain/a.yaml':
      'apiVersion: v1\nkind: Pod\nmetadata: {name: a}\nspec: {containers: [{name: a, image: x}]}\n',
    'plain/b.yaml':
      'apiVersion: v1\nkind: Pod\nmetadata: {name: b}\nspec: {containers: [{name: b, image: x}]}\n',
  });
  const names = (args: string[]) =>
    [...new Set(check(root, args).report.findings.map((f) => f.resource.name))].sort();

  it('renders only what the change touches: a changed base selects the overlay that uses it', () => {
    fs.writeFileSync(path.join(root, 'changed.txt'), 'base/deployment.yaml\nplain/b.yaml\n');
    expect(names(['--changed-files', 'changed.txt'])).toEqual(['b', 'prod-web']);
    fs.writeFileSync(path.join(root, 'changed.txt'), 'chart/values.yaml\n');
    expect(names(['--changed-files', 'changed.txt'])).toEqual(['chart-web']);
    fs.writeFileSync(path.join(root, 'changed.txt'), 'README.md\n');
    expect(names(['--changed-files', 'changed.txt'])).toEqual([]);
  });

  it('shards split the sources deterministically, disjoint and complete', () => {
    const all = names([]);
    const shards = [1, 2, 3].map((i) => names(['--shard', `${i}/3`]));
    expect(shards.flat().sort()).toEqual(all);
    expect(new Set(shards.flat()).size).toBe(shards.flat().length);
    expect(names(['--shard', '2/3'])).toEqual(shards[1]);
    expect(cli(root, ['check', '--shard', '4/3'], { env }).code).toBe(2);
  });
});

describe('--new-only with rendered sources (a git repository with two commits)', () => {
  it('renders the base revision from git without touching the working tree', () => {
    const root = tree({ ...chart, ...kustomize });
    const git = (...args: string[]) =>
      execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], {
        cwd: root,
        stdio: 'pipe',
      });
    git('init', '-q', '-b', 'main');
    git('add', '.');
    git('commit', '-qm', 'base');
    // the change: the chart stops being privileged; the overlay adds hostPID
    fs.writeFileSync(
      path.join(root, 'chart/values.yaml'),
      'privileged: false\nhostNetwork: false\npodSecurityContext:\n  runAsUser: 0\n',
    );
    fs.appendFileSync(
      path.join(root, 'overlays/prod/kustomization.yaml'),
      '      - op: add\n        path: /spec/template/spec/hostPID\n        value: true\n',
    );
    git('commit', '-qam', 'change');
    const before = git('status', '--porcelain').toString();

    const { code, report } = check(root, ['--base', 'HEAD~1', '--new-only', '--fail-on', 'medium']);
    const status = (ruleId: string, name: string) =>
      report.findings.filter((f) => f.ruleId === ruleId && f.resource.name === name).map((f) => f.status);
    expect(report.errors).toEqual([]);
    expect(status('pss/privileged', 'chart-web')).toEqual(['fixed']);
    expect(status('pss/runAsUser', 'chart-web')).toEqual(['existing']);
    expect(status('pss/hostNamespaces', 'prod-web')).toEqual(['existing', 'new']);
    expect(code).toBe(1);
    expect(git('status', '--porcelain').toString()).toBe(before);
  });
});

describe('kubegate merge', () => {
  it('joins shard reports into the same findings and gate as one run', () => {
    const root = tree({
      ...chart,
      ...kustomize,
      'plain/a.yaml':
        'apiVersion: v1\nkind: Pod\nmetadata: {name: a}\nspec: {hostIPC: true, containers: [{name: a, image: x}]}\n',
    });
    const whole = check(root, ['--fail-on', 'medium']);
    for (const i of [1, 2]) {
      cli(
        root,
        [
          'check',
          '--rules',
          'pss/*',
          '--format',
          'json',
          '--shard',
          `${i}/2`,
          '--output',
          `shard-${i}.json`,
          '--fail-on',
          'medium',
        ],
        { env },
      );
    }
    const merged = cli(root, ['merge', 'shard-1.json', 'shard-2.json', '--format', 'json']);
    const report = JSON.parse(merged.stdout) as Report & { summary: { gate: string; medium: number } };
    expect(merged.code).toBe(whole.code);
    expect(report.findings.map((f) => `${f.ruleId} ${f.location.file}:${f.location.line}`).sort()).toEqual(
      whole.report.findings.map((f) => `${f.ruleId} ${f.location.file}:${f.location.line}`).sort(),
    );
    expect(report.summary.gate).toBe('fail');
  });

  it('a file that is not a kubegate report is an error (exit 2)', () => {
    const root = tree({ 'bad.json': '{"version": 2}', 'broken.json': '{' });
    const run = cli(root, ['merge', 'bad.json', 'broken.json', 'missing.json', '--format', 'json']);
    expect(run.code).toBe(2);
    const errors = (JSON.parse(run.stdout) as Report).errors.map((error) => error.file);
    expect(errors).toEqual(['bad.json', 'broken.json', 'missing.json']);
  });
});
