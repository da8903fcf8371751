/*
 * procMount_restricted (restricted, v1.35+; replaces procMount)
 * Restricted fields:
 *   spec.initContainers[*].securityContext.procMount
 *   spec.containers[*].securityContext.procMount
 *   spec.ephemeralContainers[*].securityContext.procMount
 * Allowed values: undefined/null, 'Default', also for pods in a user namespace
 */
import { nonDefaultProcMounts } from './procMount.js';
import type { PssCheck } from './types.js';

export const procMountRestrictedCheck: PssCheck = {
  id: 'procMount_restricted',
  level: 'restricted',
  title: 'Containers must keep the default /proc mask, even in a user namespace',
  rationale:
    'An unmasked /proc exposes kernel interfaces the default mask hides; the restricted level keeps the mask for pods in a user namespace too, where the baseline level lets it go from v1.35.',
  remediation: 'Remove securityContext.procMount or set it to Default.',
  overrides: ['procMount'],
  versions: [{ minimumVersion: 35, evaluate: nonDefaultProcMounts }],
};
