import { describe, expect, test } from 'vitest';
import { allowPrivilegeEscalationCheck } from '../../../src/rules/pss/allowPrivilegeEscalation.js';
import { appliesAt, messagesOf, pathsOf, pod, podWithContainer, violationsAt } from './support.js';

describe('allowPrivilegeEscalation', () => {
  test('applies from v1.8, when the field appeared', () => {
    expect(appliesAt(allowPrivilegeEscalationCheck, 7)).toBe(false);
    expect(appliesAt(allowPrivilegeEscalationCheck, 8)).toBe(true);
  });

  test('requires an explicit false', () => {
    expect(
      violationsAt(allowPrivilegeEscalationCheck, 8, podWithContainer({ allowPrivilegeEscalation: false })),
    ).toEqual([]);
    expect(
      violationsAt(allowPrivilegeEscalationCheck, 8, podWithContainer({ allowPrivilegeEscalation: true })),
    ).toHaveLength(1);
    const unset = violationsAt(allowPrivilegeEscalationCheck, 37, pod({ containers: [{ name: 'app' }] }));
    expect(pathsOf(unset)).toEqual(['spec.containers[0].securityContext.allowPrivilegeEscalation']);
    expect(messagesOf(unset)).toEqual([
      'container "app" must set securityContext.allowPrivilegeEscalation=false',
    ]);
  });

  test('covers init and ephemeral containers', () => {
    const violations = violationsAt(
      allowPrivilegeEscalationCheck,
      37,
      pod({ initContainers: [{ name: 'init' }], ephemeralContainers: [{ name: 'debug' }] }),
    );
    expect(pathsOf(violations)).toEqual([
      'spec.initContainers[0].securityContext.allowPrivilegeEscalation',
      'spec.ephemeralContainers[0].securityContext.allowPrivilegeEscalation',
    ]);
  });

  test('exempts Windows pods from v1.25', () => {
    const windowsPod = pod({ os: { name: 'windows' }, containers: [{ name: 'app' }] });
    expect(violationsAt(allowPrivilegeEscalationCheck, 24, windowsPod)).toHaveLength(1);
    expect(violationsAt(allowPrivilegeEscalationCheck, 25, windowsPod)).toEqual([]);
    expect(
      violationsAt(
        allowPrivilegeEscalationCheck,
        25,
        pod({ os: { name: 'linux' }, containers: [{ name: 'app' }] }),
      ),
    ).toHaveLength(1);
  });
});
