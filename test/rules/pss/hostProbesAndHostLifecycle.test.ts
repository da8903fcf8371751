import { describe, expect, test } from 'vitest';
import { hostProbesAndHostLifecycleCheck } from '../../../src/rules/pss/hostProbesAndHostLifecycle.js';
import { appliesAt, messagesOf, pathsOf, pod, violationsAt } from './support.js';

describe('hostProbesAndHostLifecycle', () => {
  test('applies from v1.34', () => {
    expect(appliesAt(hostProbesAndHostLifecycleCheck, 33)).toBe(false);
    expect(appliesAt(hostProbesAndHostLifecycleCheck, 34)).toBe(true);
  });

  test('allows probes and hooks without a host, or with an empty one', () => {
    const containers = [
      {
        name: 'app',
        livenessProbe: { httpGet: { port: 8080 } },
        readinessProbe: { tcpSocket: { port: 8080, host: '' } },
        startupProbe: { exec: { command: ['true'] } },
        lifecycle: { preStop: { httpGet: { path: '/stop', port: 8080 } } },
      },
    ];
    expect(violationsAt(hostProbesAndHostLifecycleCheck, 34, pod({ containers }))).toEqual([]);
  });

  test('reports every probe and handler host, loopback included', () => {
    const violations = violationsAt(
      hostProbesAndHostLifecycleCheck,
      37,
      pod({
        initContainers: [
          {
            name: 'sidecar',
            restartPolicy: 'Always',
            readinessProbe: { tcpSocket: { host: '8.8.8.8', port: 53 } },
          },
        ],
        containers: [
          {
            name: 'app',
            livenessProbe: { httpGet: { host: '127.0.0.1', port: 8080 } },
            lifecycle: {
              postStart: { httpGet: { host: 'bad.host', port: 80 } },
              preStop: { tcpSocket: { host: '::1', port: 1 } },
            },
          },
        ],
      }),
    );
    expect(pathsOf(violations)).toEqual([
      'spec.initContainers[0].readinessProbe.tcpSocket.host',
      'spec.containers[0].livenessProbe.httpGet.host',
      'spec.containers[0].lifecycle.postStart.httpGet.host',
      'spec.containers[0].lifecycle.preStop.tcpSocket.host',
    ]);
    expect(messagesOf(violations)[1]).toBe(
      'container "app" must not set livenessProbe.httpGet.host ("127.0.0.1"); leave it unset so the kubelet targets the pod IP',
    );
  });
});
