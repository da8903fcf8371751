/**
 * Evaluation order and matching, checked against the cases of the upstream
 * checker tests (k8s.io/apiserver audit/policy/checker_test.go): the same
 * named rules and requests, combined in the same orders, with the levels the
 * API server gives.
 */
import { describe, expect, test } from 'vitest';
import { evaluateAuditPolicy, type AuditRequest } from '../../../src/engines/audit/evaluate.js';
import { readAuditPolicy, type AuditStage } from '../../../src/engines/audit/policy.js';

const tim = { name: 'tim@k8s.io', groups: ['humans', 'developers'] };
const requests: Record<string, AuditRequest> = {
  namespaced: {
    user: tim,
    verb: 'get',
    resource: { group: '', resource: 'pods', namespace: 'default', name: 'busybox' },
  },
  cluster: {
    user: tim,
    verb: 'get',
    resource: { group: 'rbac.authorization.k8s.io', resource: 'clusterroles', namespace: '', name: 'edit' },
  },
  nonResource: { user: tim, verb: 'get', path: '/logs/kubelet.log' },
  subresource: {
    user: tim,
    verb: 'get',
    resource: { group: '', resource: 'pods', subresource: 'log', namespace: 'default', name: 'busybox' },
  },
  unauthenticated: {
    verb: 'get',
    resource: { group: '', resource: 'pods', namespace: 'default', name: 'busybox' },
  },
};

const rules: Record<string, Record<string, unknown>> = {
  default: { level: 'Metadata' },
  create: { level: 'Request', verbs: ['create'] },
  tims: { level: 'Metadata', users: ['tim@k8s.io'] },
  humans: { level: 'Metadata', userGroups: ['humans'] },
  serviceAccounts: { level: 'Request', userGroups: ['system:serviceaccounts'] },
  getPods: { level: 'RequestResponse', verbs: ['get'], resources: [{ resources: ['pods'] }] },
  getPodLogs: { level: 'Request', verbs: ['get'], resources: [{ resources: ['pods/log'] }] },
  getPodWildcard: { level: 'Request', verbs: ['get'], resources: [{ resources: ['*'] }] },
  getAnyLogs: { level: 'Request', verbs: ['get'], resources: [{ resources: ['*/log'] }] },
  getPodSubresources: { level: 'Request', verbs: ['get'], resources: [{ resources: ['pods/*'] }] },
  getClusterRoles: {
    level: 'RequestResponse',
    verbs: ['get'],
    resources: [{ group: 'rbac.authorization.k8s.io', resources: ['clusterroles'] }],
    namespaces: [''],
  },
  getLogs: { level: 'RequestResponse', verbs: ['get'], nonResourceURLs: ['/logs*'] },
  getMetrics: { level: 'Request', verbs: ['get'], nonResourceURLs: ['/metrics'] },
  clusterRoleEdit: {
    level: 'Request',
    resources: [{ group: 'rbac.authorization.k8s.io', resources: ['clusterroles'], resourceNames: ['edit'] }],
  },
  omitRequestReceived: { level: 'Request', omitStages: ['RequestReceived'] },
  onlyPanic: { level: 'Request', omitStages: ['RequestReceived', 'ResponseStarted', 'ResponseComplete'] },
};

function levelOf(request: string, ruleNames: string[], omitStages: AuditStage[] = []) {
  const { policy, problems } = readAuditPolicy({
    apiVersion: 'audit.k8s.io/v1',
    kind: 'Policy',
    omitStages,
    rules: ruleNames.map((name) => rules[name]),
  });
  expect(problems).toEqual([]);
  return evaluateAuditPolicy(policy, requests[request]!);
}

// [request, expected level, rules in order]: the upstream table
const TABLE: Array<[string, string, string[]]> = [
  ['namespaced', 'Metadata', ['default']],
  ['namespaced', 'None', ['create']],
  ['namespaced', 'Metadata', ['tims']],
  ['namespaced', 'Metadata', ['humans']],
  ['namespaced', 'None', ['serviceAccounts']],
  ['namespaced', 'RequestResponse', ['getPods']],
  ['namespaced', 'None', ['getClusterRoles']],
  ['namespaced', 'None', ['getLogs']],
  ['namespaced', 'None', ['getMetrics']],
  ['namespaced', 'Metadata', ['getMetrics', 'serviceAccounts', 'default']],
  ['namespaced', 'RequestResponse', ['getMetrics', 'getPods', 'default']],
  ['namespaced', 'RequestResponse', ['getPodLogs', 'getPods']],
  ['cluster', 'Metadata', ['default']],
  ['cluster', 'None', ['create']],
  ['cluster', 'Metadata', ['tims']],
  ['cluster', 'Metadata', ['humans']],
  ['cluster', 'None', ['serviceAccounts']],
  ['cluster', 'None', ['getPods']],
  ['cluster', 'RequestResponse', ['getClusterRoles']],
  ['cluster', 'Request', ['clusterRoleEdit', 'getClusterRoles']],
  ['cluster', 'None', ['getLogs']],
  ['cluster', 'None', ['getMetrics']],
  ['cluster', 'Metadata', ['getMetrics', 'serviceAccounts', 'default']],
  ['cluster', 'RequestResponse', ['getMetrics', 'getClusterRoles', 'default']],
  ['cluster', 'None', ['getPodLogs', 'getPods']],
  ['nonResource', 'Metadata', ['default']],
  ['nonResource', 'None', ['create']],
  ['nonResource', 'Metadata', ['tims']],
  ['nonResource', 'Metadata', ['humans']],
  ['nonResource', 'None', ['serviceAccounts']],
  ['nonResource', 'None', ['getPods']],
  ['nonResource', 'None', ['getClusterRoles']],
  ['nonResource', 'RequestResponse', ['getLogs']],
  ['nonResource', 'None', ['getMetrics']],
  ['nonResource', 'Metadata', ['getMetrics', 'serviceAccounts', 'default']],
  ['nonResource', 'RequestResponse', ['getLogs', 'getClusterRoles', 'default']],
  ['nonResource', 'None', ['getPodLogs', 'getPods']],
  ['subresource', 'Request', ['getPodLogs', 'getPods']],
  ['subresource', 'Request', ['getPodWildcard']],
  ['subresource', 'Request', ['getAnyLogs']],
  ['subresource', 'Request', ['getPodSubresources']],
  ['unauthenticated', 'None', ['tims']],
  ['unauthenticated', 'Metadata', ['tims', 'default']],
  ['unauthenticated', 'None', ['humans']],
  ['unauthenticated', 'Metadata', ['humans', 'default']],
];

describe('audit policy evaluation (upstream checker cases)', () => {
  test.each(TABLE)('%s gets %s under %j', (request, level, ruleNames) => {
    expect(levelOf(request, ruleNames).level).toBe(level);
    // with a policy-wide omitStages the level is the same, and the stages are the policy's
    const withStages = levelOf(request, ruleNames, ['RequestReceived', 'ResponseStarted']);
    expect(withStages.level).toBe(level);
    expect(withStages.omitStages).toEqual(['RequestReceived', 'ResponseStarted']);
  });

  test('the first matching rule decides, and its stages join the policy-wide ones', () => {
    const decision = levelOf('namespaced', ['onlyPanic', 'getPods', 'default'], ['ResponseStarted']);
    expect(decision.level).toBe('Request');
    expect(decision.rule!.index).toBe(0);
    expect(decision.omitStages).toEqual(['RequestReceived', 'ResponseStarted', 'ResponseComplete']);
    const later = levelOf('nonResource', ['default', 'omitRequestReceived', 'getPods'], ['Panic']);
    expect(later.level).toBe('Metadata');
    expect(later.omitStages).toEqual(['Panic']);
  });

  test('no match: level None, no rule, the policy-wide stages', () => {
    const decision = levelOf('namespaced', ['getMetrics'], ['RequestReceived']);
    expect(decision).toMatchObject({ level: 'None', omitStages: ['RequestReceived'] });
    expect(decision.rule).toBeUndefined();
  });
});

describe('resource matching details', () => {
  const policyOf = (rule: Record<string, unknown>) =>
    readAuditPolicy({ apiVersion: 'audit.k8s.io/v1', kind: 'Policy', rules: [rule] }).policy;
  const matches = (rule: Record<string, unknown>, request: AuditRequest) =>
    evaluateAuditPolicy(policyOf(rule), request).rule !== undefined;
  const pods = (extra: Partial<NonNullable<AuditRequest['resource']>> = {}): AuditRequest => ({
    verb: 'get',
    resource: { group: '', resource: 'pods', namespace: 'default', ...extra },
  });

  test('pods/* matches the pods themselves and their subresources (as the API server does)', () => {
    const rule = { level: 'Metadata', resources: [{ resources: ['pods/*'] }] };
    expect(matches(rule, pods())).toBe(true);
    expect(matches(rule, pods({ subresource: 'exec' }))).toBe(true);
    expect(matches(rule, pods({ resource: 'services' }))).toBe(false);
  });

  test('pods does not match a subresource; */exec matches only subresources', () => {
    expect(
      matches({ level: 'Metadata', resources: [{ resources: ['pods'] }] }, pods({ subresource: 'exec' })),
    ).toBe(false);
    const anyExec = { level: 'Metadata', resources: [{ resources: ['*/exec'] }] };
    expect(matches(anyExec, pods({ subresource: 'exec' }))).toBe(true);
    expect(matches(anyExec, pods())).toBe(false);
  });

  test('a group with no resources listed matches all of that group only', () => {
    const rule = { level: 'Metadata', resources: [{ group: 'apps' }] };
    expect(matches(rule, pods({ group: 'apps', resource: 'deployments' }))).toBe(true);
    expect(matches(rule, pods())).toBe(false);
  });

  test('resourceNames narrow the match to those objects', () => {
    const rule = { level: 'Metadata', resources: [{ resources: ['pods'], resourceNames: ['a'] }] };
    expect(matches(rule, pods({ name: 'a' }))).toBe(true);
    expect(matches(rule, pods({ name: 'b' }))).toBe(false);
    expect(matches(rule, pods())).toBe(false);
  });

  test('namespaces: "" is cluster-scoped; namespaces alone never match non-resource requests', () => {
    const clusterScoped = { level: 'Metadata', namespaces: [''] };
    expect(matches(clusterScoped, pods({ resource: 'nodes', namespace: '' }))).toBe(true);
    expect(matches(clusterScoped, pods())).toBe(false);
    expect(matches({ level: 'Metadata', namespaces: ['default'] }, { verb: 'get', path: '/healthz' })).toBe(
      false,
    );
  });

  test('non-resource URLs: *, exact, and prefix*; never a resource request', () => {
    const rule = { level: 'Metadata', nonResourceURLs: ['/healthz*'] };
    expect(matches(rule, { verb: 'get', path: '/healthz/etcd' })).toBe(true);
    expect(matches(rule, { verb: 'get', path: '/version' })).toBe(false);
    expect(matches({ level: 'Metadata', nonResourceURLs: ['*'] }, pods())).toBe(false);
  });

  test('omitManagedFields: the rule overrides the policy default when set', () => {
    const evaluate = (policyDefault: boolean, ruleValue?: boolean) =>
      evaluateAuditPolicy(
        readAuditPolicy({
          apiVersion: 'audit.k8s.io/v1',
          kind: 'Policy',
          omitManagedFields: policyDefault,
          rules: [
            {
              level: 'RequestResponse',
              verbs: ['get'],
              ...(ruleValue === undefined ? {} : { omitManagedFields: ruleValue }),
            },
          ],
        }).policy,
        { verb: 'get' },
      ).omitManagedFields;
    expect([evaluate(false), evaluate(true), evaluate(true, false), evaluate(false, true)]).toEqual([
      false,
      true,
      false,
      true,
    ]);
  });
});
