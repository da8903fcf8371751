/*
 * netpol/allow-all (high)
 * A policy rule that allows everything in a direction, on every port: a rule
 * with no from/to (every pod and every outside address), a peer selecting all
 * pods in all namespaces (namespaceSelector: {} with no or an empty
 * podSelector), or an ipBlock of the whole address space (0.0.0.0/0 or ::/0)
 * without exceptions. Such a rule cancels the isolation of every pod the
 * policy selects. A rule limited to some ports is not reported here.
 */
import { Conn } from '../../engines/netpol/conn.js';
import { selectsEverything } from '../../engines/netpol/selector.js';
import type { PolicyPeer, PolicyRule } from '../../engines/netpol/policy.js';
import type { FieldPath } from '../../model/path.js';
import { NETPOL_TIER, ruleName, type NetpolRule } from './support.js';

const ID = 'netpol/allow-all';

/** What the peer lets in or out when it stands for everything, else undefined. */
function everything(peer: PolicyPeer): string | undefined {
  if (peer.kind === 'ipBlock') {
    return peer.cidr.prefix === 0 && peer.except.length === 0
      ? `every address (${peer.cidr.text})`
      : undefined;
  }
  if (peer.namespaceSelector && selectsEverything(peer.namespaceSelector)) {
    if (!peer.podSelector || selectsEverything(peer.podSelector)) return 'every pod in every namespace';
  }
  return undefined;
}

function coversAllPorts(rule: PolicyRule): boolean {
  if (!rule.ports) return true;
  let conn = Conn.NONE;
  for (const port of rule.ports) {
    if (port.port === undefined) conn = conn.union(Conn.allPorts(port.protocol));
    else if (typeof port.port === 'number')
      conn = conn.union(Conn.of(port.protocol, [[port.port, port.endPort ?? port.port]]));
  }
  return conn.isAll;
}

export const allowAll: NetpolRule = {
  info: {
    id: ID,
    tier: NETPOL_TIER,
    title: 'NetworkPolicy rules must not allow everything',
    rationale:
      'A rule that allows every pod, namespace or address on every port turns the firewall off for the pods it selects: a compromised pod anywhere, or an attacker outside, gets the same access as a trusted client.',
    remediation:
      'Replace the rule with peers for the clients (or destinations) that need the path, each with the namespaceSelector and podSelector that match only them, and list the ports they use.',
  },
  check(reachability, emit) {
    for (const policy of reachability.input.policies) {
      for (const rule of [...policy.ingressRules, ...policy.egressRules]) {
        if (!coversAllPorts(rule)) continue;
        const verb = rule.direction === 'ingress' ? 'ingress from' : 'egress to';
        const report = (path: FieldPath, what: string) =>
          emit({
            ruleId: ID,
            object: policy.object,
            path,
            message: `NetworkPolicy ${policy.id} ${ruleName(rule.direction, rule.index)} allows ${verb} ${what}, on every port`,
          });
        if (!rule.peers) {
          report(
            rule.path,
            'everything (it names no peers: every pod in every namespace and every outside address)',
          );
          continue;
        }
        for (const peer of rule.peers) {
          const what = everything(peer);
          if (what) report(peer.path, what);
        }
      }
    }
  },
};
