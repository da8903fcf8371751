/**
 * The peers NetworkPolicy reasons about, read from manifests: workloads (the
 * labels, namespace and container ports of their pod templates) and
 * namespaces (with the `kubernetes.io/metadata.name` label the API server
 * sets on every namespace).
 *
 * Live-cluster dumps work too: a Pod with ownerReferences counts under its
 * controlling owner (`ns/web-7d9f[ReplicaSet]`), a Pod without owner as itself
 * (`ns/name[Pod]`). Pods of one owner whose labels or ports differ (a
 * StatefulSet's pod-name label) are kept as several pod shapes of the workload.
 */
import { apiGroup, isRecord, type SourceObject } from '../../model/objects.js';
import type { FieldPath } from '../../model/path.js';
import { podTemplateOf } from '../../model/workloads.js';
import { isProtocol, MAX_PORT, MIN_PORT, type Protocol } from './conn.js';
import { parseIp, type IpFamily } from './ip.js';
import type { Labels } from './selector.js';

export const NAMESPACE_NAME_LABEL = 'kubernetes.io/metadata.name';
export const DEFAULT_NAMESPACE = 'default';

/** A problem in the input that the API server would reject: reported with the object and field. */
export interface NetpolIssue {
  readonly object: SourceObject;
  readonly path: FieldPath;
  readonly message: string;
}

export interface ContainerPort {
  readonly name?: string;
  readonly port: number;
  readonly protocol: Protocol;
}

export interface PodShape {
  readonly labels: Labels;
  readonly ports: readonly ContainerPort[];
  /** pod IPs, known only for Pods from a live cluster (status.podIPs) */
  readonly ips: ReadonlyArray<{ readonly family: IpFamily; readonly value: bigint }>;
}

export interface Workload {
  /** `ns/name[Kind]` */
  readonly id: string;
  readonly namespace: string;
  readonly name: string;
  readonly kind: string;
  /** the first object read for it, where findings about the workload point */
  readonly object: SourceObject;
  /** path from that object's root to its pod template (metadata + spec) */
  readonly prefix: FieldPath;
  readonly shapes: PodShape[];
}

export interface Namespace {
  readonly name: string;
  readonly labels: Labels;
  /** the Namespace object, when the input has one */
  readonly object?: SourceObject;
}

/** Kinds whose pod template runs pods (a PodTemplate object runs none). */
const RUNNING_KINDS = new Set([
  'Pod',
  'ReplicationController',
  'Deployment',
  'ReplicaSet',
  'StatefulSet',
  'DaemonSet',
  'Job',
  'CronJob',
]);

export function workloadId(namespace: string, name: string, kind: string): string {
  return `${namespace}/${name}[${kind}]`;
}

function metadataOf(object: SourceObject): Record<string, unknown> {
  return isRecord(object.value.metadata) ? object.value.metadata : {};
}

export function namespaceOf(object: SourceObject): string {
  const namespace = metadataOf(object).namespace;
  return typeof namespace === 'string' && namespace !== '' ? namespace : DEFAULT_NAMESPACE;
}

export function nameOf(object: SourceObject): string {
  const metadata = metadataOf(object);
  if (typeof metadata.name === 'string') return metadata.name;
  return typeof metadata.generateName === 'string' ? metadata.generateName : '';
}

export function isNamespaceObject(object: SourceObject): boolean {
  return object.value.kind === 'Namespace' && apiGroup(object.value.apiVersion) === '';
}

/** Labels as the API server would store them; a non-string value is an issue. */
export function readLabels(
  value: unknown,
  object: SourceObject,
  path: FieldPath,
  issues: NetpolIssue[],
): Record<string, string> {
  const labels: Record<string, string> = {};
  if (value === undefined || value === null) return labels;
  if (!isRecord(value)) {
    issues.push({ object, path, message: 'labels must be a mapping of strings' });
    return labels;
  }
  for (const [key, labelValue] of Object.entries(value)) {
    if (typeof labelValue === 'string') labels[key] = labelValue;
    else
      issues.push({
        object,
        path: [...path, key],
        message: `label "${key}" must have a string value (quote it)`,
      });
  }
  return labels;
}

function readPorts(
  spec: Record<string, unknown>,
  object: SourceObject,
  prefix: FieldPath,
  issues: NetpolIssue[],
) {
  const ports: ContainerPort[] = [];
  for (const list of ['initContainers', 'containers'] as const) {
    const containers = spec[list];
    if (!Array.isArray(containers)) continue;
    containers.forEach((container, containerIndex) => {
      // init containers serve traffic only as restartable sidecars
      if (!isRecord(container) || !Array.isArray(container.ports)) return;
      if (list === 'initContainers' && container.restartPolicy !== 'Always') return;
      container.ports.forEach((port, portIndex) => {
        const path = [...prefix, 'spec', list, containerIndex, 'ports', portIndex];
        if (!isRecord(port)) return;
        const number = port.containerPort;
        if (
          typeof number !== 'number' ||
          !Number.isInteger(number) ||
          number < MIN_PORT ||
          number > MAX_PORT
        ) {
          issues.push({
            object,
            path: [...path, 'containerPort'],
            message: `containerPort must be a number from ${MIN_PORT} to ${MAX_PORT}`,
          });
          return;
        }
        const protocol = port.protocol ?? 'TCP';
        if (!isProtocol(protocol)) {
          issues.push({
            object,
            path: [...path, 'protocol'],
            message: `protocol must be TCP, UDP or SCTP, not ${JSON.stringify(protocol)}`,
          });
          return;
        }
        ports.push({ ...(typeof port.name === 'string' ? { name: port.name } : {}), port: number, protocol });
      });
    });
  }
  return ports;
}

function podIps(object: SourceObject): PodShape['ips'] {
  const status = isRecord(object.value.status) ? object.value.status : {};
  const texts = new Set<string>();
  if (typeof status.podIP === 'string') texts.add(status.podIP);
  if (Array.isArray(status.podIPs)) {
    for (const entry of status.podIPs)
      if (isRecord(entry) && typeof entry.ip === 'string') texts.add(entry.ip);
  }
  return [...texts].flatMap((text) => {
    const ip = parseIp(text);
    return ip ? [ip] : [];
  });
}

/** The controlling owner of a Pod (controller: true, else the first), if it has one. */
function ownerOf(object: SourceObject): { kind: string; name: string } | undefined {
  const references = metadataOf(object).ownerReferences;
  if (!Array.isArray(references)) return undefined;
  const valid = references.filter(
    (reference): reference is Record<string, unknown> & { kind: string; name: string } =>
      isRecord(reference) && typeof reference.kind === 'string' && typeof reference.name === 'string',
  );
  const owner = valid.find((reference) => reference.controller === true) ?? valid[0];
  return owner ? { kind: owner.kind, name: owner.name } : undefined;
}

function shapeKey(shape: PodShape): string {
  const labels = Object.entries(shape.labels).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const ports = shape.ports.map((port) => `${port.name ?? ''}/${port.port}/${port.protocol}`).sort();
  const ips = shape.ips.map((ip) => `${ip.family}:${ip.value}`).sort();
  return JSON.stringify([labels, ports, ips]);
}

export interface PeerInventory {
  readonly workloads: Workload[];
  readonly namespaces: Map<string, Namespace>;
}

/** Workloads and namespaces of the input. */
export function readPeers(objects: readonly SourceObject[], issues: NetpolIssue[]): PeerInventory {
  const workloads = new Map<string, Workload & { shapeKeys: Set<string> }>();
  const namespaceObjects = new Map<string, { labels: Record<string, string>; object: SourceObject }>();

  for (const object of objects) {
    if (isNamespaceObject(object)) {
      const name = nameOf(object);
      if (name === '') continue;
      const labels = readLabels(metadataOf(object).labels, object, ['metadata', 'labels'], issues);
      namespaceObjects.set(name, { labels, object });
      continue;
    }
    if (!RUNNING_KINDS.has(object.value.kind)) continue;
    const template = podTemplateOf(object);
    if (!template) continue;
    const namespace = namespaceOf(object);
    const isPod = object.value.kind === 'Pod';
    const owner = isPod ? ownerOf(object) : undefined;
    const name = owner ? owner.name : nameOf(object);
    const kind = owner ? owner.kind : object.value.kind;
    const id = workloadId(namespace, name, kind);
    const shape: PodShape = {
      labels: readLabels(
        template.metadata.labels,
        object,
        [...template.prefix, 'metadata', 'labels'],
        issues,
      ),
      ports: readPorts(template.spec, object, template.prefix, issues),
      ips: isPod ? podIps(object) : [],
    };
    let workload = workloads.get(id);
    if (!workload) {
      workload = {
        id,
        namespace,
        name,
        kind,
        object,
        prefix: template.prefix,
        shapes: [],
        shapeKeys: new Set(),
      };
      workloads.set(id, workload);
    }
    const key = shapeKey(shape);
    if (!workload.shapeKeys.has(key)) {
      workload.shapeKeys.add(key);
      workload.shapes.push(shape);
    }
  }

  const namespaces = new Map<string, Namespace>();
  for (const [name, { labels, object }] of namespaceObjects) {
    // the API server always sets the name label, whatever the manifest says
    namespaces.set(name, { name, labels: { ...labels, [NAMESPACE_NAME_LABEL]: name }, object });
  }
  const list = [...workloads.values()].map(({ shapeKeys: _shapeKeys, ...workload }) => workload);
  for (const workload of list) addNamespace(namespaces, workload.namespace);
  return { workloads: list, namespaces };
}

/** Records a namespace known only by its name. */
export function addNamespace(namespaces: Map<string, Namespace>, name: string): void {
  if (!namespaces.has(name)) namespaces.set(name, { name, labels: { [NAMESPACE_NAME_LABEL]: name } });
}
