/*
 * images/latest-tag (high)
 * Fields: spec.{initContainers,containers,ephemeralContainers}[*].image, spec.volumes[*].image.reference
 * Fires: the reference has no digest and its tag is `latest` or absent (no tag means :latest).
 * A digest pins the image whatever the tag says, so `name:latest@sha256:…` passes.
 */
import type { ImageRule } from './policy.js';

export const latestTagRule: ImageRule = {
  info: {
    id: 'images/latest-tag',
    tier: 'high',
    title: 'Images must not use the :latest tag or omit the tag',
    rationale:
      'The :latest tag (which an image without a tag gets) moves whenever someone pushes, so what a node pulls is whatever the registry holds that day: a compromised or broken push reaches production on the next restart, and nothing in the manifest changes.',
    remediation:
      'Reference a specific version tag, and better the digest too (registry/repo:1.2.3@sha256:…); let a bot such as Renovate or Dependabot propose updates.',
  },
  check({ subject, reference }) {
    if (reference.digest !== undefined) return undefined;
    if (reference.tag === undefined)
      return `${subject} has no tag, so it runs whatever :latest is when pulled`;
    if (reference.tag === 'latest') return `${subject} uses the mutable :latest tag`;
    return undefined;
  },
};
