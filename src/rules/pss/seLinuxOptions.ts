/*
 * seLinuxOptions (baseline, v1.0+)
 * Restricted fields:
 *   spec.securityContext.seLinuxOptions.type
 *   spec.initContainers[*].securityContext.seLinuxOptions.type
 *   spec.containers[*].securityContext.seLinuxOptions.type
 *   spec.ephemeralContainers[*].securityContext.seLinuxOptions.type
 *   Allowed values: undefined/empty, container_t, container_init_t, container_kvm_t,
 *                   container_engine_t (v1.31+)
 *   the same paths with .user and .role
 *   Allowed values: undefined/empty
 */
import { securityContextOwners } from './containers.js';
import { asObject, asText, quote, quoteAll } from './pod.js';
import type { PodView, PssCheck, PssViolation } from './types.js';

const ALLOWED_TYPES_1_0 = ['container_t', 'container_init_t', 'container_kvm_t'];
const ALLOWED_TYPES_1_31 = [...ALLOWED_TYPES_1_0, 'container_engine_t'];

function forbiddenSeLinuxOptions(allowedTypes: readonly string[]): (pod: PodView) => PssViolation[] {
  return (pod) =>
    securityContextOwners(pod).flatMap((owner) => {
      const options = asObject(owner.securityContext?.seLinuxOptions);
      if (!options) return [];
      const violations: PssViolation[] = [];
      const path = [...owner.path, 'seLinuxOptions'];
      const type = asText(options.type);
      if (type !== '' && !allowedTypes.includes(type)) {
        violations.push({
          path: [...path, 'type'],
          message: `${owner.label} must not set securityContext.seLinuxOptions.type to ${quote(type)}; use one of ${quoteAll(allowedTypes)} or leave it unset`,
        });
      }
      for (const field of ['user', 'role'] as const) {
        if (asText(options[field]) === '') continue;
        violations.push({
          path: [...path, field],
          message: `${owner.label} must not set securityContext.seLinuxOptions.${field}`,
        });
      }
      return violations;
    });
}

export const seLinuxOptionsCheck: PssCheck = {
  id: 'seLinuxOptions',
  level: 'baseline',
  title: 'SELinux options must not loosen the container label',
  rationale:
    'A custom SELinux user, role or type can run the container under a host domain that the SELinux policy does not confine, undoing the isolation SELinux gives containers.',
  remediation:
    'Remove seLinuxOptions.user and seLinuxOptions.role, and set seLinuxOptions.type only to a container type (container_t, container_init_t, container_kvm_t, container_engine_t).',
  versions: [
    { minimumVersion: 0, evaluate: forbiddenSeLinuxOptions(ALLOWED_TYPES_1_0) },
    { minimumVersion: 31, evaluate: forbiddenSeLinuxOptions(ALLOWED_TYPES_1_31) },
  ],
};
