import { describe, expect, test } from 'vitest';
import { hostPortsCheck } from '../../../src/rules/pss/hostPorts.js';
import { messagesOf, pathsOf, pod, violationsAt } from './support.js';

describe('hostPorts', () => {
  test('allows container ports without a host port, and hostPort 0', () => {
    const containers = [{ name: 'app', ports: [{ containerPort: 80 }, { containerPort: 81, hostPort: 0 }] }];
    expect(violationsAt(hostPortsCheck, 0, pod({ containers }))).toEqual([]);
  });

  test('reports each host port, in init and ephemeral containers too', () => {
    const violations = violationsAt(
      hostPortsCheck,
      37,
      pod({
        initContainers: [{ name: 'init', ports: [{ containerPort: 1, hostPort: 12346 }] }],
        containers: [{ name: 'app', ports: [{ containerPort: 80 }, { containerPort: 443, hostPort: 443 }] }],
        ephemeralContainers: [{ name: 'debug', ports: [{ containerPort: 9, hostPort: 9 }] }],
      }),
    );
    expect(pathsOf(violations)).toEqual([
      'spec.initContainers[0].ports[0].hostPort',
      'spec.containers[0].ports[1].hostPort',
      'spec.ephemeralContainers[0].ports[0].hostPort',
    ]);
    expect(messagesOf(violations)[1]).toBe('container "app" must not use hostPort 443');
  });
});
