/*
 * windowsHostProcess (baseline, v1.0+)
 * Restricted fields:
 *   spec.securityContext.windowsOptions.hostProcess
 *   spec.initContainers[*].securityContext.windowsOptions.hostProcess
 *   spec.containers[*].securityContext.windowsOptions.hostProcess
 *   spec.ephemeralContainers[*].securityContext.windowsOptions.hostProcess
 * Allowed values: false, undefined/null
 */
import { securityContextOwners } from './containers.js';
import { asObject } from './pod.js';
import type { PodView, PssCheck, PssViolation } from './types.js';

function hostProcesses(pod: PodView): PssViolation[] {
  const violations: PssViolation[] = [];
  for (const owner of securityContextOwners(pod)) {
    if (asObject(owner.securityContext?.windowsOptions)?.hostProcess !== true) continue;
    violations.push({
      path: [...owner.path, 'windowsOptions', 'hostProcess'],
      message: `${owner.label} must not set securityContext.windowsOptions.hostProcess=true`,
    });
  }
  return violations;
}

export const windowsHostProcessCheck: PssCheck = {
  id: 'windowsHostProcess',
  level: 'baseline',
  title: 'Windows pods must not run as host processes',
  rationale:
    'A Windows HostProcess container runs directly on the node with host networking and file access, which is the Windows equivalent of a privileged container.',
  remediation: 'Remove securityContext.windowsOptions.hostProcess or set it to false.',
  versions: [{ minimumVersion: 0, evaluate: hostProcesses }],
};
