/*
 * seccompProfile_restricted (restricted, v1.19+; replaces seccompProfile_baseline)
 * Restricted fields:
 *   spec.securityContext.seccompProfile.type
 *   spec.initContainers[*].securityContext.seccompProfile.type
 *   spec.containers[*].securityContext.seccompProfile.type
 *   spec.ephemeralContainers[*].securityContext.seccompProfile.type
 * Allowed values: 'RuntimeDefault', 'Localhost'; undefined/null at container level when the
 *   pod level is set to an allowed value
 * v1.25+: Windows pods (spec.os.name: windows) are exempt.
 */
import { podContainers } from './containers.js';
import { exempting } from './exemptions.js';
import { asObject, isWindowsPod, quote } from './pod.js';
import { allowedSeccompType, forbiddenSeccompTypes, seccompTypeOf } from './seccompProfile_baseline.js';
import type { PodView, PssCheck, PssViolation } from './types.js';

// Two findings can meet on one container: a forbidden type (the same path as the baseline
// check, so it is reported once, under the baseline id) and, when the pod level does not
// supply an allowed profile either, the missing profile itself (the seccompProfile path).
function unconfinedContainers(pod: PodView): PssViolation[] {
  const violations = forbiddenSeccompTypes(pod);
  if (allowedSeccompType(seccompTypeOf(asObject(pod.spec.securityContext)))) return violations;
  for (const container of podContainers(pod)) {
    if (allowedSeccompType(seccompTypeOf(container.securityContext))) continue;
    violations.push({
      path: [...container.path, 'securityContext', 'seccompProfile'],
      message: `pod or container ${quote(container.name)} must set securityContext.seccompProfile.type to "RuntimeDefault" or "Localhost"`,
    });
  }
  return violations;
}

export const seccompProfileRestrictedCheck: PssCheck = {
  id: 'seccompProfile_restricted',
  level: 'restricted',
  title: 'Seccomp must be enabled',
  rationale:
    'Without a seccomp profile the container can make every system call, including the rarely needed ones behind most kernel exploits used for container escapes.',
  remediation:
    'Set spec.securityContext.seccompProfile.type to RuntimeDefault (or Localhost) on the pod, or on every container.',
  overrides: ['seccompProfile_baseline'],
  versions: [
    { minimumVersion: 19, evaluate: unconfinedContainers },
    exempting(25, isWindowsPod, unconfinedContainers),
  ],
};
