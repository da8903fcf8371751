/**
 * The requests kubegate asks an audit policy about. Each rule states which
 * requests it cares about and what level they need; the policy is evaluated
 * for each, as the API server would, and the rule reports the requests that
 * get the wrong level together with the policy rule that decided.
 *
 * Principals: an ordinary user, a workload's service account, and (for reads
 * of credentials) a node, because kubelets read Secrets all day. Namespaced
 * resources are asked about in `default` and `kube-system`.
 */
import type { AuditRequest, AuditUser } from '../../engines/audit/evaluate.js';

export const PROBE_USERS = {
  user: { name: 'alice', groups: ['system:authenticated'] },
  serviceAccount: {
    name: 'system:serviceaccount:default:app',
    groups: ['system:serviceaccounts', 'system:serviceaccounts:default', 'system:authenticated'],
  },
  node: { name: 'system:node:node-1', groups: ['system:nodes', 'system:authenticated'] },
} as const satisfies Record<string, AuditUser>;

const NAMESPACES = ['default', 'kube-system'];

export interface ProbeResource {
  readonly group: string;
  readonly resource: string;
  readonly subresource?: string;
  readonly namespaced: boolean;
}

export interface Probe {
  readonly request: AuditRequest;
  readonly resource: ProbeResource;
  readonly verb: string;
  readonly user: AuditUser;
}

export function resourceLabel(resource: ProbeResource): string {
  const name = resource.subresource ? `${resource.resource}/${resource.subresource}` : resource.resource;
  return resource.group === '' ? name : `${name}.${resource.group}`;
}

/** Every combination of verbs, users and (for namespaced resources) namespaces. */
export function probes(
  resources: readonly ProbeResource[],
  verbs: readonly string[],
  users: readonly AuditUser[],
): Probe[] {
  const result: Probe[] = [];
  for (const resource of resources)
    for (const verb of verbs)
      for (const user of users)
        for (const namespace of resource.namespaced ? NAMESPACES : ['']) {
          result.push({
            resource,
            verb,
            user,
            request: {
              user,
              verb,
              resource: {
                group: resource.group,
                resource: resource.resource,
                ...(resource.subresource ? { subresource: resource.subresource } : {}),
                namespace,
              },
            },
          });
        }
  return result;
}

export const SECRETS: ProbeResource = { group: '', resource: 'secrets', namespaced: true };
export const CONFIGMAPS: ProbeResource = { group: '', resource: 'configmaps', namespaced: true };
export const SERVICE_ACCOUNT_TOKEN: ProbeResource = {
  group: '',
  resource: 'serviceaccounts',
  subresource: 'token',
  namespaced: true,
};
export const TOKEN_REVIEWS: ProbeResource = {
  group: 'authentication.k8s.io',
  resource: 'tokenreviews',
  namespaced: false,
};
export const SERVICE_ACCOUNTS: ProbeResource = { group: '', resource: 'serviceaccounts', namespaced: true };
const RBAC = 'rbac.authorization.k8s.io';
export const RBAC_RESOURCES: readonly ProbeResource[] = [
  { group: RBAC, resource: 'roles', namespaced: true },
  { group: RBAC, resource: 'rolebindings', namespaced: true },
  { group: RBAC, resource: 'clusterroles', namespaced: false },
  { group: RBAC, resource: 'clusterrolebindings', namespaced: false },
];
export const WORKLOAD_RESOURCES: readonly ProbeResource[] = [
  { group: '', resource: 'pods', namespaced: true },
  { group: 'apps', resource: 'deployments', namespaced: true },
  { group: '', resource: 'services', namespaced: true },
  { group: '', resource: 'persistentvolumeclaims', namespaced: true },
  { group: 'networking.k8s.io', resource: 'networkpolicies', namespaced: true },
  { group: '', resource: 'namespaces', namespaced: false },
  { group: '', resource: 'nodes', namespaced: false },
  // a custom resource: a policy must not go blind to APIs added later
  { group: 'example.com', resource: 'widgets', namespaced: true },
];
export const POD_EXEC: ProbeResource = { group: '', resource: 'pods', subresource: 'exec', namespaced: true };

export const READ_VERBS = ['get', 'list', 'watch'];
export const WRITE_VERBS = ['create', 'update', 'patch', 'delete', 'deletecollection'];
