import { describe, expect, test } from 'vitest';
import { boundRole, builtinRole, findings, lineOf } from './support.js';

const RULE = 'rbac/cluster-admin-binding';

describe(RULE, () => {
  test('fires on a ServiceAccount bound to cluster-admin, at the subject line', () => {
    const yaml = builtinRole('cluster-admin', 'cluster');
    const found = findings(RULE, yaml);
    expect(found.map(({ line, path }) => ({ line, path }))).toEqual([
      { line: lineOf(yaml, '- kind: ServiceAccount'), path: 'subjects[0]' },
    ]);
    expect(found[0]!.message).toBe(
      'ServiceAccount shop/web holds every verb on every resource cluster-wide through ClusterRole cluster-admin (ClusterRoleBinding web)',
    );
  });

  test('fires on an equivalent role (* on * in every group), and in a namespace through a RoleBinding', () => {
    const equivalent = findings(
      RULE,
      boundRole(['{ verbs: ["*"], apiGroups: ["*"], resources: ["*"] }'], 'cluster'),
    );
    expect(equivalent).toHaveLength(1);
    expect(equivalent[0]!.message).toContain('through ClusterRole web');
    const namespaced = findings(RULE, builtinRole('cluster-admin'));
    expect(namespaced[0]!.message).toContain('in namespace shop');
  });

  test('fires on a group subject, not on a named user', () => {
    const group = builtinRole('cluster-admin', 'cluster').replace(
      'kind: ServiceAccount\n    name: web\n    namespace: shop',
      'kind: Group\n    name: platform',
    );
    expect(findings(RULE, group)[0]!.message).toContain('Group platform');
    const person = builtinRole('cluster-admin', 'cluster').replace(
      'kind: ServiceAccount\n    name: web\n    namespace: shop',
      'kind: User\n    name: alice',
    );
    expect(findings(RULE, person)).toEqual([]);
  });

  test('does not fire on broad but bounded roles', () => {
    expect(
      findings(RULE, boundRole(['{ verbs: ["*"], apiGroups: [""], resources: ["*"] }'], 'cluster')),
    ).toEqual([]);
    expect(
      findings(
        RULE,
        boundRole(['{ verbs: [get, list, watch], apiGroups: ["*"], resources: ["*"] }'], 'cluster'),
      ),
    ).toEqual([]);
    expect(findings(RULE, builtinRole('admin'))).toEqual([]);
  });
});
