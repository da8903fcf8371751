import { describe, expect, test } from 'vitest';
import { windowsHostProcessCheck } from '../../../src/rules/pss/windowsHostProcess.js';
import { messagesOf, pathsOf, pod, podWithContainer, violationsAt } from './support.js';

describe('windowsHostProcess', () => {
  test('allows false and unset', () => {
    expect(
      violationsAt(windowsHostProcessCheck, 0, podWithContainer({ windowsOptions: { hostProcess: false } })),
    ).toEqual([]);
    expect(violationsAt(windowsHostProcessCheck, 0, podWithContainer({ windowsOptions: {} }))).toEqual([]);
  });

  test('forbids hostProcess=true on the pod and on containers', () => {
    const violations = violationsAt(
      windowsHostProcessCheck,
      37,
      pod({
        hostNetwork: true,
        securityContext: { windowsOptions: { hostProcess: true } },
        initContainers: [{ name: 'init', securityContext: { windowsOptions: { hostProcess: true } } }],
      }),
    );
    expect(pathsOf(violations)).toEqual([
      'spec.securityContext.windowsOptions.hostProcess',
      'spec.initContainers[0].securityContext.windowsOptions.hostProcess',
    ]);
    expect(messagesOf(violations)[1]).toBe(
      'container "init" must not set securityContext.windowsOptions.hostProcess=true',
    );
  });
});
