import { describe, expect, test } from 'vitest';
import { hostPathVolumesCheck } from '../../../src/rules/pss/hostPathVolumes.js';
import { messagesOf, pathsOf, pod, violationsAt } from './support.js';

describe('hostPathVolumes', () => {
  test('allows other volume types', () => {
    const volumes = [
      { name: 'a', emptyDir: {} },
      { name: 'b', nfs: { server: 'x', path: '/' } },
      { name: 'c' },
    ];
    expect(violationsAt(hostPathVolumesCheck, 0, pod({ volumes }))).toEqual([]);
  });

  test('reports every hostPath volume at its hostPath key', () => {
    const volumes = [
      { name: 'a', hostPath: { path: '/a' } },
      { name: 'b', emptyDir: {} },
      { name: 'c', hostPath: { path: '/var/run/docker.sock' } },
    ];
    const violations = violationsAt(hostPathVolumesCheck, 37, pod({ volumes }));
    expect(pathsOf(violations)).toEqual(['spec.volumes[0].hostPath', 'spec.volumes[2].hostPath']);
    expect(messagesOf(violations)[1]).toBe('volume "c" must not use hostPath');
  });

  test('a null hostPath is unset', () => {
    expect(violationsAt(hostPathVolumesCheck, 37, pod({ volumes: [{ name: 'a', hostPath: null }] }))).toEqual(
      [],
    );
  });
});
