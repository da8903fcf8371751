/*
 * capabilities_restricted (restricted, v1.22+; replaces capabilities_baseline)
 * Restricted fields:
 *   spec.initContainers[*].securityContext.capabilities.drop
 *   spec.containers[*].securityContext.capabilities.drop
 *   spec.ephemeralContainers[*].securityContext.capabilities.drop
 *   Allowed values: any list that includes 'ALL'
 *   the same paths with .add
 *   Allowed values: undefined/empty, 'NET_BIND_SERVICE'
 * v1.25+: Windows pods (spec.os.name: windows) are exempt.
 */
import { podContainers } from './containers.js';
import { exempting } from './exemptions.js';
import { asList, asObject, asText, isWindowsPod, quote } from './pod.js';
import type { PodView, PssCheck, PssViolation } from './types.js';

function unrestrictedCapabilities(pod: PodView): PssViolation[] {
  const violations: PssViolation[] = [];
  for (const container of podContainers(pod)) {
    const capabilities = asObject(container.securityContext?.capabilities);
    if (!asList(capabilities?.drop).includes('ALL')) {
      violations.push({
        path: [...container.path, 'securityContext', 'capabilities', 'drop'],
        message: `container ${quote(container.name)} must set securityContext.capabilities.drop=["ALL"]`,
      });
    }
    const added = asList(capabilities?.add);
    for (let index = 0; index < added.length; index++) {
      const capability = asText(added[index]);
      if (capability === 'NET_BIND_SERVICE') continue;
      violations.push({
        path: [...container.path, 'securityContext', 'capabilities', 'add', index],
        message: `container ${quote(container.name)} must not include ${quote(capability)} in securityContext.capabilities.add; only "NET_BIND_SERVICE" may be added`,
      });
    }
  }
  return violations;
}

export const capabilitiesRestrictedCheck: PssCheck = {
  id: 'capabilities_restricted',
  level: 'restricted',
  title: 'Containers must drop all capabilities',
  rationale:
    'Even the default capabilities (NET_RAW, CHOWN, DAC_OVERRIDE, SETUID and others) give an attacker in the container tools for spoofing traffic and bypassing file permissions that almost no workload needs.',
  remediation:
    'Set securityContext.capabilities.drop to ["ALL"], and add back at most NET_BIND_SERVICE when the container binds a port below 1024.',
  overrides: ['capabilities_baseline'],
  versions: [
    { minimumVersion: 22, evaluate: unrestrictedCapabilities },
    exempting(25, isWindowsPod, unrestrictedCapabilities),
  ],
};
