import { describe, expect, test } from 'vitest';
import {
  permissionDiff,
  subjectPermissions,
  subjectWasGranted,
  type PermissionChange,
} from '../../../src/engines/rbac/permissions.js';
import {
  describePermission,
  permissionChangeLine,
  rbacDiffMarkdownLines,
} from '../../../src/report/rbac-diff.js';
import { resourceRequest } from '../../../src/engines/rbac/matching.js';
import { graphOf } from './support.js';

const BASE = `
apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata: { name: web, namespace: shop }
rules:
  - { verbs: [get, list], apiGroups: [""], resources: [configmaps] }
  - { verbs: ["*"], apiGroups: [""], resources: [services] }
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: { name: web, namespace: shop }
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: Role, name: web }
subjects: [{ kind: ServiceAccount, name: web }]
`;

describe('permission diff', () => {
  test('a new rule shows as new permissions of the subject, per scope', () => {
    const head = BASE.replace(
      '- { verbs: ["*"], apiGroups: [""], resources: [services] }',
      '- { verbs: ["*"], apiGroups: [""], resources: [services] }\n  - { verbs: [get], apiGroups: [""], resources: [secrets] }',
    );
    const diff = permissionDiff(graphOf(BASE), graphOf(head));
    expect(diff.removed).toEqual([]);
    expect(diff.added).toHaveLength(1);
    expect(diff.added[0]).toMatchObject({
      subject: { kind: 'ServiceAccount', name: 'web', namespace: 'shop' },
      namespace: 'shop',
      verbs: ['get'],
      apiGroup: '',
      resource: 'secrets',
      resourceNames: [],
    });
    expect(diff.added[0]!.via[0]!.rule.origin.index).toBe(2);
  });

  test('a permission already covered (a wildcard before, an explicit verb now) is not new', () => {
    const head = BASE.replace(
      '{ verbs: ["*"], apiGroups: [""], resources: [services] }',
      '{ verbs: [get, delete], apiGroups: [""], resources: [services] }',
    );
    const diff = permissionDiff(graphOf(BASE), graphOf(head));
    expect(diff.added).toEqual([]);
    // and the reverse: the wildcard is gone
    expect(diff.removed).toHaveLength(1);
    expect(diff.removed[0]).toMatchObject({ resource: 'services', verbs: ['*'] });
  });

  test('moving a grant from a RoleBinding to a ClusterRoleBinding is new cluster-wide', () => {
    const head = BASE.replace(
      'kind: RoleBinding\nmetadata: { name: web, namespace: shop }\nroleRef: { apiGroup: rbac.authorization.k8s.io, kind: Role, name: web }\nsubjects: [{ kind: ServiceAccount, name: web }]',
      'kind: ClusterRoleBinding\nmetadata: { name: web }\nroleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: view }\nsubjects: [{ kind: ServiceAccount, name: web, namespace: shop }]',
    );
    const diff = permissionDiff(graphOf(BASE), graphOf(head));
    expect(diff.added.every((change) => change.namespace === '')).toBe(true);
    expect(
      diff.added.some((change) => change.resource === 'pods' && change.verbs.join() === 'get,list,watch'),
    ).toBe(true);
    expect(diff.removed.map((change) => change.resource)).toContain('services');
  });

  test('names merge into one change', () => {
    const head = `${BASE}
---
apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata: { name: named, namespace: shop }
rules: [{ verbs: [get], apiGroups: [""], resources: [secrets], resourceNames: [db, tls] }]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: { name: named, namespace: shop }
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: Role, name: named }
subjects: [{ kind: User, name: alice }]
`;
    const diff = permissionDiff(graphOf(BASE), graphOf(head));
    expect(diff.added).toHaveLength(1);
    expect(diff.added[0]).toMatchObject({
      subject: { kind: 'User', name: 'alice' },
      resourceNames: ['db', 'tls'],
    });
  });

  test('a new permission implied by another new one of the same subject is not listed again', () => {
    const head = `${BASE}
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata: { name: root }
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: cluster-admin }
subjects: [{ kind: ServiceAccount, name: web, namespace: shop }]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata: { name: extra, namespace: shop }
rules: [{ verbs: [get], apiGroups: [""], resources: [secrets] }, { verbs: ["*"], apiGroups: [""], resources: [secrets] }]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: { name: extra, namespace: shop }
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: Role, name: extra }
subjects: [{ kind: ServiceAccount, name: web }]
`;
    const diff = permissionDiff(graphOf(BASE), graphOf(head));
    expect(
      diff.added.map((change) => [
        change.namespace,
        change.verbs.join(),
        change.resource ?? change.nonResourceURL,
      ]),
    ).toEqual([
      ['', '*', '*'],
      ['', '*', '*'],
    ]);
  });

  test('two equal new grants from different roles do not cancel each other', () => {
    const head = `${BASE}
---
apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata: { name: twin, namespace: shop }
rules: [{ verbs: [delete], apiGroups: [""], resources: [pods] }]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata: { name: twin2, namespace: shop }
rules: [{ verbs: [delete], apiGroups: [""], resources: [pods] }]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: { name: twins, namespace: shop }
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: Role, name: twin }
subjects: [{ kind: ServiceAccount, name: web }]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: { name: twins2, namespace: shop }
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: Role, name: twin2 }
subjects: [{ kind: ServiceAccount, name: web }]
`;
    const diff = permissionDiff(graphOf(BASE), graphOf(head));
    expect(diff.added).toHaveLength(1);
    expect(diff.added[0]).toMatchObject({ resource: 'pods', verbs: ['delete'] });
    expect(diff.added[0]!.via).toHaveLength(2);
  });

  test('subjectWasGranted answers per subject and scope', () => {
    const graph = graphOf(BASE);
    const permissions = subjectPermissions(graph);
    const web = { kind: 'ServiceAccount' as const, name: 'web', namespace: 'shop' };
    const get = (namespace: string) => resourceRequest({ verb: 'get', resource: 'configmaps', namespace });
    expect(subjectWasGranted(permissions, graph, web, 'shop', get('shop'))).toBe(true);
    expect(subjectWasGranted(permissions, graph, web, '', get(''))).toBe(false);
    expect(subjectWasGranted(permissions, graph, { ...web, name: 'other' }, 'shop', get('shop'))).toBe(false);
  });
});

describe('the diff as the report writes it', () => {
  const change = (fields: Partial<PermissionChange>): PermissionChange => ({
    subject: { kind: 'ServiceAccount', name: 'web', namespace: 'shop' },
    namespace: 'shop',
    verbs: ['get'],
    apiGroup: '',
    resource: 'secrets',
    resourceNames: [],
    via: [],
    ...fields,
  });

  test('the line of the issue', () => {
    expect(permissionChangeLine(change({}), 'added')).toBe(
      'ServiceAccount shop/web can now: get secrets in namespace shop',
    );
    expect(permissionChangeLine(change({ namespace: '' }), 'removed')).toBe(
      'ServiceAccount shop/web can no longer: get secrets cluster-wide',
    );
  });

  test('wildcards, groups, subresources, names and URLs in words', () => {
    expect(describePermission(change({ verbs: ['*'], apiGroup: '*', resource: '*' }))).toBe(
      'every verb (*) on every resource in every API group in namespace shop',
    );
    expect(
      describePermission(
        change({ verbs: ['create', 'update'], apiGroup: 'apps', resource: 'deployments/scale' }),
      ),
    ).toBe('create, update deployments/scale in API group apps in namespace shop');
    expect(describePermission(change({ resourceNames: ['db', 'tls'] }))).toBe(
      'get secrets named db, tls in namespace shop',
    );
    expect(
      describePermission(
        change({ namespace: '', nonResourceURL: '/metrics', apiGroup: undefined, resource: undefined }),
      ),
    ).toBe('get /metrics cluster-wide');
  });

  test('markdown lists added before removed, escaped; no change says so', () => {
    const lines = rbacDiffMarkdownLines({
      added: [change({ verbs: ['*'] })],
      removed: [change({ subject: { kind: 'Group', name: 'ops_team' } })],
    });
    expect(lines).toEqual([
      '**New permissions (1)**',
      '',
      '- ServiceAccount shop/web can now: every verb (\\*) on secrets in namespace shop',
      '',
      '**Removed permissions (1)**',
      '',
      '- Group ops\\_team can no longer: get secrets in namespace shop',
    ]);
    expect(rbacDiffMarkdownLines({ added: [], removed: [] })).toEqual(['No RBAC permission changes.']);
  });
});
