import { describe, expect, test } from 'vitest';
import { seccompProfileBaselineCheck } from '../../../src/rules/pss/seccompProfile_baseline.js';
import { messagesOf, pathsOf, pod, podWithContainer, violationsAt } from './support.js';

const POD_ANNOTATION = 'seccomp.security.alpha.kubernetes.io/pod';
const containerAnnotation = (name: string) => `container.seccomp.security.alpha.kubernetes.io/${name}`;

describe('seccompProfile_baseline before v1.19: the alpha annotations', () => {
  const containers = [{ name: 'app' }];

  test('allows runtime/default, docker/default and localhost/*', () => {
    const annotations = {
      [POD_ANNOTATION]: 'docker/default',
      [containerAnnotation('app')]: 'localhost/profile.json',
    };
    expect(violationsAt(seccompProfileBaselineCheck, 18, pod({ containers }, { annotations }))).toEqual([]);
    expect(
      violationsAt(
        seccompProfileBaselineCheck,
        0,
        pod({ containers }, { annotations: { [POD_ANNOTATION]: 'runtime/default' } }),
      ),
    ).toEqual([]);
  });

  test('forbids unconfined on the pod and on containers that exist', () => {
    const annotations = {
      [POD_ANNOTATION]: 'unconfined',
      [containerAnnotation('app')]: 'unconfined',
      [containerAnnotation('ghost')]: 'unconfined',
    };
    const violations = violationsAt(seccompProfileBaselineCheck, 18, pod({ containers }, { annotations }));
    expect(pathsOf(violations)).toEqual([
      `metadata.annotations["${POD_ANNOTATION}"]`,
      `metadata.annotations["${containerAnnotation('app')}"]`,
    ]);
    expect(messagesOf(violations)[0]).toBe(
      `annotation ${POD_ANNOTATION} must not be "unconfined"; use "runtime/default" or "localhost/<profile>"`,
    );
  });

  test('ignores the seccompProfile field', () => {
    expect(
      violationsAt(
        seccompProfileBaselineCheck,
        18,
        podWithContainer({ seccompProfile: { type: 'Unconfined' } }),
      ),
    ).toEqual([]);
  });
});

describe('seccompProfile_baseline from v1.19: the seccompProfile field', () => {
  test('allows RuntimeDefault, Localhost and unset', () => {
    const allowed = pod({
      securityContext: { seccompProfile: { type: 'RuntimeDefault' } },
      containers: [
        { name: 'app', securityContext: { seccompProfile: { type: 'Localhost', localhostProfile: 'p' } } },
        { name: 'b' },
      ],
    });
    expect(violationsAt(seccompProfileBaselineCheck, 19, allowed)).toEqual([]);
  });

  test('forbids Unconfined on the pod and containers, pointing at the type', () => {
    const violations = violationsAt(
      seccompProfileBaselineCheck,
      37,
      pod({
        securityContext: { seccompProfile: { type: 'Unconfined' } },
        ephemeralContainers: [{ name: 'debug', securityContext: { seccompProfile: { type: 'Unconfined' } } }],
      }),
    );
    expect(pathsOf(violations)).toEqual([
      'spec.securityContext.seccompProfile.type',
      'spec.ephemeralContainers[0].securityContext.seccompProfile.type',
    ]);
    expect(messagesOf(violations)[1]).toBe(
      'container "debug" must not set securityContext.seccompProfile.type to "Unconfined"; use "RuntimeDefault" or "Localhost"',
    );
  });

  test('no longer reads the annotations', () => {
    const annotations = { [POD_ANNOTATION]: 'unconfined' };
    expect(
      violationsAt(seccompProfileBaselineCheck, 19, pod({ containers: [{ name: 'app' }] }, { annotations })),
    ).toEqual([]);
  });
});
