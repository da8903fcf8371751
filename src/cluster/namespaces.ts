/**
 * Where each object goes in the cluster, and the Namespaces to create
 * first. In a throwaway kind cluster namespaces keep their names; in an
 * existing cluster (kubeconfig) every namespace becomes `<run prefix>-<name>`
 * so nothing the run creates can touch a real one, and all of them are
 * deleted at the end.
 *
 * Each namespace carries its Pod Security labels: the pull request's when it
 * declares them, else the configured default, so admission judges pods as
 * the static pss/ rules did. A `warn` label at the enforce level (when the
 * namespace sets none) makes admission say what a pod would violate in a
 * response header even when it is only warned about.
 */
import { createHash } from 'node:crypto';
import { isRecord, type KubeObject, type SourceObject } from '../model/objects.js';
import { PSA_ENFORCE_LABEL, PSA_ENFORCE_VERSION_LABEL } from '../model/namespaces.js';
import { LATEST_PSS_VERSION, type PssLevel, type PssVersion } from '../rules/pss/types.js';

export const PSA_WARN_LABEL = 'pod-security.kubernetes.io/warn';
export const PSA_WARN_VERSION_LABEL = 'pod-security.kubernetes.io/warn-version';
export const RUN_ANNOTATION = 'kubegate.dev/run';

export interface NamespacePlan {
  /** cluster namespace of a manifest namespace (undefined: the default one) */
  target(namespace: string | undefined): string;
  /** Namespaces to create, in order, with the source object when the PR declares it */
  readonly namespaces: ReadonlyArray<{
    readonly name: string;
    readonly object: KubeObject;
    readonly source?: SourceObject;
  }>;
}

export interface NamespaceOptions {
  /** undefined in a kind cluster (names kept); the per-run prefix in an existing cluster */
  readonly prefix?: string;
  readonly runId: string;
  readonly defaultLevel: PssLevel;
  readonly defaultVersion: PssVersion;
}

export function formatPssVersion(version: PssVersion): string {
  return version === LATEST_PSS_VERSION ? 'latest' : `v1.${version}`;
}

/** A DNS label for a prefixed namespace: `<prefix>-<name>`, shortened with a hash when over 63. */
export function prefixedName(prefix: string, name: string): string {
  const full = `${prefix}-${name}`;
  if (full.length <= 63) return full;
  const hash = createHash('sha256').update(name).digest('hex').slice(0, 8);
  return `${full.slice(0, 63 - 9).replace(/-+$/, '')}-${hash}`;
}

export function planNamespaces(objects: readonly SourceObject[], options: NamespaceOptions): NamespacePlan {
  const target = (namespace: string | undefined) => {
    const name = namespace ?? 'default';
    return options.prefix === undefined ? name : prefixedName(options.prefix, name);
  };
  const clusterScoped = clusterScopedCustomKinds(objects);
  const declared = new Map<string, SourceObject>();
  const referenced = new Set<string>();
  for (const source of objects) {
    const metadata = isRecord(source.value.metadata) ? source.value.metadata : {};
    if (
      source.value.kind === 'Namespace' &&
      source.value.apiVersion === 'v1' &&
      typeof metadata.name === 'string'
    )
      declared.set(metadata.name, source);
    else if (typeof metadata.namespace === 'string') referenced.add(metadata.namespace);
    else if (!CLUSTER_SCOPED.has(source.value.kind) && !clusterScoped.has(source.value.kind))
      referenced.add('default');
  }
  const names = [...new Set([...declared.keys(), ...referenced])].sort();
  return {
    target,
    namespaces: names.map((name) => {
      const source = declared.get(name);
      const original = source?.value ?? { apiVersion: 'v1', kind: 'Namespace' };
      const metadata = isRecord(original.metadata) ? original.metadata : {};
      const labels: Record<string, unknown> = { ...(isRecord(metadata.labels) ? metadata.labels : {}) };
      if (labels[PSA_ENFORCE_LABEL] === undefined) {
        labels[PSA_ENFORCE_LABEL] = options.defaultLevel;
        labels[PSA_ENFORCE_VERSION_LABEL] = formatPssVersion(options.defaultVersion);
      }
      if (labels[PSA_WARN_LABEL] === undefined) {
        labels[PSA_WARN_LABEL] = labels[PSA_ENFORCE_LABEL];
        if (labels[PSA_ENFORCE_VERSION_LABEL] !== undefined)
          labels[PSA_WARN_VERSION_LABEL] = labels[PSA_ENFORCE_VERSION_LABEL];
      }
      const annotations = {
        ...(isRecord(metadata.annotations) ? metadata.annotations : {}),
        [RUN_ANNOTATION]: options.runId,
      };
      const object: KubeObject = {
        ...original,
        metadata: { ...metadata, name: target(name), labels, annotations },
      };
      return { name: target(name), object, ...(source ? { source } : {}) };
    }),
  };
}

const CLUSTER_SCOPED = new Set([
  'APIService',
  'CertificateSigningRequest',
  'ClusterRole',
  'ClusterRoleBinding',
  'CSIDriver',
  'CSINode',
  'CustomResourceDefinition',
  'FlowSchema',
  'IngressClass',
  'MutatingWebhookConfiguration',
  'Namespace',
  'Node',
  'PersistentVolume',
  'PriorityClass',
  'PriorityLevelConfiguration',
  'RuntimeClass',
  'StorageClass',
  'ValidatingAdmissionPolicy',
  'ValidatingAdmissionPolicyBinding',
  'ValidatingWebhookConfiguration',
  'VolumeAttachment',
]);

/** kinds the CRDs of the change declare cluster-scoped */
export function clusterScopedCustomKinds(objects: readonly SourceObject[]): Set<string> {
  const kinds = new Set<string>();
  for (const { value } of objects) {
    if (value.kind !== 'CustomResourceDefinition' || !isRecord(value.spec)) continue;
    const names = isRecord(value.spec.names) ? value.spec.names : {};
    if (value.spec.scope === 'Cluster' && typeof names.kind === 'string') kinds.add(names.kind);
  }
  return kinds;
}

/**
 * The object as sent: its namespace mapped by the plan. An object without a
 * namespace goes to the (mapped) default one unless its kind is
 * cluster-scoped; the API server ignores a namespace on a cluster-scoped kind.
 */
export function retarget(
  object: KubeObject,
  plan: NamespacePlan,
  clusterScoped: ReadonlySet<string>,
): KubeObject {
  const metadata = isRecord(object.metadata) ? object.metadata : {};
  const namespace = typeof metadata.namespace === 'string' ? metadata.namespace : undefined;
  if (namespace === undefined && (CLUSTER_SCOPED.has(object.kind) || clusterScoped.has(object.kind)))
    return object;
  return { ...object, metadata: { ...metadata, namespace: plan.target(namespace) } };
}
