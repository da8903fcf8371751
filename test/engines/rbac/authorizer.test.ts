import { describe, expect, test } from 'vitest';
import { authorize, rulesFor, whoCan } from '../../../src/engines/rbac/authorizer.js';
import { describeSubject, impersonatedUser, serviceAccountUser } from '../../../src/engines/rbac/identity.js';
import { nonResourceRequest, resourceRequest } from '../../../src/engines/rbac/matching.js';
import type { UserInfo } from '../../../src/engines/rbac/types.js';
import { graphOf } from './support.js';

const user = (name: string, groups: string[] = []): UserInfo => ({ name, groups });

describe('the upstream authorizer cases', () => {
  // plugin/pkg/auth/authorizer/rbac TestAuthorizer, first case: a RoleBinding in ns1 to a `*` ClusterRole
  const graph = graphOf(
    `
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: { name: admin-everything }
rules:
  - { verbs: ["*"], apiGroups: ["*"], resources: ["*"] }
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: { name: admins, namespace: ns1 }
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: admin-everything }
subjects:
  - { kind: User, name: admin, apiGroup: rbac.authorization.k8s.io }
  - { kind: Group, name: admins, apiGroup: rbac.authorization.k8s.io }
`,
    { defaultBindings: false },
  );

  test('allowed inside the namespace, by user or by group', () => {
    for (const who of [
      user('admin'),
      user('admin', ['group1']),
      user('joe', ['admins']),
      user('joe', ['group1', 'admins']),
    ]) {
      expect(
        authorize(graph, who, resourceRequest({ verb: 'watch', resource: 'Foobar', namespace: 'ns1' }))
          .allowed,
      ).toBe(true);
    }
    expect(
      authorize(graph, user('admin'), resourceRequest({ verb: 'get', resource: 'Pods', namespace: 'ns1' }))
        .allowed,
    ).toBe(true);
  });

  test('never in another namespace, never cluster-scoped', () => {
    expect(
      authorize(graph, user('admin'), resourceRequest({ verb: 'GET', resource: 'Pods', namespace: 'ns2' }))
        .allowed,
    ).toBe(false);
    expect(
      authorize(graph, user('admin', ['admins']), resourceRequest({ verb: 'GET', resource: 'Nodes' }))
        .allowed,
    ).toBe(false);
  });

  test('a cluster-scoped resource asked about "in" the namespace is still refused', () => {
    // the real request for nodes carries no namespace, so RoleBindings are never consulted
    const decision = authorize(
      graph,
      user('admin'),
      resourceRequest({ verb: 'get', resource: 'nodes', namespace: 'ns1' }),
    );
    expect(decision.allowed).toBe(false);
    expect(decision.request).toMatchObject({ namespace: '' });
    expect(
      authorize(
        graph,
        user('admin'),
        resourceRequest({ verb: 'create', resource: 'persistentvolumes', namespace: 'ns1' }),
      ).allowed,
    ).toBe(false);
    expect(
      authorize(
        graph,
        user('admin'),
        resourceRequest({
          verb: 'get',
          resource: 'clusterroles',
          apiGroup: 'rbac.authorization.k8s.io',
          namespace: 'ns1',
        }),
      ).allowed,
    ).toBe(false);
  });

  test('the namespace object itself is inside its namespace; listing namespaces is not', () => {
    expect(
      authorize(
        graph,
        user('admin'),
        resourceRequest({ verb: 'get', resource: 'namespaces', name: 'ns1', namespace: 'ns1' }),
      ).allowed,
    ).toBe(true);
    expect(
      authorize(
        graph,
        user('admin'),
        resourceRequest({ verb: 'get', resource: 'namespaces', name: 'ns2', namespace: 'ns1' }),
      ).allowed,
    ).toBe(false);
    expect(
      authorize(
        graph,
        user('admin'),
        resourceRequest({ verb: 'list', resource: 'namespaces', namespace: 'ns1' }),
      ).allowed,
    ).toBe(false);
  });
});

describe('non-resource URLs (upstream TestAuthorizer, second case)', () => {
  const graph = graphOf(
    `
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: { name: non-resource-url-getter }
rules: [{ verbs: [get], nonResourceURLs: [/apis] }]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: { name: non-resource-url }
rules: [{ verbs: ["*"], nonResourceURLs: [/apis] }]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: { name: non-resource-url-prefix }
rules: [{ verbs: [get], nonResourceURLs: [/apis/*] }]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata: { name: getter }
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: non-resource-url-getter }
subjects: [{ kind: User, name: foo }, { kind: Group, name: bar }]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata: { name: any-verb }
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: non-resource-url }
subjects: [{ kind: User, name: admin }, { kind: Group, name: admin }]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata: { name: prefix }
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: non-resource-url-prefix }
subjects: [{ kind: User, name: prefixed }, { kind: Group, name: prefixed }]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: { name: useless, namespace: ns1 }
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: non-resource-url }
subjects: [{ kind: User, name: local }]
`,
    { defaultBindings: false },
  );
  const can = (who: UserInfo, verb: string, path: string) =>
    authorize(graph, who, nonResourceRequest(verb, path)).allowed;

  test('pass', () => {
    expect(can(user('foo'), 'get', '/apis')).toBe(true);
    expect(can(user('', ['bar']), 'get', '/apis')).toBe(true);
    expect(can(user('admin'), 'get', '/apis')).toBe(true);
    expect(can(user('', ['admin']), 'watch', '/apis')).toBe(true);
    expect(can(user('prefixed'), 'get', '/apis/v1')).toBe(true);
    expect(can(user('', ['prefixed']), 'get', '/apis/v1/foobar')).toBe(true);
  });

  test('fail: wrong verb, wrong path, not covered by the prefix', () => {
    expect(can(user('foo'), 'watch', '/apis')).toBe(false);
    expect(can(user('', ['bar']), 'watch', '/apis')).toBe(false);
    expect(can(user('foo'), 'get', '/api/v1')).toBe(false);
    expect(can(user('admin'), 'get', '/api/v1')).toBe(false);
    expect(can(user('prefixed'), 'get', '/api/v1')).toBe(false);
  });

  test('a RoleBinding never grants a non-resource URL', () => {
    expect(can(user('local'), 'get', '/apis')).toBe(false);
  });
});

describe('subresources through bindings (upstream TestAuthorizer, third and fourth cases)', () => {
  const graphFor = (resources: string) =>
    graphOf(
      `
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: { name: admin-pods }
rules: [{ verbs: ["*"], apiGroups: ["*"], resources: ["${resources}"] }]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: { name: b, namespace: ns1 }
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: admin-pods }
subjects: [{ kind: User, name: admin }]
`,
      { defaultBindings: false },
    );

  test('pods grants pods, not pods/status; pods/status the reverse', () => {
    const pods = graphFor('pods');
    expect(
      authorize(pods, user('admin'), resourceRequest({ verb: 'get', resource: 'pods', namespace: 'ns1' }))
        .allowed,
    ).toBe(true);
    expect(
      authorize(
        pods,
        user('admin'),
        resourceRequest({ verb: 'get', resource: 'pods', subresource: 'status', namespace: 'ns1' }),
      ).allowed,
    ).toBe(false);
    const status = graphFor('pods/status');
    expect(
      authorize(
        status,
        user('admin'),
        resourceRequest({ verb: 'get', resource: 'pods', subresource: 'status', namespace: 'ns1' }),
      ).allowed,
    ).toBe(true);
    expect(
      authorize(status, user('admin'), resourceRequest({ verb: 'get', resource: 'pods', namespace: 'ns1' }))
        .allowed,
    ).toBe(false);
  });
});

describe('subjects', () => {
  const graph = graphOf(
    `
apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata: { name: reader, namespace: shop }
rules: [{ verbs: [get], apiGroups: [""], resources: [configmaps] }]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: { name: defaulted, namespace: shop }
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: Role, name: reader }
subjects: [{ kind: ServiceAccount, name: web }]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: { name: node-reader }
rules: [{ verbs: [get], apiGroups: [""], resources: [nodes] }]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata: { name: no-namespace }
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: node-reader }
subjects: [{ kind: ServiceAccount, name: web }]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata: { name: all-in-shop }
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: node-reader }
subjects: [{ kind: Group, name: "system:serviceaccounts:shop" }]
`,
    { defaultBindings: false },
  );
  const configmaps = resourceRequest({ verb: 'get', resource: 'configmaps', namespace: 'shop' });

  test('a ServiceAccount subject without namespace takes the RoleBinding namespace', () => {
    expect(authorize(graph, serviceAccountUser('shop', 'web'), configmaps).allowed).toBe(true);
    expect(
      authorize(graph, serviceAccountUser('other', 'web'), { ...configmaps, namespace: 'other' }).allowed,
    ).toBe(false);
  });

  test('a ServiceAccount subject without namespace in a ClusterRoleBinding matches no one', () => {
    const nodes = resourceRequest({ verb: 'get', resource: 'nodes' });
    expect(authorize(graph, { name: 'system:serviceaccount:default:web', groups: [] }, nodes).allowed).toBe(
      false,
    );
    expect(graph.problems.map((problem) => problem.message)).toContain(
      'a ServiceAccount subject of a ClusterRoleBinding needs a namespace',
    );
  });

  test('ServiceAccounts carry their groups', () => {
    expect(serviceAccountUser('shop', 'web')).toEqual({
      name: 'system:serviceaccount:shop:web',
      groups: ['system:serviceaccounts', 'system:serviceaccounts:shop', 'system:authenticated'],
    });
    expect(
      authorize(
        graph,
        serviceAccountUser('shop', 'report'),
        resourceRequest({ verb: 'get', resource: 'nodes' }),
      ).allowed,
    ).toBe(true);
    expect(
      authorize(
        graph,
        serviceAccountUser('billing', 'report'),
        resourceRequest({ verb: 'get', resource: 'nodes' }),
      ).allowed,
    ).toBe(false);
  });

  test('--as a service account user name gets the same groups; other users are authenticated', () => {
    expect(impersonatedUser('system:serviceaccount:shop:web').groups).toEqual(
      serviceAccountUser('shop', 'web').groups,
    );
    expect(impersonatedUser('alice', ['devs'])).toEqual({
      name: 'alice',
      groups: ['devs', 'system:authenticated'],
    });
    expect(impersonatedUser('system:anonymous')).toEqual({
      name: 'system:anonymous',
      groups: ['system:unauthenticated'],
    });
  });

  test('who-can lists the subjects with namespaces filled in', () => {
    const result = whoCan(graph, configmaps);
    expect(result.entries.map((entry) => describeSubject(entry.subject))).toEqual([
      'ServiceAccount shop/web',
    ]);
    const nodes = whoCan(graph, resourceRequest({ verb: 'get', resource: 'nodes' }));
    expect(nodes.entries.map((entry) => describeSubject(entry.subject))).toEqual([
      'Group system:serviceaccounts:shop',
    ]);
  });
});

describe('bindings to roles nobody defines', () => {
  test('grant nothing, and say so', () => {
    const graph = graphOf(
      `
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: { name: dangling, namespace: shop }
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: made-by-an-operator }
subjects: [{ kind: User, name: alice }]
`,
      { defaultBindings: false },
    );
    const decision = authorize(
      graph,
      user('alice'),
      resourceRequest({ verb: 'get', resource: 'pods', namespace: 'shop' }),
    );
    expect(decision.allowed).toBe(false);
    expect(decision.unresolved.map((binding) => binding.name)).toEqual(['dangling']);
  });
});

describe('visiting order', () => {
  test('ClusterRoleBindings first, then the RoleBindings of the namespace', () => {
    const graph = graphOf(
      `
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: { name: local, namespace: shop }
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: view }
subjects: [{ kind: User, name: alice }]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata: { name: global }
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: view }
subjects: [{ kind: User, name: alice }]
`,
      { defaultBindings: false },
    );
    const { grants } = rulesFor(graph, user('alice'), 'shop');
    expect(grants[0]!.binding.name).toBe('global');
    expect(grants[grants.length - 1]!.binding.name).toBe('local');
    expect(
      authorize(graph, user('alice'), resourceRequest({ verb: 'get', resource: 'pods', namespace: 'shop' }))
        .grant?.binding.name,
    ).toBe('global');
  });
});
