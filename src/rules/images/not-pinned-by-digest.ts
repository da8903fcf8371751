/*
 * images/not-pinned-by-digest (high)
 * Fields: spec.{initContainers,containers,ephemeralContainers}[*].image, spec.volumes[*].image.reference
 * Fires: the reference carries no @digest, unless the config sets images.requireDigest: false.
 */
import type { ImageRule } from './policy.js';

export const notPinnedByDigestRule: ImageRule = {
  info: {
    id: 'images/not-pinned-by-digest',
    tier: 'high',
    title: 'Images must be pinned by digest',
    rationale:
      'Tags are mutable: whoever can push to the repository (or takes over the registry account) can replace the image behind a version tag, and every node that pulls afterwards runs the replacement. A digest names the exact content, so a swapped image fails to pull instead of running.',
    remediation:
      'Append the digest of the image you tested: registry/repo:1.2.3@sha256:<digest> (crane digest or docker buildx imagetools inspect prints it); the tag stays readable and the digest decides. Set images.requireDigest: false to turn this rule off.',
  },
  check({ subject, reference, policy }) {
    if (!policy.requireDigest || reference.digest !== undefined) return undefined;
    return `${subject} is not pinned by digest, so the registry decides what runs`;
  },
};
