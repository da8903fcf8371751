/**
 * Pod templates, wherever a workload kind keeps one. A rule written once for
 * a pod spec reports the right path and line for every kind, because each
 * template carries the path prefix of its pod (metadata + spec) in the object.
 */
import { apiGroup, isRecord, type SourceObject } from './objects.js';
import type { FieldPath } from './path.js';

export interface PodTemplate {
  readonly object: SourceObject;
  /** path from the object's root to the pod template (the thing with metadata and spec) */
  readonly prefix: FieldPath;
  readonly metadata: Record<string, unknown>;
  readonly spec: Record<string, unknown>;
}

interface TemplateLocation {
  /** API groups the kind lives in (core is '') */
  readonly groups: readonly string[];
  readonly prefix: FieldPath;
}

const APPS = ['apps', 'extensions'];
const TEMPLATE_LOCATIONS: Record<string, TemplateLocation> = {
  Pod: { groups: [''], prefix: [] },
  PodTemplate: { groups: [''], prefix: ['template'] },
  ReplicationController: { groups: [''], prefix: ['spec', 'template'] },
  Deployment: { groups: APPS, prefix: ['spec', 'template'] },
  ReplicaSet: { groups: APPS, prefix: ['spec', 'template'] },
  StatefulSet: { groups: ['apps'], prefix: ['spec', 'template'] },
  DaemonSet: { groups: APPS, prefix: ['spec', 'template'] },
  Job: { groups: ['batch'], prefix: ['spec', 'template'] },
  CronJob: { groups: ['batch'], prefix: ['spec', 'jobTemplate', 'spec', 'template'] },
};

/** The pod template of a workload object, or undefined when the kind has none or it is absent. */
export function podTemplateOf(object: SourceObject): PodTemplate | undefined {
  const location = TEMPLATE_LOCATIONS[object.value.kind];
  if (!location || !location.groups.includes(apiGroup(object.value.apiVersion))) return undefined;
  let node: unknown = object.value;
  for (const segment of location.prefix) {
    if (!isRecord(node)) return undefined;
    node = node[segment as string];
  }
  if (!isRecord(node) || !isRecord(node.spec)) return undefined;
  return {
    object,
    prefix: location.prefix,
    metadata: isRecord(node.metadata) ? node.metadata : {},
    spec: node.spec,
  };
}

export function podTemplates(objects: readonly SourceObject[]): PodTemplate[] {
  const templates: PodTemplate[] = [];
  for (const object of objects) {
    const template = podTemplateOf(object);
    if (template) templates.push(template);
  }
  return templates;
}

export const WORKLOAD_KINDS = Object.keys(TEMPLATE_LOCATIONS);
