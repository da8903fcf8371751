import { describe, expect, test } from 'vitest';
import { sysctlsCheck } from '../../../src/rules/pss/sysctls.js';
import type { PodView } from '../../../src/rules/pss/types.js';
import { messagesOf, pathsOf, pod, violationsAt } from './support.js';

function withSysctls(...names: string[]): PodView {
  return pod({
    containers: [{ name: 'app' }],
    securityContext: { sysctls: names.map((name) => ({ name, value: '1' })) },
  });
}

describe('sysctls', () => {
  test('allows the v1.0 safe set at every version', () => {
    const safe = [
      'kernel.shm_rmid_forced',
      'net.ipv4.ip_local_port_range',
      'net.ipv4.tcp_syncookies',
      'net.ipv4.ping_group_range',
      'net.ipv4.ip_unprivileged_port_start',
    ];
    expect(violationsAt(sysctlsCheck, 0, withSysctls(...safe))).toEqual([]);
    expect(violationsAt(sysctlsCheck, 37, withSysctls(...safe))).toEqual([]);
  });

  test.each([
    ['net.ipv4.ip_local_reserved_ports', 27],
    ['net.ipv4.tcp_keepalive_time', 29],
    ['net.ipv4.tcp_fin_timeout', 29],
    ['net.ipv4.tcp_keepalive_intvl', 29],
    ['net.ipv4.tcp_keepalive_probes', 29],
    ['net.ipv4.tcp_rmem', 32],
    ['net.ipv4.tcp_wmem', 32],
    ['net.ipv4.tcp_slow_start_after_idle', 37],
    ['net.ipv4.tcp_notsent_lowat', 37],
  ])('%s is safe from v1.%i', (name, since) => {
    expect(violationsAt(sysctlsCheck, since - 1, withSysctls(name))).toHaveLength(1);
    expect(violationsAt(sysctlsCheck, since, withSysctls(name))).toEqual([]);
  });

  test('reports each unsafe sysctl at its name', () => {
    const violations = violationsAt(
      sysctlsCheck,
      37,
      withSysctls('kernel.shm_rmid_forced', 'kernel.msgmax', 'vm.swappiness'),
    );
    expect(pathsOf(violations)).toEqual([
      'spec.securityContext.sysctls[1].name',
      'spec.securityContext.sysctls[2].name',
    ]);
    expect(messagesOf(violations)[0]).toContain('pod must not set sysctl "kernel.msgmax"');
  });
});
