/**
 * Which resources are cluster-scoped. A request on one carries no namespace,
 * so the authorizer never consults RoleBindings for it: a RoleBinding to a
 * ClusterRole grants only namespaced resources inside its own namespace,
 * never nodes, persistentvolumes, clusterroles and the like, and never
 * non-resource URLs.
 *
 * The table lists the cluster-scoped resources of the built-in API groups
 * (and the virtual resources authorization checks use: `signers` for
 * CertificateSigningRequest approval, `users`, `groups`, `uids` and
 * `userextras` for impersonation). CustomResourceDefinitions in the manifests
 * with `scope: Cluster` add to it.
 *
 * One resource is both: `namespaces`. A request on the namespace object
 * itself (get, update, patch, delete of namespace X, and its subresources)
 * carries namespace X, so a RoleBinding in X lets its subjects read or change
 * X; listing namespaces is cluster-scoped.
 */
const BUILTIN_CLUSTER_SCOPED: Readonly<Record<string, readonly string[]>> = {
  '': ['nodes', 'namespaces', 'persistentvolumes', 'componentstatuses', 'users', 'groups'],
  'admissionregistration.k8s.io': [
    'mutatingwebhookconfigurations',
    'validatingwebhookconfigurations',
    'validatingadmissionpolicies',
    'validatingadmissionpolicybindings',
    'mutatingadmissionpolicies',
    'mutatingadmissionpolicybindings',
  ],
  'apiextensions.k8s.io': ['customresourcedefinitions'],
  'apiregistration.k8s.io': ['apiservices'],
  'authentication.k8s.io': ['tokenreviews', 'selfsubjectreviews', 'uids', 'userextras'],
  'authorization.k8s.io': ['selfsubjectaccessreviews', 'selfsubjectrulesreviews', 'subjectaccessreviews'],
  'certificates.k8s.io': ['certificatesigningrequests', 'clustertrustbundles', 'signers'],
  'flowcontrol.apiserver.k8s.io': ['flowschemas', 'prioritylevelconfigurations'],
  'internal.apiserver.k8s.io': ['storageversions'],
  'metrics.k8s.io': ['nodes'],
  'networking.k8s.io': ['ingressclasses', 'ipaddresses', 'servicecidrs'],
  'node.k8s.io': ['runtimeclasses'],
  policy: ['podsecuritypolicies'],
  extensions: ['podsecuritypolicies'],
  'rbac.authorization.k8s.io': ['clusterroles', 'clusterrolebindings'],
  'resource.k8s.io': ['deviceclasses', 'resourceslices', 'devicetaintrules'],
  'scheduling.k8s.io': ['priorityclasses'],
  'storage.k8s.io': [
    'csidrivers',
    'csinodes',
    'storageclasses',
    'volumeattachments',
    'volumeattributesclasses',
  ],
  'storagemigration.k8s.io': ['storageversionmigrations'],
};

export class ResourceScopes {
  /** cluster-scoped resources by API group: no string building on this hot path */
  private readonly clusterScoped = new Map<string, Set<string>>();

  constructor(customClusterScoped: ReadonlyArray<{ group: string; resource: string }> = []) {
    for (const [group, resources] of Object.entries(BUILTIN_CLUSTER_SCOPED))
      for (const resource of resources) this.add(group, resource);
    for (const { group, resource } of customClusterScoped) this.add(group, resource);
  }

  private add(group: string, resource: string): void {
    let resources = this.clusterScoped.get(group);
    if (!resources) this.clusterScoped.set(group, (resources = new Set()));
    resources.add(resource);
  }

  /** true when requests on this resource carry no namespace ('*' is treated as namespaced, as kubectl does) */
  isClusterScoped(group: string, resource: string): boolean {
    return this.clusterScoped.get(group)?.has(resource) ?? false;
  }

  /**
   * The namespace a real request on this resource carries, given the one a
   * question was asked in: '' for cluster-scoped resources, except a
   * namespace's own object, which carries its name.
   */
  requestNamespace(group: string, resource: string, name: string, askedNamespace: string): string {
    if (group === '' && resource === 'namespaces') return name;
    return this.isClusterScoped(group, resource) ? '' : askedNamespace;
  }
}
