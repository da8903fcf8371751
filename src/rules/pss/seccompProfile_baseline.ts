/*
 * seccompProfile_baseline (baseline)
 * v1.0 - v1.18, restricted fields:
 *   metadata.annotations['seccomp.security.alpha.kubernetes.io/pod']
 *   metadata.annotations['container.seccomp.security.alpha.kubernetes.io/<container name>']
 *   Allowed values: 'runtime/default', 'docker/default', 'localhost/*', undefined
 * v1.19+, restricted fields (the annotations are no longer read):
 *   spec.securityContext.seccompProfile.type
 *   spec.initContainers[*].securityContext.seccompProfile.type
 *   spec.containers[*].securityContext.seccompProfile.type
 *   spec.ephemeralContainers[*].securityContext.seccompProfile.type
 *   Allowed values: 'RuntimeDefault', 'Localhost', undefined
 */
import { podContainers, securityContextOwners } from './containers.js';
import { annotationsOf, asObject, asText, isSet, quote, type RawObject } from './pod.js';
import type { PodView, PssCheck, PssViolation } from './types.js';

const POD_ANNOTATION = 'seccomp.security.alpha.kubernetes.io/pod';
const CONTAINER_ANNOTATION_PREFIX = 'container.seccomp.security.alpha.kubernetes.io/';
const ALLOWED_TYPES: ReadonlySet<string> = new Set(['RuntimeDefault', 'Localhost']);

function allowedAnnotationValue(value: string): boolean {
  return value === 'runtime/default' || value === 'docker/default' || value.startsWith('localhost/');
}

function forbiddenSeccompAnnotations(pod: PodView): PssViolation[] {
  const annotations = annotationsOf(pod);
  // Only the containers the pod has: an annotation for an unknown name is never read.
  const keys = new Set([
    POD_ANNOTATION,
    ...podContainers(pod).map((c) => CONTAINER_ANNOTATION_PREFIX + c.name),
  ]);
  return [...keys].flatMap((key) => {
    if (!Object.hasOwn(annotations, key)) return [];
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

/** The seccomp profile type a securityContext sets, or undefined when it sets none. */
export function seccompTypeOf(securityContext: RawObject | undefined): string | undefined {
  const profile = securityContext?.seccompProfile;
  return isSet(profile) ? asText(asObject(profile)?.type) : undefined;
}

export function allowedSeccompType(type: string | undefined): boolean {
  return type !== undefined && ALLOWED_TYPES.has(type);
}

/** Pod or container seccomp profiles set to a type other than RuntimeDefault or Localhost. */
export function forbiddenSeccompTypes(pod: PodView): PssViolation[] {
  const violations: PssViolation[] = [];
  for (const owner of securityContextOwners(pod)) {
    const type = seccompTypeOf(owner.securityContext);
    if (type === undefined || allowedSeccompType(type)) continue;
    violations.push({
      path: [...owner.path, 'seccompProfile', 'type'],
      message: `${owner.label} must not set securityContext.seccompProfile.type to ${quote(type)}; use "RuntimeDefault" or "Localhost"`,
    });
  }
  return violations;
}

export const seccompProfileBaselineCheck: PssCheck = {
  id: 'seccompProfile_baseline',
  level: 'baseline',
  title: 'Seccomp must not be disabled',
  rationale:
    'An Unconfined seccomp profile gives the container every system call, including the rarely needed ones behind most kernel exploits used for container escapes.',
  remediation:
    'Set securityContext.seccompProfile.type to RuntimeDefault or Localhost, or remove it; before v1.19 use the "runtime/default" annotation value.',
  versions: [
    { minimumVersion: 0, evaluate: forbiddenSeccompAnnotations },
    { minimumVersion: 19, evaluate: forbiddenSeccompTypes },
  ],
};
