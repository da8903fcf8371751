/*
 * runAsNonRoot (restricted, v1.0+)
 * Restricted fields:
 *   spec.securityContext.runAsNonRoot
 *   spec.initContainers[*].securityContext.runAsNonRoot
 *   spec.containers[*].securityContext.runAsNonRoot
 *   spec.ephemeralContainers[*].securityContext.runAsNonRoot
 * Allowed values: true; undefined/null at container level when the pod level is true
 * v1.35+: pods in a user namespace (spec.hostUsers: false) are exempt.
 */
import { podContainers } from './containers.js';
import { exempting } from './exemptions.js';
import { asObject, inUserNamespace, isSet, quote } from './pod.js';
import type { PodView, PssCheck, PssViolation } from './types.js';

function rootContainers(pod: PodView): PssViolation[] {
  const podValue = asObject(pod.spec.securityContext)?.runAsNonRoot;
  const violations: PssViolation[] = [];
  if (isSet(podValue) && podValue !== true) {
    violations.push({
      path: ['spec', 'securityContext', 'runAsNonRoot'],
      message: 'pod must not set securityContext.runAsNonRoot=false; set it to true',
    });
  }
  for (const container of podContainers(pod)) {
    const value = container.securityContext?.runAsNonRoot;
    const path = [...container.path, 'securityContext', 'runAsNonRoot'];
    if (isSet(value)) {
      if (value !== true) {
        violations.push({
          path,
          message: `container ${quote(container.name)} must not set securityContext.runAsNonRoot=false; set it to true`,
        });
      }
    } else if (!isSet(podValue)) {
      // With the pod level explicitly false, its own finding already says what to set.
      violations.push({
        path,
        message: `pod or container ${quote(container.name)} must set securityContext.runAsNonRoot=true`,
      });
    }
  }
  return violations;
}

export const runAsNonRootCheck: PssCheck = {
  id: 'runAsNonRoot',
  level: 'restricted',
  title: 'Containers must run as non-root',
  rationale:
    'A process running as root in the container is root on the node once it escapes, and owns every file and device the container can reach.',
  remediation:
    'Set securityContext.runAsNonRoot to true on the pod (or on every container), and build the image with a non-root USER or set runAsUser.',
  versions: [
    // Before v1.35 the user-namespace relaxation sat behind an alpha gate that was off by default.
    { minimumVersion: 0, evaluate: rootContainers },
    exempting(35, inUserNamespace, rootContainers),
  ],
};
