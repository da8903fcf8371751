/*
 * image/vulnerability (tier from the severity: CRITICAL and HIGH → high by default)
 * Fields: the image of every container, init container, ephemeral container and image volume.
 * Fires: the scanner (trivy or grype) reports a known vulnerability in the image, not ignored
 * by the CVE ignore file (or ignored by an entry that has expired).
 * Emitted by `kubegate scan`, not by `kubegate check`: scanning needs the images themselves.
 */
import type { RuleFamily, RuleInfo } from '../rules/types.js';

export const imageVulnerabilityRule: RuleInfo = {
  id: 'image/vulnerability',
  tier: 'high',
  title: 'Deployed images must not carry known vulnerabilities',
  rationale:
    'A known vulnerability in a deployed image is an exploit that is already published; images that were clean at merge time pick up new CVEs every day, so a cluster running them is exposed until they are rebuilt.',
  remediation:
    'Move to an image with the fixed package versions (rebuild on a patched base image, or bump the tag and digest); when the vulnerable code cannot be reached, record that in the CVE ignore file with a reason and an expiry date.',
};

/** In the catalogue so that `kubegate rules` lists it and rules/exemptions config can name it; check never emits it. */
export const imageVulnerabilityFamily: RuleFamily = {
  rules: [imageVulnerabilityRule],
  analyze() {
    // findings come from `kubegate scan`, which runs the scanner
  },
};
