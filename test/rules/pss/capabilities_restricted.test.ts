import { describe, expect, test } from 'vitest';
import { capabilitiesRestrictedCheck } from '../../../src/rules/pss/capabilities_restricted.js';
import { appliesAt, messagesOf, pathsOf, pod, podWithContainer, violationsAt } from './support.js';

describe('capabilities_restricted', () => {
  test('applies from v1.22 and replaces capabilities_baseline', () => {
    expect(appliesAt(capabilitiesRestrictedCheck, 21)).toBe(false);
    expect(appliesAt(capabilitiesRestrictedCheck, 22)).toBe(true);
    expect(capabilitiesRestrictedCheck.overrides).toEqual(['capabilities_baseline']);
  });

  test('allows drop ALL with at most NET_BIND_SERVICE added', () => {
    const allowed = podWithContainer({
      capabilities: { drop: ['NET_RAW', 'ALL'], add: ['NET_BIND_SERVICE'] },
    });
    expect(violationsAt(capabilitiesRestrictedCheck, 22, allowed)).toEqual([]);
  });

  test('requires drop ALL where it is missing, at the drop field', () => {
    for (const securityContext of [
      {},
      { capabilities: {} },
      { capabilities: { drop: ['NET_RAW', 'SYS_ADMIN'] } },
    ]) {
      const violations = violationsAt(capabilitiesRestrictedCheck, 37, podWithContainer(securityContext));
      expect(pathsOf(violations)).toEqual(['spec.containers[0].securityContext.capabilities.drop']);
      expect(messagesOf(violations)).toEqual([
        'container "app" must set securityContext.capabilities.drop=["ALL"]',
      ]);
    }
    // "all" is not "ALL"
    expect(
      violationsAt(capabilitiesRestrictedCheck, 37, podWithContainer({ capabilities: { drop: ['all'] } })),
    ).toHaveLength(1);
  });

  test('forbids adding anything but NET_BIND_SERVICE, default capabilities included', () => {
    const violations = violationsAt(
      capabilitiesRestrictedCheck,
      37,
      podWithContainer({ capabilities: { drop: ['ALL'], add: ['NET_BIND_SERVICE', 'CHOWN'] } }),
    );
    expect(pathsOf(violations)).toEqual(['spec.containers[0].securityContext.capabilities.add[1]']);
    expect(messagesOf(violations)[0]).toContain(
      'must not include "CHOWN" in securityContext.capabilities.add',
    );
  });

  test('exempts Windows pods from v1.25', () => {
    const windowsPod = pod({ os: { name: 'windows' }, containers: [{ name: 'app' }] });
    expect(violationsAt(capabilitiesRestrictedCheck, 24, windowsPod)).toHaveLength(1);
    expect(violationsAt(capabilitiesRestrictedCheck, 25, windowsPod)).toEqual([]);
  });
});
