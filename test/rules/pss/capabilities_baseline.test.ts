import { describe, expect, test } from 'vitest';
import { capabilitiesBaselineCheck } from '../../../src/rules/pss/capabilities_baseline.js';
import { messagesOf, pathsOf, podWithContainer, violationsAt } from './support.js';

describe('capabilities_baseline', () => {
  test('allows the default set, drops, and no capabilities', () => {
    const add = ['AUDIT_WRITE', 'CHOWN', 'DAC_OVERRIDE', 'FOWNER', 'FSETID', 'KILL', 'MKNOD'];
    const more = ['NET_BIND_SERVICE', 'SETFCAP', 'SETGID', 'SETPCAP', 'SETUID', 'SYS_CHROOT'];
    expect(
      violationsAt(
        capabilitiesBaselineCheck,
        0,
        podWithContainer({ capabilities: { add: [...add, ...more] } }),
      ),
    ).toEqual([]);
    expect(
      violationsAt(capabilitiesBaselineCheck, 0, podWithContainer({ capabilities: { drop: ['ALL'] } })),
    ).toEqual([]);
    expect(violationsAt(capabilitiesBaselineCheck, 0, podWithContainer({}))).toEqual([]);
  });

  test('reports each capability outside the set at its add entry', () => {
    const violations = violationsAt(
      capabilitiesBaselineCheck,
      37,
      podWithContainer({ capabilities: { add: ['CHOWN', 'NET_RAW', 'SYS_ADMIN'] } }),
    );
    expect(pathsOf(violations)).toEqual([
      'spec.containers[0].securityContext.capabilities.add[1]',
      'spec.containers[0].securityContext.capabilities.add[2]',
    ]);
    expect(messagesOf(violations)[0]).toBe(
      'container "app" must not include "NET_RAW" in securityContext.capabilities.add',
    );
  });

  test('matches names exactly: lower case and CAP_ prefixes are not in the set', () => {
    const violations = violationsAt(
      capabilitiesBaselineCheck,
      37,
      podWithContainer({ capabilities: { add: ['chown', 'CAP_CHOWN'] } }),
    );
    expect(violations).toHaveLength(2);
  });
});
