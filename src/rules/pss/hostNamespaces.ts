/*
 * hostNamespaces (baseline, v1.0+)
 * Restricted fields:
 *   spec.hostNetwork
 *   spec.hostPID
 *   spec.hostIPC
 * Allowed values: false, undefined/null
 */
import type { PodView, PssCheck, PssViolation } from './types.js';

const HOST_NAMESPACE_FIELDS = ['hostNetwork', 'hostPID', 'hostIPC'] as const;

function sharedHostNamespaces(pod: PodView): PssViolation[] {
  return HOST_NAMESPACE_FIELDS.filter((field) => pod.spec[field] === true).map((field) => ({
    path: ['spec', field],
    message: `pod must not set spec.${field}=true`,
  }));
}

export const hostNamespacesCheck: PssCheck = {
  id: 'hostNamespaces',
  level: 'baseline',
  title: 'Pods must not share the host namespaces',
  rationale:
    "Sharing the node's network, process or IPC namespace lets a pod sniff host traffic, reach services bound to localhost, and see or signal every process on the node.",
  remediation: 'Remove spec.hostNetwork, spec.hostPID and spec.hostIPC, or set them to false.',
  versions: [{ minimumVersion: 0, evaluate: sharedHostNamespaces }],
};
