/**
 * The Action's check: the same check as `kubegate check` (render, analyze,
 * compare with the base, exemptions, gate), driven by the inputs, plus what
 * only the Action needs: the texts of the files findings point at (for
 * suggestions) and the secret values to keep out of every output.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { checkRun, parseCheckOptions, type CheckOptions } from '../commands/check.js';
import type { SourceObject } from '../model/objects.js';
import { parseYamlFile } from '../render/yaml-source.js';
import type { Report } from '../report/report.js';
import { credentialNameMatcher } from '../rules/secrets/credential-names.js';
import type { Mode } from './event.js';
import type { ActionInputs } from './inputs.js';
import { looksLikeCredentialName, Redactor, secretValues } from './redact.js';

export interface Evaluation {
  readonly report: Report;
  readonly options: CheckOptions;
  /** the revision findings were compared with */
  readonly comparedWith?: string;
  readonly redactor: Redactor;
  /** a file's text as evaluated (undefined when unreadable or over the size limit) */
  readonly readText: (file: string) => string | undefined;
  /** the objects as rendered at head and, when compared, at the base: for the summary's diff sections */
  readonly headObjects: readonly SourceObject[];
  readonly baseObjects?: readonly SourceObject[];
}

export interface EvaluateInput {
  readonly inputs: ActionInputs;
  readonly mode: Mode;
  readonly workspace: string;
  /** the pull request's base commit, compared with in pr mode unless base-ref says otherwise */
  readonly pullRequestBase?: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly today?: string;
}

export function evaluate(input: EvaluateInput): Evaluation {
  const { inputs, workspace } = input;
  const base = inputs.baseRef ?? (input.mode === 'pr' ? input.pullRequestBase : undefined);
  const newOnly = base !== undefined && (inputs.newOnly ?? input.mode === 'pr');
  if (inputs.newOnly === true && base === undefined) {
    throw new EvaluateError('new-only needs a base: set base-ref, or run on a pull request');
  }
  const args = [...inputs.paths];
  if (inputs.config !== undefined) args.push('--config', inputs.config);
  if (inputs.failOn !== undefined) args.push('--fail-on', inputs.failOn);
  if (base !== undefined) args.push('--base', base);
  if (newOnly) args.push('--new-only');
  const options = parseCheckOptions(args, {
    cwd: workspace,
    env: input.env,
    stdout: () => undefined,
    stderr: () => undefined,
    isTTY: false,
  });
  if (base !== undefined) ensureCommit(workspace, base);
  const run = checkRun(options, workspace, {
    env: input.env,
    ...(input.today !== undefined ? { today: input.today } : {}),
  });

  const report = run.report;
  const texts = new Map<string, string | undefined>();
  const readText = (file: string): string | undefined => {
    if (!texts.has(file)) texts.set(file, readWorkspaceFile(workspace, file, options.settings.maxFileBytes));
    return texts.get(file);
  };
  return {
    report,
    options,
    ...(base !== undefined ? { comparedWith: base } : {}),
    redactor: buildRedactor(options, workspace, report, readText),
    readText,
    headObjects: run.head.objects,
    ...(run.base ? { baseObjects: run.base.objects } : {}),
  };
}

export class EvaluateError extends Error {
  override name = 'EvaluateError';
}

/**
 * Secret values from every YAML file under the inputs (plain manifests,
 * Kustomize folders, Helm values files; a template that is not YAML on its
 * own is skipped: its rendered objects hold nothing its values files do not),
 * from every file a finding or error points at, and from the config file
 * (Helm `set` values live there).
 */
function buildRedactor(
  options: CheckOptions,
  workspace: string,
  report: Report,
  readText: (file: string) => string | undefined,
): Redactor {
  const fromRules = credentialNameMatcher(options.settings);
  const isCredentialName = (name: string) => fromRules(name) || looksLikeCredentialName(name);
  const files = new Set(yamlFilesUnder(workspace, options.paths));
  for (const finding of report.findings) if (finding.status !== 'fixed') files.add(finding.location.file);
  for (const error of report.errors) files.add(error.file);
  const documents: unknown[] = [options.settings.config];
  for (const file of files) {
    const text = readText(file);
    if (text === undefined) continue;
    try {
      for (const document of parseYamlFile(text).documents) documents.push(document.value);
    } catch {
      // not YAML on its own (a template) or not YAML at all: the check reported what matters
    }
  }
  return new Redactor(secretValues(documents, isCredentialName));
}

const YAML_FILE = /\.(?:ya?ml|json)$/i;
const NOT_WALKED = new Set(['.git', 'node_modules']);

/** YAML and JSON files under the inputs, relative to the workspace; links to folders are not followed. */
function yamlFilesUnder(workspace: string, inputs: readonly string[]): string[] {
  const found: string[] = [];
  const walk = (full: string): void => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(full, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const child = path.join(full, entry.name);
      if (entry.isDirectory()) {
        if (!NOT_WALKED.has(entry.name)) walk(child);
      } else if (YAML_FILE.test(entry.name)) {
        found.push(path.relative(workspace, child).split(path.sep).join('/'));
      }
    }
  };
  for (const input of inputs) {
    const full = path.resolve(workspace, input);
    const relative = path.relative(workspace, full);
    if (relative.startsWith('..') || path.isAbsolute(relative)) continue;
    try {
      if (fs.statSync(full).isDirectory()) walk(full);
      else found.push(relative.split(path.sep).join('/'));
    } catch {
      // a missing input is the check's error to report
    }
  }
  return found;
}

function readWorkspaceFile(workspace: string, file: string, maxBytes: number): string | undefined {
  const full = path.resolve(workspace, file);
  // only files inside the workspace
  const relative = path.relative(workspace, full);
  if (relative.startsWith('..') || path.isAbsolute(relative)) return undefined;
  try {
    const stat = fs.statSync(full);
    if (!stat.isFile() || stat.size > maxBytes) return undefined;
    return fs.readFileSync(full, 'utf8');
  } catch {
    return undefined;
  }
}

/**
 * The base commit of a pull request is often not in a shallow checkout:
 * fetch just that commit. When even that fails, the check itself reports
 * the missing revision as an error (the gate cannot pass), so nothing here
 * throws.
 */
function ensureCommit(workspace: string, ref: string): void {
  const present = spawnSync('git', ['cat-file', '-e', `${ref}^{commit}`], {
    cwd: workspace,
    stdio: 'ignore',
  });
  if (present.status === 0 || !/^[0-9a-f]{40}(?:[0-9a-f]{24})?$/.test(ref)) return;
  spawnSync('git', ['fetch', '--no-tags', '--no-recurse-submodules', '--depth=1', 'origin', ref], {
    cwd: workspace,
    stdio: 'ignore',
    timeout: 120_000,
  });
}
