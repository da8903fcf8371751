import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatPath } from '../../src/model/path.js';

describe('formatPath', () => {
  it('writes plain keys with dots, indexes and other keys in brackets', () => {
    expect(formatPath(['spec', 'containers', 0, 'securityContext', 'runAsNonRoot'])).toBe(
      'spec.containers[0].securityContext.runAsNonRoot',
    );
    expect(formatPath(['metadata', 'annotations', 'seccomp.security.alpha.kubernetes.io/pod'])).toBe(
      'metadata.annotations["seccomp.security.alpha.kubernetes.io/pod"]',
    );
    expect(formatPath(['data', 'a"b'])).toBe('data["a\\"b"]');
    expect(formatPath([0, 'kind'])).toBe('[0].kind');
  });

  it('gives the same answer for a key however often it is seen (the key cache is exact)', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string(), fc.nat()), { maxLength: 6 }), (path) => {
        const first = formatPath(path);
        expect(formatPath(path)).toBe(first);
        const plain = /^[A-Za-z_$][A-Za-z0-9_$-]*$/;
        for (const segment of path) {
          if (typeof segment === 'string' && !plain.test(segment))
            expect(first).toContain(JSON.stringify(segment));
        }
      }),
    );
  });
});
