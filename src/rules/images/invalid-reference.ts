/*
 * images/invalid-reference (high)
 * Fields: spec.{initContainers,containers,ephemeralContainers}[*].image, spec.volumes[*].image.reference
 * Fires: the field is missing or empty, or is not a reference the container runtimes
 * would parse (distribution/reference grammar, go-digest digests).
 * The other image rules cannot judge such an image, so this one reports it instead:
 * an image kubegate cannot read never passes silently.
 */
import type { RuleInfo } from '../types.js';

export const invalidReferenceRule: RuleInfo = {
  id: 'images/invalid-reference',
  tier: 'high',
  title: 'Image references must be valid',
  rationale:
    'An image reference the runtime cannot parse fails at pull time, and one that is missing is filled in later by something the review never sees; either way the image policy cannot be checked on what will actually run.',
  remediation:
    'Write a complete reference: registry/repository:tag@sha256:digest, repository lowercase, tag at most 128 characters of letters, digits, "_", "." and "-", a sha256, sha384 or sha512 digest in lowercase hex.',
};

export function invalidReferenceMessage(label: string, image: unknown, reason: string | undefined): string {
  if (typeof image !== 'string' || image === '')
    return `${label} sets no image, so the image policy cannot be checked`;
  return `${label} image ${JSON.stringify(image)} is not a valid image reference: ${reason}`;
}
