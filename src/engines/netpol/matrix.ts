/**
 * The truth table the cluster stage verifies with real packets
 * (`kubegate netpol matrix --format json`). Version 1, add fields, never rename:
 *
 * {
 *   "version": 1,
 *   "ipBlockMatchesPods": false,      // how ipBlocks were read (see reachability.ts)
 *   "namespaces": [                   // every namespace a probe pod lives in
 *     { "name": "x", "labels": { "kubernetes.io/metadata.name": "x", "ns": "x" } }
 *   ],
 *   "pods": [                         // one probe pod per workload (per pod shape when
 *     {                               // the pods of one owner differ: id "<workload>#<n>")
 *       "id": "x/a[Deployment]",
 *       "workload": { "namespace": "x", "name": "a", "kind": "Deployment" },
 *       "namespace": "x",
 *       "labels": { "pod": "a" },     // the pod's labels exactly: policies select on them
 *       "ports": [ { "port": 80, "protocol": "TCP", "name": "serve-80-tcp" } ]
 *     }
 *   ],
 *   "probes": [                       // every source pod x every destination pod x every
 *     {                               // port the destination declares
 *       "from": "x/b[Deployment]", "to": "x/a[Deployment]",
 *       "port": 80, "protocol": "TCP",
 *       "expected": "allow",          // or "deny"
 *       "sameWorkload": false         // true for two pods of one workload (or a pod to itself)
 *     }
 *   ]
 * }
 *
 * Only workloads of the input appear: pods outside it and outside addresses
 * have no probe pod. A destination that declares no container port gets no
 * probe (nothing listens to probe).
 */
import type { Protocol } from './conn.js';
import type { Workload } from './model.js';
import type { Reachability } from './reachability.js';

export interface TruthTable {
  readonly version: 1;
  readonly ipBlockMatchesPods: boolean;
  readonly namespaces: Array<{ name: string; labels: Record<string, string> }>;
  readonly pods: Array<{
    id: string;
    workload: { namespace: string; name: string; kind: string };
    namespace: string;
    labels: Record<string, string>;
    ports: Array<{ port: number; protocol: Protocol; name?: string }>;
  }>;
  readonly probes: Array<{
    from: string;
    to: string;
    port: number;
    protocol: Protocol;
    expected: 'allow' | 'deny';
    sameWorkload: boolean;
  }>;
}

function sortedLabels(labels: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(labels).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

export function truthTable(reachability: Reachability): TruthTable {
  const probePods: Array<{ id: string; workload: Workload; node: number; shape: number }> = [];
  for (const node of reachability.nodes) {
    if (node.kind !== 'pods') continue;
    for (const member of node.members) {
      const id =
        member.workload.shapes.length > 1 ? `${member.workload.id}#${member.shape}` : member.workload.id;
      probePods.push({ id, workload: member.workload, node: node.index, shape: member.shape });
    }
  }
  probePods.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  const usedNamespaces = new Set(probePods.map((pod) => pod.workload.namespace));
  const known = reachability.knownNamespaces();
  const namespaces = [...usedNamespaces].sort().map((name) => ({
    name,
    labels: sortedLabels(known.get(name)?.labels ?? {}),
  }));

  const pods = probePods.map(({ id, workload, shape }) => {
    const podShape = workload.shapes[shape]!;
    const ports = [...podShape.ports]
      .sort((a, b) => a.port - b.port || (a.protocol < b.protocol ? -1 : a.protocol > b.protocol ? 1 : 0))
      .map((port) => ({
        port: port.port,
        protocol: port.protocol,
        ...(port.name ? { name: port.name } : {}),
      }));
    return {
      id,
      workload: { namespace: workload.namespace, name: workload.name, kind: workload.kind },
      namespace: workload.namespace,
      labels: sortedLabels(podShape.labels),
      ports,
    };
  });

  const probes: TruthTable['probes'] = [];
  for (const from of probePods) {
    probePods.forEach((to, toIndex) => {
      const ports = pods[toIndex]!.ports;
      if (ports.length === 0) return;
      const conn = reachability.connection(from.node, to.node);
      for (const port of ports) {
        probes.push({
          from: from.id,
          to: to.id,
          port: port.port,
          protocol: port.protocol,
          expected: conn.allows(port.protocol, port.port) ? 'allow' : 'deny',
          sameWorkload: from.workload === to.workload,
        });
      }
    });
  }
  return {
    version: 1,
    ipBlockMatchesPods: reachability.options.ipBlockMatchesPods,
    namespaces,
    pods,
    probes,
  };
}
