/*
 * hostPorts (baseline, v1.0+)
 * Restricted fields:
 *   spec.initContainers[*].ports[*].hostPort
 *   spec.containers[*].ports[*].hostPort
 *   spec.ephemeralContainers[*].ports[*].hostPort
 * Allowed values: undefined/null, 0
 */
import { podContainers } from './containers.js';
import { asList, asObject, asText, isSet, quote } from './pod.js';
import type { PodView, PssCheck, PssViolation } from './types.js';

function hostPorts(pod: PodView): PssViolation[] {
  const violations: PssViolation[] = [];
  for (const container of podContainers(pod)) {
    const ports = asList(container.fields.ports);
    for (let index = 0; index < ports.length; index++) {
      const hostPort = asObject(ports[index])?.hostPort;
      if (!isSet(hostPort) || hostPort === 0) continue;
      violations.push({
        path: [...container.path, 'ports', index, 'hostPort'],
        message: `container ${quote(container.name)} must not use hostPort ${asText(hostPort)}`,
      });
    }
  }
  return violations;
}

export const hostPortsCheck: PssCheck = {
  id: 'hostPorts',
  level: 'baseline',
  title: 'Containers must not bind host ports',
  rationale:
    "A host port binds the pod on the node's own network interfaces, bypassing NetworkPolicy and Service boundaries and letting the pod intercept traffic meant for the node.",
  remediation: 'Remove ports[].hostPort and expose the container through a Service instead.',
  versions: [{ minimumVersion: 0, evaluate: hostPorts }],
};
