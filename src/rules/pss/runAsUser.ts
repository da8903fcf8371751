/*
 * runAsUser (restricted, v1.23+)
 * Restricted fields:
 *   spec.securityContext.runAsUser
 *   spec.initContainers[*].securityContext.runAsUser
 *   spec.containers[*].securityContext.runAsUser
 *   spec.ephemeralContainers[*].securityContext.runAsUser
 * Allowed values: any non-zero value, undefined/null
 * v1.35+: pods in a user namespace (spec.hostUsers: false) are exempt.
 */
import { securityContextOwners } from './containers.js';
import { exempting } from './exemptions.js';
import { inUserNamespace } from './pod.js';
import type { PodView, PssCheck, PssViolation } from './types.js';

function rootUsers(pod: PodView): PssViolation[] {
  const violations: PssViolation[] = [];
  for (const owner of securityContextOwners(pod)) {
    if (owner.securityContext?.runAsUser !== 0) continue;
    violations.push({
      path: [...owner.path, 'runAsUser'],
      message: `${owner.label} must not set securityContext.runAsUser=0; use a non-zero UID`,
    });
  }
  return violations;
}

export const runAsUserCheck: PssCheck = {
  id: 'runAsUser',
  level: 'restricted',
  title: 'Containers must not run as UID 0',
  rationale:
    'runAsUser: 0 runs the container as root even when the image declares another user, giving a process that escapes the container root on the node.',
  remediation: 'Remove runAsUser: 0, or set runAsUser to a non-zero UID.',
  versions: [
    // Before v1.35 the user-namespace relaxation sat behind an alpha gate that was off by default.
    { minimumVersion: 23, evaluate: rootUsers },
    exempting(35, inUserNamespace, rootUsers),
  ],
};
