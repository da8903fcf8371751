import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { cli } from '../helpers/cli.js';
import { tempTree } from '../helpers/temp-tree.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const HARDENED = 'examples/hardened/runtime/audit-policy.yaml';

const tree = tempTree({
  'two.yaml': `apiVersion: audit.k8s.io/v1
kind: Policy
rules:
  - level: None
    users: ["system:kube-proxy"]
  - level: Request
    resources:
      - group: ""
        resources: ["pods/exec"]
---
apiVersion: audit.k8s.io/v1
kind: Policy
rules:
  - level: Metadata
`,
  'refused.yaml': 'apiVersion: audit.k8s.io/v1\nkind: Policy\nrules:\n  - level: Loud\n',
  'broken.yaml': 'apiVersion: audit.k8s.io/v1\nkind: Policy\nrules:\n  - level: [\n',
  'not-a-policy.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\n',
});
afterAll(tree.remove);

const explain = (cwd: string, ...args: string[]) => cli(cwd, ['audit-policy', 'explain', ...args]);

describe('kubegate audit-policy explain', () => {
  test('prints the level and the first rule that matches, with its line', () => {
    const result = explain(
      ROOT,
      HARDENED,
      '--verb',
      'get',
      '--resource',
      'secrets',
      '-n',
      'shop',
      '--user',
      'alice',
      '--group',
      'system:authenticated',
    );
    expect(result).toEqual({
      code: 0,
      stderr: '',
      stdout: `request: get secrets in namespace shop by alice (groups system:authenticated)
level: Metadata
decided by: rules[0] at ${HARDENED}:11, the first rule that matches
  level: Metadata
  resources: group "" [secrets, configmaps, serviceaccounts/token]
  resources: group "authentication.k8s.io" [tokenreviews]
omitted stages: RequestReceived
logged: who, what, when; no request or response body
`,
    });
  });

  test('group after a dot, subresource after a slash; a later rule decides when earlier ones do not match', () => {
    const result = explain(
      ROOT,
      HARDENED,
      '--verb',
      'create',
      '--resource',
      'pods/exec',
      '-n',
      'shop',
      '--user',
      'alice',
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      'level: Request\ndecided by: rules[5] at examples/hardened/runtime/audit-policy.yaml:39',
    );
    const rbac = explain(
      ROOT,
      HARDENED,
      '--verb',
      'delete',
      '--resource',
      'clusterrolebindings.rbac.authorization.k8s.io',
    );
    expect(rbac.stdout).toContain('level: RequestResponse\ndecided by: rules[1]');
    expect(rbac.stdout).toContain(
      'clusterrolebindings (group rbac.authorization.k8s.io) (cluster-scoped) by no user',
    );
  });

  test('users and groups decide: without them, user-specific rules never match', () => {
    const watch = ['--verb', 'watch', '--resource', 'endpoints', '-n', 'default'];
    expect(explain(ROOT, HARDENED, ...watch, '--user', 'system:kube-proxy').stdout).toContain(
      'level: None\ndecided by: rules[2]',
    );
    expect(explain(ROOT, HARDENED, ...watch).stdout).toContain('level: Metadata\ndecided by: rules[7]');
  });

  test('non-resource requests, as JSON', () => {
    const result = explain(
      ROOT,
      HARDENED,
      '--verb',
      'get',
      '--path',
      '/healthz/etcd',
      '--group',
      'system:unauthenticated',
      '--format',
      'json',
    );
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({
      request: { verb: 'get', path: '/healthz/etcd', user: { name: '', groups: ['system:unauthenticated'] } },
      policies: [
        {
          file: HARDENED,
          line: 4,
          level: 'None',
          rule: { index: 4, line: 35 },
          omitStages: ['RequestReceived'],
          omitManagedFields: false,
        },
      ],
    });
  });

  test('no rule matching means the default None; every policy in the file is explained', () => {
    const result = explain(tree.root, 'two.yaml', '--verb', 'get', '--resource', 'pods', '-n', 'a');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(`request: get pods in namespace a by no user

policy two.yaml:1
level: None
decided by: no rule matches, so the API server's default applies: level None
omitted stages: none
logged: not at all

policy two.yaml:11
level: Metadata
decided by: rules[0] at two.yaml:14, the first rule that matches
  level: Metadata
  (matches every request)
omitted stages: none
logged: who, what, when; no request or response body
`);
  });

  test('bad input is exit code 2 naming file and line, never a stack trace', () => {
    const args = ['--verb', 'get', '--resource', 'pods'];
    expect(explain(tree.root, 'refused.yaml', ...args)).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'kubegate: refused.yaml:4: the API server refuses this policy: level "Loud" is not one of None, Metadata, Request, RequestResponse\n',
    });
    const broken = explain(tree.root, 'broken.yaml', ...args);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/^kubegate: broken\.yaml:5: /);
    expect(explain(tree.root, 'not-a-policy.yaml', ...args)).toMatchObject({
      code: 2,
      stderr: 'kubegate: not-a-policy.yaml: no audit.k8s.io Policy in this file\n',
    });
    expect(explain(tree.root, 'missing.yaml', ...args)).toMatchObject({
      code: 2,
      stderr: 'kubegate: missing.yaml:1: no such file or folder\n',
    });
  });

  test('usage errors are exit code 2 with the command usage; --help is 0', () => {
    const usage = (...args: string[]) => {
      const result = cli(tree.root, ['audit-policy', ...args]);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('Usage: kubegate audit-policy explain FILE');
      return result.stderr.split('\n')[0];
    };
    expect(usage('explain', 'two.yaml', '--resource', 'pods')).toBe('kubegate: --verb is required');
    expect(usage('explain', 'two.yaml', '--verb', 'get')).toBe(
      'kubegate: give either --resource (a resource request) or --path (a non-resource request)',
    );
    expect(usage('explain', 'two.yaml', '--verb', 'get', '--resource', 'pods', '--path', '/x')).toBe(
      'kubegate: give either --resource (a resource request) or --path (a non-resource request)',
    );
    expect(usage('explain', 'two.yaml', '--verb', 'get', '--path', 'healthz')).toBe(
      'kubegate: --path must start with /, not "healthz"',
    );
    expect(
      usage('explain', 'two.yaml', '--verb', 'get', '--resource', 'pods/exec', '--subresource', 'log'),
    ).toBe('kubegate: give the subresource once: RESOURCE/NAME or --subresource NAME');
    expect(usage('explain', '--verb', 'get', '--resource', 'pods')).toBe(
      'kubegate: explain needs exactly one policy FILE',
    );
    expect(usage('explain', 'two.yaml', '--verb', 'get', '--resource', 'pods', '--format', 'yaml')).toBe(
      'kubegate: --format must be text or json, not "yaml"',
    );
    expect(usage('simulate')).toBe('kubegate: unknown audit-policy command "simulate"');
    expect(cli(tree.root, ['audit-policy', 'explain', '--help'])).toMatchObject({ code: 0 });
    expect(cli(tree.root, ['--help']).stdout).toContain('audit-policy explain|probes FILE');
  });

  describe('probes', () => {
    test('every probe request with its level and deciding rule, namespaces grouped', () => {
      const result = cli(ROOT, ['audit-policy', 'probes', 'examples/insecure/runtime/audit-policy.yaml']);
      expect(result.code).toBe(0);
      const lines = result.stdout.split('\n');
      expect(lines[0]).toBe('policy examples/insecure/runtime/audit-policy.yaml:3');
      expect(lines).toContain(
        '  RequestResponse rules[0] line 7       get secrets by system:node:node-1 in default, kube-system',
      );
      expect(lines).toContain(
        '  Metadata        rules[1] line 12      create clusterrolebindings.rbac.authorization.k8s.io by alice',
      );
      expect(lines).toContain(
        '  None            rules[2] line 16      get deployments.apps by alice in default, kube-system',
      );
      expect(lines).toContain(
        '  None            no rule (default)     create widgets.example.com by system:serviceaccount:default:app in default, kube-system',
      );
    });

    test('as JSON, one entry per probe request, each evaluated separately', () => {
      const result = cli(ROOT, ['audit-policy', 'probes', HARDENED, '--format', 'json']);
      const [policy] = JSON.parse(result.stdout) as Array<{
        file: string;
        probes: Array<{
          request: { verb: string; resource: { resource: string; namespace: string } };
          level: string;
          rule: unknown;
        }>;
      }>;
      expect(policy!.file).toBe(HARDENED);
      const keys = policy!.probes.map((probe) => JSON.stringify(probe.request));
      expect(new Set(keys).size).toBe(keys.length);
      const getSecret = policy!.probes.find(
        (probe) =>
          probe.request.verb === 'get' &&
          probe.request.resource.resource === 'secrets' &&
          probe.request.resource.namespace === 'default',
      );
      expect(getSecret).toMatchObject({ level: 'Metadata', rule: { index: 0, line: 11 } });
      // the hardened policy leaves no probe at None
      expect(policy!.probes.filter((probe) => probe.level === 'None')).toEqual([]);
    });

    test('bad input and usage as for explain', () => {
      expect(cli(tree.root, ['audit-policy', 'probes', 'refused.yaml']).code).toBe(2);
      const usage = cli(tree.root, ['audit-policy', 'probes']);
      expect(usage.code).toBe(2);
      expect(usage.stderr.split('\n')[0]).toBe('kubegate: probes needs exactly one policy FILE');
    });
  });
});
