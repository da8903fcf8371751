/**
 * Runs the rule families over the model and turns raw findings into reported
 * findings: effective tier (config may re-tier or disable a rule), location
 * resolved from the field path, fingerprint. Pure: objects in, findings out.
 */
import { fingerprint } from '../baseline/fingerprint.js';
import type { Settings } from '../config/settings.js';
import { compileGlobs, globToRegExp } from '../model/glob.js';
import {
  isKubeObject,
  resourceRef,
  type ResourceRef,
  type SourceDocument,
  type SourceLocation,
  type SourceObject,
} from '../model/objects.js';
import { formatPath } from '../model/path.js';
import { podTemplates } from '../model/workloads.js';
import { RULE_FAMILIES } from './catalogue.js';
import type { AnalysisContext, Finding, RawFinding, RuleInfo, Tier } from './types.js';
import type { LoadError } from '../render/loader.js';

export interface EffectiveRule extends RuleInfo {
  readonly enabled: boolean;
}

/** The catalogue with the configuration applied: later overrides win. */
export function effectiveRules(settings: Settings): Map<string, EffectiveRule> {
  const selected = settings.onlyRules ? compileGlobs(settings.onlyRules) : () => true;
  const overrides = settings.ruleOverrides.map((override) => ({
    ...override,
    pattern: globToRegExp(override.match),
  }));
  const rules = new Map<string, EffectiveRule>();
  for (const family of RULE_FAMILIES) {
    for (const rule of family.rules) {
      let tier: Tier = rule.tier;
      let enabled = selected(rule.id);
      for (const override of overrides) {
        if (!override.pattern.test(rule.id)) continue;
        if (override.tier) tier = override.tier;
        if (override.enabled !== undefined) enabled = enabled && override.enabled;
      }
      rules.set(rule.id, { ...rule, tier, enabled });
    }
  }
  return rules;
}

export function analyze(
  objects: readonly SourceObject[],
  settings: Settings,
  documents: readonly SourceDocument[] = [],
): Finding[] {
  return analyzeAll(objects, settings, documents).findings;
}

/** Findings, and the input the families could not evaluate. */
export function analyzeAll(
  objects: readonly SourceObject[],
  settings: Settings,
  documents: readonly SourceDocument[] = [],
): { findings: Finding[]; errors: LoadError[] } {
  const rules = effectiveRules(settings);
  const errors: LoadError[] = [];
  const context: AnalysisContext = {
    objects,
    documents,
    podTemplates: podTemplates(objects),
    settings,
    isEnabled: (ruleId: string) => rules.get(ruleId)?.enabled ?? false,
    reportError(source, path, message) {
      const { line, column } = source.locate(path);
      const error = { file: source.file, line, column, message };
      const key = JSON.stringify(error);
      if (!errors.some((known) => JSON.stringify(known) === key)) errors.push(error);
    },
  };
  const findings: Finding[] = [];
  const emit = (raw: RawFinding): void => {
    const rule = rules.get(raw.ruleId);
    if (!rule) throw new Error(`rule ${raw.ruleId} emitted a finding but is not in the catalogue`);
    if (!rule.enabled) return;
    findings.push(toFinding(raw, rule));
  };
  for (const family of RULE_FAMILIES) family.analyze(context, emit);
  return { findings: sortFindings(findings), errors };
}

function toFinding(raw: RawFinding, rule: EffectiveRule): Finding {
  const resource = resourceOf(raw.object);
  const path = formatPath(raw.path);
  const located: SourceLocation = raw.object.locate(raw.path);
  const { line, column } = located;
  const file = located.file ?? raw.object.file;
  return {
    ruleId: raw.ruleId,
    tier: rule.tier,
    title: rule.title,
    message: raw.message,
    resource,
    location: { file, line, column },
    path,
    fingerprint: fingerprint(raw.ruleId, resource, path),
    status: 'new',
    ...(raw.fix ? { fix: raw.fix } : {}),
  };
}

const resources = new WeakMap<SourceObject | SourceDocument, ResourceRef>();

/** A document that is not a Kubernetes object is identified by its file and index. */
function resourceOf(source: SourceObject | SourceDocument): ResourceRef {
  let resource = resources.get(source);
  if (!resource) {
    resource = isKubeObject(source.value)
      ? resourceRef(source.value)
      : { apiVersion: '', kind: 'File', name: `${source.file}#${source.documentIndex}` };
    resources.set(source, resource);
  }
  return resource;
}

export function compareFindings(a: Finding, b: Finding): number {
  return compareText(a.location.file, b.location.file) || compareInFile(a, b);
}

/** The order of compareFindings, with each file ranked once so most comparisons are of numbers. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  const files = [...new Set(findings.map((finding) => finding.location.file))].sort(compareText);
  const rank = new Map(files.map((file, index) => [file, index]));
  return findings
    .map((finding) => ({ finding, file: rank.get(finding.location.file)! }))
    .sort((a, b) => a.file - b.file || compareInFile(a.finding, b.finding))
    .map(({ finding }) => finding);
}

function compareInFile(a: Finding, b: Finding): number {
  return (
    a.location.line - b.location.line ||
    a.location.column - b.location.column ||
    compareText(a.ruleId, b.ruleId) ||
    compareText(a.message, b.message)
  );
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
