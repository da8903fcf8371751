import { createRequire as __kubegateRequire } from 'node:module';
const require = __kubegateRequire(import.meta.url);

// src/engines/netpol/matrix.ts
function sortedLabels(labels) {
  return Object.fromEntries(Object.entries(labels).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0));
}
function truthTable(reachability) {
  const probePods = [];
  for (const node of reachability.nodes) {
    if (node.kind !== "pods") continue;
    for (const member of node.members) {
      const id = member.workload.shapes.length > 1 ? `${member.workload.id}#${member.shape}` : member.workload.id;
      probePods.push({ id, workload: member.workload, node: node.index, shape: member.shape });
    }
  }
  probePods.sort((a, b) => a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const usedNamespaces = new Set(probePods.map((pod) => pod.workload.namespace));
  const known = reachability.knownNamespaces();
  const namespaces = [...usedNamespaces].sort().map((name) => ({
    name,
    labels: sortedLabels(known.get(name)?.labels ?? {})
  }));
  const pods = probePods.map(({ id, workload, shape }) => {
    const podShape = workload.shapes[shape];
    const ports = [...podShape.ports].sort((a, b) => a.port - b.port || (a.protocol < b.protocol ? -1 : a.protocol > b.protocol ? 1 : 0)).map((port) => ({
      port: port.port,
      protocol: port.protocol,
      ...port.name ? { name: port.name } : {}
    }));
    return {
      id,
      workload: { namespace: workload.namespace, name: workload.name, kind: workload.kind },
      namespace: workload.namespace,
      labels: sortedLabels(podShape.labels),
      ports
    };
  });
  const probes = [];
  for (const from of probePods) {
    probePods.forEach((to, toIndex) => {
      const ports = pods[toIndex].ports;
      if (ports.length === 0) return;
      const conn = reachability.connection(from.node, to.node);
      for (const port of ports) {
        probes.push({
          from: from.id,
          to: to.id,
          port: port.port,
          protocol: port.protocol,
          expected: conn.allows(port.protocol, port.port) ? "allow" : "deny",
          sameWorkload: from.workload === to.workload
        });
      }
    });
  }
  return {
    version: 1,
    ipBlockMatchesPods: reachability.options.ipBlockMatchesPods,
    namespaces,
    pods,
    probes
  };
}

export {
  truthTable
};
