import { describe, expect, test } from 'vitest';
import { seLinuxOptionsCheck } from '../../../src/rules/pss/seLinuxOptions.js';
import { messagesOf, pathsOf, pod, podWithContainer, violationsAt } from './support.js';

describe('seLinuxOptions', () => {
  test('allows the container types, an empty type, and level', () => {
    for (const type of ['container_t', 'container_init_t', 'container_kvm_t', '']) {
      expect(
        violationsAt(seLinuxOptionsCheck, 0, podWithContainer({ seLinuxOptions: { type, level: 's0:c1' } })),
      ).toEqual([]);
    }
    expect(violationsAt(seLinuxOptionsCheck, 0, podWithContainer({ seLinuxOptions: {} }))).toEqual([]);
  });

  test('allows container_engine_t only from v1.31', () => {
    const enginePod = podWithContainer({ seLinuxOptions: { type: 'container_engine_t' } });
    expect(violationsAt(seLinuxOptionsCheck, 30, enginePod)).toHaveLength(1);
    expect(violationsAt(seLinuxOptionsCheck, 31, enginePod)).toEqual([]);
  });

  test('reports a forbidden type, user and role each at its field', () => {
    const violations = violationsAt(
      seLinuxOptionsCheck,
      37,
      pod({
        securityContext: { seLinuxOptions: { type: 'spc_t', user: 'system_u', role: 'system_r' } },
        containers: [{ name: 'app', securityContext: { seLinuxOptions: { type: 'unconfined_t' } } }],
      }),
    );
    expect(pathsOf(violations)).toEqual([
      'spec.securityContext.seLinuxOptions.type',
      'spec.securityContext.seLinuxOptions.user',
      'spec.securityContext.seLinuxOptions.role',
      'spec.containers[0].securityContext.seLinuxOptions.type',
    ]);
    expect(messagesOf(violations)[1]).toBe('pod must not set securityContext.seLinuxOptions.user');
    expect(messagesOf(violations)[3]).toContain(
      'container "app" must not set securityContext.seLinuxOptions.type to "unconfined_t"',
    );
  });
});
