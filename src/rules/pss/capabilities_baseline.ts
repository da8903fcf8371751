/*
 * capabilities_baseline (baseline, v1.0+)
 * Restricted fields:
 *   spec.initContainers[*].securityContext.capabilities.add
 *   spec.containers[*].securityContext.capabilities.add
 *   spec.ephemeralContainers[*].securityContext.capabilities.add
 * Allowed values: undefined/empty, or entries from the container runtime's default set:
 *   AUDIT_WRITE, CHOWN, DAC_OVERRIDE, FOWNER, FSETID, KILL, MKNOD, NET_BIND_SERVICE,
 *   SETFCAP, SETGID, SETPCAP, SETUID, SYS_CHROOT
 */
import { podContainers } from './containers.js';
import { asList, asObject, asText, quote } from './pod.js';
import type { PodView, PssCheck, PssViolation } from './types.js';

// Matched exactly, as upstream does: "chown" and "CAP_CHOWN" are not in the set.
const DEFAULT_CAPABILITIES: ReadonlySet<string> = new Set([
  'AUDIT_WRITE',
  'CHOWN',
  'DAC_OVERRIDE',
  'FOWNER',
  'FSETID',
  'KILL',
  'MKNOD',
  'NET_BIND_SERVICE',
  'SETFCAP',
  'SETGID',
  'SETPCAP',
  'SETUID',
  'SYS_CHROOT',
]);

function nonDefaultCapabilities(pod: PodView): PssViolation[] {
  const violations: PssViolation[] = [];
  for (const container of podContainers(pod)) {
    const added = asList(asObject(container.securityContext?.capabilities)?.add);
    for (let index = 0; index < added.length; index++) {
      const capability = asText(added[index]);
      if (DEFAULT_CAPABILITIES.has(capability)) continue;
      violations.push({
        path: [...container.path, 'securityContext', 'capabilities', 'add', index],
        message: `container ${quote(container.name)} must not include ${quote(capability)} in securityContext.capabilities.add`,
      });
    }
  }
  return violations;
}

export const capabilitiesBaselineCheck: PssCheck = {
  id: 'capabilities_baseline',
  level: 'baseline',
  title: 'Containers must not add capabilities beyond the default set',
  rationale:
    'Capabilities such as NET_RAW, SYS_ADMIN or SYS_PTRACE let a process spoof traffic, escape through kernel interfaces or read other processes; the runtime default set is all most workloads need.',
  remediation:
    'Remove the extra entries from securityContext.capabilities.add; keep only capabilities from the default set.',
  versions: [{ minimumVersion: 0, evaluate: nonDefaultCapabilities }],
};
