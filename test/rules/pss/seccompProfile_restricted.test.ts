import { describe, expect, test } from 'vitest';
import { seccompProfileRestrictedCheck } from '../../../src/rules/pss/seccompProfile_restricted.js';
import { appliesAt, messagesOf, pathsOf, pod, violationsAt } from './support.js';

describe('seccompProfile_restricted', () => {
  test('applies from v1.19 and replaces seccompProfile_baseline', () => {
    expect(appliesAt(seccompProfileRestrictedCheck, 18)).toBe(false);
    expect(appliesAt(seccompProfileRestrictedCheck, 19)).toBe(true);
    expect(seccompProfileRestrictedCheck.overrides).toEqual(['seccompProfile_baseline']);
  });

  test('allows an allowed pod-level profile, or one on every container', () => {
    const podLevel = pod({
      securityContext: { seccompProfile: { type: 'RuntimeDefault' } },
      containers: [{ name: 'a' }],
    });
    expect(violationsAt(seccompProfileRestrictedCheck, 19, podLevel)).toEqual([]);
    const perContainer = pod({
      containers: [
        { name: 'a', securityContext: { seccompProfile: { type: 'Localhost', localhostProfile: 'p' } } },
      ],
      initContainers: [{ name: 'i', securityContext: { seccompProfile: { type: 'RuntimeDefault' } } }],
    });
    expect(violationsAt(seccompProfileRestrictedCheck, 19, perContainer)).toEqual([]);
  });

  test('asks for a profile where neither the pod nor the container has an allowed one', () => {
    const violations = violationsAt(
      seccompProfileRestrictedCheck,
      37,
      pod({
        containers: [
          { name: 'app' },
          { name: 'ok', securityContext: { seccompProfile: { type: 'RuntimeDefault' } } },
        ],
      }),
    );
    expect(pathsOf(violations)).toEqual(['spec.containers[0].securityContext.seccompProfile']);
    expect(messagesOf(violations)[0]).toBe(
      'pod or container "app" must set securityContext.seccompProfile.type to "RuntimeDefault" or "Localhost"',
    );
  });

  test('forbids Unconfined at the type, and asks for a profile when the pod supplies none', () => {
    const violations = violationsAt(
      seccompProfileRestrictedCheck,
      37,
      pod({ containers: [{ name: 'app', securityContext: { seccompProfile: { type: 'Unconfined' } } }] }),
    );
    expect(pathsOf(violations)).toEqual([
      'spec.containers[0].securityContext.seccompProfile.type',
      'spec.containers[0].securityContext.seccompProfile',
    ]);
  });

  test('an Unconfined container under an allowed pod profile is only a forbidden type', () => {
    const violations = violationsAt(
      seccompProfileRestrictedCheck,
      37,
      pod({
        securityContext: { seccompProfile: { type: 'RuntimeDefault' } },
        containers: [{ name: 'app', securityContext: { seccompProfile: { type: 'Unconfined' } } }],
      }),
    );
    expect(pathsOf(violations)).toEqual(['spec.containers[0].securityContext.seccompProfile.type']);
  });

  test('exempts Windows pods from v1.25', () => {
    const windowsPod = pod({ os: { name: 'windows' }, containers: [{ name: 'app' }] });
    expect(violationsAt(seccompProfileRestrictedCheck, 24, windowsPod)).toHaveLength(1);
    expect(violationsAt(seccompProfileRestrictedCheck, 25, windowsPod)).toEqual([]);
  });
});
