import { describe, expect, test } from 'vitest';
import { authorize } from '../../../src/engines/rbac/authorizer.js';
import { serviceAccountUser } from '../../../src/engines/rbac/identity.js';
import { resourceRequest } from '../../../src/engines/rbac/matching.js';
import { graphOf } from './support.js';

const CRON_TABS = `
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: crontabs-view
  labels: { rbac.authorization.k8s.io/aggregate-to-view: "true" }
rules: [{ verbs: [get, list, watch], apiGroups: [stable.example.com], resources: [crontabs] }]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: crontabs-edit
  labels: { rbac.authorization.k8s.io/aggregate-to-edit: "true" }
rules: [{ verbs: [create, update, patch, delete], apiGroups: [stable.example.com], resources: [crontabs] }]
`;

function bindTo(role: string): string {
  return `
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: { name: b, namespace: shop }
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: ${role} }
subjects: [{ kind: ServiceAccount, name: web }]
`;
}

const web = serviceAccountUser('shop', 'web');
const crontabs = (verb: string) =>
  resourceRequest({ verb, apiGroup: 'stable.example.com', resource: 'crontabs', namespace: 'shop' });

describe('aggregation into the built-in roles', () => {
  test('view feeds edit feeds admin', () => {
    for (const role of ['view', 'edit', 'admin']) {
      const graph = graphOf(CRON_TABS + bindTo(role));
      expect(authorize(graph, web, crontabs('list')).allowed).toBe(true);
    }
  });

  test('edit rules reach edit and admin, not view', () => {
    expect(authorize(graphOf(CRON_TABS + bindTo('view')), web, crontabs('delete')).allowed).toBe(false);
    expect(authorize(graphOf(CRON_TABS + bindTo('edit')), web, crontabs('delete')).allowed).toBe(true);
    expect(authorize(graphOf(CRON_TABS + bindTo('admin')), web, crontabs('delete')).allowed).toBe(true);
  });

  test('the origin of an aggregated rule is the role it was written in', () => {
    const decision = authorize(graphOf(CRON_TABS + bindTo('admin')), web, crontabs('list'));
    expect(decision.grant?.role.record.id.name).toBe('admin');
    expect(decision.grant?.rule.origin.role.name).toBe('crontabs-view');
    expect(decision.grant?.rule.origin.provenance.builtin).toBe(false);
  });
});

describe('aggregation of manifests own roles', () => {
  const chain = `
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: { name: top }
aggregationRule:
  clusterRoleSelectors:
    - matchExpressions: [{ key: tier, operator: In, values: [middle] }]
rules: [{ verbs: [delete], apiGroups: [""], resources: [pods] }]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: { name: middle, labels: { tier: middle } }
aggregationRule:
  clusterRoleSelectors:
    - matchLabels: { tier: bottom }
      matchExpressions: [{ key: retired, operator: DoesNotExist }]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: { name: bottom, labels: { tier: bottom } }
rules: [{ verbs: [get], apiGroups: [""], resources: [secrets] }]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: { name: old, labels: { tier: bottom, retired: "yes" } }
rules: [{ verbs: [get], apiGroups: [""], resources: [configmaps] }]
`;
  const secrets = resourceRequest({ verb: 'get', resource: 'secrets', namespace: 'shop' });

  test('chains to a fixed point, with matchLabels and matchExpressions', () => {
    const graph = graphOf(chain + bindTo('top'));
    expect(authorize(graph, web, secrets).allowed).toBe(true);
    expect(
      authorize(graph, web, resourceRequest({ verb: 'get', resource: 'configmaps', namespace: 'shop' }))
        .allowed,
    ).toBe(false);
  });

  test('an aggregated role declares no rules of its own: the controller replaces them', () => {
    const graph = graphOf(chain + bindTo('top'));
    expect(
      authorize(graph, web, resourceRequest({ verb: 'delete', resource: 'pods', namespace: 'shop' })).allowed,
    ).toBe(false);
  });

  test('NotIn and Exists', () => {
    const graph = graphOf(`
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: { name: agg }
aggregationRule:
  clusterRoleSelectors:
    - matchExpressions:
        - { key: team, operator: Exists }
        - { key: env, operator: NotIn, values: [prod] }
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: { name: dev-only, labels: { team: shop, env: dev } }
rules: [{ verbs: [get], apiGroups: [""], resources: [secrets] }]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: { name: no-env, labels: { team: shop } }
rules: [{ verbs: [list], apiGroups: [""], resources: [secrets] }]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: { name: prod, labels: { team: shop, env: prod } }
rules: [{ verbs: [delete], apiGroups: [""], resources: [secrets] }]
${bindTo('agg')}`);
    expect(authorize(graph, web, secrets).allowed).toBe(true);
    expect(authorize(graph, web, { ...secrets, verb: 'list' }).allowed).toBe(true);
    expect(authorize(graph, web, { ...secrets, verb: 'delete' }).allowed).toBe(false);
  });

  test('a cycle of aggregated roles grants only what flows into it', () => {
    const graph = graphOf(`
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: { name: a, labels: { ring: "b" } }
aggregationRule: { clusterRoleSelectors: [{ matchLabels: { ring: "a" } }] }
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: { name: b, labels: { ring: "a" } }
aggregationRule: { clusterRoleSelectors: [{ matchLabels: { ring: "b" } }] }
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: { name: feed, labels: { ring: "b" } }
rules: [{ verbs: [get], apiGroups: [""], resources: [secrets] }]
${bindTo('a')}`);
    // a takes from b (ring: a); b takes from a and feed (ring: b): both end with feed's rule
    expect(authorize(graph, web, secrets).allowed).toBe(true);
  });

  test('an invalid selector is a problem and aggregates nothing', () => {
    const graph = graphOf(`
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: { name: agg }
aggregationRule:
  clusterRoleSelectors:
    - matchExpressions: [{ key: team, operator: In }]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: { name: any, labels: { team: shop } }
rules: [{ verbs: [get], apiGroups: [""], resources: [secrets] }]
${bindTo('agg')}`);
    expect(authorize(graph, web, secrets).allowed).toBe(false);
    expect(graph.problems).toHaveLength(1);
    expect(graph.problems[0]!.message).toBe('operator In needs at least one value');
  });
});

describe('built-in roles', () => {
  test('edit lets a ServiceAccount read secrets and exec into pods; view does not', () => {
    const edit = graphOf(bindTo('edit'));
    const view = graphOf(bindTo('view'));
    const readSecrets = resourceRequest({ verb: 'get', resource: 'secrets', name: 'db', namespace: 'shop' });
    const exec = resourceRequest({
      verb: 'create',
      resource: 'pods',
      subresource: 'exec',
      name: 'web-1',
      namespace: 'shop',
    });
    expect(authorize(edit, web, readSecrets).allowed).toBe(true);
    expect(authorize(edit, web, exec).allowed).toBe(true);
    expect(authorize(view, web, readSecrets).allowed).toBe(false);
    expect(authorize(view, web, exec).allowed).toBe(false);
    expect(
      authorize(view, web, resourceRequest({ verb: 'list', resource: 'pods', namespace: 'shop' })).allowed,
    ).toBe(true);
    // edit cannot grant roles; admin can
    const roles = resourceRequest({
      verb: 'create',
      apiGroup: 'rbac.authorization.k8s.io',
      resource: 'rolebindings',
      namespace: 'shop',
    });
    expect(authorize(edit, web, roles).allowed).toBe(false);
    expect(authorize(graphOf(bindTo('admin')), web, roles).allowed).toBe(true);
  });

  test('the built-in rule is named with its role and marked as built in', () => {
    const decision = authorize(
      graphOf(bindTo('edit')),
      web,
      resourceRequest({ verb: 'delete', resource: 'secrets', name: 'x', namespace: 'shop' }),
    );
    expect(decision.grant?.rule.origin.role.name).toBe('system:aggregate-to-edit');
    expect(decision.grant?.rule.origin.provenance).toMatchObject({
      builtin: true,
      kubernetesVersion: 'Kubernetes v1.27-v1.33',
    });
  });

  test('cluster-admin bound by a ClusterRoleBinding allows everything, URLs too', () => {
    const graph = graphOf(`
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata: { name: root }
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: cluster-admin }
subjects: [{ kind: ServiceAccount, name: web, namespace: shop }]
`);
    expect(
      authorize(graph, web, resourceRequest({ verb: 'delete', resource: 'nodes', name: 'n1' })).allowed,
    ).toBe(true);
    expect(authorize(graph, web, { kind: 'nonResource', verb: 'get', path: '/metrics' }).allowed).toBe(true);
  });

  test('default bindings: every authenticated user may review its own access', () => {
    const graph = graphOf('');
    const review = resourceRequest({
      verb: 'create',
      apiGroup: 'authorization.k8s.io',
      resource: 'selfsubjectaccessreviews',
    });
    expect(authorize(graph, web, review).allowed).toBe(true);
    expect(authorize(graphOf('', { defaultBindings: false }), web, review).allowed).toBe(false);
  });

  test('a manifest that defines a built-in role replaces it', () => {
    const graph = graphOf(`
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: { name: edit }
rules: [{ verbs: [get], apiGroups: [""], resources: [configmaps] }]
${bindTo('edit')}`);
    expect(
      authorize(graph, web, resourceRequest({ verb: 'get', resource: 'configmaps', namespace: 'shop' }))
        .allowed,
    ).toBe(true);
    expect(
      authorize(graph, web, resourceRequest({ verb: 'get', resource: 'secrets', namespace: 'shop' })).allowed,
    ).toBe(false);
  });
});
