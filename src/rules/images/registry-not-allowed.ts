/*
 * images/registry-not-allowed (high)
 * Fields: spec.{initContainers,containers,ephemeralContainers}[*].image, spec.volumes[*].image.reference
 * Fires: images.allowedRegistries is configured and none of its entries admits the
 * repository (registry and path normalised: `nginx` is docker.io/library/nginx).
 * Without images.allowedRegistries in the config the rule does not fire.
 * Entries match whole segments (see src/engines/image-ref.ts), so `registry.io`
 * does not admit registry.io.evil.com/x nor registry.iox/y.
 */
import { admittingPattern, repositoryName } from '../../engines/image-ref.js';
import type { ImageRule } from './policy.js';

export const registryNotAllowedRule: ImageRule = {
  info: {
    id: 'images/registry-not-allowed',
    tier: 'high',
    title: 'Images must come from an allowed registry',
    rationale:
      "An image from a registry the organisation does not control bypasses its scanning, signing and retention: a typo-squatted or hijacked public repository runs with the workload's service account and network access.",
    remediation:
      'Pull the image through an allowed registry (mirror or proxy it there), or add its registry or repository to images.allowedRegistries after review. The rule only runs when images.allowedRegistries is configured.',
  },
  check({ subject, reference, policy }) {
    if (policy.allowList === undefined || admittingPattern(reference, policy.allowList)) return undefined;
    const source = reference.domain === '' ? 'a name without a registry' : repositoryName(reference);
    return `${subject} comes from ${source}, which no entry of images.allowedRegistries admits`;
  },
};
