import { describe, expect, test } from 'vitest';
import { aggregatedRole, boundRole, builtinRole, expectFiresOn, findings, lineOf } from './support.js';

const RULE = 'rbac/wildcard-permission';

describe(RULE, () => {
  test.each([
    ['the * verb', '{ verbs: ["*"], apiGroups: [""], resources: [configmaps] }', 'every verb'],
    ['the * resource', '{ verbs: [get], apiGroups: [apps], resources: ["*"] }', 'every resource'],
    ['both', '{ verbs: ["*"], apiGroups: ["*"], resources: ["*"] }', 'every verb on every resource'],
  ])('fires on %s, at the rule line', (_, rule, what) => {
    const yaml = boundRole([rule]);
    expectFiresOn(RULE, yaml, { line: lineOf(yaml, '  - {'), path: 'rules[0]', role: 'Role shop/web' });
    expect(findings(RULE, yaml)[0]!.message).toContain(what);
  });

  test('fires through an aggregated role and on built-in cluster-admin', () => {
    const aggregated = aggregatedRole(['{ verbs: ["*"], apiGroups: [""], resources: [configmaps] }'], 'view');
    expectFiresOn(RULE, aggregated, {
      line: lineOf(aggregated, '  - {'),
      path: 'rules[0]',
      role: 'ClusterRole extra',
    });
    const admin = builtinRole('cluster-admin');
    expectFiresOn(RULE, admin, {
      line: lineOf(admin, '- kind: ServiceAccount'),
      path: 'subjects[0]',
      role: 'built-in ClusterRole cluster-admin',
    });
  });

  test('does not fire on explicit lists, */subresource, or the built-in edit role', () => {
    expect(
      findings(
        RULE,
        boundRole(['{ verbs: [get, list, watch], apiGroups: [""], resources: [configmaps, services] }']),
      ),
    ).toEqual([]);
    expect(findings(RULE, boundRole(['{ verbs: [get], apiGroups: ["*"], resources: ["*/scale"] }']))).toEqual(
      [],
    );
    expect(findings(RULE, builtinRole('edit'))).toEqual([]);
  });
});
