/**
 * The order objects reach the API server in, as an installer must apply
 * them: CustomResourceDefinitions first (their kinds do not exist before),
 * then Namespaces (everything else lives in one), then RBAC and the
 * ServiceAccounts it binds, then the rest, and last the custom resources
 * whose CRD the same change defines (they wait until it is established).
 * Within a rank the input order is kept, so reports are stable.
 */
import { apiGroup, isRecord, type KubeObject, type SourceObject } from '../model/objects.js';

export const RANK_CRD = 0;
export const RANK_NAMESPACE = 1;
export const RANK_RBAC = 2;
export const RANK_OTHER = 3;
export const RANK_CUSTOM_RESOURCE = 4;

const RBAC_KINDS = new Set(['ClusterRole', 'ClusterRoleBinding', 'Role', 'RoleBinding']);

/** `group/Kind` of every kind the CRDs define, each served version */
export function customKinds(objects: readonly SourceObject[]): Set<string> {
  const kinds = new Set<string>();
  for (const { value } of objects) {
    if (!isCrd(value)) continue;
    const spec = isRecord(value.spec) ? value.spec : {};
    const names = isRecord(spec.names) ? spec.names : {};
    if (typeof spec.group === 'string' && typeof names.kind === 'string')
      kinds.add(`${spec.group}/${names.kind}`);
  }
  return kinds;
}

export function isCrd(object: KubeObject): boolean {
  return object.kind === 'CustomResourceDefinition' && apiGroup(object.apiVersion) === 'apiextensions.k8s.io';
}

export function rankOf(object: KubeObject, custom: ReadonlySet<string>): number {
  if (isCrd(object)) return RANK_CRD;
  const group = apiGroup(object.apiVersion);
  if (object.kind === 'Namespace' && group === '') return RANK_NAMESPACE;
  if (
    (RBAC_KINDS.has(object.kind) && group === 'rbac.authorization.k8s.io') ||
    (object.kind === 'ServiceAccount' && group === '')
  )
    return RANK_RBAC;
  if (custom.has(`${group}/${object.kind}`)) return RANK_CUSTOM_RESOURCE;
  return RANK_OTHER;
}

export function applyOrder(objects: readonly SourceObject[]): SourceObject[] {
  const custom = customKinds(objects);
  return objects
    .map((object, index) => ({ object, index, rank: rankOf(object.value, custom) }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map(({ object }) => object);
}
