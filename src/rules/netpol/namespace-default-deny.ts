/*
 * netpol/namespace-default-deny (high)
 * Every namespace that runs workloads needs a policy that selects all its pods
 * (podSelector: {}) for both Ingress and Egress with no allow rules, so that
 * traffic is denied unless another policy allows it. One policy for both
 * directions, or one per direction, both count.
 * Fix: the four-line default-deny policy for that namespace.
 */
import { isRecord } from '../../model/objects.js';
import type { SourceObject } from '../../model/objects.js';
import type { Fix } from '../types.js';
import { selectsEverything } from '../../engines/netpol/selector.js';
import type { Workload } from '../../engines/netpol/model.js';
import { NETPOL_TIER, type NetpolRule } from './support.js';

const ID = 'netpol/namespace-default-deny';

function defaultDenyFix(namespace: string, types: readonly string[]): Fix {
  const name = types.length === 2 ? 'default-deny-all' : `default-deny-${types[0]!.toLowerCase()}`;
  const policy = `{apiVersion: networking.k8s.io/v1, kind: NetworkPolicy, metadata: {name: ${name}, namespace: ${namespace}}, spec: {podSelector: {}, policyTypes: [${types.join(', ')}]}}`;
  return { description: `add this NetworkPolicy: ${policy}`, set: [] };
}

function earliest(workloads: readonly Workload[]): Workload {
  return [...workloads].sort(
    (a, b) =>
      (a.object.file < b.object.file ? -1 : a.object.file > b.object.file ? 1 : 0) ||
      a.object.line - b.object.line,
  )[0]!;
}

export const namespaceDefaultDeny: NetpolRule = {
  info: {
    id: ID,
    tier: NETPOL_TIER,
    title: 'Every namespace must deny traffic by default',
    rationale:
      'Without a default-deny policy every pod accepts connections from every pod in the cluster and may connect anywhere, so one compromised pod can reach databases, internal APIs and the cloud metadata endpoint.',
    remediation:
      'Add a NetworkPolicy with podSelector: {} and policyTypes: [Ingress, Egress] and no rules to the namespace, then allow each required path with its own policy.',
  },
  check(reachability, emit) {
    const byNamespace = new Map<string, Workload[]>();
    for (const workload of reachability.input.workloads) {
      const list = byNamespace.get(workload.namespace) ?? [];
      list.push(workload);
      byNamespace.set(workload.namespace, list);
    }
    const namespaces = reachability.knownNamespaces();
    for (const [namespace, workloads] of [...byNamespace].sort(([a], [b]) => (a < b ? -1 : 1))) {
      let deniesIngress = false;
      let deniesEgress = false;
      for (const policy of reachability.input.policies) {
        if (policy.namespace !== namespace || !selectsEverything(policy.podSelector)) continue;
        if (policy.ingress && policy.ingressRules.length === 0) deniesIngress = true;
        if (policy.egress && policy.egressRules.length === 0) deniesEgress = true;
      }
      const missing = [...(deniesIngress ? [] : ['Ingress']), ...(deniesEgress ? [] : ['Egress'])];
      if (missing.length === 0) continue;
      const namespaceObject: SourceObject | undefined = namespaces.get(namespace)?.object;
      const workload = earliest(workloads);
      const object = namespaceObject ?? workload.object;
      const hasNamespaceField = isRecord(object.value.metadata) && 'namespace' in object.value.metadata;
      emit({
        ruleId: ID,
        object,
        path: namespaceObject || !hasNamespaceField ? ['metadata', 'name'] : ['metadata', 'namespace'],
        message: `namespace ${namespace} has no default-deny NetworkPolicy for ${missing.join(' and ')} (a policy selecting all pods with no ${missing.length === 2 ? 'rules' : `${missing[0]!.toLowerCase()} rules`})`,
        fix: defaultDenyFix(namespace, missing),
      });
    }
  },
};
