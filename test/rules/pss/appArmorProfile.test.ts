import { describe, expect, test } from 'vitest';
import { appArmorProfileCheck } from '../../../src/rules/pss/appArmorProfile.js';
import { messagesOf, pathsOf, pod, violationsAt } from './support.js';

const ANNOTATION = 'container.apparmor.security.beta.kubernetes.io/app';

describe('appArmorProfile', () => {
  test('allows RuntimeDefault and Localhost fields, and allowed annotation values', () => {
    const allowed = pod(
      {
        securityContext: { appArmorProfile: { type: 'RuntimeDefault' } },
        containers: [
          { name: 'app', securityContext: { appArmorProfile: { type: 'Localhost', localhostProfile: 'p' } } },
        ],
      },
      {
        annotations: {
          [ANNOTATION]: 'runtime/default',
          'container.apparmor.security.beta.kubernetes.io/b': 'localhost/foo',
        },
      },
    );
    expect(violationsAt(appArmorProfileCheck, 0, allowed)).toEqual([]);
    expect(
      violationsAt(
        appArmorProfileCheck,
        0,
        pod({ containers: [{ name: 'app' }] }, { annotations: { [ANNOTATION]: '' } }),
      ),
    ).toEqual([]);
  });

  test('forbids Unconfined on the pod and on containers, pointing at the type', () => {
    const violations = violationsAt(
      appArmorProfileCheck,
      37,
      pod({
        securityContext: { appArmorProfile: { type: 'Unconfined' } },
        initContainers: [{ name: 'init', securityContext: { appArmorProfile: { type: 'Unconfined' } } }],
      }),
    );
    expect(pathsOf(violations)).toEqual([
      'spec.securityContext.appArmorProfile.type',
      'spec.initContainers[0].securityContext.appArmorProfile.type',
    ]);
    expect(messagesOf(violations)[0]).toBe(
      'pod must not set securityContext.appArmorProfile.type to "Unconfined"; use "RuntimeDefault" or "Localhost"',
    );
  });

  test('forbids "unconfined" annotations, whatever container they name', () => {
    const violations = violationsAt(
      appArmorProfileCheck,
      20,
      pod(
        { containers: [{ name: 'app' }] },
        { annotations: { 'container.apparmor.security.beta.kubernetes.io/ghost': 'unconfined' } },
      ),
    );
    expect(pathsOf(violations)).toEqual([
      'metadata.annotations["container.apparmor.security.beta.kubernetes.io/ghost"]',
    ]);
    expect(messagesOf(violations)[0]).toContain('must not be "unconfined"');
  });

  test('checks the fields at every version, as upstream patched them into its v1.0 check', () => {
    const unconfined = pod({
      containers: [{ name: 'app', securityContext: { appArmorProfile: { type: 'Unconfined' } } }],
    });
    expect(violationsAt(appArmorProfileCheck, 0, unconfined)).toHaveLength(1);
  });
});
