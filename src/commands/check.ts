/**
 * `kubegate check [PATH...]`: load, analyze, compare with the base revision,
 * report, gate. The flags, outputs and exit codes are the contract of
 * DESIGN.md; add to them, never rename.
 */
import fs from 'node:fs';
import path from 'node:path';
import { compareWithBase } from '../baseline/compare.js';
import { changedFilesSince, GitError, materializeRevision } from '../baseline/revision.js';
import { applyExemptions, inlineExemptions, resourceKey, todayUtc } from '../gate/exemptions.js';
import { applyConfig, ConfigError, DEFAULT_CONFIG_FILE, readConfigFile } from '../config/config-file.js';
import { DEFAULT_SETTINGS, type FailOn, type Settings } from '../config/settings.js';
import { relativeName, type LoadError } from '../render/loader.js';
import type { Shard } from '../render/discover.js';
import { renderSources, type RenderResult } from '../render/render.js';
import { resourceRef } from '../model/objects.js';
import { buildReport, exitCodeFor, type Report } from '../report/report.js';
import { formatJson, jsonChunks, writeInBatches, writeJsonFile } from '../report/json.js';
import { formatSarif } from '../report/sarif.js';
import { formatText } from '../report/text.js';
import { ruleCatalogue } from '../rules/catalogue.js';
import { analyzeAll } from '../rules/engine.js';
import { RULE_FAMILIES } from '../rules/catalogue.js';
import { parsePssVersion } from '../rules/pss/version.js';
import type { PssLevel } from '../rules/pss/types.js';
import type { Finding } from '../rules/types.js';
import { oneOf, parseCommandArgs, UsageError, type CliIO } from './io.js';
import { KUBEGATE_VERSION } from '../version.js';

export const CHECK_USAGE = `Usage: kubegate check [PATH...] [options]

Checks Kubernetes manifests (files or folders; default ".") against the
hardening baselines and gates on the findings.

Options:
  --format text|json|sarif         report format (default text)
  --output FILE                    write the report to FILE instead of stdout
  --fail-on high|medium|low|none   fail on findings at or above this tier (default high)
  --config FILE                    configuration (default .kubegate.yaml when present)
  --pss-level baseline|restricted  Pod Security Standards level (default restricted)
  --pss-version v1.N|latest        Pod Security Standards version (default latest)
  --rules GLOB[,GLOB...]           run only rules whose id matches (e.g. "pss/*")
  --base REF                       compare with a git revision: findings are new, existing or fixed;
                                   only the sources the change touches are rendered
  --new-only                       with --base: gate only on new findings
  --changed-files FILE|-           render only the sources these files touch (one path a line)
  --shard I/N                      check only the I-th of N deterministic shares of the sources

Exit codes: 0 gate passed, 1 gate failed, 2 kubegate could not evaluate.
`;

const FORMATS = ['text', 'json', 'sarif'] as const;
const FAIL_ON: readonly FailOn[] = ['high', 'medium', 'low', 'none'];
const PSS_LEVELS: readonly PssLevel[] = ['baseline', 'restricted'];

export interface CheckOptions {
  readonly paths: string[];
  readonly format: (typeof FORMATS)[number];
  readonly output?: string;
  readonly settings: Settings;
  readonly base?: string;
  readonly newOnly: boolean;
  readonly changedFiles?: ReadonlySet<string>;
  readonly shard?: Shard;
}

/** The outside world a check reads: the environment (tool paths) and the date (exemption expiry). */
export interface CheckEnvironment {
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly today?: string;
}

export function runCheck(args: string[], io: CliIO): number {
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout(CHECK_USAGE);
    return 0;
  }
  let options: CheckOptions;
  try {
    options = parseCheckOptions(args, io);
  } catch (error) {
    if (error instanceof ConfigError) {
      io.stderr(`kubegate: ${error.file}:${error.line}: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
  const report = checkReport(options, io.cwd, { env: io.env });
  if (options.output) {
    const target = path.resolve(io.cwd, options.output);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    // JSON goes out in pieces: a large report never exists as one string
    if (options.format === 'json') writeJsonFile(target, report);
    else fs.writeFileSync(target, formatReport(report, options.format, io));
    const s = report.summary;
    io.stderr(
      `kubegate: ${s.high} high, ${s.medium} medium, ${s.low} low; gate ${s.gate}; report written to ${options.output}\n`,
    );
  } else if (options.format === 'json') {
    writeInBatches(jsonChunks(report), io.stdout);
  } else {
    io.stdout(formatReport(report, options.format, io));
  }
  return exitCodeFor(report);
}

/** The whole check: render, analyze, compare with the base, apply exemptions, build the report. */
export function checkReport(
  options: CheckOptions,
  cwd: string,
  environment: CheckEnvironment = { env: process.env },
): Report {
  return checkRun(options, cwd, environment).report;
}

export interface CheckRun {
  readonly report: Report;
  /** what was rendered, for the stages after the check (the summary's diff sections, the cluster stage) */
  readonly head: RenderResult;
  /** the base revision as rendered, when there was one */
  readonly base?: RenderResult;
}

export function checkRun(
  options: CheckOptions,
  cwd: string,
  environment: CheckEnvironment = { env: process.env },
): CheckRun {
  const errors: LoadError[] = [];
  let changedFiles = options.changedFiles;
  if (options.base !== undefined && changedFiles === undefined) {
    try {
      changedFiles = changedFilesSince(cwd, options.base);
    } catch (error) {
      if (!(error instanceof GitError)) throw error;
      errors.push({ file: '.', line: 1, message: error.message });
    }
  }
  const head = render(options, cwd, environment, changedFiles);
  errors.push(...head.errors);
  const analysed = analyzeAll(head.objects, options.settings, head.otherDocuments);
  errors.push(...analysed.errors);
  let findings = analysed.findings;
  let baseRendered: RenderResult | undefined;
  if (options.base !== undefined && errors.length === 0) {
    try {
      const base = materializeRevision(cwd, options.base);
      try {
        const rendered = render(options, base.cwd, environment, changedFiles);
        baseRendered = rendered;
        // a path the change adds does not exist in the base; anything else the base cannot render is an error,
        // because an unreadable base would turn every old finding into a new one
        errors.push(
          ...rendered.errors
            .filter((error) => error.message !== 'no such file or folder')
            .map((error) => ({ ...error, message: `in ${options.base}: ${error.message}` })),
        );
        const baseFindings = analyzeAll(rendered.objects, options.settings, rendered.otherDocuments).findings;
        findings = refineNovelty(compareWithBase(findings, baseFindings), head.objects, rendered.objects);
      } finally {
        base.remove();
      }
    } catch (error) {
      if (!(error instanceof GitError)) throw error;
      errors.push({ file: '.', line: 1, message: error.message });
    }
  }
  const inline = new Map(
    head.objects.map((object) => [
      resourceKey({ resource: resourceRef(object.value) }),
      inlineExemptions(object.value),
    ]),
  );
  findings = applyExemptions(findings, inline, {
    exemptions: options.settings.config.exemptions ?? [],
    allowInline: options.settings.config.allowInlineExemptions ?? true,
    today: environment.today ?? todayUtc(),
  });
  const report = buildReport({
    findings,
    errors,
    failOn: options.settings.failOn,
    newOnly: options.newOnly,
    objects: head.objects.length,
    files: head.files,
    skippedDocuments: head.skippedDocuments,
    skippedCharts: head.skippedCharts,
    charts: head.rendered.charts.length,
    kustomizations: head.rendered.kustomizations.length,
  });
  return { report, head, ...(baseRendered ? { base: baseRendered } : {}) };
}

/** Families that know better than fingerprints which findings are new (RBAC: new subjects of old rules). */
function refineNovelty(
  findings: Finding[],
  head: RenderResult['objects'],
  base: RenderResult['objects'],
): Finding[] {
  let refined = findings;
  for (const family of RULE_FAMILIES) {
    if (!family.isNewFinding) continue;
    const ids = new Set(family.rules.map((rule) => rule.id));
    if (!refined.some((finding) => ids.has(finding.ruleId) && finding.status !== 'fixed')) continue;
    const isNew = family.isNewFinding(head, base);
    refined = refined.map((finding) =>
      ids.has(finding.ruleId) && finding.status !== 'fixed'
        ? { ...finding, status: isNew(finding) ? 'new' : 'existing' }
        : finding,
    );
  }
  return refined;
}

function render(
  options: CheckOptions,
  cwd: string,
  environment: CheckEnvironment,
  changedFiles: ReadonlySet<string> | undefined,
): RenderResult {
  return renderSources(options.paths, {
    cwd,
    config: options.settings.config.render ?? {},
    maxFileBytes: options.settings.maxFileBytes,
    env: environment.env,
    ...(changedFiles ? { changedFiles } : {}),
    ...(options.shard ? { shard: options.shard } : {}),
  });
}

function formatReport(report: Report, format: CheckOptions['format'], io: CliIO): string {
  const rules = ruleCatalogue();
  if (format === 'json') return formatJson(report);
  if (format === 'sarif') return formatSarif(report, { rules, toolVersion: KUBEGATE_VERSION });
  const color = io.isTTY && !io.env.NO_COLOR;
  return formatText(report, { color, rules: new Map(rules.map((rule) => [rule.id, rule])) });
}

export function parseCheckOptions(args: string[], io: CliIO): CheckOptions {
  const { values, positionals } = parseStrict(args);
  const format = oneOf('--format', values.format ?? 'text', FORMATS);

  // defaults, then the config file, then the command line
  let settings = DEFAULT_SETTINGS;
  const configPath =
    values.config ??
    (fs.existsSync(path.join(io.cwd, DEFAULT_CONFIG_FILE)) ? DEFAULT_CONFIG_FILE : undefined);
  if (configPath !== undefined) {
    const full = path.resolve(io.cwd, configPath);
    settings = applyConfig(settings, readConfigFile(full, relativeName(io.cwd, full)));
  }
  if (values['fail-on'] !== undefined)
    settings = { ...settings, failOn: oneOf('--fail-on', values['fail-on'], FAIL_ON) };
  if (values['pss-level'] !== undefined || values['pss-version'] !== undefined) {
    settings = {
      ...settings,
      pss: {
        level:
          values['pss-level'] !== undefined
            ? oneOf('--pss-level', values['pss-level'], PSS_LEVELS)
            : settings.pss.level,
        version:
          values['pss-version'] !== undefined ? pssVersionFlag(values['pss-version']) : settings.pss.version,
      },
    };
  }
  if (values.rules !== undefined) {
    const globs = values.rules
      .split(',')
      .map((glob) => glob.trim())
      .filter((glob) => glob !== '');
    if (globs.length === 0) throw new UsageError('--rules needs at least one rule id or glob');
    settings = { ...settings, onlyRules: globs };
  }
  const newOnly = values['new-only'] ?? false;
  if (newOnly && values.base === undefined) throw new UsageError('--new-only needs --base REF');
  const changedFiles =
    values['changed-files'] !== undefined ? readChangedFiles(values['changed-files'], io) : undefined;
  const shard = values.shard !== undefined ? parseShard(values.shard) : undefined;
  return {
    ...(changedFiles ? { changedFiles } : {}),
    ...(shard ? { shard } : {}),
    paths: positionals.length > 0 ? positionals : ['.'],
    format,
    ...(values.output !== undefined ? { output: values.output } : {}),
    settings,
    ...(values.base !== undefined ? { base: values.base } : {}),
    newOnly,
  };
}

function parseStrict(args: string[]) {
  return parseCommandArgs(args, {
    format: { type: 'string' },
    output: { type: 'string' },
    'fail-on': { type: 'string' },
    config: { type: 'string' },
    'pss-level': { type: 'string' },
    'pss-version': { type: 'string' },
    rules: { type: 'string' },
    base: { type: 'string' },
    'new-only': { type: 'boolean' },
    'changed-files': { type: 'string' },
    shard: { type: 'string' },
  });
}

/** One path a line, relative to the working directory; `-` reads standard input. */
function readChangedFiles(source: string, io: CliIO): Set<string> {
  let text: string;
  try {
    text =
      source === '-' ? fs.readFileSync(0, 'utf8') : fs.readFileSync(path.resolve(io.cwd, source), 'utf8');
  } catch (error) {
    throw new UsageError(
      `--changed-files: cannot read ${source}: ${(error as { code?: string }).code ?? String(error)}`,
    );
  }
  return new Set(
    text
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter((line) => line !== '')
      .map((line) => line.replace(/^\.\//, '')),
  );
}

function parseShard(value: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(value);
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index < 1 || index > count)
    throw new UsageError(`--shard must be I/N with 1 <= I <= N, not "${value}"`);
  return { index, count };
}

function pssVersionFlag(value: string): number {
  try {
    return parsePssVersion(value);
  } catch (error) {
    throw new UsageError(`--pss-version: ${(error as Error).message}`);
  }
}
