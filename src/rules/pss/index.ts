/**
 * The Pod Security Standards checks and their evaluation at a level and version.
 *
 * Restricted = baseline + restricted checks. Upstream, a restricted check with
 * `overrides` replaces the baseline checks it names; here the overridden checks
 * still run, so a violation that also breaks baseline is reported once, under
 * the baseline id, and the overriding check keeps only what baseline does not
 * already report. No two findings share a path.
 */
import type { FieldPath } from '../../model/path.js';
import { allowPrivilegeEscalationCheck } from './allowPrivilegeEscalation.js';
import { appArmorProfileCheck } from './appArmorProfile.js';
import { capabilitiesBaselineCheck } from './capabilities_baseline.js';
import { capabilitiesRestrictedCheck } from './capabilities_restricted.js';
import { exemptsPod } from './exemptions.js';
import { hostNamespacesCheck } from './hostNamespaces.js';
import { hostPathVolumesCheck } from './hostPathVolumes.js';
import { hostPortsCheck } from './hostPorts.js';
import { hostProbesAndHostLifecycleCheck } from './hostProbesAndHostLifecycle.js';
import { privilegedCheck } from './privileged.js';
import { procMountCheck } from './procMount.js';
import { procMountRestrictedCheck } from './procMount_restricted.js';
import { restrictedVolumesCheck } from './restrictedVolumes.js';
import { runAsNonRootCheck } from './runAsNonRoot.js';
import { runAsUserCheck } from './runAsUser.js';
import { seLinuxOptionsCheck } from './seLinuxOptions.js';
import { seccompProfileBaselineCheck } from './seccompProfile_baseline.js';
import { seccompProfileRestrictedCheck } from './seccompProfile_restricted.js';
import { sysctlsCheck } from './sysctls.js';
import type { PodView, PssCheck, PssLevel, PssVersion, VersionedCheck } from './types.js';
import { windowsHostProcessCheck } from './windowsHostProcess.js';

/** Baseline checks first: when two findings meet on one path, the baseline one is kept. */
export const PSS_CHECKS: readonly PssCheck[] = [
  privilegedCheck,
  hostNamespacesCheck,
  hostPathVolumesCheck,
  hostPortsCheck,
  capabilitiesBaselineCheck,
  appArmorProfileCheck,
  seLinuxOptionsCheck,
  procMountCheck,
  seccompProfileBaselineCheck,
  sysctlsCheck,
  windowsHostProcessCheck,
  hostProbesAndHostLifecycleCheck,
  allowPrivilegeEscalationCheck,
  capabilitiesRestrictedCheck,
  restrictedVolumesCheck,
  runAsNonRootCheck,
  runAsUserCheck,
  seccompProfileRestrictedCheck,
  procMountRestrictedCheck,
];

export interface PssFinding {
  readonly checkId: string;
  readonly path: FieldPath;
  readonly message: string;
}

/** The implementation with the greatest minimumVersion at or below the version, if any. */
export function implementationFor(check: PssCheck, version: PssVersion): VersionedCheck | undefined {
  let chosen: VersionedCheck | undefined;
  for (const implementation of check.versions) {
    if (implementation.minimumVersion <= version) chosen = implementation;
  }
  return chosen;
}

/** The checks that apply at a level and version, overridden baseline checks included. */
export function pssChecksFor(level: PssLevel, version: PssVersion): PssCheck[] {
  return PSS_CHECKS.filter(
    (check) =>
      (level === 'restricted' || check.level === 'baseline') &&
      implementationFor(check, version) !== undefined,
  );
}

interface Applicable {
  readonly check: PssCheck;
  readonly implementation: VersionedCheck;
}

/** the checks of a policy, baseline ones first, computed once per (level, version) */
const policyCache: Record<PssLevel, Array<readonly Applicable[] | undefined>> = {
  baseline: [],
  restricted: [],
};

function applicableChecks(level: PssLevel, version: PssVersion): readonly Applicable[] {
  let applicable = policyCache[level][version];
  if (!applicable) {
    applicable = pssChecksFor(level, version)
      .flatMap((check) => {
        const implementation = implementationFor(check, version);
        return implementation ? [{ check, implementation }] : [];
      })
      .sort((a, b) => levelRank(a.check.level) - levelRank(b.check.level));
    policyCache[level][version] = applicable;
  }
  return applicable;
}

export function evaluatePodSecurity(pod: PodView, level: PssLevel, version: PssVersion): PssFinding[] {
  const applicable = applicableChecks(level, version);
  // Upstream never runs an overridden baseline check at the restricted level, so when the
  // overriding check exempts the pod (a Windows pod from v1.25), the baseline check does not
  // apply either.
  // the sets are made only when needed: most pods are exempt from nothing, and most checks pass
  let skipped: Set<string> | undefined;
  for (const { check, implementation } of applicable) {
    if (check.overrides && exemptsPod(implementation, pod)) {
      skipped ??= new Set();
      for (const id of check.overrides) skipped.add(id);
    }
  }
  const findings: PssFinding[] = [];
  let reportedPaths: Set<string> | undefined;
  for (const { check, implementation } of applicable) {
    if (skipped?.has(check.id)) continue;
    const violations = implementation.evaluate(pod);
    if (violations.length === 0) continue;
    reportedPaths ??= new Set();
    for (const violation of violations) {
      const pathKey = violation.path.join('\u0000');
      if (reportedPaths.has(pathKey)) continue;
      reportedPaths.add(pathKey);
      findings.push({ checkId: check.id, path: violation.path, message: violation.message });
    }
  }
  return findings;
}

function levelRank(level: PssLevel): number {
  return level === 'baseline' ? 0 : 1;
}
