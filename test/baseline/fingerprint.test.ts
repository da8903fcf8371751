import { describe, expect, it } from 'vitest';
import { fingerprint, murmur3x86_128 } from '../../src/baseline/fingerprint.js';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('murmur3x86_128', () => {
  // reference values from an independent implementation (npm murmurhash3js-revisited, x86.hash128)
  it.each([
    ['', '00000000000000000000000000000000'],
    ['hello', '2b2444a0db91def79adb31b69adb31b6'],
    ['xxxxx', 'df4639a8b0a71f1d286dd890286dd890'],
    ['xxxxxxxxxxxxx', '155b51ccb8406df9ebb6b88a272d0982'],
    ['The quick brown fox jumps over the lazy dog', '2f1583c3ecee2c675d7bf66ce5e91d2c'],
  ])('%j', (text, expected) => {
    expect(murmur3x86_128(bytes(text))).toBe(expected);
  });

  it('covers every tail length (0..15 bytes past a block) without collisions', () => {
    const seen = new Set<string>();
    for (let length = 0; length <= 48; length++) seen.add(murmur3x86_128(bytes('x'.repeat(length))));
    expect(seen.size).toBe(49);
  });
});

describe('fingerprint', () => {
  const resource = { apiVersion: 'apps/v1', kind: 'Deployment', namespace: 'shop', name: 'web' };
  it('depends on rule, kind, namespace, name and path, not the apiVersion', () => {
    const base = fingerprint('pss/privileged', resource, 'spec.x');
    expect(fingerprint('pss/privileged', { ...resource, apiVersion: 'extensions/v1beta1' }, 'spec.x')).toBe(
      base,
    );
    for (const other of [
      fingerprint('pss/hostPorts', resource, 'spec.x'),
      fingerprint('pss/privileged', { ...resource, kind: 'StatefulSet' }, 'spec.x'),
      fingerprint('pss/privileged', { ...resource, namespace: 'other' }, 'spec.x'),
      fingerprint('pss/privileged', { ...resource, name: 'api' }, 'spec.x'),
      fingerprint('pss/privileged', resource, 'spec.y'),
    ]) {
      expect(other).not.toBe(base);
    }
    expect(base).toMatch(/^[0-9a-f]{32}$/);
  });
});
