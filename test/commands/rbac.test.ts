import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { cli } from '../helpers/cli.js';
import { tempTree } from '../helpers/temp-tree.js';

const RBAC = `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: reader
  namespace: shop
rules:
  - apiGroups: [""]
    resources: ["configmaps"]
    verbs: ["get", "list"]
  - apiGroups: [""]
    resources: ["secrets"]
    resourceNames: ["db"]
    verbs: ["get"]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: web-reader
  namespace: shop
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: Role
  name: reader
subjects:
  - kind: ServiceAccount
    name: web
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata:
  name: ops-view
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ClusterRole
  name: view
subjects:
  - kind: Group
    name: ops
`;

const WEB = 'system:serviceaccount:shop:web';
const trees: Array<{ remove: () => void }> = [];

function tree(files: Record<string, string>): string {
  const made = tempTree(files);
  trees.push(made);
  return made.root;
}

afterEach(() => {
  for (const made of trees.splice(0)) made.remove();
});

describe('rbac can-i', () => {
  test('yes and exit 0, no and exit 1, like kubectl', () => {
    const root = tree({ 'rbac.yaml': RBAC });
    expect(cli(root, ['rbac', 'can-i', 'list', 'configmaps', '-n', 'shop', '--as', WEB])).toEqual({
      code: 0,
      stdout: 'yes\n',
      stderr: '',
    });
    expect(cli(root, ['rbac', 'can-i', 'list', 'configmaps', '--as', WEB]).stdout).toBe('no\n');
    expect(cli(root, ['rbac', 'can-i', 'list', 'configmaps', '--as', WEB]).code).toBe(1);
    expect(cli(root, ['rbac', 'can-i', 'delete', 'cm', '-n', 'shop', '--as', WEB]).code).toBe(1);
  });

  test('TYPE/NAME, short names, kinds and TYPE.GROUP resolve as kubectl resolves them', () => {
    const root = tree({ 'rbac.yaml': RBAC });
    expect(cli(root, ['rbac', 'can-i', 'get', 'secrets/db', '-n', 'shop', '--as', WEB]).code).toBe(0);
    expect(cli(root, ['rbac', 'can-i', 'get', 'secrets/other', '-n', 'shop', '--as', WEB]).code).toBe(1);
    expect(cli(root, ['rbac', 'can-i', 'list', 'secrets', '-n', 'shop', '--as', WEB]).code).toBe(1);
    expect(cli(root, ['rbac', 'can-i', 'get', 'ConfigMap', '-n', 'shop', '--as', WEB]).code).toBe(0);
    expect(
      cli(root, ['rbac', 'can-i', 'list', 'deploy', '-n', 'shop', '--as', 'bob', '--as-group', 'ops']).code,
    ).toBe(0);
    expect(
      cli(root, ['rbac', 'can-i', 'list', 'deployments.apps', '-A', '--as', 'bob', '--as-group', 'ops']).code,
    ).toBe(0);
    expect(
      cli(root, [
        'rbac',
        'can-i',
        'get',
        'pods',
        '--subresource',
        'log',
        '-n',
        'x',
        '--as',
        'bob',
        '--as-group',
        'ops',
      ]).code,
    ).toBe(0);
    expect(
      cli(root, [
        'rbac',
        'can-i',
        'create',
        'pods',
        '--subresource',
        'exec',
        '-n',
        'x',
        '--as',
        'bob',
        '--as-group',
        'ops',
      ]).code,
    ).toBe(1);
  });

  test('--why names binding, role and rule with file and line', () => {
    const root = tree({ 'rbac.yaml': RBAC });
    const run = cli(root, ['rbac', 'can-i', 'get', 'configmaps', '-n', 'shop', '--as', WEB, '--why']);
    expect(run.stdout).toBe(
      [
        'yes',
        '  RoleBinding shop/web-reader (rbac.yaml:25)',
        '  → Role shop/reader (rbac.yaml:1)',
        '  → Role shop/reader rules[0] (rbac.yaml:7)',
        '',
      ].join('\n'),
    );
    const builtin = cli(root, [
      'rbac',
      'can-i',
      'get',
      'pods',
      '-n',
      'x',
      '--as',
      'bob',
      '--as-group',
      'ops',
      '--why',
    ]);
    expect(builtin.stdout).toContain(
      '  → built-in ClusterRole system:aggregate-to-view rules[0] (built in (Kubernetes v1.27-v1.33))',
    );
    expect(cli(root, ['rbac', 'can-i', 'delete', 'pods', '--as', WEB, '--why']).stdout).toBe(
      'no - no RBAC rule allows it\n',
    );
  });

  test('non-resource URLs; every authenticated user gets the default discovery roles', () => {
    const root = tree({ 'rbac.yaml': RBAC });
    expect(cli(root, ['rbac', 'can-i', 'get', '/healthz', '--as', WEB]).code).toBe(0);
    expect(cli(root, ['rbac', 'can-i', 'get', '/metrics', '--as', WEB]).code).toBe(1);
    const misuse = cli(root, ['rbac', 'can-i', 'get', '/metrics', '--subresource', 'x', '--as', WEB]);
    expect(misuse.code).toBe(2);
    expect(misuse.stderr).toContain('--subresource cannot be used with a non-resource URL');
  });

  test('a cluster-scoped type asked in a namespace is evaluated cluster-wide, with a warning', () => {
    const root = tree({
      'rbac.yaml': `${RBAC}---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: { name: nodes, namespace: shop }
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: cluster-admin }
subjects: [{ kind: ServiceAccount, name: web }]
`,
    });
    const run = cli(root, ['rbac', 'can-i', 'get', 'nodes', '-n', 'shop', '--as', WEB]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("resource 'nodes' is not namespace scoped");
    expect(cli(root, ['rbac', 'can-i', 'get', 'pods', '-n', 'shop', '--as', WEB]).code).toBe(0);
  });

  test('json', () => {
    const root = tree({ 'rbac.yaml': RBAC });
    const run = cli(root, [
      'rbac',
      'can-i',
      'get',
      'configmaps',
      '-n',
      'shop',
      '--as',
      WEB,
      '--format',
      'json',
    ]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({
      allowed: true,
      user: WEB,
      groups: ['system:serviceaccounts', 'system:serviceaccounts:shop', 'system:authenticated'],
      allowedBy: {
        binding: 'RoleBinding shop/web-reader',
        role: 'Role shop/reader',
        ruleLocation: { file: 'rbac.yaml', line: 7 },
      },
    });
  });

  test('--quiet prints nothing', () => {
    const root = tree({ 'rbac.yaml': RBAC });
    expect(cli(root, ['rbac', 'can-i', 'get', 'configmaps', '-n', 'shop', '--as', WEB, '-q'])).toEqual({
      code: 0,
      stdout: '',
      stderr: '',
    });
  });
});

describe('rbac can-i --list', () => {
  test('the four columns of kubectl auth can-i --list', () => {
    const root = tree({ 'rbac.yaml': RBAC });
    const run = cli(root, ['rbac', 'can-i', '--list', '-n', 'shop', '--as', WEB]);
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^Resources\s+Non-Resource URLs\s+Resource Names\s+Verbs$/);
    expect(lines).toContainEqual(expect.stringMatching(/^configmaps\s+\[\]\s+\[\]\s+\[get list\]$/));
    expect(lines).toContainEqual(expect.stringMatching(/^secrets\s+\[\]\s+\[db\]\s+\[get\]$/));
    expect(lines).toContainEqual(expect.stringMatching(/^\s+\[\/healthz\]\s+\[\]\s+\[get\]$/));
    expect(
      cli(root, ['rbac', 'can-i', '--list', '-n', 'shop', '--as', WEB, '--no-headers']).stdout.startsWith(
        'Resources',
      ),
    ).toBe(false);
  });

  test('json has resource and non-resource rules', () => {
    const root = tree({ 'rbac.yaml': RBAC });
    const report = JSON.parse(
      cli(root, ['rbac', 'can-i', '--list', '-n', 'shop', '--as', WEB, '--format', 'json']).stdout,
    );
    expect(report.namespace).toBe('shop');
    expect(report.resourceRules).toContainEqual({
      verbs: ['get'],
      apiGroups: [''],
      resources: ['secrets'],
      resourceNames: ['db'],
    });
    expect(report.nonResourceRules).toContainEqual({ verbs: ['get'], nonResourceURLs: ['/version'] });
    expect(report.incomplete).toBe(false);
  });

  test('a binding to an unknown role is reported, not silently counted as nothing', () => {
    const root = tree({
      'rbac.yaml': `apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: { name: operator, namespace: shop }
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: made-elsewhere }
subjects: [{ kind: ServiceAccount, name: web }]
`,
    });
    const run = cli(root, ['rbac', 'can-i', '--list', '-n', 'shop', '--as', WEB, '--format', 'json']);
    expect(JSON.parse(run.stdout)).toMatchObject({
      incomplete: true,
      unresolvedBindings: ['RoleBinding shop/operator'],
    });
    expect(run.stderr).toContain(
      'refers to ClusterRole made-elsewhere, which is neither in the manifests nor built in',
    );
  });
});

describe('rbac who-can', () => {
  test('lists the subjects with their binding and where it is', () => {
    const root = tree({ 'rbac.yaml': RBAC });
    const run = cli(root, ['rbac', 'who-can', 'get', 'configmaps', '-n', 'shop']);
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^SUBJECT\s+BINDING\s+ROLE\s+WHERE$/);
    expect(lines).toContainEqual(
      expect.stringMatching(/^Group ops\s+ClusterRoleBinding ops-view\s+ClusterRole view\s+rbac\.yaml:37$/),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^Group system:masters\s+ClusterRoleBinding cluster-admin\s+ClusterRole cluster-admin\s+built in/,
      ),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^ServiceAccount shop\/web\s+RoleBinding shop\/web-reader\s+Role shop\/reader\s+rbac\.yaml:25$/,
      ),
    );
  });

  test('json, and a request no one may make', () => {
    const root = tree({ 'rbac.yaml': RBAC });
    const report = JSON.parse(
      cli(root, ['rbac', 'who-can', 'get', 'secrets/db', '-n', 'shop', '--format', 'json']).stdout,
    );
    const subjects = report.subjects.map(
      (entry: { subject: { kind: string; name: string } }) => `${entry.subject.kind} ${entry.subject.name}`,
    );
    // the built-in controller-manager binding may get secrets too
    expect(subjects).toEqual([
      'Group system:masters',
      'ServiceAccount web',
      'User system:kube-controller-manager',
    ]);
    expect(cli(root, ['rbac', 'who-can', 'escalate', 'clusterroles', '--format', 'json']).code).toBe(0);
  });
});

describe('rbac diff', () => {
  test('against a base folder: what is new; an old grant the new one covers is not removed', () => {
    const root = tree({
      'base/rbac.yaml': RBAC,
      'head/rbac.yaml': RBAC.replace('resourceNames: ["db"]\n    verbs: ["get"]', 'verbs: ["get", "list"]'),
    });
    const run = cli(root, ['rbac', 'diff', '--base', 'base', 'head']);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      [
        '+ ServiceAccount shop/web can now: get, list secrets in namespace shop',
        '    via RoleBinding shop/web-reader → Role shop/reader rules[1] (head/rbac.yaml:10)',
        '',
      ].join('\n'),
    );
    const markdown = cli(root, ['rbac', 'diff', '--base', 'base', 'head', '--format', 'md']).stdout;
    expect(markdown).toContain('- ServiceAccount shop/web can now: get, list secrets in namespace shop');
    const json = JSON.parse(cli(root, ['rbac', 'diff', '--base', 'base', 'head', '--format', 'json']).stdout);
    expect(json.added[0]).toMatchObject({
      subject: { kind: 'ServiceAccount', name: 'web', namespace: 'shop' },
      resource: 'secrets',
      verbs: ['get', 'list'],
    });
  });

  test('against a git revision, with the same paths', () => {
    const root = tree({ 'deploy/rbac.yaml': RBAC });
    const git = (...args: string[]) => {
      const result = spawnSync(
        'git',
        ['-c', 'user.name=test', '-c', 'user.email=test@example.com', ...args],
        { cwd: root, encoding: 'utf8' },
      );
      if (result.status !== 0) throw new Error(result.stderr);
    };
    git('init', '-q');
    git('add', '.');
    git('commit', '-q', '-m', 'base');
    fs.writeFileSync(
      path.join(root, 'deploy/rbac.yaml'),
      RBAC.replace(
        '  - kind: Group\n    name: ops\n',
        '  - kind: Group\n    name: ops\n  - kind: Group\n    name: system:authenticated\n',
      ),
    );
    const run = cli(root, ['rbac', 'diff', '--base', 'HEAD', 'deploy']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('+ Group system:authenticated can now: get, list, watch pods cluster-wide');
    expect(run.stdout).not.toContain('Group ops');
    const unknown = cli(root, ['rbac', 'diff', '--base', 'no-such-ref', 'deploy']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('cannot resolve git revision "no-such-ref"');
  });

  test('removed permissions', () => {
    const root = tree({
      'base/rbac.yaml': RBAC,
      'head/rbac.yaml': RBAC.replace('verbs: ["get", "list"]', 'verbs: ["get"]'),
    });
    expect(cli(root, ['rbac', 'diff', '--base', 'base', 'head']).stdout).toBe(
      '- ServiceAccount shop/web can no longer: list configmaps in namespace shop\n',
    );
  });

  test('no change says so', () => {
    const root = tree({ 'a/rbac.yaml': RBAC, 'b/rbac.yaml': RBAC });
    expect(cli(root, ['rbac', 'diff', '--base', 'a', 'b']).stdout).toBe('No RBAC permission changes.\n');
  });
});

describe('bad input and usage', () => {
  test('RBAC the API server would refuse stops with file, line and exit 2', () => {
    const root = tree({
      'rbac.yaml': `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata: { name: broken, namespace: shop }
rules:
  - apiGroups: [""]
    resources: ["pods"]
`,
    });
    const run = cli(root, ['rbac', 'can-i', 'get', 'pods', '--as', WEB]);
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr: 'kubegate: rbac.yaml:5: Role shop/broken: verbs must contain at least one value\n',
    });
  });

  test('YAML that does not parse, and a missing path', () => {
    const root = tree({ 'bad.yaml': 'kind: [unclosed\n' });
    const run = cli(root, ['rbac', 'can-i', '--list', '--as', WEB]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^kubegate: bad\.yaml:\d+: /);
    expect(cli(root, ['rbac', 'who-can', 'get', 'pods', 'missing']).stderr).toContain(
      'missing:1: no such file or folder',
    );
  });

  test('usage errors exit 2 with the rbac usage', () => {
    const root = tree({ 'rbac.yaml': RBAC });
    const noAs = cli(root, ['rbac', 'can-i', 'get', 'pods']);
    expect(noAs.code).toBe(2);
    expect(noAs.stderr).toContain('can-i needs --as USER');
    expect(noAs.stderr).toContain('Usage: kubegate rbac');
    expect(cli(root, ['rbac', 'who-can', 'get']).stderr).toContain('who-can needs VERB and TYPE');
    expect(cli(root, ['rbac', 'diff']).stderr).toContain('rbac diff needs --base');
    expect(cli(root, ['rbac', 'frob']).code).toBe(2);
    expect(cli(root, ['rbac', 'can-i', 'get', 'pods', '--as', 'x', '--base', 'y']).stderr).toContain(
      '--base is for diff only',
    );
    expect(cli(root, ['rbac', '--help']).code).toBe(0);
  });
});
