/**
 * The contract of a Pod Security Standards check, shaped like the upstream
 * pod-security-admission policy package: one check per file, each with the
 * level it belongs to and a list of versioned implementations.
 */
import type { FieldPath } from '../../model/path.js';

export type PssLevel = 'baseline' | 'restricted';

/** A Kubernetes minor version: v1.N is N. `latest` resolves to LATEST_PSS_VERSION. */
export type PssVersion = number;
export const LATEST_PSS_VERSION = 37;

/** The parts of a pod (or pod template) a check reads. Values are raw, unvalidated YAML. */
export interface PodView {
  /** metadata of the pod template (annotations carry the legacy seccomp / AppArmor fields). */
  readonly metadata: Record<string, unknown>;
  /** the PodSpec */
  readonly spec: Record<string, unknown>;
}

/** One violation. The path is relative to the pod template: starts with 'metadata' or 'spec'. */
export interface PssViolation {
  readonly path: FieldPath;
  /** says what to set, in the spirit of the upstream forbidden reasons */
  readonly message: string;
}

export interface VersionedCheck {
  /** the first Kubernetes minor version this implementation applies to */
  readonly minimumVersion: PssVersion;
  readonly evaluate: (pod: PodView) => PssViolation[];
}

export interface PssCheck {
  /** the upstream check id, e.g. 'runAsNonRoot'; the rule id is `pss/<id>` */
  readonly id: string;
  readonly level: PssLevel;
  readonly title: string;
  /** what attack the check protects against, one or two sentences */
  readonly rationale: string;
  readonly remediation: string;
  /** baseline check ids this restricted check replaces at the restricted level */
  readonly overrides?: readonly string[];
  /** sorted by minimumVersion ascending */
  readonly versions: readonly VersionedCheck[];
}
