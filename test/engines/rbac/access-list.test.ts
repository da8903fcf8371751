import { describe, expect, test } from 'vitest';
import { accessList, formatAccessTable } from '../../../src/engines/rbac/access-list.js';
import { serviceAccountUser } from '../../../src/engines/rbac/identity.js';
import { graphOf } from './support.js';

const MANIFESTS = `
apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata: { name: app, namespace: shop }
rules:
  - { verbs: [get, list], apiGroups: [""], resources: [configmaps] }
  - { verbs: [watch], apiGroups: [""], resources: [configmaps] }
  - { verbs: [get], apiGroups: [""], resources: [secrets], resourceNames: [db, tls] }
  - { verbs: [get], apiGroups: [apps], resources: [deployments/scale] }
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: { name: app, namespace: shop }
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: Role, name: app }
subjects: [{ kind: ServiceAccount, name: web }]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: { name: mixed }
rules:
  - { verbs: [get], apiGroups: [""], resources: [nodes] }
  - { verbs: [get], nonResourceURLs: [/metrics] }
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: { name: mixed, namespace: shop }
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: mixed }
subjects: [{ kind: ServiceAccount, name: web }]
`;

describe('can-i --list', () => {
  const graph = graphOf(MANIFESTS, { defaultBindings: false });

  test('merges verbs per resource and name, splits names, sorts like kubectl', () => {
    const { rules } = accessList(graph, serviceAccountUser('shop', 'web'), 'shop');
    expect(formatAccessTable(rules)).toBe(
      [
        'Resources                Non-Resource URLs   Resource Names   Verbs',
        'configmaps               []                  []               [get list watch]',
        'secrets                  []                  [db]             [get]',
        'secrets                  []                  [tls]            [get]',
        'deployments.apps/scale   []                  []               [get]',
        '',
      ].join('\n'),
    );
  });

  test('leaves out what a RoleBinding cannot grant: cluster-scoped resources and URLs', () => {
    const { rules } = accessList(graph, serviceAccountUser('shop', 'web'), 'shop');
    expect(rules.some((rule) => rule.resources.includes('nodes'))).toBe(false);
    expect(rules.some((rule) => rule.nonResourceURLs.length > 0)).toBe(false);
  });

  test('another namespace has none of it; default bindings add the self-review rules', () => {
    expect(accessList(graph, serviceAccountUser('shop', 'web'), 'other').rules).toEqual([]);
    const withDefaults = graphOf(MANIFESTS);
    const table = formatAccessTable(
      accessList(withDefaults, serviceAccountUser('shop', 'web'), 'other').rules,
      false,
    );
    expect(table).toContain('selfsubjectaccessreviews.authorization.k8s.io');
    expect(table).toContain('[/openid/v1/jwks]');
    expect(table.startsWith('Resources')).toBe(false);
  });
});
