import { describe, expect, test } from 'vitest';
import { isAuditPolicyObject, readAuditPolicy } from '../../../src/engines/audit/policy.js';

const policy = (fields: Record<string, unknown>) => ({
  apiVersion: 'audit.k8s.io/v1',
  kind: 'Policy',
  ...fields,
});
const problemsOf = (fields: Record<string, unknown>) => readAuditPolicy(policy(fields)).problems;

describe('reading an audit policy as the API server does', () => {
  test('only audit.k8s.io Policies are audit policies', () => {
    expect(isAuditPolicyObject(policy({}))).toBe(true);
    expect(isAuditPolicyObject({ apiVersion: 'kyverno.io/v1', kind: 'Policy' })).toBe(false);
  });

  test('a valid policy reads without problems, with defaults for what is left out', () => {
    const { policy: read, problems } = readAuditPolicy(policy({ rules: [{ level: 'Metadata' }] }));
    expect(problems).toEqual([]);
    expect(read).toEqual({
      omitStages: [],
      omitManagedFields: false,
      rules: [
        {
          index: 0,
          level: 'Metadata',
          users: [],
          userGroups: [],
          verbs: [],
          resources: [],
          namespaces: [],
          nonResourceURLs: [],
          omitStages: [],
        },
      ],
    });
  });

  test('removed API versions and empty policies are refused', () => {
    expect(
      readAuditPolicy({ apiVersion: 'audit.k8s.io/v1beta1', kind: 'Policy', rules: [{ level: 'None' }] })
        .problems,
    ).toEqual([
      {
        path: ['apiVersion'],
        message:
          'audit.k8s.io/v1beta1 is not served: the API server reads audit.k8s.io/v1 policies only (v1alpha1 and v1beta1 were removed in Kubernetes 1.24)',
      },
    ]);
    expect(problemsOf({}).map((problem) => problem.path)).toEqual([[]]);
    expect(problemsOf({ rules: [] }).map((problem) => problem.path)).toEqual([['rules']]);
  });

  test('levels and stages', () => {
    expect(problemsOf({ rules: [{}] })[0]!.message).toBe('rules[0] has no level (required)');
    expect(problemsOf({ rules: [{ level: 'metadata' }] })[0]!.path).toEqual(['rules', 0, 'level']);
    expect(
      problemsOf({ omitStages: ['Panic', 'Done'], rules: [{ level: 'None', omitStages: ['Sent'] }] }),
    ).toEqual([
      {
        path: ['omitStages', 1],
        message: 'stage "Done" is not one of RequestReceived, ResponseStarted, ResponseComplete, Panic',
      },
      {
        path: ['rules', 0, 'omitStages', 0],
        message: 'stage "Sent" is not one of RequestReceived, ResponseStarted, ResponseComplete, Panic',
      },
    ]);
  });

  test('non-resource URLs start with /, use * only last, and stand alone', () => {
    expect(problemsOf({ rules: [{ level: 'None', nonResourceURLs: ['*', '/healthz*', '/api'] }] })).toEqual(
      [],
    );
    expect(problemsOf({ rules: [{ level: 'None', nonResourceURLs: ['healthz'] }] })[0]!.message).toBe(
      'non-resource URL "healthz" must begin with /',
    );
    expect(problemsOf({ rules: [{ level: 'None', nonResourceURLs: ['/a/*/b'] }] })[0]!.message).toBe(
      'non-resource URL "/a/*/b" may use * only as its last character',
    );
    expect(
      problemsOf({ rules: [{ level: 'None', nonResourceURLs: ['/a'], namespaces: ['x'] }] })[0]!.message,
    ).toBe('a rule cannot apply to both resources (resources, namespaces) and non-resource URLs');
  });

  test('groups are API groups: no version, no capitals', () => {
    expect(
      problemsOf({ rules: [{ level: 'None', resources: [{ group: 'apps' }, { group: '' }, {}] }] }),
    ).toEqual([]);
    expect(problemsOf({ rules: [{ level: 'None', resources: [{ group: 'apps/v1' }] }] })[0]!.message).toBe(
      'group "apps/v1" names a version: write the API group alone (e.g. apps)',
    );
    expect(problemsOf({ rules: [{ level: 'None', resources: [{ group: 'Apps' }] }] })[0]!.message).toBe(
      'group "Apps" is not a valid API group name (lowercase DNS subdomain)',
    );
  });

  test('wrong types are problems with a path, not exceptions', () => {
    expect(
      problemsOf({
        rules: [{ level: 'None', users: 'alice', resources: { group: 'x' }, omitManagedFields: 'yes' }],
      }).map((problem) => problem.path),
    ).toEqual([
      ['rules', 0, 'users'],
      ['rules', 0, 'omitManagedFields'],
      ['rules', 0, 'resources'],
    ]);
    expect(problemsOf({ rules: 'all' })[0]!.message).toBe('rules must be a list');
    expect(problemsOf({ rules: ['x'] })[0]!.message).toBe('rules[0] must be a mapping');
  });
});
