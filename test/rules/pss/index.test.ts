import { describe, expect, test } from 'vitest';
import { formatPath } from '../../../src/model/path.js';
import {
  PSS_CHECKS,
  evaluatePodSecurity,
  implementationFor,
  pssChecksFor,
} from '../../../src/rules/pss/index.js';
import { LATEST_PSS_VERSION, type PodView } from '../../../src/rules/pss/types.js';
import { pod } from './support.js';

const UPSTREAM_IDS = [
  'privileged',
  'hostNamespaces',
  'hostPathVolumes',
  'hostPorts',
  'capabilities_baseline',
  'appArmorProfile',
  'seLinuxOptions',
  'procMount',
  'seccompProfile_baseline',
  'sysctls',
  'windowsHostProcess',
  'hostProbesAndHostLifecycle',
  'allowPrivilegeEscalation',
  'capabilities_restricted',
  'restrictedVolumes',
  'runAsNonRoot',
  'runAsUser',
  'seccompProfile_restricted',
  'procMount_restricted',
];

/** A pod that passes restricted at every version; tests add one problem to it. */
function compliant(
  extra: { spec?: Record<string, unknown>; container?: Record<string, unknown> } = {},
): PodView {
  return pod({
    securityContext: { runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } },
    containers: [
      {
        name: 'app',
        securityContext: {
          allowPrivilegeEscalation: false,
          capabilities: { drop: ['ALL'] },
          ...extra.container,
        },
      },
    ],
    ...extra.spec,
  });
}

function summary(podView: PodView, level: 'baseline' | 'restricted', version: number): string[] {
  return evaluatePodSecurity(podView, level, version).map((f) => `${f.checkId} ${formatPath(f.path)}`);
}

describe('the check registry', () => {
  test('holds the 19 upstream checks, with versions in ascending order', () => {
    expect(PSS_CHECKS.map((check) => check.id)).toEqual(UPSTREAM_IDS);
    for (const check of PSS_CHECKS) {
      const minimums = check.versions.map((v) => v.minimumVersion);
      expect(minimums, check.id).toEqual([...minimums].sort((a, b) => a - b));
      expect(new Set(minimums).size, check.id).toBe(minimums.length);
      expect(check.rationale.length, check.id).toBeGreaterThan(40);
      expect(check.remediation.length, check.id).toBeGreaterThan(10);
    }
  });

  test('overrides name baseline checks only', () => {
    const levels = new Map(PSS_CHECKS.map((check) => [check.id, check.level]));
    const overridden = PSS_CHECKS.flatMap((check) =>
      (check.overrides ?? []).map((id) => [check.level, levels.get(id)]),
    );
    expect(overridden).toEqual([
      ['restricted', 'baseline'],
      ['restricted', 'baseline'],
      ['restricted', 'baseline'],
      ['restricted', 'baseline'],
    ]);
  });

  test('picks the newest implementation at or below the version', () => {
    const sysctls = PSS_CHECKS.find((check) => check.id === 'sysctls')!;
    expect(implementationFor(sysctls, 26)?.minimumVersion).toBe(0);
    expect(implementationFor(sysctls, 27)?.minimumVersion).toBe(27);
    expect(implementationFor(sysctls, 31)?.minimumVersion).toBe(29);
    expect(implementationFor(sysctls, 99)?.minimumVersion).toBe(37);
  });

  test('selects the checks of a level that exist at the version', () => {
    expect(pssChecksFor('baseline', 33).map((c) => c.id)).toEqual(UPSTREAM_IDS.slice(0, 11));
    expect(pssChecksFor('baseline', 34).map((c) => c.id)).toEqual(UPSTREAM_IDS.slice(0, 12));
    expect(pssChecksFor('restricted', LATEST_PSS_VERSION).map((c) => c.id)).toEqual(UPSTREAM_IDS);
    const v7 = pssChecksFor('restricted', 7).map((c) => c.id);
    expect(v7).toEqual([...UPSTREAM_IDS.slice(0, 11), 'restrictedVolumes', 'runAsNonRoot']);
  });
});

describe('evaluatePodSecurity', () => {
  test('a compliant pod passes restricted at every version', () => {
    for (let version = 0; version <= LATEST_PSS_VERSION + 2; version++) {
      expect(evaluatePodSecurity(compliant(), 'restricted', version), `v1.${version}`).toEqual([]);
    }
  });

  test('the baseline level runs no restricted check', () => {
    expect(evaluatePodSecurity(pod({ containers: [{ name: 'app' }] }), 'baseline', 37)).toEqual([]);
    expect(summary(pod({ containers: [{ name: 'app' }] }), 'restricted', 37)).toEqual([
      'allowPrivilegeEscalation spec.containers[0].securityContext.allowPrivilegeEscalation',
      'capabilities_restricted spec.containers[0].securityContext.capabilities.drop',
      'runAsNonRoot spec.containers[0].securityContext.runAsNonRoot',
      'seccompProfile_restricted spec.containers[0].securityContext.seccompProfile',
    ]);
  });

  test('a violation that also breaks baseline is reported once, under the baseline id', () => {
    const netRaw = compliant({ container: { capabilities: { drop: ['ALL'], add: ['NET_RAW'] } } });
    expect(summary(netRaw, 'restricted', 37)).toEqual([
      'capabilities_baseline spec.containers[0].securityContext.capabilities.add[0]',
    ]);
    const chown = compliant({ container: { capabilities: { drop: ['ALL'], add: ['CHOWN'] } } });
    expect(summary(chown, 'restricted', 37)).toEqual([
      'capabilities_restricted spec.containers[0].securityContext.capabilities.add[0]',
    ]);
    const unmasked = compliant({ container: { procMount: 'Unmasked' } });
    expect(summary(unmasked, 'restricted', 37)).toEqual([
      'procMount spec.containers[0].securityContext.procMount',
    ]);
  });

  test('the overriding check still reports what baseline does not', () => {
    const hostPath = compliant({ spec: { volumes: [{ name: 'host', hostPath: { path: '/' } }] } });
    expect(summary(hostPath, 'restricted', 37)).toEqual([
      'hostPathVolumes spec.volumes[0].hostPath',
      'restrictedVolumes spec.volumes[0]',
    ]);
    expect(summary(hostPath, 'baseline', 37)).toEqual(['hostPathVolumes spec.volumes[0].hostPath']);

    // No pod-level profile and an Unconfined one on the init container: the forbidden type is
    // baseline's, the missing allowed profile is restricted's.
    const unconfinedInit = pod({
      securityContext: { runAsNonRoot: true },
      initContainers: [
        {
          name: 'init',
          securityContext: {
            allowPrivilegeEscalation: false,
            capabilities: { drop: ['ALL'] },
            seccompProfile: { type: 'Unconfined' },
          },
        },
      ],
      containers: [
        {
          name: 'app',
          securityContext: {
            allowPrivilegeEscalation: false,
            capabilities: { drop: ['ALL'] },
            seccompProfile: { type: 'RuntimeDefault' },
          },
        },
      ],
    });
    expect(summary(unconfinedInit, 'restricted', 37)).toEqual([
      'seccompProfile_baseline spec.initContainers[0].securityContext.seccompProfile.type',
      'seccompProfile_restricted spec.initContainers[0].securityContext.seccompProfile',
    ]);
  });

  test('user-namespace pods: baseline lets /proc be unmasked from v1.35, restricted does not', () => {
    const unmasked = compliant({ spec: { hostUsers: false }, container: { procMount: 'Unmasked' } });
    expect(summary(unmasked, 'baseline', 34)).toEqual([
      'procMount spec.containers[0].securityContext.procMount',
    ]);
    expect(summary(unmasked, 'baseline', 35)).toEqual([]);
    expect(summary(unmasked, 'restricted', 34)).toEqual([
      'procMount spec.containers[0].securityContext.procMount',
    ]);
    expect(summary(unmasked, 'restricted', 35)).toEqual([
      'procMount_restricted spec.containers[0].securityContext.procMount',
    ]);
  });

  test('user-namespace pods may run as root from v1.35', () => {
    const root = pod({
      hostUsers: false,
      securityContext: { runAsUser: 0, seccompProfile: { type: 'RuntimeDefault' } },
      containers: [
        {
          name: 'app',
          securityContext: { allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] } },
        },
      ],
    });
    expect(summary(root, 'restricted', 34).map((line) => line.split(' ')[0])).toEqual([
      'runAsNonRoot',
      'runAsUser',
    ]);
    expect(summary(root, 'restricted', 35)).toEqual([]);
  });

  test('Windows pods: from v1.25 restricted skips the Linux-only checks and the baseline checks they replace', () => {
    const windowsPod = pod({
      os: { name: 'windows' },
      securityContext: { runAsNonRoot: true, seccompProfile: { type: 'Unconfined' } },
      containers: [{ name: 'app', securityContext: { capabilities: { add: ['NET_RAW'] } } }],
    });
    // Upstream quirk kept on purpose: restricted accepts what baseline rejects.
    expect(summary(windowsPod, 'restricted', 25)).toEqual([]);
    expect(summary(windowsPod, 'baseline', 25)).toEqual([
      'capabilities_baseline spec.containers[0].securityContext.capabilities.add[0]',
      'seccompProfile_baseline spec.securityContext.seccompProfile.type',
    ]);
    expect(summary(windowsPod, 'restricted', 24).map((line) => line.split(' ')[0])).toEqual([
      'capabilities_baseline',
      'seccompProfile_baseline',
      'allowPrivilegeEscalation',
      'capabilities_restricted',
      'seccompProfile_restricted',
    ]);
  });

  test('no two findings share a path', () => {
    const messy = pod({
      hostNetwork: true,
      securityContext: { seccompProfile: { type: 'Unconfined' }, runAsNonRoot: false },
      volumes: [{ name: 'h', hostPath: { path: '/' } }],
      containers: [
        {
          name: 'app',
          securityContext: { privileged: true, procMount: 'Unmasked', capabilities: { add: ['SYS_ADMIN'] } },
        },
      ],
    });
    const paths = evaluatePodSecurity(messy, 'restricted', 37).map((finding) => formatPath(finding.path));
    expect(paths.length).toBeGreaterThan(5);
    expect(new Set(paths).size).toBe(paths.length);
  });
});
