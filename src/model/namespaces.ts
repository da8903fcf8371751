/**
 * What Pod Security Admission enforces in each Namespace of the input, read
 * from its labels (`pod-security.kubernetes.io/enforce` and
 * `enforce-version`), so workloads are checked at the level their namespace
 * will really apply.
 */
import { isRecord, type SourceObject } from './objects.js';

export const PSA_ENFORCE_LABEL = 'pod-security.kubernetes.io/enforce';
export const PSA_ENFORCE_VERSION_LABEL = 'pod-security.kubernetes.io/enforce-version';

export type PsaLevel = 'privileged' | 'baseline' | 'restricted';

export interface NamespacePodSecurity {
  readonly object: SourceObject;
  /** the enforce label as written; undefined when absent (the cluster's default applies) */
  readonly level?: string;
  /** the enforce-version label as written (`latest`, `v1.N`); absent means latest once a level is set */
  readonly version?: string;
}

export function namespacePodSecurity(objects: readonly SourceObject[]): Map<string, NamespacePodSecurity> {
  const namespaces = new Map<string, NamespacePodSecurity>();
  for (const object of objects) {
    if (object.value.apiVersion !== 'v1' || object.value.kind !== 'Namespace') continue;
    const metadata = isRecord(object.value.metadata) ? object.value.metadata : {};
    if (typeof metadata.name !== 'string') continue;
    const labels = isRecord(metadata.labels) ? metadata.labels : {};
    const level = labels[PSA_ENFORCE_LABEL];
    const version = labels[PSA_ENFORCE_VERSION_LABEL];
    namespaces.set(metadata.name, {
      object,
      ...(level !== undefined && level !== null ? { level: String(level) } : {}),
      ...(typeof version === 'string' ? { version } : {}),
    });
  }
  return namespaces;
}
