/*
 * appArmorProfile (baseline, v1.0+; the fields are checked at every version, as upstream does)
 * Restricted fields:
 *   spec.securityContext.appArmorProfile.type
 *   spec.initContainers[*].securityContext.appArmorProfile.type
 *   spec.containers[*].securityContext.appArmorProfile.type
 *   spec.ephemeralContainers[*].securityContext.appArmorProfile.type
 *   Allowed values: 'RuntimeDefault', 'Localhost', undefined/null
 *   metadata.annotations['container.apparmor.security.beta.kubernetes.io/*']
 *   Allowed values: 'runtime/default', 'localhost/*', empty, undefined
 */
import { securityContextOwners } from './containers.js';
import { annotationsOf, asObject, asText, isSet, quote } from './pod.js';
import type { PodView, PssCheck, PssViolation } from './types.js';

const APPARMOR_ANNOTATION_PREFIX = 'container.apparmor.security.beta.kubernetes.io/';
const ALLOWED_PROFILE_TYPES: ReadonlySet<string> = new Set(['RuntimeDefault', 'Localhost']);

function allowedAnnotationValue(value: string): boolean {
  return value === '' || value === 'runtime/default' || value.startsWith('localhost/');
}

function forbiddenProfileFields(pod: PodView): PssViolation[] {
  const violations: PssViolation[] = [];
  for (const owner of securityContextOwners(pod)) {
    const profile = owner.securityContext?.appArmorProfile;
    if (!isSet(profile)) continue;
    const type = asText(asObject(profile)?.type);
    if (ALLOWED_PROFILE_TYPES.has(type)) continue;
    violations.push({
      path: [...owner.path, 'appArmorProfile', 'type'],
      message: `${owner.label} must not set securityContext.appArmorProfile.type to ${quote(type)}; use "RuntimeDefault" or "Localhost"`,
    });
  }
  return violations;
}

// Any key with the prefix counts, whether or not a container of that name exists.
function forbiddenProfileAnnotations(pod: PodView): PssViolation[] {
  const annotations = annotationsOf(pod);
  return Object.keys(annotations)
    .filter((key) => key.startsWith(APPARMOR_ANNOTATION_PREFIX))
    .sort()
    .flatMap((key) => {
      const value = asText(annotations[key]);
      if (allowedAnnotationValue(value)) return [];
      return [
        {
          path: ['metadata', 'annotations', key],
          message: `annotation ${key} must not be ${quote(value)}; use "runtime/default" or "localhost/<profile>"`,
        },
      ];
    });
}

export const appArmorProfileCheck: PssCheck = {
  id: 'appArmorProfile',
  level: 'baseline',
  title: 'AppArmor must not be disabled or overridden',
  rationale:
    "The runtime's default AppArmor profile blocks writes to /proc and /sys and mount operations that container escapes rely on; an unconfined profile removes that layer.",
  remediation:
    'Set securityContext.appArmorProfile.type to RuntimeDefault or Localhost (or remove it), and drop "unconfined" AppArmor annotations.',
  versions: [
    {
      minimumVersion: 0,
      evaluate: (pod) => forbiddenProfileFields(pod).concat(forbiddenProfileAnnotations(pod)),
    },
  ],
};
