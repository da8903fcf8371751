/**
 * `kubegate merge REPORT.json...`: joins the JSON reports of shards (a GitHub
 * Actions matrix running `check --shard i/n`) into one report and one gate.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { FailOn } from '../config/settings.js';
import { isRecord } from '../model/objects.js';
import type { LoadError } from '../render/loader.js';
import { formatJson } from '../report/json.js';
import { buildReport, exitCodeFor, type Report } from '../report/report.js';
import { formatSarif } from '../report/sarif.js';
import { formatText } from '../report/text.js';
import { ruleCatalogue } from '../rules/catalogue.js';
import { compareFindings } from '../rules/engine.js';
import type { Finding } from '../rules/types.js';
import { KUBEGATE_VERSION } from '../version.js';
import { oneOf, parseCommandArgs, UsageError, type CliIO } from './io.js';

export const MERGE_USAGE = `Usage: kubegate merge REPORT.json... [options]

Joins JSON reports of "kubegate check --shard i/n" runs into one report and gate.

Options:
  --format text|json|sarif         report format (default text)
  --output FILE                    write the report to FILE instead of stdout
  --fail-on high|medium|low|none   default: the reports' own
`;

const FAIL_ON: readonly FailOn[] = ['high', 'medium', 'low', 'none'];

export function runMerge(args: string[], io: CliIO): number {
  const { values, positionals } = parseCommandArgs(args, {
    format: { type: 'string' },
    output: { type: 'string' },
    'fail-on': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout(MERGE_USAGE);
    return 0;
  }
  if (positionals.length === 0) throw new UsageError('merge needs at least one JSON report');
  const format = oneOf('--format', values.format ?? 'text', ['text', 'json', 'sarif'] as const);
  const failOn = values['fail-on'] !== undefined ? oneOf('--fail-on', values['fail-on'], FAIL_ON) : undefined;

  const reports: Report[] = [];
  const errors: LoadError[] = [];
  for (const file of positionals) {
    const read = readReport(path.resolve(io.cwd, file), file);
    if ('error' in read) errors.push(read.error);
    else reports.push(read.report);
  }
  const merged = mergeReports(reports, errors, failOn);
  const rules = ruleCatalogue();
  const text =
    format === 'json'
      ? formatJson(merged)
      : format === 'sarif'
        ? formatSarif(merged, { rules, toolVersion: KUBEGATE_VERSION })
        : formatText(merged, {
            color: io.isTTY && !io.env.NO_COLOR,
            rules: new Map(rules.map((rule) => [rule.id, rule])),
          });
  if (values.output) fs.writeFileSync(path.resolve(io.cwd, values.output), text);
  else io.stdout(text);
  return exitCodeFor(merged);
}

export function mergeReports(
  reports: readonly Report[],
  readErrors: readonly LoadError[],
  failOn?: FailOn,
): Report {
  const seen = new Set<string>();
  const findings: Finding[] = [];
  for (const finding of reports.flatMap((report) => report.findings)) {
    const key = `${finding.fingerprint}\u0000${finding.location.file}\u0000${finding.location.line}\u0000${finding.status}`;
    if (seen.has(key)) continue;
    seen.add(key);
    findings.push(finding);
  }
  const sum = (pick: (report: Report) => number) =>
    reports.reduce((total, report) => total + pick(report), 0);
  return buildReport({
    findings: findings.sort(compareFindings),
    errors: [...readErrors, ...reports.flatMap((report) => report.errors)],
    failOn: failOn ?? reports[0]?.summary.failOn ?? 'high',
    newOnly: reports.some((report) => report.summary.newOnly),
    objects: sum((report) => report.summary.objects ?? 0),
    files: sum((report) => report.summary.files ?? 0),
    skippedDocuments: sum((report) => report.summary.skippedDocuments ?? 0),
    skippedCharts: reports.flatMap((report) => report.summary.skippedCharts ?? []),
    charts: sum((report) => report.summary.charts ?? 0),
    kustomizations: sum((report) => report.summary.kustomizations ?? 0),
  });
}

/** A report file is input from another job: check its shape before trusting it. */
function readReport(full: string, name: string): { report: Report } | { error: LoadError } {
  let value: unknown;
  try {
    value = JSON.parse(fs.readFileSync(full, 'utf8'));
  } catch (error) {
    const reason =
      error instanceof SyntaxError
        ? `not JSON: ${error.message}`
        : `cannot read: ${(error as { code?: string }).code ?? String(error)}`;
    return { error: { file: name, line: 1, message: reason } };
  }
  const valid =
    isRecord(value) &&
    value.version === 1 &&
    Array.isArray(value.findings) &&
    Array.isArray(value.errors) &&
    isRecord(value.summary) &&
    value.findings.every(
      (finding) =>
        isRecord(finding) &&
        typeof finding.ruleId === 'string' &&
        typeof finding.fingerprint === 'string' &&
        isRecord(finding.location) &&
        typeof finding.location.file === 'string' &&
        typeof finding.location.line === 'number' &&
        ['high', 'medium', 'low'].includes(String(finding.tier)) &&
        ['new', 'existing', 'fixed'].includes(String(finding.status)),
    );
  if (!valid) return { error: { file: name, line: 1, message: 'not a kubegate JSON report (version 1)' } };
  return { report: value as unknown as Report };
}
