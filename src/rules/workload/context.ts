/**
 * What the workload rules need beyond the pod itself, built once per run:
 * the configured minimum UID, the ServiceAccounts and the LimitRange defaults
 * that are in the input, keyed by namespace. An object without a namespace
 * is keyed by '' and meets other objects without one: they land in the same
 * namespace when applied together.
 */
import type { Settings } from '../../config/settings.js';
import { isRecord, type SourceObject } from '../../model/objects.js';
import type { PodTemplate } from '../../model/workloads.js';
import type { RawFinding, RuleInfo } from '../types.js';

export const DEFAULT_MIN_RUN_AS_USER = 1000;
export const COMPUTE_RESOURCES = ['cpu', 'memory'] as const;
export type ComputeResource = (typeof COMPUTE_RESOURCES)[number];

/** Resources a LimitRange of type Container fills in for containers that leave them out. */
export interface ContainerDefaults {
  readonly limits: ReadonlySet<string>;
  readonly requests: ReadonlySet<string>;
}

export interface WorkloadContext {
  readonly minRunAsUser: number;
  /** by `namespace/name` */
  readonly serviceAccounts: ReadonlyMap<string, SourceObject>;
  /** by namespace */
  readonly containerDefaults: ReadonlyMap<string, ContainerDefaults>;
}

/** A rule judged on one pod template at a time. */
export interface PodRule {
  readonly info: RuleInfo;
  check(template: PodTemplate, context: WorkloadContext): RawFinding[];
}

export function workloadContext(settings: Settings, objects: readonly SourceObject[]): WorkloadContext {
  const serviceAccounts = new Map<string, SourceObject>();
  const containerDefaults = new Map<string, { limits: Set<string>; requests: Set<string> }>();
  for (const object of objects) {
    const { apiVersion, kind } = object.value;
    if (apiVersion !== 'v1') continue;
    if (kind === 'ServiceAccount') serviceAccounts.set(objectKey(object, nameOf(object)), object);
    else if (kind === 'LimitRange') {
      const namespace = namespaceOf(object);
      const defaults = containerDefaults.get(namespace) ?? { limits: new Set(), requests: new Set() };
      addLimitRangeDefaults(object, defaults);
      containerDefaults.set(namespace, defaults);
    }
  }
  return {
    minRunAsUser: settings.config.workload?.minRunAsUser ?? DEFAULT_MIN_RUN_AS_USER,
    serviceAccounts,
    containerDefaults,
  };
}

/**
 * The API defaults a Container limit item this way (SetDefaults_LimitRangeItem):
 * default from max, defaultRequest from default, then defaultRequest from min;
 * the LimitRanger admission then fills each container's missing limits from
 * default and missing requests from defaultRequest.
 */
function addLimitRangeDefaults(
  object: SourceObject,
  into: { limits: Set<string>; requests: Set<string> },
): void {
  const spec = isRecord(object.value.spec) ? object.value.spec : {};
  const items = Array.isArray(spec.limits) ? spec.limits : [];
  for (const item of items) {
    if (!isRecord(item) || item.type !== 'Container') continue;
    const keys = (field: string) => (isRecord(item[field]) ? Object.keys(item[field]) : []);
    const limits = new Set([...keys('default'), ...keys('max')]);
    const requests = new Set([...keys('defaultRequest'), ...limits, ...keys('min')]);
    limits.forEach((resource) => into.limits.add(resource));
    requests.forEach((resource) => into.requests.add(resource));
  }
}

export function namespaceOf(object: SourceObject): string {
  const metadata = object.value.metadata;
  return isRecord(metadata) && typeof metadata.namespace === 'string' ? metadata.namespace : '';
}

function nameOf(object: SourceObject): string {
  const metadata = object.value.metadata;
  return isRecord(metadata) && typeof metadata.name === 'string' ? metadata.name : '';
}

export function objectKey(object: SourceObject, name: string): string {
  return `${namespaceOf(object)}/${name}`;
}

/** spec.serviceAccountName, else the deprecated spec.serviceAccount, else `default` */
export function serviceAccountOf(template: PodTemplate): {
  name: string;
  field: 'serviceAccountName' | 'serviceAccount' | undefined;
} {
  for (const field of ['serviceAccountName', 'serviceAccount'] as const) {
    const value = template.spec[field];
    if (typeof value === 'string' && value !== '') return { name: value, field };
  }
  return { name: 'default', field: undefined };
}
