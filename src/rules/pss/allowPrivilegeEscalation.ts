/*
 * allowPrivilegeEscalation (restricted, v1.8+)
 * Restricted fields:
 *   spec.initContainers[*].securityContext.allowPrivilegeEscalation
 *   spec.containers[*].securityContext.allowPrivilegeEscalation
 *   spec.ephemeralContainers[*].securityContext.allowPrivilegeEscalation
 * Allowed values: false
 * v1.25+: Windows pods (spec.os.name: windows) are exempt.
 */
import { podContainers } from './containers.js';
import { exempting } from './exemptions.js';
import { isWindowsPod, quote } from './pod.js';
import type { PodView, PssCheck, PssViolation } from './types.js';

function escalatingContainers(pod: PodView): PssViolation[] {
  const violations: PssViolation[] = [];
  for (const container of podContainers(pod)) {
    if (container.securityContext?.allowPrivilegeEscalation === false) continue;
    violations.push({
      path: [...container.path, 'securityContext', 'allowPrivilegeEscalation'],
      message: `container ${quote(container.name)} must set securityContext.allowPrivilegeEscalation=false`,
    });
  }
  return violations;
}

export const allowPrivilegeEscalationCheck: PssCheck = {
  id: 'allowPrivilegeEscalation',
  level: 'restricted',
  title: 'Containers must not allow privilege escalation',
  rationale:
    'Unless no_new_privs is set, a process can gain privileges through set-user-ID binaries or file capabilities, turning a foothold as a normal user into root in the container.',
  remediation: 'Set securityContext.allowPrivilegeEscalation to false on every container.',
  versions: [
    // The field exists since v1.8.
    { minimumVersion: 8, evaluate: escalatingContainers },
    exempting(25, isWindowsPod, escalatingContainers),
  ],
};
