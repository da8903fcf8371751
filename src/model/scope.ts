/**
 * Cluster-scoped kinds of the built-in API, so that tools applying a default
 * namespace (a Helm release's, the configured one) leave them alone. Custom
 * resources are namespaced unless their CustomResourceDefinition in the
 * input says `scope: Cluster`.
 */
import { isRecord, type KubeObject } from './objects.js';

const CLUSTER_SCOPED = new Set([
  'APIService',
  'CertificateSigningRequest',
  'ClusterRole',
  'ClusterRoleBinding',
  'ClusterTrustBundle',
  'ComponentStatus',
  'CSIDriver',
  'CSINode',
  'CustomResourceDefinition',
  'DeviceClass',
  'FlowSchema',
  'IngressClass',
  'IPAddress',
  'MutatingAdmissionPolicy',
  'MutatingAdmissionPolicyBinding',
  'MutatingWebhookConfiguration',
  'Namespace',
  'Node',
  'PersistentVolume',
  'PodSecurityPolicy',
  'PriorityClass',
  'PriorityLevelConfiguration',
  'RuntimeClass',
  'SelfSubjectAccessReview',
  'SelfSubjectReview',
  'SelfSubjectRulesReview',
  'ServiceCIDR',
  'StorageClass',
  'SubjectAccessReview',
  'TokenReview',
  'ValidatingAdmissionPolicy',
  'ValidatingAdmissionPolicyBinding',
  'ValidatingWebhookConfiguration',
  'VolumeAttachment',
]);

export function isClusterScoped(
  kind: string,
  clusterScopedCustomKinds: ReadonlySet<string> = new Set(),
): boolean {
  return CLUSTER_SCOPED.has(kind) || clusterScopedCustomKinds.has(kind);
}

/** Kinds that CustomResourceDefinitions in the input declare cluster-scoped. */
export function clusterScopedCustomKinds(objects: readonly KubeObject[]): Set<string> {
  const kinds = new Set<string>();
  for (const object of objects) {
    if (object.kind !== 'CustomResourceDefinition' || !isRecord(object.spec)) continue;
    const names = object.spec.names;
    if (object.spec.scope === 'Cluster' && isRecord(names) && typeof names.kind === 'string')
      kinds.add(names.kind);
  }
  return kinds;
}

/** Puts a namespaced object without a namespace into the given one (what `helm install -n` does). */
export function defaultNamespace(objects: readonly KubeObject[], namespace: string): void {
  const customClusterKinds = clusterScopedCustomKinds(objects);
  for (const object of objects) {
    if (isClusterScoped(object.kind, customClusterKinds)) continue;
    if (!isRecord(object.metadata)) object.metadata = {};
    const metadata = object.metadata as Record<string, unknown>;
    if (typeof metadata.namespace !== 'string' || metadata.namespace === '') metadata.namespace = namespace;
  }
}
