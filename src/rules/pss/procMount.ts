/*
 * procMount (baseline, v1.0+)
 * Restricted fields:
 *   spec.initContainers[*].securityContext.procMount
 *   spec.containers[*].securityContext.procMount
 *   spec.ephemeralContainers[*].securityContext.procMount
 * Allowed values: undefined/null, 'Default'
 * v1.35+: any value for pods in a user namespace (spec.hostUsers: false);
 * at the restricted level procMount_restricted takes over and forbids it again.
 */
import { podContainers } from './containers.js';
import { exempting } from './exemptions.js';
import { asText, inUserNamespace, isSet, quote } from './pod.js';
import type { PodView, PssCheck, PssViolation } from './types.js';

export function nonDefaultProcMounts(pod: PodView): PssViolation[] {
  const violations: PssViolation[] = [];
  for (const container of podContainers(pod)) {
    const procMount = container.securityContext?.procMount;
    if (!isSet(procMount) || procMount === 'Default') continue;
    violations.push({
      path: [...container.path, 'securityContext', 'procMount'],
      message: `container ${quote(container.name)} must not set securityContext.procMount to ${quote(asText(procMount))}; use "Default" or leave it unset`,
    });
  }
  return violations;
}

export const procMountCheck: PssCheck = {
  id: 'procMount',
  level: 'baseline',
  title: 'Containers must keep the default /proc mask',
  rationale:
    'An unmasked /proc exposes kernel interfaces (such as /proc/sys and /proc/sysrq-trigger) that the default mask hides, which a compromised container can use to attack the node.',
  remediation: 'Remove securityContext.procMount or set it to Default.',
  versions: [
    { minimumVersion: 0, evaluate: nonDefaultProcMounts },
    // Before v1.35 the relaxation sat behind an alpha gate that was off by default.
    exempting(35, inUserNamespace, nonDefaultProcMounts),
  ],
};
