import { describe, expect, test } from 'vitest';
import { aggregatedRole, boundRole, builtinRole, expectFiresOn, findings, lineOf } from './support.js';

const RULE = 'rbac/escalate-bind-impersonate';

describe(RULE, () => {
  test.each([
    ['escalate roles', '{ verbs: [escalate], apiGroups: [rbac.authorization.k8s.io], resources: [roles] }'],
    [
      'bind one clusterrole',
      '{ verbs: [bind], apiGroups: [rbac.authorization.k8s.io], resources: [clusterroles], resourceNames: [admin] }',
    ],
    ['impersonate users', '{ verbs: [impersonate], apiGroups: [""], resources: [users] }'],
    [
      'impersonate serviceaccounts',
      '{ verbs: [impersonate], apiGroups: [""], resources: [serviceaccounts] }',
    ],
    ['the * verb', '{ verbs: ["*"], apiGroups: [rbac.authorization.k8s.io], resources: [roles] }'],
    ['the * resource', '{ verbs: [impersonate], apiGroups: [""], resources: ["*"] }'],
  ])('fires on %s, at the rule line', (_, rule) => {
    const yaml = boundRole([rule], 'cluster');
    expectFiresOn(RULE, yaml, { line: lineOf(yaml, '  - {'), path: 'rules[0]', role: 'ClusterRole web' });
  });

  test('fires through an aggregated role and on the built-in edit role (impersonate serviceaccounts)', () => {
    const aggregated = aggregatedRole(
      ['{ verbs: [bind], apiGroups: [rbac.authorization.k8s.io], resources: [roles] }'],
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
    expect(findings(RULE, edit)[0]!.message).toContain('impersonate serviceaccounts');
  });

  test('a RoleBinding cannot grant impersonation of users, which is cluster-scoped', () => {
    expect(
      findings(RULE, boundRole(['{ verbs: [impersonate], apiGroups: [""], resources: [users] }'])),
    ).toEqual([]);
  });

  test('does not fire on managing roles without escalate or bind', () => {
    expect(
      findings(
        RULE,
        boundRole([
          '{ verbs: [get, list, create, update], apiGroups: [rbac.authorization.k8s.io], resources: [roles, rolebindings] }',
        ]),
      ),
    ).toEqual([]);
    expect(findings(RULE, builtinRole('view'))).toEqual([]);
  });
});
