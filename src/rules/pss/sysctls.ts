/*
 * sysctls (baseline, v1.0+)
 * Restricted fields:
 *   spec.securityContext.sysctls[*].name
 * Allowed values (namespaced, isolated from other pods on the node):
 *   kernel.shm_rmid_forced, net.ipv4.ip_local_port_range, net.ipv4.tcp_syncookies,
 *   net.ipv4.ping_group_range, net.ipv4.ip_unprivileged_port_start
 *   v1.27+: net.ipv4.ip_local_reserved_ports
 *   v1.29+: net.ipv4.tcp_keepalive_time, net.ipv4.tcp_fin_timeout, net.ipv4.tcp_keepalive_intvl,
 *           net.ipv4.tcp_keepalive_probes
 *   v1.32+: net.ipv4.tcp_rmem, net.ipv4.tcp_wmem
 *   v1.37+: net.ipv4.tcp_slow_start_after_idle, net.ipv4.tcp_notsent_lowat
 */
import { asList, asObject, asText, quote } from './pod.js';
import type { PodView, PssCheck, PssViolation } from './types.js';

const SAFE_1_0 = [
  'kernel.shm_rmid_forced',
  'net.ipv4.ip_local_port_range',
  'net.ipv4.tcp_syncookies',
  'net.ipv4.ping_group_range',
  'net.ipv4.ip_unprivileged_port_start',
];
const SAFE_1_27 = [...SAFE_1_0, 'net.ipv4.ip_local_reserved_ports'];
const SAFE_1_29 = [
  ...SAFE_1_27,
  'net.ipv4.tcp_keepalive_time',
  'net.ipv4.tcp_fin_timeout',
  'net.ipv4.tcp_keepalive_intvl',
  'net.ipv4.tcp_keepalive_probes',
];
const SAFE_1_32 = [...SAFE_1_29, 'net.ipv4.tcp_rmem', 'net.ipv4.tcp_wmem'];
const SAFE_1_37 = [...SAFE_1_32, 'net.ipv4.tcp_slow_start_after_idle', 'net.ipv4.tcp_notsent_lowat'];

function unsafeSysctls(safe: readonly string[]): (pod: PodView) => PssViolation[] {
  const safeNames: ReadonlySet<string> = new Set(safe);
  return (pod) =>
    asList(asObject(pod.spec.securityContext)?.sysctls).flatMap((entry, index) => {
      const name = asText(asObject(entry)?.name);
      if (safeNames.has(name)) return [];
      return [
        {
          path: ['spec', 'securityContext', 'sysctls', index, 'name'],
          message: `pod must not set sysctl ${quote(name)}; only namespaced sysctls from the safe set are allowed`,
        },
      ];
    });
}

export const sysctlsCheck: PssCheck = {
  id: 'sysctls',
  level: 'baseline',
  title: 'Pods may set only safe sysctls',
  rationale:
    'Sysctls outside the safe set are not isolated per pod: they can change kernel behaviour for the whole node, weaken its defences or starve other pods.',
  remediation: 'Remove the sysctl from spec.securityContext.sysctls, or set it on the node instead.',
  versions: [
    { minimumVersion: 0, evaluate: unsafeSysctls(SAFE_1_0) },
    { minimumVersion: 27, evaluate: unsafeSysctls(SAFE_1_27) },
    { minimumVersion: 29, evaluate: unsafeSysctls(SAFE_1_29) },
    { minimumVersion: 32, evaluate: unsafeSysctls(SAFE_1_32) },
    { minimumVersion: 37, evaluate: unsafeSysctls(SAFE_1_37) },
  ],
};
