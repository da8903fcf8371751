/*
 * rbac/nodes-proxy
 * nodes/proxy, any verb: the kubelet API of every node.
 */
import { probeRule, probes } from './rbac-rule.js';

export const nodesProxy = probeRule(
  {
    id: 'rbac/nodes-proxy',
    tier: 'high',
    title: 'Subjects must not reach the kubelet API through nodes/proxy',
    rationale:
      "nodes/proxy opens the kubelet API of every node, which runs commands in any pod on it without going through the API server's admission or audit of pods/exec.",
    remediation: 'Remove nodes/proxy; monitoring agents need nodes/metrics or nodes/stats only.',
  },
  'run commands in any pod through the kubelet API',
  probes(['get', 'create', 'update', 'patch', 'delete'], '', ['nodes/proxy'], 'any'),
);
