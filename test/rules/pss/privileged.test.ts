import { describe, expect, test } from 'vitest';
import { privilegedCheck } from '../../../src/rules/pss/privileged.js';
import { messagesOf, pathsOf, pod, podWithContainer, violationsAt } from './support.js';

describe('privileged', () => {
  test('allows false and unset', () => {
    expect(violationsAt(privilegedCheck, 0, podWithContainer({ privileged: false }))).toEqual([]);
    expect(violationsAt(privilegedCheck, 0, podWithContainer({}))).toEqual([]);
    expect(violationsAt(privilegedCheck, 0, pod({ containers: [{ name: 'app' }] }))).toEqual([]);
  });

  test('forbids privileged=true in every kind of container, pointing at the field', () => {
    const violations = violationsAt(
      privilegedCheck,
      37,
      pod({
        initContainers: [{ name: 'init', securityContext: { privileged: true } }],
        containers: [{ name: 'ok' }, { name: 'app', securityContext: { privileged: true } }],
        ephemeralContainers: [{ name: 'debug', securityContext: { privileged: true } }],
      }),
    );
    expect(pathsOf(violations)).toEqual([
      'spec.initContainers[0].securityContext.privileged',
      'spec.containers[1].securityContext.privileged',
      'spec.ephemeralContainers[0].securityContext.privileged',
    ]);
    expect(messagesOf(violations)[1]).toBe('container "app" must not set securityContext.privileged=true');
  });

  test('applies from v1.0 as a baseline check', () => {
    expect(privilegedCheck.level).toBe('baseline');
    expect(privilegedCheck.versions.map((v) => v.minimumVersion)).toEqual([0]);
  });
});
