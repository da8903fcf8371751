/**
 * The report every output format is written from, and the gate verdict.
 * This is the JSON contract of DESIGN.md (version 1): add fields, never rename.
 */
import { sortFindings } from '../rules/engine.js';
import type { FailOn } from '../config/settings.js';
import type { LoadError } from '../render/loader.js';
import type { Finding, Tier } from '../rules/types.js';

export type GateVerdict = 'pass' | 'fail' | 'error';

export interface ReportSummary {
  high: number;
  medium: number;
  low: number;
  gate: GateVerdict;
  failOn: FailOn;
  /** added to the contract: what was read */
  objects: number;
  files: number;
  skippedDocuments: number;
  skippedCharts: string[];
  /** rendered sources: Helm releases and Kustomize roots */
  charts: number;
  kustomizations: number;
  errors: number;
  newOnly: boolean;
  /** findings by status, and those kept out of the gate by an active exemption */
  new: number;
  existing: number;
  fixed: number;
  exempted: number;
}

export interface Report {
  version: 1;
  findings: Finding[];
  errors: LoadError[];
  summary: ReportSummary;
}

const TIER_RANK: Record<Tier, number> = { high: 3, medium: 2, low: 1 };

/** true when a finding of this tier fails a gate set to failOn */
export function tierFails(tier: Tier, failOn: FailOn): boolean {
  return failOn !== 'none' && TIER_RANK[tier] >= TIER_RANK[failOn];
}

export interface ReportInput {
  findings: Finding[];
  errors: LoadError[];
  failOn: FailOn;
  newOnly: boolean;
  objects: number;
  files: number;
  skippedDocuments: number;
  skippedCharts: string[];
  charts?: number;
  kustomizations?: number;
}

export function buildReport(input: ReportInput): Report {
  // fixed findings are history, exempted ones are accepted; in new-only mode existing ones do not gate either
  const counted = input.findings.filter(
    (finding) =>
      finding.exemption?.state !== 'active' &&
      (finding.status === 'new' || (finding.status === 'existing' && !input.newOnly)),
  );
  const count = (tier: Tier) => counted.filter((finding) => finding.tier === tier).length;
  const failed = counted.some((finding) => tierFails(finding.tier, input.failOn));
  const gate: GateVerdict = input.errors.length > 0 ? 'error' : failed ? 'fail' : 'pass';
  return {
    version: 1,
    findings: input.findings,
    errors: input.errors,
    summary: {
      high: count('high'),
      medium: count('medium'),
      low: count('low'),
      gate,
      failOn: input.failOn,
      objects: input.objects,
      files: input.files,
      skippedDocuments: input.skippedDocuments,
      skippedCharts: input.skippedCharts,
      charts: input.charts ?? 0,
      kustomizations: input.kustomizations ?? 0,
      errors: input.errors.length,
      newOnly: input.newOnly,
      new: input.findings.filter((finding) => finding.status === 'new').length,
      existing: input.findings.filter((finding) => finding.status === 'existing').length,
      fixed: input.findings.filter((finding) => finding.status === 'fixed').length,
      exempted: input.findings.filter((finding) => finding.exemption?.state === 'active').length,
    },
  };
}

/**
 * The report with more findings (the cluster stage's verdicts) counted and
 * gated like the ones already in it: same tiers, same fail-on, same
 * new-only rule, exemptions as the findings carry them; in the same order
 * (file, line, column) as the check's own.
 */
export function withFindings(report: Report, findings: readonly Finding[]): Report {
  const s = report.summary;
  return buildReport({
    findings: sortFindings([...report.findings, ...findings]),
    errors: report.errors,
    failOn: s.failOn,
    newOnly: s.newOnly,
    objects: s.objects,
    files: s.files,
    skippedDocuments: s.skippedDocuments,
    skippedCharts: s.skippedCharts,
    charts: s.charts,
    kustomizations: s.kustomizations,
  });
}

/** Exit codes of DESIGN.md: 0 passed, 1 policy failure, 2 could not evaluate. */
export function exitCodeFor(report: Report): 0 | 1 | 2 {
  return report.summary.gate === 'error' ? 2 : report.summary.gate === 'fail' ? 1 : 0;
}
