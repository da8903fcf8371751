/*
 * netpol/dangling (high)
 * A policy whose podSelector, or a rule peer whose selectors, match no
 * workload of the input: often a typo'd label, so the path someone meant to
 * open stays closed or the pods someone meant to isolate stay open.
 * Only selectors the input can answer for are judged: a podSelector in a
 * namespace the input holds workloads of, a peer that selects such namespaces
 * (or its own). A peer that may reach namespaces outside the input (kube-system
 * for DNS) or names namespaces by labels the input does not define is not.
 */
import { describeSelector } from '../../engines/netpol/selector.js';
import { NETPOL_TIER, ruleName, type NetpolRule } from './support.js';

const ID = 'netpol/dangling';

export const dangling: NetpolRule = {
  info: {
    id: ID,
    tier: NETPOL_TIER,
    title: 'NetworkPolicy selectors must match workloads',
    rationale:
      'A selector that matches nothing does nothing: a typo in a podSelector leaves the intended pods unisolated, and a typo in a peer silently drops a path (or, fixed later in the workload, silently opens one nobody reviewed).',
    remediation:
      "Correct the selector to the labels the workload's pod template carries (kubectl get pods --show-labels), or remove the policy or peer if the workload is gone.",
  },
  check(reachability, emit) {
    for (const policy of reachability.input.policies) {
      if (!reachability.isInScope(policy.namespace)) continue;
      const selectsWorkload = (reachability.selects.get(policy) ?? []).some(
        (node) => reachability.nodes[node]!.kind === 'pods',
      );
      if (!selectsWorkload) {
        emit({
          ruleId: ID,
          object: policy.object,
          path: ['spec', 'podSelector'],
          message: `NetworkPolicy ${policy.id} selects no workload: no pod in namespace ${policy.namespace} matches podSelector ${describeSelector(policy.podSelector)}`,
        });
      }
    }
    for (const match of reachability.peerMatches) {
      if (match.podNodes > 0 || match.outsideNamespaces.length > 0 || match.insideNamespaces.length === 0)
        continue;
      const { peer, policy, rule } = match;
      const pods = peer.podSelector ? `pods matching ${describeSelector(peer.podSelector)}` : 'pods';
      const where = peer.namespaceSelector
        ? `namespaces matching ${describeSelector(peer.namespaceSelector)} (${match.insideNamespaces.join(', ')})`
        : `namespace ${policy.namespace}`;
      emit({
        ruleId: ID,
        object: policy.object,
        path: peer.path,
        message: `NetworkPolicy ${policy.id} ${ruleName(rule.direction, rule.index)} names a peer that matches no workload: no ${pods} in ${where}`,
      });
    }
  },
};
