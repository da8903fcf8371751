import { describe, expect, test } from 'vitest';
import { aggregatedRole, boundRole, builtinRole, expectFiresOn, findings, lineOf } from './support.js';

const RULE = 'rbac/serviceaccount-token-create';

describe(RULE, () => {
  test.each([
    ['an explicit verb', '{ verbs: [create], apiGroups: [""], resources: [serviceaccounts/token] }'],
    [
      'one ServiceAccount by name',
      '{ verbs: [create], apiGroups: [""], resources: [serviceaccounts/token], resourceNames: [builder] }',
    ],
    ['the * verb', '{ verbs: ["*"], apiGroups: [""], resources: [serviceaccounts/token] }'],
    ['the * resource', '{ verbs: [create], apiGroups: [""], resources: ["*"] }'],
    ['*/token', '{ verbs: [create], apiGroups: [""], resources: ["*/token"] }'],
  ])('fires on %s, at the rule line', (_, rule) => {
    const yaml = boundRole([rule]);
    expectFiresOn(RULE, yaml, { line: lineOf(yaml, '  - {'), path: 'rules[0]', role: 'Role shop/web' });
  });

  test('fires through an aggregated role and on the built-in edit role', () => {
    const aggregated = aggregatedRole(
      ['{ verbs: [create], apiGroups: [""], resources: [serviceaccounts/token] }'],
      'view',
    );
    expectFiresOn(RULE, aggregated, {
      line: lineOf(aggregated, '  - {'),
      path: 'rules[0]',
      role: 'ClusterRole extra',
    });
    const edit = builtinRole('edit');
    expectFiresOn(RULE, edit, {
      line: lineOf(edit, '- kind: ServiceAccount'),
      path: 'subjects[0]',
      role: 'built-in ClusterRole edit',
    });
  });

  test('does not fire on the ServiceAccounts themselves', () => {
    expect(
      findings(RULE, boundRole(['{ verbs: [create, get], apiGroups: [""], resources: [serviceaccounts] }'])),
    ).toEqual([]);
    expect(findings(RULE, builtinRole('view'))).toEqual([]);
  });
});
