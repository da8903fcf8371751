import { describe, expect, test } from 'vitest';
import { procMountRestrictedCheck } from '../../../src/rules/pss/procMount_restricted.js';
import { appliesAt, messagesOf, pathsOf, podWithContainer, violationsAt } from './support.js';

describe('procMount_restricted', () => {
  test('applies from v1.35 and replaces procMount', () => {
    expect(appliesAt(procMountRestrictedCheck, 34)).toBe(false);
    expect(appliesAt(procMountRestrictedCheck, 35)).toBe(true);
    expect(procMountRestrictedCheck.overrides).toEqual(['procMount']);
  });

  test('allows Default and unset', () => {
    expect(
      violationsAt(
        procMountRestrictedCheck,
        35,
        podWithContainer({ procMount: 'Default' }, { hostUsers: false }),
      ),
    ).toEqual([]);
    expect(violationsAt(procMountRestrictedCheck, 35, podWithContainer({}))).toEqual([]);
  });

  test('forbids Unmasked in a user namespace too', () => {
    const violations = violationsAt(
      procMountRestrictedCheck,
      37,
      podWithContainer({ procMount: 'Unmasked' }, { hostUsers: false }),
    );
    expect(pathsOf(violations)).toEqual(['spec.containers[0].securityContext.procMount']);
    expect(messagesOf(violations)[0]).toContain(
      'container "app" must not set securityContext.procMount to "Unmasked"',
    );
  });
});
