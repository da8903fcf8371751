/**
 * The rule engine's vocabulary. A rule family analyses the model and emits raw
 * findings (object + field path + message); the engine adds tier, location,
 * fingerprint and status, so that no rule deals with files or lines.
 */
import type { ResourceRef, SourceDocument, SourceObject } from '../model/objects.js';
import type { FieldPath } from '../model/path.js';
import type { PodTemplate } from '../model/workloads.js';
import type { Settings } from '../config/settings.js';

export type Tier = 'high' | 'medium' | 'low';
export const TIERS: readonly Tier[] = ['high', 'medium', 'low'];

export interface RuleInfo {
  /** `<family>/<name>` */
  readonly id: string;
  readonly tier: Tier;
  readonly title: string;
  /** what attack or failure the rule protects against, in one or two sentences */
  readonly rationale: string;
  readonly remediation: string;
}

/** The minimal YAML change that resolves a finding: fields to set, paths relative to the object. */
export interface Fix {
  readonly description: string;
  readonly set: ReadonlyArray<{ readonly path: FieldPath; readonly value: unknown }>;
}

export interface RawFinding {
  readonly ruleId: string;
  /** the object, or the non-Kubernetes document (resource identity then comes from the file) */
  readonly object: SourceObject | SourceDocument;
  /** path inside the object */
  readonly path: FieldPath;
  readonly message: string;
  readonly fix?: Fix;
}

export interface AnalysisContext {
  readonly objects: readonly SourceObject[];
  /** YAML documents that are not Kubernetes objects (Falco rules files, values files) */
  readonly documents: readonly SourceDocument[];
  readonly podTemplates: readonly PodTemplate[];
  readonly settings: Settings;
  /** false when no rule of the family is selected; families may skip their work */
  isEnabled(ruleId: string): boolean;
  /**
   * Input the family cannot evaluate (an object the API server would refuse):
   * becomes an error naming file and line, and the run exits 2, never a pass.
   */
  reportError(source: SourceObject | SourceDocument, path: FieldPath, message: string): void;
}

export interface RuleFamily {
  readonly rules: readonly RuleInfo[];
  analyze(context: AnalysisContext, emit: (finding: RawFinding) => void): void;
  /**
   * For families whose findings' novelty is not their fingerprint's (a new
   * subject bound to an old risky rule is new): given the head and base
   * objects, which of the family's head findings are new.
   */
  isNewFinding?(head: readonly SourceObject[], base: readonly SourceObject[]): (finding: Finding) => boolean;
}

export type FindingStatus = 'new' | 'existing' | 'fixed';

/** A finding as reported: the JSON contract of DESIGN.md, field for field, plus `fix`. */
export interface Finding {
  readonly ruleId: string;
  readonly tier: Tier;
  readonly title: string;
  readonly message: string;
  readonly resource: ResourceRef;
  readonly location: { readonly file: string; readonly line: number; readonly column: number };
  readonly path: string;
  readonly fingerprint: string;
  status: FindingStatus;
  readonly fix?: Fix;
  /** set when an exemption matched: active ones keep the finding out of the gate, expired or refused ones say why not */
  exemption?: FindingExemption;
}

export interface FindingExemption {
  readonly source: 'config' | 'annotation';
  readonly reason: string;
  readonly owner?: string;
  readonly expires?: string;
  /** 'active' exempts; 'expired' and 'refused' (inline exemptions forbidden by the config) do not */
  readonly state: 'active' | 'expired' | 'refused';
}
