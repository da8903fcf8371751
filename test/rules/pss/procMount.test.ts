import { describe, expect, test } from 'vitest';
import { procMountCheck } from '../../../src/rules/pss/procMount.js';
import { messagesOf, pathsOf, pod, podWithContainer, violationsAt } from './support.js';

describe('procMount', () => {
  test('allows Default and unset', () => {
    expect(violationsAt(procMountCheck, 0, podWithContainer({ procMount: 'Default' }))).toEqual([]);
    expect(violationsAt(procMountCheck, 0, podWithContainer({}))).toEqual([]);
  });

  test('forbids Unmasked, pointing at the field', () => {
    const violations = violationsAt(
      procMountCheck,
      37,
      pod({
        initContainers: [{ name: 'init', securityContext: { procMount: 'Unmasked' } }],
        containers: [{ name: 'app' }],
      }),
    );
    expect(pathsOf(violations)).toEqual(['spec.initContainers[0].securityContext.procMount']);
    expect(messagesOf(violations)[0]).toBe(
      'container "init" must not set securityContext.procMount to "Unmasked"; use "Default" or leave it unset',
    );
  });

  test('lets pods in a user namespace unmask /proc from v1.35 only', () => {
    const userNamespacePod = podWithContainer({ procMount: 'Unmasked' }, { hostUsers: false });
    expect(violationsAt(procMountCheck, 34, userNamespacePod)).toHaveLength(1);
    expect(violationsAt(procMountCheck, 35, userNamespacePod)).toEqual([]);
    expect(
      violationsAt(procMountCheck, 35, podWithContainer({ procMount: 'Unmasked' }, { hostUsers: true })),
    ).toHaveLength(1);
  });
});
