import { describe, expect, test } from 'vitest';
import { runAsNonRootCheck } from '../../../src/rules/pss/runAsNonRoot.js';
import { messagesOf, pathsOf, pod, violationsAt } from './support.js';

describe('runAsNonRoot', () => {
  test('allows true at pod level, or on every container', () => {
    expect(
      violationsAt(
        runAsNonRootCheck,
        0,
        pod({ securityContext: { runAsNonRoot: true }, containers: [{ name: 'a' }] }),
      ),
    ).toEqual([]);
    const perContainer = pod({
      initContainers: [{ name: 'i', securityContext: { runAsNonRoot: true } }],
      containers: [{ name: 'a', securityContext: { runAsNonRoot: true } }],
    });
    expect(violationsAt(runAsNonRootCheck, 0, perContainer)).toEqual([]);
  });

  test('asks each container that sets nothing, when the pod sets nothing', () => {
    const violations = violationsAt(
      runAsNonRootCheck,
      37,
      pod({
        containers: [{ name: 'app' }, { name: 'ok', securityContext: { runAsNonRoot: true } }],
        ephemeralContainers: [{ name: 'debug' }],
      }),
    );
    expect(pathsOf(violations)).toEqual([
      'spec.containers[0].securityContext.runAsNonRoot',
      'spec.ephemeralContainers[0].securityContext.runAsNonRoot',
    ]);
    expect(messagesOf(violations)[0]).toBe(
      'pod or container "app" must set securityContext.runAsNonRoot=true',
    );
  });

  test('forbids an explicit false, even under a pod-level true', () => {
    const violations = violationsAt(
      runAsNonRootCheck,
      37,
      pod({
        securityContext: { runAsNonRoot: true },
        containers: [{ name: 'app', securityContext: { runAsNonRoot: false } }],
      }),
    );
    expect(pathsOf(violations)).toEqual(['spec.containers[0].securityContext.runAsNonRoot']);
    expect(messagesOf(violations)[0]).toBe(
      'container "app" must not set securityContext.runAsNonRoot=false; set it to true',
    );
  });

  test('a pod-level false is reported once, at the pod, not again for each container', () => {
    const violations = violationsAt(
      runAsNonRootCheck,
      37,
      pod({ securityContext: { runAsNonRoot: false }, containers: [{ name: 'app' }] }),
    );
    expect(pathsOf(violations)).toEqual(['spec.securityContext.runAsNonRoot']);
  });

  test('exempts pods in a user namespace from v1.35 only', () => {
    const userNamespacePod = pod({ hostUsers: false, containers: [{ name: 'app' }] });
    expect(violationsAt(runAsNonRootCheck, 34, userNamespacePod)).toHaveLength(1);
    expect(violationsAt(runAsNonRootCheck, 35, userNamespacePod)).toEqual([]);
    expect(
      violationsAt(runAsNonRootCheck, 35, pod({ hostUsers: true, containers: [{ name: 'app' }] })),
    ).toHaveLength(1);
  });
});
