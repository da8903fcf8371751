/**
 * The world of the Kubernetes NetworkPolicy end-to-end suite, as manifests:
 * namespaces x, y, z (labelled ns=<name>), in each the Pods a, b, c (labelled
 * pod=<name>), each serving ports 80 and 81 over TCP, UDP and SCTP with the
 * container port names serve-<port>-<protocol>. Pod IPs are 10.244.<n>.<m>
 * (n: x=0, y=1, z=2; m: a=10, b=11, c=12).
 *
 * Truth tables are grids, rows the client, columns the server, `.` for
 * allowed and `X` for denied, with a header row naming the columns.
 */
import { parseManifests } from '../../../src/render/loader.js';
import type { SourceObject } from '../../../src/model/objects.js';
import type { Protocol } from '../../../src/engines/netpol/conn.js';
import {
  Reachability,
  readNetpolInput,
  type NetpolOptions,
} from '../../../src/engines/netpol/reachability.js';

export const NAMESPACES = ['x', 'y', 'z'] as const;
export const PODS = ['a', 'b', 'c'] as const;
export const ALL_PODS = NAMESPACES.flatMap((ns) => PODS.map((pod) => `${ns}/${pod}`));

export function podIp(pod: string): string {
  const [ns, name] = pod.split('/') as [string, string];
  return `10.244.${NAMESPACES.indexOf(ns as (typeof NAMESPACES)[number])}.${10 + PODS.indexOf(name as (typeof PODS)[number])}`;
}

export interface ModelOptions {
  /** extra labels per namespace name */
  readonly namespaceLabels?: Record<string, Record<string, string>>;
  /** extra labels per pod, by "ns/pod" */
  readonly podLabels?: Record<string, Record<string, string>>;
}

function yamlMap(labels: Record<string, string>, indent: string): string {
  return Object.entries(labels)
    .map(([key, value]) => `${indent}${JSON.stringify(key)}: ${JSON.stringify(value)}`)
    .join('\n');
}

export function e2eModelYaml(options: ModelOptions = {}): string {
  const documents: string[] = [];
  for (const ns of NAMESPACES) {
    const labels = { ns, ...(options.namespaceLabels?.[ns] ?? {}) };
    documents.push(
      `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: ${ns}\n  labels:\n${yamlMap(labels, '    ')}\n`,
    );
    for (const pod of PODS) {
      const podLabels = { pod, ...(options.podLabels?.[`${ns}/${pod}`] ?? {}) };
      const containers = [80, 81]
        .flatMap((port) =>
          ['TCP', 'UDP', 'SCTP'].map(
            (protocol) =>
              `    - name: cont-${port}-${protocol.toLowerCase()}\n      image: registry.k8s.io/e2e-test-images/agnhost:2.53\n      ports:\n        - containerPort: ${port}\n          name: serve-${port}-${protocol.toLowerCase()}\n          protocol: ${protocol}`,
          ),
        )
        .join('\n');
      documents.push(
        `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${pod}\n  namespace: ${ns}\n  labels:\n${yamlMap(podLabels, '    ')}\nspec:\n  containers:\n${containers}\nstatus:\n  podIP: ${podIp(`${ns}/${pod}`)}\n`,
      );
    }
  }
  return documents.join('---\n');
}

export function objectsOf(file: string, text: string): SourceObject[] {
  const result = parseManifests(file, text);
  if ('error' in result)
    throw new Error(`${result.error.file}:${result.error.line}: ${result.error.message}`);
  return result.objects;
}

/** The e2e world plus the given policies (YAML, policies in namespace x unless they say otherwise). */
export function e2eReachability(
  policies: string,
  options: Partial<NetpolOptions> & ModelOptions = {},
): Reachability {
  const objects = [
    ...objectsOf('model.yaml', e2eModelYaml(options)),
    ...(policies.trim() === '' ? [] : objectsOf('policies.yaml', policies)),
  ];
  const input = readNetpolInput(objects);
  if (input.issues.length > 0) throw new Error(input.issues.map((issue) => issue.message).join('; '));
  return new Reachability(input, { ipBlockMatchesPods: options.ipBlockMatchesPods ?? false });
}

/** The class node of an e2e pod ("x/a"). */
export function nodeOf(reachability: Reachability, pod: string): number {
  const [ns, name] = pod.split('/');
  const node = reachability.nodes.find(
    (candidate) =>
      candidate.kind === 'pods' &&
      candidate.members.some((member) => member.workload.namespace === ns && member.workload.name === name),
  );
  if (!node) throw new Error(`no node for ${pod}`);
  return node.index;
}

/** The computed truth table for one port and protocol, as grid lines. */
export function truthGrid(reachability: Reachability, protocol: Protocol, port: number): string[] {
  const nodes = ALL_PODS.map((pod) => nodeOf(reachability, pod));
  const lines = [`- ${ALL_PODS.join(' ')}`];
  ALL_PODS.forEach((from, i) => {
    const cells = nodes.map((to) =>
      reachability.connection(nodes[i]!, to).allows(protocol, port) ? '.' : 'X',
    );
    lines.push(`${from} ${cells.join(' ')}`);
  });
  return lines;
}

/** A written grid, normalised the way truthGrid prints it. */
export function grid(text: string): string[] {
  return text
    .trim()
    .split('\n')
    .map((line) => line.trim().split(/\s+/).join(' '));
}
