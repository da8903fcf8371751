/*
 * netpol/external-exposure (high)
 * A workload that addresses outside the cluster can reach: no policy isolates
 * it for ingress, or a rule allows an ipBlock (or every peer). "Outside" is
 * every address not in netpol.clusterCidrs; without them, every address, since
 * an ipBlock matches only addresses outside the cluster by default.
 * Reported on the workload, naming the ranges, ports and the policy rules
 * that let them in.
 */
import { endpointText, externallyReachable } from '../../engines/netpol/connections.js';
import { NETPOL_TIER, nodesByWorkload, ruleName, workloadLabelsPath, type NetpolRule } from './support.js';

const ID = 'netpol/external-exposure';
const SHOWN_RANGES = 3;

export const externalExposure: NetpolRule = {
  info: {
    id: ID,
    tier: NETPOL_TIER,
    title: 'Workloads must not be reachable from outside the cluster',
    rationale:
      'A pod that outside addresses can reach is exposed to scanning and exploitation from the internet or the wider network, bypassing the ingress controller, its TLS and its authentication.',
    remediation:
      'Isolate the workload for ingress and allow only in-cluster clients (such as the ingress controller namespace) by namespaceSelector and podSelector; if outside clients must connect, allow their exact ranges and ports and exempt the finding with a reason.',
  },
  check(reachability, emit) {
    const nodes = nodesByWorkload(reachability);
    for (const [workload, connections] of externallyReachable(reachability)) {
      const ranges = connections
        .slice(0, SHOWN_RANGES)
        .map(
          (connection) => `${endpointText(connection.src).replace(/\[External\]$/, '')} (${connection.conn})`,
        );
      if (connections.length > SHOWN_RANGES) ranges.push(`${connections.length - SHOWN_RANGES} more ranges`);
      const workloadNodes = nodes.get(workload) ?? [];
      const causes = new Set<string>();
      for (const node of workloadNodes) {
        const rules = reachability.ingressRulesOf(node);
        if (!rules) {
          causes.add('no NetworkPolicy isolates it for ingress');
          continue;
        }
        for (const rule of rules) {
          if (rule.atomMask.some((bit) => bit === 1) && !reachability.portsOf(rule, node).isEmpty)
            causes.add(
              `NetworkPolicy ${rule.policy.id} ${ruleName(rule.rule.direction, rule.rule.index)} allows it`,
            );
        }
      }
      emit({
        ruleId: ID,
        object: workload.object,
        path: workloadLabelsPath(workload),
        message: `${workload.id} is reachable from outside the cluster: from ${ranges.join(', ')}; ${[...causes].sort().join('; ')}`,
      });
    }
  },
};
