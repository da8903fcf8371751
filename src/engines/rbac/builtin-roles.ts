/**
 * The default ClusterRoles (and the one default Role workloads bind to) that
 * every API server creates at start-up, as data, so that bindings to
 * cluster-admin, admin, edit, view or a system: role resolve to their real
 * rules. Aggregated roles (admin, edit, view) carry their aggregationRule and
 * no rules: the engine aggregates them, exactly as the controller does, from
 * the system:aggregate-to-* roles and from any ClusterRole in the manifests
 * that carries the same labels.
 *
 * Source: kubernetes/kubernetes,
 * plugin/pkg/auth/authorizer/rbac/bootstrappolicy/testdata/cluster-roles.yaml
 * (the API server's bootstrap policy rendered with default feature gates) at
 * commit 025f2834a128798cef30018a5e6a6ae82b5ad885. That rendering has
 * system:basic-user grant selfsubjectreviews (added with v1.27) and no
 * Dynamic Resource Allocation rules in the aggregated roles (on by default
 * from v1.34), so it is the default policy of the v1.27 to v1.33 releases.
 * The per-controller roles (system:controller:*) are not included: workloads
 * are not bound to them.
 */
import { policyRule } from './matching.js';
import type { PolicyRule } from './types.js';

export const BUILTIN_POLICY_VERSION = 'Kubernetes v1.27-v1.33';
export const BUILTIN_POLICY_SOURCE =
  'kubernetes/kubernetes plugin/pkg/auth/authorizer/rbac/bootstrappolicy/testdata/cluster-roles.yaml at 025f2834a128798cef30018a5e6a6ae82b5ad885';

export interface BuiltinRole {
  readonly kind: 'ClusterRole' | 'Role';
  readonly namespace?: string;
  readonly name: string;
  readonly labels?: Readonly<Record<string, string>>;
  /** matchLabels of each aggregationRule.clusterRoleSelectors entry */
  readonly aggregateFrom?: ReadonlyArray<Readonly<Record<string, string>>>;
  readonly rules: readonly PolicyRule[];
}

export interface BuiltinBinding {
  readonly name: string;
  readonly clusterRole: string;
  readonly subjects: ReadonlyArray<{
    kind: 'User' | 'Group' | 'ServiceAccount';
    name: string;
    namespace?: string;
  }>;
}

const READ = ['get', 'list', 'watch'];
const WRITE = ['create', 'delete', 'deletecollection', 'patch', 'update'];
const READ_WRITE = ['create', 'delete', 'deletecollection', 'get', 'list', 'patch', 'update', 'watch'];

const TO_ADMIN = 'rbac.authorization.k8s.io/aggregate-to-admin';
const TO_EDIT = 'rbac.authorization.k8s.io/aggregate-to-edit';
const TO_VIEW = 'rbac.authorization.k8s.io/aggregate-to-view';

/** a resource rule: verbs, API groups, resources, and optionally resource names */
function allow(
  verbs: string[],
  apiGroups: string[],
  resources: string[],
  resourceNames: string[] = [],
): PolicyRule {
  return policyRule({ verbs, apiGroups, resources, resourceNames });
}

function allowURLs(verbs: string[], nonResourceURLs: string[]): PolicyRule {
  return policyRule({ verbs, nonResourceURLs });
}

const EVENTS = allow(['create', 'patch', 'update'], ['', 'events.k8s.io'], ['events']);

export const BUILTIN_ROLES: readonly BuiltinRole[] = [
  { kind: 'ClusterRole', name: 'admin', aggregateFrom: [{ [TO_ADMIN]: 'true' }], rules: [] },
  {
    kind: 'ClusterRole',
    name: 'cluster-admin',
    rules: [allow(['*'], ['*'], ['*']), allowURLs(['*'], ['*'])],
  },
  {
    kind: 'ClusterRole',
    name: 'edit',
    labels: { [TO_ADMIN]: 'true' },
    aggregateFrom: [{ [TO_EDIT]: 'true' }],
    rules: [],
  },
  {
    kind: 'ClusterRole',
    name: 'system:aggregate-to-admin',
    labels: { [TO_ADMIN]: 'true' },
    rules: [
      allow(['create'], ['authorization.k8s.io'], ['localsubjectaccessreviews']),
      allow(READ_WRITE, ['rbac.authorization.k8s.io'], ['rolebindings', 'roles']),
    ],
  },
  {
    kind: 'ClusterRole',
    name: 'system:aggregate-to-edit',
    labels: { [TO_EDIT]: 'true' },
    rules: [
      allow(
        READ,
        [''],
        ['pods/attach', 'pods/exec', 'pods/portforward', 'pods/proxy', 'secrets', 'services/proxy'],
      ),
      allow(['impersonate'], [''], ['serviceaccounts']),
      allow(WRITE, [''], ['pods', 'pods/attach', 'pods/exec', 'pods/portforward', 'pods/proxy']),
      allow(['create'], [''], ['pods/eviction']),
      allow(
        WRITE,
        [''],
        [
          'configmaps',
          'events',
          'persistentvolumeclaims',
          'replicationcontrollers',
          'replicationcontrollers/scale',
          'secrets',
          'serviceaccounts',
          'services',
          'services/proxy',
        ],
      ),
      allow(['create'], [''], ['serviceaccounts/token']),
      allow(
        WRITE,
        ['apps'],
        [
          'daemonsets',
          'deployments',
          'deployments/rollback',
          'deployments/scale',
          'replicasets',
          'replicasets/scale',
          'statefulsets',
          'statefulsets/scale',
        ],
      ),
      allow(WRITE, ['autoscaling'], ['horizontalpodautoscalers']),
      allow(WRITE, ['batch'], ['cronjobs', 'jobs']),
      allow(
        WRITE,
        ['extensions'],
        [
          'daemonsets',
          'deployments',
          'deployments/rollback',
          'deployments/scale',
          'ingresses',
          'networkpolicies',
          'replicasets',
          'replicasets/scale',
          'replicationcontrollers/scale',
        ],
      ),
      allow(WRITE, ['policy'], ['poddisruptionbudgets']),
      allow(WRITE, ['networking.k8s.io'], ['ingresses', 'networkpolicies']),
      allow(READ_WRITE, ['coordination.k8s.io'], ['leases']),
    ],
  },
  {
    kind: 'ClusterRole',
    name: 'system:aggregate-to-view',
    labels: { [TO_VIEW]: 'true' },
    rules: [
      allow(
        READ,
        [''],
        [
          'configmaps',
          'endpoints',
          'persistentvolumeclaims',
          'persistentvolumeclaims/status',
          'pods',
          'replicationcontrollers',
          'replicationcontrollers/scale',
          'serviceaccounts',
          'services',
          'services/status',
        ],
      ),
      allow(
        READ,
        [''],
        [
          'bindings',
          'events',
          'limitranges',
          'namespaces/status',
          'pods/log',
          'pods/status',
          'replicationcontrollers/status',
          'resourcequotas',
          'resourcequotas/status',
        ],
      ),
      allow(READ, [''], ['namespaces']),
      allow(READ, ['discovery.k8s.io'], ['endpointslices']),
      allow(
        READ,
        ['apps'],
        [
          'controllerrevisions',
          'daemonsets',
          'daemonsets/status',
          'deployments',
          'deployments/scale',
          'deployments/status',
          'replicasets',
          'replicasets/scale',
          'replicasets/status',
          'statefulsets',
          'statefulsets/scale',
          'statefulsets/status',
        ],
      ),
      allow(READ, ['autoscaling'], ['horizontalpodautoscalers', 'horizontalpodautoscalers/status']),
      allow(READ, ['batch'], ['cronjobs', 'cronjobs/status', 'jobs', 'jobs/status']),
      allow(
        READ,
        ['extensions'],
        [
          'daemonsets',
          'daemonsets/status',
          'deployments',
          'deployments/scale',
          'deployments/status',
          'ingresses',
          'ingresses/status',
          'networkpolicies',
          'replicasets',
          'replicasets/scale',
          'replicasets/status',
          'replicationcontrollers/scale',
        ],
      ),
      allow(READ, ['policy'], ['poddisruptionbudgets', 'poddisruptionbudgets/status']),
      allow(READ, ['networking.k8s.io'], ['ingresses', 'ingresses/status', 'networkpolicies']),
    ],
  },
  {
    kind: 'ClusterRole',
    name: 'system:auth-delegator',
    rules: [
      allow(['create'], ['authentication.k8s.io'], ['tokenreviews']),
      allow(['create'], ['authorization.k8s.io'], ['subjectaccessreviews']),
    ],
  },
  {
    kind: 'ClusterRole',
    name: 'system:basic-user',
    rules: [
      allow(['create'], ['authorization.k8s.io'], ['selfsubjectaccessreviews', 'selfsubjectrulesreviews']),
      allow(['create'], ['authentication.k8s.io'], ['selfsubjectreviews']),
    ],
  },
  {
    kind: 'ClusterRole',
    name: 'system:certificates.k8s.io:certificatesigningrequests:nodeclient',
    rules: [allow(['create'], ['certificates.k8s.io'], ['certificatesigningrequests/nodeclient'])],
  },
  {
    kind: 'ClusterRole',
    name: 'system:certificates.k8s.io:certificatesigningrequests:selfnodeclient',
    rules: [allow(['create'], ['certificates.k8s.io'], ['certificatesigningrequests/selfnodeclient'])],
  },
  ...[
    ['kube-apiserver-client-approver', 'kubernetes.io/kube-apiserver-client'],
    ['kube-apiserver-client-kubelet-approver', 'kubernetes.io/kube-apiserver-client-kubelet'],
    ['kubelet-serving-approver', 'kubernetes.io/kubelet-serving'],
    ['legacy-unknown-approver', 'kubernetes.io/legacy-unknown'],
  ].map(([suffix, signer]): BuiltinRole => ({
    kind: 'ClusterRole',
    name: `system:certificates.k8s.io:${suffix}`,
    rules: [allow(['approve'], ['certificates.k8s.io'], ['signers'], [signer!])],
  })),
  {
    kind: 'ClusterRole',
    name: 'system:discovery',
    rules: [
      allowURLs(
        ['get'],
        [
          '/api',
          '/api/*',
          '/apis',
          '/apis/*',
          '/healthz',
          '/livez',
          '/openapi',
          '/openapi/*',
          '/readyz',
          '/version',
          '/version/',
        ],
      ),
    ],
  },
  {
    kind: 'ClusterRole',
    name: 'system:heapster',
    rules: [
      allow(READ, [''], ['events', 'namespaces', 'nodes', 'pods']),
      allow(READ, ['extensions'], ['deployments']),
    ],
  },
  {
    kind: 'ClusterRole',
    name: 'system:kube-aggregator',
    rules: [allow(READ, [''], ['endpoints', 'services'])],
  },
  {
    kind: 'ClusterRole',
    name: 'system:kube-controller-manager',
    rules: [
      EVENTS,
      allow(['create'], ['coordination.k8s.io'], ['leases']),
      allow(['get', 'update'], ['coordination.k8s.io'], ['leases'], ['kube-controller-manager']),
      allow(['create'], [''], ['secrets', 'serviceaccounts']),
      allow(['delete'], [''], ['secrets']),
      allow(['get'], [''], ['configmaps', 'namespaces', 'secrets', 'serviceaccounts']),
      allow(['update'], [''], ['secrets', 'serviceaccounts']),
      allow(['create'], ['authentication.k8s.io'], ['tokenreviews']),
      allow(['create'], ['authorization.k8s.io'], ['subjectaccessreviews']),
      allow(['list', 'watch'], ['*'], ['*']),
      allow(['create'], [''], ['serviceaccounts/token']),
    ],
  },
  {
    kind: 'ClusterRole',
    name: 'system:kube-dns',
    rules: [allow(['list', 'watch'], [''], ['endpoints', 'services'])],
  },
  {
    kind: 'ClusterRole',
    name: 'system:kube-scheduler',
    rules: [
      EVENTS,
      allow(['create'], ['coordination.k8s.io'], ['leases']),
      allow(['get', 'update'], ['coordination.k8s.io'], ['leases'], ['kube-scheduler']),
      allow(READ, [''], ['nodes']),
      allow(['delete', 'get', 'list', 'watch'], [''], ['pods']),
      allow(['create'], [''], ['bindings', 'pods/binding']),
      allow(['patch', 'update'], [''], ['pods/status']),
      allow(READ, [''], ['replicationcontrollers', 'services']),
      allow(READ, ['apps', 'extensions'], ['replicasets']),
      allow(READ, ['apps'], ['statefulsets']),
      allow(READ, ['policy'], ['poddisruptionbudgets']),
      allow(READ, [''], ['persistentvolumeclaims', 'persistentvolumes']),
      allow(['create'], ['authentication.k8s.io'], ['tokenreviews']),
      allow(['create'], ['authorization.k8s.io'], ['subjectaccessreviews']),
      allow(READ, ['storage.k8s.io'], ['csinodes']),
      allow(READ, [''], ['namespaces']),
      allow(READ, ['storage.k8s.io'], ['csidrivers']),
      allow(READ, ['storage.k8s.io'], ['csistoragecapacities']),
    ],
  },
  {
    kind: 'ClusterRole',
    name: 'system:kubelet-api-admin',
    rules: [
      allow(READ, [''], ['nodes']),
      allow(['proxy'], [''], ['nodes']),
      allow(['*'], [''], ['nodes/log', 'nodes/metrics', 'nodes/proxy', 'nodes/stats']),
    ],
  },
  {
    kind: 'ClusterRole',
    name: 'system:monitoring',
    rules: [
      allowURLs(
        ['get'],
        ['/healthz', '/healthz/*', '/livez', '/livez/*', '/metrics', '/metrics/slis', '/readyz', '/readyz/*'],
      ),
    ],
  },
  {
    kind: 'ClusterRole',
    name: 'system:node',
    rules: [
      allow(['create'], ['authentication.k8s.io'], ['tokenreviews']),
      allow(['create'], ['authorization.k8s.io'], ['localsubjectaccessreviews', 'subjectaccessreviews']),
      allow(READ, [''], ['services']),
      allow(['create', 'get', 'list', 'watch'], [''], ['nodes']),
      allow(['patch', 'update'], [''], ['nodes/status']),
      allow(['patch', 'update'], [''], ['nodes']),
      allow(['create', 'patch', 'update'], [''], ['events']),
      allow(READ, [''], ['pods']),
      allow(['create', 'delete'], [''], ['pods']),
      allow(['patch', 'update'], [''], ['pods/status']),
      allow(['create'], [''], ['pods/eviction']),
      allow(READ, [''], ['configmaps', 'secrets']),
      allow(['get'], [''], ['persistentvolumeclaims', 'persistentvolumes']),
      allow(['get'], [''], ['endpoints']),
      allow(['create', 'get', 'list', 'watch'], ['certificates.k8s.io'], ['certificatesigningrequests']),
      allow(['create', 'delete', 'get', 'patch', 'update'], ['coordination.k8s.io'], ['leases']),
      allow(['get'], ['storage.k8s.io'], ['volumeattachments']),
      allow(['create'], [''], ['serviceaccounts/token']),
      allow(['get', 'patch', 'update'], [''], ['persistentvolumeclaims/status']),
      allow(READ, ['storage.k8s.io'], ['csidrivers']),
      allow(['create', 'delete', 'get', 'patch', 'update'], ['storage.k8s.io'], ['csinodes']),
      allow(READ, ['node.k8s.io'], ['runtimeclasses']),
    ],
  },
  {
    kind: 'ClusterRole',
    name: 'system:node-bootstrapper',
    rules: [
      allow(['create', 'get', 'list', 'watch'], ['certificates.k8s.io'], ['certificatesigningrequests']),
    ],
  },
  {
    kind: 'ClusterRole',
    name: 'system:node-problem-detector',
    rules: [allow(['get'], [''], ['nodes']), allow(['patch'], [''], ['nodes/status']), EVENTS],
  },
  {
    kind: 'ClusterRole',
    name: 'system:node-proxier',
    rules: [
      allow(['list', 'watch'], [''], ['endpoints', 'services']),
      allow(READ, [''], ['nodes']),
      EVENTS,
      allow(['list', 'watch'], ['discovery.k8s.io'], ['endpointslices']),
    ],
  },
  {
    kind: 'ClusterRole',
    name: 'system:persistent-volume-provisioner',
    rules: [
      allow(['create', 'delete', 'get', 'list', 'watch'], [''], ['persistentvolumes']),
      allow(['get', 'list', 'update', 'watch'], [''], ['persistentvolumeclaims']),
      allow(READ, ['storage.k8s.io'], ['storageclasses']),
      allow(['watch'], [''], ['events']),
      EVENTS,
    ],
  },
  {
    kind: 'ClusterRole',
    name: 'system:public-info-viewer',
    rules: [allowURLs(['get'], ['/healthz', '/livez', '/readyz', '/version', '/version/'])],
  },
  {
    kind: 'ClusterRole',
    name: 'system:service-account-issuer-discovery',
    rules: [allowURLs(['get'], ['/.well-known/openid-configuration', '/openid/v1/jwks'])],
  },
  {
    kind: 'ClusterRole',
    name: 'system:volume-scheduler',
    rules: [
      allow(['get', 'list', 'patch', 'update', 'watch'], [''], ['persistentvolumes']),
      allow(READ, ['storage.k8s.io'], ['storageclasses']),
      allow(['get', 'list', 'patch', 'update', 'watch'], [''], ['persistentvolumeclaims']),
    ],
  },
  {
    kind: 'ClusterRole',
    name: 'view',
    labels: { [TO_EDIT]: 'true' },
    aggregateFrom: [{ [TO_VIEW]: 'true' }],
    rules: [],
  },
  // the default Role that extension API servers (metrics-server, webhooks) are bound to
  {
    kind: 'Role',
    namespace: 'kube-system',
    name: 'extension-apiserver-authentication-reader',
    rules: [allow(READ, [''], ['configmaps'], ['extension-apiserver-authentication'])],
  },
];

/**
 * The default ClusterRoleBindings. They let `can-i` and `who-can` answer as a
 * real cluster would (every authenticated user may create
 * selfsubjectaccessreviews; system:masters is cluster-admin). The rules never
 * report them: they are not part of any change.
 */
export const BUILTIN_BINDINGS: readonly BuiltinBinding[] = [
  {
    name: 'cluster-admin',
    clusterRole: 'cluster-admin',
    subjects: [{ kind: 'Group', name: 'system:masters' }],
  },
  {
    name: 'system:basic-user',
    clusterRole: 'system:basic-user',
    subjects: [{ kind: 'Group', name: 'system:authenticated' }],
  },
  {
    name: 'system:discovery',
    clusterRole: 'system:discovery',
    subjects: [{ kind: 'Group', name: 'system:authenticated' }],
  },
  {
    name: 'system:public-info-viewer',
    clusterRole: 'system:public-info-viewer',
    subjects: [
      { kind: 'Group', name: 'system:authenticated' },
      { kind: 'Group', name: 'system:unauthenticated' },
    ],
  },
  {
    name: 'system:service-account-issuer-discovery',
    clusterRole: 'system:service-account-issuer-discovery',
    subjects: [{ kind: 'Group', name: 'system:serviceaccounts' }],
  },
  {
    name: 'system:kube-controller-manager',
    clusterRole: 'system:kube-controller-manager',
    subjects: [{ kind: 'User', name: 'system:kube-controller-manager' }],
  },
  {
    name: 'system:kube-dns',
    clusterRole: 'system:kube-dns',
    subjects: [{ kind: 'ServiceAccount', name: 'kube-dns', namespace: 'kube-system' }],
  },
  {
    name: 'system:kube-scheduler',
    clusterRole: 'system:kube-scheduler',
    subjects: [{ kind: 'User', name: 'system:kube-scheduler' }],
  },
  {
    name: 'system:volume-scheduler',
    clusterRole: 'system:volume-scheduler',
    subjects: [{ kind: 'User', name: 'system:kube-scheduler' }],
  },
  {
    name: 'system:monitoring',
    clusterRole: 'system:monitoring',
    subjects: [{ kind: 'Group', name: 'system:monitoring' }],
  },
  {
    name: 'system:node-proxier',
    clusterRole: 'system:node-proxier',
    subjects: [{ kind: 'User', name: 'system:kube-proxy' }],
  },
];
