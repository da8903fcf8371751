/**
 * `kubegate netpol list | diff | matrix`: who can reach whom, from manifests
 * alone. Input the API server would reject (a bad CIDR, an unknown selector
 * operator, a quoted port number) stops the command with the file and line
 * and exit code 2: a connectivity answer from half-read policies would mislead.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gitRevision, GitError } from '../baseline/git-source.js';
import { ConfigError, DEFAULT_CONFIG_FILE, readConfigFile, type ConfigFile } from '../config/config-file.js';
import { DEFAULT_SETTINGS } from '../config/settings.js';
import { workloadConnections } from '../engines/netpol/connections.js';
import { analyzePair, diffConnectivity, type ConnectivityDiff } from '../engines/netpol/diff.js';
import { formatConnections, LIST_FORMATS, type ListFormat } from '../engines/netpol/format.js';
import { truthTable } from '../engines/netpol/matrix.js';
import {
  Reachability,
  readNetpolInput,
  type NetpolInput,
  type NetpolOptions,
} from '../engines/netpol/reachability.js';
import { loadSources, relativeName, type ManifestSource } from '../render/loader.js';
import { parseYamlFile } from '../render/yaml-source.js';
import {
  connectivityDiffJson,
  connectivityDiffMarkdown,
  connectivityDiffMermaid,
  connectivityDiffText,
} from '../report/netpol-diff.js';
import { netpolOptionsFromConfig } from '../rules/netpol/support.js';
import { oneOf, UsageError, type CliIO, InputErrors, reportInputFailure } from './io.js';

export const NETPOL_USAGE = `Usage: kubegate netpol <list|diff|matrix> [PATH...] [options]

Computes NetworkPolicy connectivity from manifests (files or folders; default ".").

  list [PATH...]                  connections between workloads, namespaces outside
                                  the input (ns/*[Namespace]) and outside addresses
    --format text|json|md|dot|mermaid             (default text)
  diff --base REF|DIR [PATH...]   connections a change adds, removes or changes, newly
                                  exposed workloads first; REF is a git revision (same
                                  PATHs), DIR a folder holding the base manifests
    --format text|json|md|mermaid                 (default text)
  matrix [PATH...]                the truth table (pod x pod x port/protocol) that the
                                  cluster stage probes
    --format json                                 (default json)

Options for every subcommand:
  --config FILE              configuration (default .kubegate.yaml when present)
  --ipblock-matches-pods     ipBlocks match pods too (as in Calico); by default an
                             ipBlock matches only addresses outside the cluster

Exit codes: 0 done, 2 kubegate could not evaluate (bad input, bad config).
`;

const SUBCOMMANDS = ['list', 'diff', 'matrix'] as const;
const DIFF_FORMATS = ['text', 'json', 'md', 'mermaid'] as const;

interface NetpolArgs {
  readonly subcommand: (typeof SUBCOMMANDS)[number];
  readonly paths: string[];
  readonly format?: string;
  readonly base?: string;
  readonly config?: string;
  readonly ipBlockMatchesPods: boolean;
}

export function runNetpol(args: string[], io: CliIO): number {
  if (args.length === 0 || args.includes('--help') || args.includes('-h') || args[0] === 'help') {
    io.stdout(NETPOL_USAGE);
    return args.length === 0 ? 2 : 0;
  }
  const parsed = parseNetpolArgs(args);
  try {
    const { config, configName } = readConfig(parsed, io.cwd);
    const options = engineOptions(parsed, config, configName, io.cwd);
    const maxFileBytes = config.maxFileBytes ?? DEFAULT_SETTINGS.maxFileBytes;
    if (parsed.subcommand === 'diff') return runDiff(parsed, options, maxFileBytes, io);
    const input = readInput(parsed.paths, io.cwd, maxFileBytes);
    const reachability = new Reachability(input, options);
    printWarnings(reachability, io);
    if (parsed.subcommand === 'matrix') {
      if ((parsed.format ?? 'json') !== 'json')
        throw new UsageError(`--format for matrix must be json, not "${parsed.format}"`);
      io.stdout(`${JSON.stringify(truthTable(reachability), null, 2)}\n`);
      return 0;
    }
    const format = oneOf('--format', parsed.format ?? 'text', LIST_FORMATS) as ListFormat;
    io.stdout(formatConnections(workloadConnections(reachability), format, reachability.warnings));
    return 0;
  } catch (error) {
    return reportInputFailure(error, io);
  }
}

function parseNetpolArgs(args: string[]): NetpolArgs {
  const [subcommand, ...rest] = args;
  if (!(SUBCOMMANDS as readonly string[]).includes(subcommand ?? '')) {
    throw new UsageError(`netpol needs a subcommand: ${SUBCOMMANDS.join(', ')}, not "${subcommand}"`);
  }
  let values: Record<string, string | boolean | undefined>;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: rest,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string' },
        base: { type: 'string' },
        config: { type: 'string' },
        'ipblock-matches-pods': { type: 'boolean' },
      },
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const base = values.base as string | undefined;
  if (subcommand === 'diff' && base === undefined) throw new UsageError('netpol diff needs --base REF|DIR');
  if (subcommand !== 'diff' && base !== undefined) throw new UsageError('--base is for netpol diff only');
  return {
    subcommand: subcommand as NetpolArgs['subcommand'],
    paths: positionals.length > 0 ? positionals : ['.'],
    ...(values.format !== undefined ? { format: values.format as string } : {}),
    ...(base !== undefined ? { base } : {}),
    ...(values.config !== undefined ? { config: values.config as string } : {}),
    ipBlockMatchesPods: values['ipblock-matches-pods'] === true,
  };
}

function readConfig(parsed: NetpolArgs, cwd: string): { config: ConfigFile; configName?: string } {
  const configPath =
    parsed.config ?? (fs.existsSync(path.join(cwd, DEFAULT_CONFIG_FILE)) ? DEFAULT_CONFIG_FILE : undefined);
  if (configPath === undefined) return { config: {} };
  const full = path.resolve(cwd, configPath);
  const configName = relativeName(cwd, full);
  return { config: readConfigFile(full, configName), configName };
}

function engineOptions(
  parsed: NetpolArgs,
  config: ConfigFile,
  configName: string | undefined,
  cwd: string,
): NetpolOptions {
  const { options, invalidCidrs } = netpolOptionsFromConfig(
    config,
    parsed.ipBlockMatchesPods ? { ipBlockMatchesPods: true } : {},
  );
  const invalid = invalidCidrs[0];
  if (invalid && configName !== undefined) {
    const line = lineInConfig(path.resolve(cwd, configName), ['netpol', 'clusterCidrs', invalid.index]);
    throw new ConfigError(
      configName,
      line,
      `netpol.clusterCidrs[${invalid.index}] "${invalid.text}" is not a valid CIDR`,
    );
  }
  return options;
}

function lineInConfig(full: string, keyPath: Array<string | number>): number {
  try {
    return parseYamlFile(fs.readFileSync(full, 'utf8')).documents[0]?.locate(keyPath).line ?? 1;
  } catch {
    return 1;
  }
}

function readInput(
  paths: readonly string[],
  cwd: string,
  maxFileBytes: number,
  source?: ManifestSource,
  label = '',
): NetpolInput {
  const loaded = loadSources(paths, { cwd, maxFileBytes }, source);
  const lines = loaded.errors.map(
    (error) =>
      `${label}${error.file}:${error.line}${error.column ? `:${error.column}` : ''}: ${error.message}`,
  );
  const input = readNetpolInput(loaded.objects);
  for (const issue of input.issues) {
    const { line, column } = issue.object.locate(issue.path);
    lines.push(`${label}${issue.object.file}:${line}:${column}: ${issue.message}`);
  }
  if (lines.length > 0) throw new InputErrors(lines);
  return input;
}

function printWarnings(reachability: Reachability, io: CliIO, label = ''): void {
  for (const warning of reachability.warnings) {
    const { line } = warning.object.locate(warning.path);
    io.stderr(`kubegate: warning: ${label}${warning.object.file}:${line}: ${warning.message}\n`);
  }
}

function runDiff(parsed: NetpolArgs, options: NetpolOptions, maxFileBytes: number, io: CliIO): number {
  const format = oneOf('--format', parsed.format ?? 'text', DIFF_FORMATS);
  const baseRef = parsed.base!;
  const baseFolder = path.resolve(io.cwd, baseRef);
  let base: NetpolInput;
  if (fs.existsSync(baseFolder) && fs.statSync(baseFolder).isDirectory()) {
    base = readInput([baseRef], io.cwd, maxFileBytes, undefined, 'base: ');
  } else {
    try {
      base = readInput(parsed.paths, io.cwd, maxFileBytes, gitRevision(io.cwd, baseRef), `${baseRef}: `);
    } catch (error) {
      if (error instanceof GitError) throw new InputErrors([`--base ${baseRef}: ${error.message}`]);
      throw error;
    }
  }
  const head = readInput(parsed.paths, io.cwd, maxFileBytes);
  const pair = analyzePair(base, head, options);
  printWarnings(pair.head, io);
  const diff: ConnectivityDiff = diffConnectivity(pair.base, pair.head);
  if (format === 'json') io.stdout(connectivityDiffJson(diff));
  else if (format === 'md') io.stdout(connectivityDiffMarkdown(diff));
  else if (format === 'mermaid') io.stdout(connectivityDiffMermaid(diff));
  else io.stdout(connectivityDiffText(diff));
  return 0;
}
