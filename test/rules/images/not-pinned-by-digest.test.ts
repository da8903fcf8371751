import { describe, expect, test } from 'vitest';
import { deployment, findingsOf, lineOf, where } from '../workload/support.js';

const RULE = ['images/not-pinned-by-digest'];
const DIGEST = `sha256:${'0f'.repeat(32)}`;

function withImage(image: string): string {
  return deployment(`containers:
  - name: app
    image: ${image}
`);
}

describe('images/not-pinned-by-digest', () => {
  test('passes a digest, with or without a tag', () => {
    expect(findingsOf(withImage(`registry.io/app@${DIGEST}`), RULE)).toEqual([]);
    expect(findingsOf(withImage(`registry.io/app:1.2.3@${DIGEST}`), RULE)).toEqual([]);
  });

  test('fires on a tag alone, on the image line', () => {
    const yaml = withImage('registry.io/app:1.2.3');
    const findings = findingsOf(yaml, RULE);
    expect(where(findings)).toEqual([
      `${lineOf(yaml, 'image: registry.io')} spec.template.spec.containers[0].image`,
    ]);
    expect(findings[0]!.message).toBe(
      'container "app" image "registry.io/app:1.2.3" is not pinned by digest, so the registry decides what runs',
    );
    expect(findings[0]!.tier).toBe('high');
  });

  test('images.requireDigest: false turns it off', () => {
    expect(
      findingsOf(withImage('registry.io/app:1.2.3'), RULE, { images: { requireDigest: false } }),
    ).toEqual([]);
    expect(
      findingsOf(withImage('registry.io/app:1.2.3'), RULE, { images: { requireDigest: true } }),
    ).toHaveLength(1);
  });
});
