/*
 * privileged (baseline, v1.0+)
 * Restricted fields:
 *   spec.initContainers[*].securityContext.privileged
 *   spec.containers[*].securityContext.privileged
 *   spec.ephemeralContainers[*].securityContext.privileged
 * Allowed values: false, undefined/null
 */
import { podContainers } from './containers.js';
import { quote } from './pod.js';
import type { PodView, PssCheck, PssViolation } from './types.js';

function privilegedContainers(pod: PodView): PssViolation[] {
  const violations: PssViolation[] = [];
  for (const container of podContainers(pod)) {
    if (container.securityContext?.privileged !== true) continue;
    violations.push({
      path: [...container.path, 'securityContext', 'privileged'],
      message: `container ${quote(container.name)} must not set securityContext.privileged=true`,
    });
  }
  return violations;
}

export const privilegedCheck: PssCheck = {
  id: 'privileged',
  level: 'baseline',
  title: 'Containers must not run privileged',
  rationale:
    'A privileged container gets every capability and the host devices, so a compromised process in it can take over the node and every pod on it.',
  remediation:
    'Remove securityContext.privileged or set it to false; grant only the specific capability the workload needs.',
  versions: [{ minimumVersion: 0, evaluate: privilegedContainers }],
};
