/**
 * Workload-level connections: the class-level reachability expanded to the
 * workloads each class stands for, external atoms merged back into the
 * largest address ranges that are reached the same way. A workload to itself
 * is not listed; neither are connections with no workload of the input at
 * either end (between two namespaces outside the input, or with outside
 * addresses), which say nothing about the input.
 */
import { Conn } from './conn.js';
import { formatRange, type IpRange } from './ip.js';
import type { Workload } from './model.js';
import type { PeerNode, Reachability } from './reachability.js';

export type Endpoint =
  | { readonly kind: 'workload'; readonly workload: Workload }
  /** pods of a namespace the input holds no workload of */
  | { readonly kind: 'namespace'; readonly namespace: string }
  | { readonly kind: 'external'; readonly range: IpRange };

export interface Connection {
  readonly src: Endpoint;
  readonly dst: Endpoint;
  readonly conn: Conn;
}

export type EndpointJson = { namespace: string; name: string; kind: string } | { ipRange: string };

/** `ns/name[Kind]`, `ns/*[Namespace]` or `a.b.c.d-e.f.g.h[External]` */
export function endpointText(endpoint: Endpoint): string {
  switch (endpoint.kind) {
    case 'workload':
      return endpoint.workload.id;
    case 'namespace':
      return `${endpoint.namespace}/*[Namespace]`;
    case 'external':
      return `${formatRange(endpoint.range)}[External]`;
  }
}

export function endpointJson(endpoint: Endpoint): EndpointJson {
  switch (endpoint.kind) {
    case 'workload':
      return {
        namespace: endpoint.workload.namespace,
        name: endpoint.workload.name,
        kind: endpoint.workload.kind,
      };
    case 'namespace':
      return { namespace: endpoint.namespace, name: '*', kind: 'Namespace' };
    case 'external':
      return { ipRange: formatRange(endpoint.range) };
  }
}

/** Externals first (by family and address), then workloads and namespaces by name. */
export function compareEndpoints(a: Endpoint, b: Endpoint): number {
  if (a.kind === 'external' || b.kind === 'external') {
    if (a.kind !== 'external') return 1;
    if (b.kind !== 'external') return -1;
    if (a.range.family !== b.range.family) return a.range.family - b.range.family;
    return a.range.lo < b.range.lo ? -1 : a.range.lo > b.range.lo ? 1 : 0;
  }
  const left = endpointText(a);
  const right = endpointText(b);
  return left < right ? -1 : left > right ? 1 : 0;
}

export function compareConnections(
  a: { src: Endpoint; dst: Endpoint },
  b: { src: Endpoint; dst: Endpoint },
): number {
  return compareEndpoints(a.src, b.src) || compareEndpoints(a.dst, b.dst);
}

export function connectionLine(connection: Connection): string {
  return `${endpointText(connection.src)} => ${endpointText(connection.dst)} : ${connection.conn}`;
}

/** Workload endpoints of a node (one per workload, even when several of its shapes share the class). */
function endpointsOfNode(node: PeerNode, cache: Map<Workload, Endpoint>): Endpoint[] {
  if (node.kind === 'namespace') return [{ kind: 'namespace', namespace: node.namespace }];
  const seen = new Set<Workload>();
  const endpoints: Endpoint[] = [];
  for (const { workload } of node.members) {
    if (seen.has(workload)) continue;
    seen.add(workload);
    let endpoint = cache.get(workload);
    if (!endpoint) {
      endpoint = { kind: 'workload', workload };
      cache.set(workload, endpoint);
    }
    endpoints.push(endpoint);
  }
  return endpoints;
}

/** An edge with an external end kept at atom granularity (before ranges are merged). */
export interface AtomEdge {
  readonly src: Endpoint;
  readonly dst: Endpoint;
  /** index of the external atom at the external end, if any */
  readonly atom?: number;
  readonly conn: Conn;
}

/** Every non-empty connection at workload level, external ends per atom. */
export function atomEdges(reachability: Reachability): AtomEdge[] {
  const endpoints = new Map<Workload, Endpoint>();
  const nodeEndpoints = reachability.nodes.map((node) => endpointsOfNode(node, endpoints));
  return [
    ...nodePairEdges(reachability, nodeEndpoints),
    ...externalEdges(reachability, nodeEndpoints, 'out'),
    ...externalEdges(reachability, nodeEndpoints, 'in'),
  ];
}

function isMultiShape(endpoint: Endpoint): boolean {
  return endpoint.kind === 'workload' && endpoint.workload.shapes.length > 1;
}

function nodePairEdges(reachability: Reachability, nodeEndpoints: readonly Endpoint[][]): AtomEdge[] {
  const { nodes } = reachability;
  const edges: AtomEdge[] = [];
  // a workload with several shapes sits in several classes: its connections are the union
  const merged = new Map<string, { src: Endpoint; dst: Endpoint; conn: Conn }>();
  for (const source of nodes) {
    for (const destination of nodes) {
      if (source.kind === 'namespace' && destination.kind === 'namespace') continue;
      const conn = reachability.connection(source.index, destination.index);
      if (conn.isEmpty) continue;
      for (const src of nodeEndpoints[source.index]!) {
        for (const dst of nodeEndpoints[destination.index]!) {
          if (src === dst) continue;
          if (isMultiShape(src) || isMultiShape(dst)) {
            const key = `${endpointText(src)}\u0000${endpointText(dst)}`;
            const entry = merged.get(key);
            if (entry) entry.conn = entry.conn.union(conn);
            else merged.set(key, { src, dst, conn });
          } else {
            edges.push({ src, dst, conn });
          }
        }
      }
    }
  }
  edges.push(...merged.values());
  return edges;
}

/** Edges between workloads and external atoms, in one direction; per workload the union over its classes. */
function externalEdges(
  reachability: Reachability,
  nodeEndpoints: readonly Endpoint[][],
  direction: 'in' | 'out',
): AtomEdge[] {
  const { nodes, externals } = reachability;
  const byEndpoint = new Map<Endpoint, Conn[]>();
  for (const node of nodes) {
    if (node.kind !== 'pods') continue;
    const conns = externals.map((_, atom) =>
      direction === 'out'
        ? reachability.toExternal(node.index, atom)
        : reachability.fromExternal(atom, node.index),
    );
    for (const endpoint of nodeEndpoints[node.index]!) {
      const previous = byEndpoint.get(endpoint);
      byEndpoint.set(endpoint, previous ? previous.map((conn, i) => conn.union(conns[i]!)) : conns);
    }
  }
  const edges: AtomEdge[] = [];
  for (const [endpoint, conns] of byEndpoint) {
    conns.forEach((conn, atom) => {
      if (conn.isEmpty) return;
      const external: Endpoint = { kind: 'external', range: externals[atom]! };
      edges.push(
        direction === 'out'
          ? { src: endpoint, dst: external, atom, conn }
          : { src: external, dst: endpoint, atom, conn },
      );
    });
  }
  return edges;
}

/**
 * Merges edges to or from adjacent external atoms that share a workload end,
 * a direction and `sameness` (e.g. the connection text), into one range.
 */
export function mergeExternalAtoms<T extends AtomEdge>(
  edges: readonly T[],
  sameness: (edge: T) => string,
  rebuild: (first: T, range: IpRange) => T,
): T[] {
  const plain: T[] = [];
  const groups = new Map<string, T[]>();
  for (const edge of edges) {
    if (edge.atom === undefined) {
      plain.push(edge);
      continue;
    }
    const inbound = edge.src.kind === 'external';
    const other = inbound ? edge.dst : edge.src;
    const key = `${inbound ? 'in' : 'out'}\u0000${endpointText(other)}\u0000${sameness(edge)}`;
    const list = groups.get(key) ?? [];
    list.push(edge);
    groups.set(key, list);
  }
  for (const list of groups.values()) {
    list.sort((a, b) => a.atom! - b.atom!);
    let start = list[0]!;
    let range = externalRange(start);
    for (let i = 1; i <= list.length; i++) {
      const next = list[i];
      const nextRange = next ? externalRange(next) : undefined;
      if (
        next &&
        nextRange &&
        nextRange.family === range.family &&
        nextRange.lo === range.hi + 1n &&
        next.atom === list[i - 1]!.atom! + 1
      ) {
        range = { family: range.family, lo: range.lo, hi: nextRange.hi };
        continue;
      }
      plain.push(rebuild(start, range));
      if (next) {
        start = next;
        range = nextRange!;
      }
    }
  }
  return plain;
}

function externalRange(edge: AtomEdge): IpRange {
  const external = edge.src.kind === 'external' ? edge.src : edge.dst;
  if (external.kind !== 'external') throw new Error('edge has no external end');
  return external.range;
}

/** The connections `kubegate netpol list` prints, sorted. */
export function workloadConnections(reachability: Reachability): Connection[] {
  const edges = mergeExternalAtoms(
    atomEdges(reachability),
    (edge) => edge.conn.toString(),
    (first, range) => withRange(first, range),
  );
  return edges.map(({ src, dst, conn }) => ({ src, dst, conn })).sort(compareConnections);
}

export function withRange<T extends AtomEdge>(edge: T, range: IpRange): T {
  const external: Endpoint = { kind: 'external', range };
  return edge.src.kind === 'external' ? { ...edge, src: external } : { ...edge, dst: external };
}

/** Workloads reachable from some outside address, with the ranges and ports, sorted. */
export function externallyReachable(reachability: Reachability): Map<Workload, Connection[]> {
  const endpoints = new Map<Workload, Endpoint>();
  const nodeEndpoints = reachability.nodes.map((node) => endpointsOfNode(node, endpoints));
  const edges = mergeExternalAtoms(
    externalEdges(reachability, nodeEndpoints, 'in'),
    (edge) => edge.conn.toString(),
    (first, range) => withRange(first, range),
  ).sort(compareConnections);
  const exposed = new Map<Workload, Connection[]>();
  for (const { src, dst, conn } of edges) {
    if (dst.kind !== 'workload') continue;
    const list = exposed.get(dst.workload) ?? [];
    list.push({ src, dst, conn });
    exposed.set(dst.workload, list);
  }
  return exposed;
}
