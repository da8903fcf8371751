/*
 * netpol/workload-not-isolated (high)
 * A workload whose pods no NetworkPolicy selects for Ingress accepts
 * connections from everything; one that no policy selects for Egress may
 * connect anywhere. Reported once per workload, naming the open directions.
 * A pod shape of the workload that escapes selection leaves it open.
 */
import { NETPOL_TIER, nodesByWorkload, workloadLabelsPath, type NetpolRule } from './support.js';

const ID = 'netpol/workload-not-isolated';

export const workloadNotIsolated: NetpolRule = {
  info: {
    id: ID,
    tier: NETPOL_TIER,
    title: 'Every workload must be selected by a NetworkPolicy for ingress and egress',
    rationale:
      'A pod no policy selects is outside the firewall: any pod (or outside address) can connect to it, and from it an attacker can reach every service in the cluster.',
    remediation:
      "Add a default-deny policy to the workload's namespace (podSelector: {}, policyTypes: [Ingress, Egress]), or a policy whose podSelector matches the workload's pod labels, for each direction.",
  },
  check(reachability, emit) {
    for (const [workload, nodes] of nodesByWorkload(reachability)) {
      const open: string[] = [];
      if (!nodes.every((node) => reachability.isIngressIsolated(node))) open.push('Ingress');
      if (!nodes.every((node) => reachability.isEgressIsolated(node))) open.push('Egress');
      if (open.length === 0) continue;
      const consequence =
        open.length === 2
          ? 'anything can connect to it and it can connect anywhere'
          : open[0] === 'Ingress'
            ? 'anything can connect to it'
            : 'it can connect anywhere';
      emit({
        ruleId: ID,
        object: workload.object,
        path: workloadLabelsPath(workload),
        message: `${workload.id} is selected by no NetworkPolicy for ${open.join(' or ')}: ${consequence}`,
      });
    }
  },
};
