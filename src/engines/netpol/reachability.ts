/**
 * Static NetworkPolicy reachability: who can reach whom, on which ports, from
 * manifests alone. A connection from A to B is allowed when A's egress allows
 * it and B's ingress allows it. A pod selected by no policy for a direction is
 * not isolated in it (everything is allowed); a pod selected by some policies
 * is allowed exactly the union of their rules.
 *
 * Peers, grouped into equivalence classes so the work grows with distinct
 * (namespace, labels, ports) rather than with workloads:
 * - pod nodes: pods of the input's workloads, one per distinct pod shape;
 * - namespace nodes: namespaces the input names but holds no workload of
 *   (kube-system for DNS, the ingress controller's namespace). Their pods are
 *   unknown, so any pod selector may match them, and only policies that select
 *   every pod ({}) isolate them;
 * - externals: addresses outside the cluster, cut into atoms at every ipBlock
 *   boundary so each atom is wholly inside or outside every block.
 *
 * ipBlock versus pods is implementation-defined upstream. By default an
 * ipBlock matches only external addresses (a pod never matches one), as static
 * analyzers do. With `ipBlockMatchesPods`, an ipBlock also matches a pod whose
 * IP it holds (Pods from a live cluster) or, when the IP is unknown, every pod
 * if the block overlaps the pod networks. Either way a block overlapping the
 * pod networks draws a warning, because real CNIs let pod traffic match it.
 */
import type { SourceObject } from '../../model/objects.js';
import { Conn, type Protocol } from './conn.js';
import {
  AddressSet,
  DEFAULT_POD_NETWORKS,
  fullRange,
  parseCidr,
  type Cidr,
  type IpFamily,
  type IpRange,
} from './ip.js';
import {
  addNamespace,
  NAMESPACE_NAME_LABEL,
  readPeers,
  type ContainerPort,
  type Namespace,
  type NetpolIssue,
  type PodShape,
  type Workload,
} from './model.js';
import { readPolicies, type IpBlockPeer, type Policy, type PolicyRule, type SelectorPeer } from './policy.js';
import { matchesLabels, pinnedValues, selectsEverything, type Labels } from './selector.js';

export interface NetpolOptions {
  /** treat ipBlocks as matching pods too (CNIs such as Calico do) */
  readonly ipBlockMatchesPods: boolean;
  /** the cluster's own ranges (pod and service CIDRs); undefined when not known */
  readonly clusterCidrs?: readonly Cidr[];
}

export const DEFAULT_NETPOL_OPTIONS: NetpolOptions = { ipBlockMatchesPods: false };

/** What was read from the manifests, before any analysis. */
export interface NetpolInput {
  readonly workloads: readonly Workload[];
  readonly namespaces: ReadonlyMap<string, Namespace>;
  readonly policies: readonly Policy[];
  /** input the API server would reject; the commands stop on these */
  readonly issues: readonly NetpolIssue[];
}

export function readNetpolInput(objects: readonly SourceObject[]): NetpolInput {
  const issues: NetpolIssue[] = [];
  const { workloads, namespaces } = readPeers(objects, issues);
  const policies = readPolicies(objects, issues);
  return { workloads, namespaces, policies, issues };
}

export interface PodNode {
  readonly kind: 'pods';
  readonly index: number;
  readonly namespace: string;
  readonly labels: Labels;
  readonly ports: readonly ContainerPort[];
  readonly ips: PodShape['ips'];
  /** the workloads (and which of their shapes) this class stands for */
  readonly members: ReadonlyArray<{ readonly workload: Workload; readonly shape: number }>;
  readonly portsKey: string;
}

export interface NamespaceNode {
  readonly kind: 'namespace';
  readonly index: number;
  readonly namespace: string;
}

export type PeerNode = PodNode | NamespaceNode;

/** A rule compiled against the peers: which nodes and external atoms it matches. */
export interface CompiledRule {
  readonly policy: Policy;
  readonly rule: PolicyRule;
  /** the rule names no peers: it matches everything */
  readonly allPeers: boolean;
  readonly nodeMask: Uint8Array;
  readonly atomMask: Uint8Array;
  /** ports from numbers and ranges (ALL when the rule names no ports) */
  readonly numeric: Conn;
  readonly named: ReadonlyArray<{ readonly name: string; readonly protocol: Protocol }>;
  readonly resolved: Map<string, Conn>;
}

/** How a selector peer of a rule matched, for the dangling-selector rule. */
export interface PeerMatch {
  readonly policy: Policy;
  readonly rule: PolicyRule;
  readonly peer: SelectorPeer;
  /** workload classes matched */
  readonly podNodes: number;
  /** namespaces of the input (all their pods known) it selects */
  readonly insideNamespaces: readonly string[];
  /** namespaces outside the input (unknown pods) it may reach */
  readonly outsideNamespaces: readonly string[];
}

export interface Warning {
  readonly object: SourceObject;
  readonly path: PolicyRule['path'];
  readonly message: string;
}

/** Boundaries two analyses share, so their external atoms line up (for diffs). */
export interface SharedPartition {
  readonly boundaries: readonly IpRange[];
  readonly ipv6: boolean;
}

export class Reachability {
  readonly nodes: PeerNode[] = [];
  readonly externals: IpRange[] = [];
  readonly warnings: Warning[] = [];
  readonly peerMatches: PeerMatch[] = [];
  /** policies selecting each node, by node index */
  readonly selectedBy: Policy[][] = [];
  /** nodes each policy selects */
  readonly selects = new Map<Policy, number[]>();
  readonly podNetworks: AddressSet;
  private readonly ingressRules: Array<CompiledRule[] | undefined> = [];
  private readonly egressRules: Array<CompiledRule[] | undefined> = [];
  private readonly inScope = new Set<string>();
  private readonly nodeOfNamespace = new Map<string, NamespaceNode>();
  private readonly podNodesByNamespace = new Map<string, PodNode[]>();
  private readonly namespaces: Map<string, Namespace>;

  constructor(
    readonly input: NetpolInput,
    readonly options: NetpolOptions,
    shared?: SharedPartition,
  ) {
    this.namespaces = new Map(input.namespaces);
    this.podNetworks = options.clusterCidrs?.length
      ? AddressSet.of(options.clusterCidrs)
      : AddressSet.of(DEFAULT_POD_NETWORKS.map((text) => parseCidr(text)!));
    this.buildNodes();
    this.buildExternals(shared);
    this.compilePolicies();
  }

  /** Namespaces the input holds workloads of: their pods are all known. */
  isInScope(namespace: string): boolean {
    return this.inScope.has(namespace);
  }

  knownNamespaces(): ReadonlyMap<string, Namespace> {
    return this.namespaces;
  }

  private buildNodes(): void {
    const byKey = new Map<string, PodNode & { members: Array<{ workload: Workload; shape: number }> }>();
    for (const workload of this.input.workloads) {
      this.inScope.add(workload.namespace);
      workload.shapes.forEach((shape, shapeIndex) => {
        const portsKey = shape.ports
          .map((port) => `${port.name ?? ''}/${port.port}/${port.protocol}`)
          .sort()
          .join(',');
        const labelsKey = JSON.stringify(Object.entries(shape.labels).sort(([a], [b]) => (a < b ? -1 : 1)));
        // pod IPs only tell pods apart when ipBlocks may match pods
        const ipsKey = this.options.ipBlockMatchesPods
          ? shape.ips.map((ip) => `${ip.family}:${ip.value}`).join(',')
          : '';
        const key = `${workload.namespace}\u0000${labelsKey}\u0000${portsKey}\u0000${ipsKey}`;
        let node = byKey.get(key);
        if (!node) {
          node = {
            kind: 'pods',
            index: this.nodes.length,
            namespace: workload.namespace,
            labels: shape.labels,
            ports: shape.ports,
            ips: shape.ips,
            members: [],
            portsKey,
          };
          byKey.set(key, node);
          this.nodes.push(node);
          const list = this.podNodesByNamespace.get(workload.namespace) ?? [];
          list.push(node);
          this.podNodesByNamespace.set(workload.namespace, list);
        }
        node.members.push({ workload, shape: shapeIndex });
      });
    }
    // namespaces policies live in or name by their immutable name label
    for (const policy of this.input.policies) {
      addNamespace(this.namespaces, policy.namespace);
      for (const rule of [...policy.ingressRules, ...policy.egressRules]) {
        for (const peer of rule.peers ?? []) {
          if (peer.kind !== 'selector' || !peer.namespaceSelector) continue;
          for (const name of pinnedValues(peer.namespaceSelector, NAMESPACE_NAME_LABEL))
            addNamespace(this.namespaces, name);
        }
      }
    }
    for (const name of [...this.namespaces.keys()].sort()) {
      if (this.inScope.has(name)) continue;
      const node: NamespaceNode = { kind: 'namespace', index: this.nodes.length, namespace: name };
      this.nodes.push(node);
      this.nodeOfNamespace.set(name, node);
    }
    for (let i = 0; i < this.nodes.length; i++) this.selectedBy.push([]);
  }

  private buildExternals(shared?: SharedPartition): void {
    const boundaries: IpRange[] = [...(shared?.boundaries ?? []), ...this.boundaryRanges()];
    const cluster = AddressSet.of(this.options.clusterCidrs ?? []);
    boundaries.push(...cluster.ranges);
    // IPv6 outside addresses are modelled once any policy (or the cluster's ranges) names an
    // IPv6 block: otherwise every open pod would list a second, all-IPv6 line of no interest
    const families: IpFamily[] = [4];
    if (shared?.ipv6 || boundaries.some((range) => range.family === 6)) families.push(6);
    const universe = AddressSet.of(families.map(fullRange)).subtract(cluster);
    for (const family of families) {
      const cuts = new Set<bigint>();
      for (const range of boundaries) {
        if (range.family !== family) continue;
        cuts.add(range.lo);
        cuts.add(range.hi + 1n);
      }
      const sortedCuts = [...cuts].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      for (const range of universe.ranges) {
        if (range.family !== family) continue;
        let start = range.lo;
        for (const cut of sortedCuts) {
          if (cut <= start || cut > range.hi) continue;
          this.externals.push({ family, lo: start, hi: cut - 1n });
          start = cut;
        }
        this.externals.push({ family, lo: start, hi: range.hi });
      }
    }
  }

  /** The ranges whose boundaries cut this analysis' external atoms (for a shared partition). */
  boundaryRanges(): IpRange[] {
    const ranges: IpRange[] = [];
    for (const policy of this.input.policies) {
      for (const rule of [...policy.ingressRules, ...policy.egressRules]) {
        for (const peer of rule.peers ?? [])
          if (peer.kind === 'ipBlock') ranges.push(peer.cidr, ...peer.except);
      }
    }
    return ranges;
  }

  private compilePolicies(): void {
    const ingress: Array<CompiledRule[] | undefined> = this.nodes.map(() => undefined);
    const egress: Array<CompiledRule[] | undefined> = this.nodes.map(() => undefined);
    for (const policy of this.input.policies) {
      const targets = this.policyTargets(policy);
      this.selects.set(policy, targets);
      for (const target of targets) this.selectedBy[target]!.push(policy);
      const ingressRules = policy.ingressRules.map((rule) => this.compileRule(policy, rule));
      const egressRules = policy.egressRules.map((rule) => this.compileRule(policy, rule));
      // named ports resolve against the destination's containers, unknown outside the input
      for (const rule of ingressRules) this.warnUnresolvedNames(rule, targets);
      for (const rule of egressRules) {
        if (rule.named.length === 0) continue;
        const destinations = this.nodes.filter((node) => rule.nodeMask[node.index] === 1);
        this.warnUnresolvedNames(
          rule,
          destinations.map((node) => node.index),
        );
      }
      for (const target of targets) {
        if (policy.ingress) (ingress[target] ??= []).push(...ingressRules);
        if (policy.egress) (egress[target] ??= []).push(...egressRules);
      }
    }
    this.ingressRules.push(...ingress);
    this.egressRules.push(...egress);
  }

  private policyTargets(policy: Policy): number[] {
    const targets: number[] = [];
    for (const node of this.podNodesByNamespace.get(policy.namespace) ?? []) {
      if (matchesLabels(policy.podSelector, node.labels)) targets.push(node.index);
    }
    // pods outside the input are certainly selected only by a policy that selects every pod
    const namespaceNode = this.nodeOfNamespace.get(policy.namespace);
    if (namespaceNode && selectsEverything(policy.podSelector)) targets.push(namespaceNode.index);
    return targets;
  }

  private compileRule(policy: Policy, rule: PolicyRule): CompiledRule {
    const nodeMask = new Uint8Array(this.nodes.length);
    const atomMask = new Uint8Array(this.externals.length);
    const allPeers = rule.peers === undefined;
    if (allPeers) {
      nodeMask.fill(1);
      atomMask.fill(1);
    }
    for (const peer of rule.peers ?? []) {
      if (peer.kind === 'selector') this.matchSelectorPeer(policy, rule, peer, nodeMask);
      else this.matchIpBlock(policy, peer, nodeMask, atomMask);
    }
    let numeric = rule.ports === undefined ? Conn.ALL : Conn.NONE;
    const named: Array<{ name: string; protocol: Protocol }> = [];
    for (const port of rule.ports ?? []) {
      if (typeof port.port === 'string') named.push({ name: port.port, protocol: port.protocol });
      else if (port.port === undefined) numeric = numeric.union(Conn.allPorts(port.protocol));
      else numeric = numeric.union(Conn.of(port.protocol, [[port.port, port.endPort ?? port.port]]));
    }
    return { policy, rule, allPeers, nodeMask, atomMask, numeric, named, resolved: new Map() };
  }

  private matchSelectorPeer(policy: Policy, rule: PolicyRule, peer: SelectorPeer, mask: Uint8Array): void {
    const namespaces: string[] = [];
    if (!peer.namespaceSelector) namespaces.push(policy.namespace);
    else {
      for (const namespace of this.namespaces.values()) {
        if (matchesLabels(peer.namespaceSelector, namespace.labels)) namespaces.push(namespace.name);
      }
    }
    let podNodes = 0;
    const outsideNamespaces: string[] = [];
    const insideNamespaces = namespaces.filter((namespace) => this.inScope.has(namespace));
    for (const namespace of namespaces) {
      for (const node of this.podNodesByNamespace.get(namespace) ?? []) {
        if (!peer.podSelector || matchesLabels(peer.podSelector, node.labels)) {
          mask[node.index] = 1;
          podNodes++;
        }
      }
      const namespaceNode = this.nodeOfNamespace.get(namespace);
      if (namespaceNode) {
        mask[namespaceNode.index] = 1;
        outsideNamespaces.push(namespace);
      }
    }
    this.peerMatches.push({ policy, rule, peer, podNodes, insideNamespaces, outsideNamespaces });
  }

  private matchIpBlock(policy: Policy, peer: IpBlockPeer, nodeMask: Uint8Array, atomMask: Uint8Array): void {
    this.externals.forEach((atom, index) => {
      if (peer.addresses.containsRange(atom)) atomMask[index] = 1;
    });
    const overlap = peer.addresses.intersect(this.podNetworks);
    if (!overlap.isEmpty) {
      const where =
        peer.except.length > 0
          ? `${peer.cidr.text} (except ${peer.except.map((c) => c.text).join(', ')})`
          : peer.cidr.text;
      this.warnings.push({
        object: policy.object,
        path: peer.path,
        message: this.options.ipBlockMatchesPods
          ? `ipBlock ${where} overlaps the pod networks (${overlap}); it is treated as matching pods there`
          : `ipBlock ${where} overlaps ranges that may hold pod networks (${overlap}); CNIs that match pod traffic against ipBlocks (Calico, for one) let pods through it`,
      });
    }
    if (!this.options.ipBlockMatchesPods) return;
    for (const node of this.nodes) {
      if (node.kind === 'pods' && node.ips.length > 0) {
        if (node.ips.some((ip) => peer.addresses.containsAddress(ip.family, ip.value)))
          nodeMask[node.index] = 1;
      } else if (!overlap.isEmpty) {
        nodeMask[node.index] = 1;
      }
    }
  }

  private warnUnresolvedNames(rule: CompiledRule, destinations: readonly number[]): void {
    if (rule.named.length === 0) return;
    const outside = destinations.flatMap((index) => {
      const node = this.nodes[index]!;
      return node.kind === 'namespace' ? [node.namespace] : [];
    });
    if (outside.length === 0) return;
    const names = rule.named.map(({ name, protocol }) => `${name}/${protocol}`).join(', ');
    this.warnings.push({
      object: rule.policy.object,
      path: [...rule.rule.path, 'ports'],
      message: `named port ${names} cannot be resolved for pods outside the input (namespace ${outside.join(', ')}); only numeric ports are counted for them`,
    });
  }

  /** What one rule allows to a destination node: its ports resolved there (named ports need its containers). */
  portsOf(rule: CompiledRule, destination: number): Conn {
    return this.portsFor(rule, this.nodes[destination]!);
  }

  private portsFor(rule: CompiledRule, destination: PeerNode): Conn {
    if (rule.named.length === 0) return rule.numeric;
    if (destination.kind === 'namespace') return rule.numeric;
    const cached = rule.resolved.get(destination.portsKey);
    if (cached) return cached;
    let conn = rule.numeric;
    for (const { name, protocol } of rule.named) {
      for (const port of destination.ports) {
        if (port.name === name && port.protocol === protocol)
          conn = conn.union(Conn.of(protocol, [[port.port, port.port]]));
      }
    }
    rule.resolved.set(destination.portsKey, conn);
    return conn;
  }

  isIngressIsolated(node: number): boolean {
    return this.ingressRules[node] !== undefined;
  }

  isEgressIsolated(node: number): boolean {
    return this.egressRules[node] !== undefined;
  }

  /** The ingress rules applying to a node; undefined when no policy isolates it for ingress. */
  ingressRulesOf(node: number): readonly CompiledRule[] | undefined {
    return this.ingressRules[node];
  }

  egressRulesOf(node: number): readonly CompiledRule[] | undefined {
    return this.egressRules[node];
  }

  /** What `destination`'s ingress admits from `source`. */
  ingressFrom(destination: number, source: number): Conn {
    const rules = this.ingressRules[destination];
    if (!rules) return Conn.ALL;
    let conn = Conn.NONE;
    const target = this.nodes[destination]!;
    for (const rule of rules) {
      if (rule.nodeMask[source] !== 1) continue;
      conn = conn.union(this.portsFor(rule, target));
      if (conn.isAll) break;
    }
    return conn;
  }

  /** What `source`'s egress lets out to `destination`. */
  egressTo(source: number, destination: number): Conn {
    const rules = this.egressRules[source];
    if (!rules) return Conn.ALL;
    let conn = Conn.NONE;
    const target = this.nodes[destination]!;
    for (const rule of rules) {
      if (rule.nodeMask[destination] !== 1) continue;
      conn = conn.union(this.portsFor(rule, target));
      if (conn.isAll) break;
    }
    return conn;
  }

  /** Allowed from one node to another: egress and ingress must both allow it. */
  connection(source: number, destination: number): Conn {
    const egress = this.egressTo(source, destination);
    if (egress.isEmpty) return egress;
    return egress.intersect(this.ingressFrom(destination, source));
  }

  /** Allowed from an external atom into a node (outside addresses have no egress policy). */
  fromExternal(atom: number, destination: number): Conn {
    const rules = this.ingressRules[destination];
    if (!rules) return Conn.ALL;
    let conn = Conn.NONE;
    const target = this.nodes[destination]!;
    for (const rule of rules) {
      if (rule.atomMask[atom] !== 1) continue;
      conn = conn.union(this.portsFor(rule, target));
      if (conn.isAll) break;
    }
    return conn;
  }

  /** Allowed from a node out to an external atom (named ports never match outside addresses). */
  toExternal(source: number, atom: number): Conn {
    const rules = this.egressRules[source];
    if (!rules) return Conn.ALL;
    let conn = Conn.NONE;
    for (const rule of rules) {
      if (rule.atomMask[atom] !== 1) continue;
      conn = conn.union(rule.numeric);
      if (conn.isAll) break;
    }
    return conn;
  }
}

export function analyzeReachability(
  objects: readonly SourceObject[],
  options: NetpolOptions = DEFAULT_NETPOL_OPTIONS,
): Reachability {
  return new Reachability(readNetpolInput(objects), options);
}
