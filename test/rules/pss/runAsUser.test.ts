import { describe, expect, test } from 'vitest';
import { runAsUserCheck } from '../../../src/rules/pss/runAsUser.js';
import { appliesAt, messagesOf, pathsOf, pod, violationsAt } from './support.js';

describe('runAsUser', () => {
  test('applies from v1.23', () => {
    expect(appliesAt(runAsUserCheck, 22)).toBe(false);
    expect(appliesAt(runAsUserCheck, 23)).toBe(true);
  });

  test('allows non-zero and unset', () => {
    const allowed = pod({
      securityContext: { runAsUser: 1000 },
      containers: [{ name: 'a', securityContext: { runAsUser: 1 } }, { name: 'b' }],
    });
    expect(violationsAt(runAsUserCheck, 23, allowed)).toEqual([]);
  });

  test('forbids 0 on the pod and on containers', () => {
    const violations = violationsAt(
      runAsUserCheck,
      37,
      pod({
        securityContext: { runAsUser: 0 },
        initContainers: [{ name: 'init', securityContext: { runAsUser: 0 } }],
      }),
    );
    expect(pathsOf(violations)).toEqual([
      'spec.securityContext.runAsUser',
      'spec.initContainers[0].securityContext.runAsUser',
    ]);
    expect(messagesOf(violations)).toEqual([
      'pod must not set securityContext.runAsUser=0; use a non-zero UID',
      'container "init" must not set securityContext.runAsUser=0; use a non-zero UID',
    ]);
  });

  test('exempts pods in a user namespace from v1.35 only', () => {
    const userNamespacePod = pod({
      hostUsers: false,
      securityContext: { runAsUser: 0 },
      containers: [{ name: 'app' }],
    });
    expect(violationsAt(runAsUserCheck, 34, userNamespacePod)).toHaveLength(1);
    expect(violationsAt(runAsUserCheck, 35, userNamespacePod)).toEqual([]);
  });
});
