/**
 * The connectivity a change introduces: connections added, removed and
 * changed between a base and a head analysis, with the workloads that become
 * reachable from outside the cluster called out first.
 *
 * Both sides are cut into the same external atoms (the ipBlock boundaries of
 * both), so a narrowed or widened ipBlock shows as exactly the addresses that
 * gained or lost access, not as whole ranges removed and re-added.
 */
import { Conn } from './conn.js';
import {
  atomEdges,
  compareConnections,
  endpointText,
  mergeExternalAtoms,
  withRange,
  type AtomEdge,
  type Endpoint,
} from './connections.js';
import type { IpRange } from './ip.js';
import { Reachability, type NetpolInput, type NetpolOptions } from './reachability.js';

export type ChangeKind = 'exposed' | 'added' | 'removed' | 'changed';

export interface ConnectionChange {
  readonly change: ChangeKind;
  readonly src: Endpoint;
  readonly dst: Endpoint;
  /** NONE when added */
  readonly before: Conn;
  /** NONE when removed */
  readonly after: Conn;
}

export interface ConnectivityDiff {
  /** new connections from outside addresses into workloads no outside address reached before */
  readonly exposed: readonly ConnectionChange[];
  readonly added: readonly ConnectionChange[];
  readonly removed: readonly ConnectionChange[];
  readonly changed: readonly ConnectionChange[];
}

export function isEmptyDiff(diff: ConnectivityDiff): boolean {
  return diff.exposed.length + diff.added.length + diff.removed.length + diff.changed.length === 0;
}

/** Both analyses over one shared partition of the outside addresses. */
export function analyzePair(
  base: NetpolInput,
  head: NetpolInput,
  options: NetpolOptions,
): { base: Reachability; head: Reachability } {
  const first = { base: new Reachability(base, options), head: new Reachability(head, options) };
  const boundaries: IpRange[] = [...first.base.boundaryRanges(), ...first.head.boundaryRanges()];
  const ipv6 = [first.base, first.head].some((side) => side.externals.some((atom) => atom.family === 6));
  const shared = { boundaries, ipv6 };
  return { base: new Reachability(base, options, shared), head: new Reachability(head, options, shared) };
}

interface PairEdge extends AtomEdge {
  readonly before: Conn;
  readonly after: Conn;
}

function edgeKey(edge: AtomEdge): string {
  const side = (endpoint: Endpoint) =>
    endpoint.kind === 'external' ? `@${edge.atom}` : endpointText(endpoint);
  return `${side(edge.src)}\u0000${side(edge.dst)}`;
}

/** The diff from base to head; both must come from analyzePair (one partition). */
export function diffConnectivity(base: Reachability, head: Reachability): ConnectivityDiff {
  const pairs = new Map<string, PairEdge>();
  for (const edge of atomEdges(base))
    pairs.set(edgeKey(edge), { ...edge, before: edge.conn, after: Conn.NONE });
  for (const edge of atomEdges(head)) {
    const key = edgeKey(edge);
    const previous = pairs.get(key);
    pairs.set(key, { ...edge, before: previous?.before ?? Conn.NONE, after: edge.conn });
  }
  const changedPairs = [...pairs.values()].filter((pair) => !pair.before.equals(pair.after));
  const merged = mergeExternalAtoms(
    changedPairs,
    (pair) => `${pair.before}\u0000${pair.after}`,
    (first, range) => withRange(first, range),
  );

  const reachedFromOutside = (edges: readonly AtomEdge[]) =>
    new Set(edges.filter((edge) => edge.src.kind === 'external').map((edge) => endpointText(edge.dst)));
  const exposedBefore = reachedFromOutside([...pairs.values()].filter((pair) => !pair.before.isEmpty));

  const diff = { exposed: [], added: [], removed: [], changed: [] } as {
    [K in keyof ConnectivityDiff]: ConnectionChange[];
  };
  for (const pair of merged) {
    const { src, dst, before, after } = pair;
    if (before.isEmpty) {
      const exposed =
        src.kind === 'external' && dst.kind === 'workload' && !exposedBefore.has(endpointText(dst));
      const change = exposed ? 'exposed' : 'added';
      diff[change].push({ change, src, dst, before, after });
    } else if (after.isEmpty) diff.removed.push({ change: 'removed', src, dst, before, after });
    else diff.changed.push({ change: 'changed', src, dst, before, after });
  }
  for (const list of Object.values(diff)) list.sort(compareConnections);
  return diff;
}
