import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { fingerprint } from '../../src/baseline/fingerprint.js';

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
    // the documented identity: rule, kind, namespace, name, path joined by NUL
    const identity = ['pss/privileged', 'Deployment', 'shop', 'web', 'spec.x'].join('\u0000');
    expect(base).toBe(createHash('sha256').update(identity).digest('hex').slice(0, 32));
  });
});
