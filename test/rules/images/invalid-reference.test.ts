import { describe, expect, test } from 'vitest';
import { deployment, findingsOf, lineOf, where } from '../workload/support.js';

const ALL_IMAGE_RULES = ['images/*'];

describe('images/invalid-reference', () => {
  test('an unparseable reference is one finding with the reason, and no other image rule judges it', () => {
    const yaml = deployment(`containers:
  - name: app
    image: registry.io/Team/App:1
`);
    const findings = findingsOf(yaml, ALL_IMAGE_RULES, { images: { allowedRegistries: ['ghcr.io'] } });
    expect(where(findings)).toEqual([
      `${lineOf(yaml, 'image: registry.io')} spec.template.spec.containers[0].image`,
    ]);
    expect(findings[0]!.ruleId).toBe('images/invalid-reference');
    expect(findings[0]!.message).toBe(
      'container "app" image "registry.io/Team/App:1" is not a valid image reference: repository name must be lowercase',
    );
  });

  test('a missing, empty or non-string image is reported, never skipped', () => {
    const yaml = deployment(`containers:
  - name: none
  - name: empty
    image: ""
  - name: number
    image: 42
`);
    expect(findingsOf(yaml, ['images/invalid-reference']).map((finding) => finding.message)).toEqual([
      'container "none" sets no image, so the image policy cannot be checked',
      'container "empty" sets no image, so the image policy cannot be checked',
      'container "number" sets no image, so the image policy cannot be checked',
    ]);
  });

  test('an unsupported digest algorithm is invalid', () => {
    const yaml = deployment(`containers:
  - name: app
    image: app@sha1:${'a'.repeat(40)}
`);
    expect(findingsOf(yaml, ['images/invalid-reference'])[0]?.message).toMatch(
      /unsupported digest algorithm "sha1"/,
    );
  });

  test('valid references are not reported', () => {
    const yaml = deployment(`containers:
  - name: app
    image: localhost:5000/app:dev
`);
    expect(findingsOf(yaml, ['images/invalid-reference'])).toEqual([]);
  });
});
