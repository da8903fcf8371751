/**
 * `kubegate cluster [PATH...] --cluster kind|kubeconfig`: the cluster stage
 * from the command line. Starts the kind cluster first (it boots while the
 * manifests render), then dry-runs, checks Pod Security Admission and probes
 * connectivity; reports like `check` (text, json, sarif) with a `cluster`
 * section, and gates the same way. A cluster that cannot be created or
 * reached is exit code 2, never a pass.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { FetchText } from '../cluster/calico.js';
import { resolveWithOverrides, type ResolvedClusterConfig } from '../cluster/config.js';
import { formatConnectivityTables } from '../cluster/connectivity.js';
import { readExpectation } from '../cluster/expectation.js';
import type { Cni, SignalSource } from '../cluster/kind.js';
import { spawnRunner, type ProcessRunner } from '../cluster/process.js';
import { isClusterFailure, startClusterSession, type ClusterSession } from '../cluster/session.js';
import type { ClusterStageResult } from '../cluster/stage.js';
import { applyConfig, ConfigError, DEFAULT_CONFIG_FILE, readConfigFile } from '../config/config-file.js';
import { DEFAULT_SETTINGS, type FailOn, type Settings } from '../config/settings.js';
import type { TruthTable } from '../engines/netpol/matrix.js';
import { relativeName } from '../render/loader.js';
import { renderSources } from '../render/render.js';
import { formatJson } from '../report/json.js';
import { buildReport, exitCodeFor, type Report } from '../report/report.js';
import { formatSarif } from '../report/sarif.js';
import { formatText } from '../report/text.js';
import { ruleCatalogue } from '../rules/catalogue.js';
import { KUBEGATE_VERSION } from '../version.js';
import { oneOf, UsageError, type CliIO } from './io.js';

export const CLUSTER_USAGE = `Usage: kubegate cluster [PATH...] --cluster kind|kubeconfig [options]

Dry-runs the manifests (files or folders; default ".") on a real API server
with real admission, and probes NetworkPolicy connectivity with real packets
against the static expectation.

  --cluster kind|kubeconfig      a throwaway kind cluster, or an existing cluster
                                 (everything in throwaway namespaces, removed at the end)
  --kubeconfig FILE              with --cluster kubeconfig (default $KUBECONFIG or ~/.kube/config)
  --context NAME                 kubeconfig context (default: the current one)
  --keep-cluster                 do not delete the kind cluster at the end
  --kind PATH                    the kind executable (default "kind")
  --node-image IMAGE             kind node image (default pinned: see docs/cluster.md)
  --cni kindnet|calico           kind's CNI (default kindnet; calico: kind without its CNI,
                                 then Calico's pinned manifest is downloaded and applied)
  --probe-image IMAGE            agnhost image for the probe pods
  --no-connectivity              skip the connectivity probes
  --expect FILE                  probe against a recorded truth table (kubegate netpol matrix
                                 output) instead of the one computed from the manifests
  --format text|json|sarif       report format (default text)
  --output FILE                  write the report to FILE instead of stdout
  --fail-on high|medium|low|none fail on findings at or above this tier (default high)
  --config FILE                  configuration (default .kubegate.yaml when present)

Exit codes: 0 gate passed, 1 gate failed, 2 kubegate could not evaluate.
`;

const FORMATS = ['text', 'json', 'sarif'] as const;
const FAIL_ON: readonly FailOn[] = ['high', 'medium', 'low', 'none'];

/** What the command touches beyond CliIO; tests pass a fake kind runner and signals. */
export interface ClusterCommandDeps {
  readonly runner: ProcessRunner;
  readonly signals?: SignalSource;
  readonly exit?: (code: number) => void;
  readonly homeDir?: string;
  /** downloads Calico's manifest (global fetch by default) */
  readonly fetchText?: FetchText;
}

interface ClusterArgs {
  readonly paths: string[];
  readonly cluster: 'kind' | 'kubeconfig';
  readonly kubeconfig?: string;
  readonly context?: string;
  readonly keepCluster: boolean;
  readonly kindBinary: string;
  readonly format: (typeof FORMATS)[number];
  readonly output?: string;
  readonly settings: Settings;
  readonly config: ResolvedClusterConfig;
  readonly expect?: string;
}

export async function runClusterCommand(
  args: string[],
  io: CliIO,
  deps: ClusterCommandDeps = { runner: spawnRunner, signals: process, exit: (code) => process.exit(code) },
): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout(CLUSTER_USAGE);
    return 0;
  }
  let parsed: ClusterArgs;
  try {
    parsed = parseClusterArgs(args, io);
  } catch (error) {
    if (error instanceof ConfigError) {
      io.stderr(`kubegate: ${error.file}:${error.line}: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
  const log = (line: string) => io.stderr(`kubegate: ${line}\n`);
  let expectation: TruthTable | undefined;
  if (parsed.expect !== undefined) {
    try {
      expectation = readExpectation(path.resolve(io.cwd, parsed.expect));
    } catch (error) {
      io.stderr(`kubegate: ${parsed.expect}:1: ${(error as Error).message}\n`);
      return 2;
    }
  }
  const session: ClusterSession = startClusterSession({
    target:
      parsed.cluster === 'kind'
        ? { mode: 'kind', keepCluster: parsed.keepCluster, binary: parsed.kindBinary }
        : {
            mode: 'kubeconfig',
            kubeconfigPath: path.resolve(
              io.cwd,
              parsed.kubeconfig ??
                io.env.KUBECONFIG?.split(path.delimiter)[0] ??
                path.join(deps.homeDir ?? io.env.HOME ?? '.', '.kube', 'config'),
            ),
            ...(parsed.context !== undefined ? { context: parsed.context } : {}),
          },
    config: parsed.config,
    runner: deps.runner,
    ...(deps.signals ? { signals: deps.signals } : {}),
    ...(deps.exit ? { exit: deps.exit } : {}),
    ...(deps.fetchText ? { fetchText: deps.fetchText } : {}),
    log,
  });
  try {
    // rendered while the kind cluster boots
    const rendered = renderSources(parsed.paths, {
      cwd: io.cwd,
      config: parsed.settings.config.render ?? {},
      maxFileBytes: parsed.settings.maxFileBytes,
      env: io.env,
    });
    if (rendered.errors.length > 0) {
      for (const error of rendered.errors)
        io.stderr(`kubegate: ${error.file}:${error.line}: ${error.message}\n`);
      return 2;
    }
    let result: ClusterStageResult;
    try {
      result = await session.run({
        objects: rendered.objects,
        settings: parsed.settings,
        ...(expectation ? { expectation } : {}),
      });
    } catch (error) {
      if (isClusterFailure(error)) {
        io.stderr(`kubegate: cluster: ${error.message}\n`);
        return 2;
      }
      throw error;
    }
    const report = buildReport({
      findings: result.findings,
      errors: [],
      failOn: parsed.settings.failOn,
      newOnly: false,
      objects: rendered.objects.length,
      files: rendered.files,
      skippedDocuments: rendered.skippedDocuments,
      skippedCharts: rendered.skippedCharts,
    });
    const text = formatClusterReport(report, result, parsed.format, io);
    if (parsed.output) {
      const file = path.resolve(io.cwd, parsed.output);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, text);
    } else {
      io.stdout(text);
    }
    return exitCodeFor(report);
  } finally {
    for (const error of await session.close()) log(`cleanup failed: ${error}`);
  }
}

/** The JSON report of `check` with a `cluster` section added (contract: add, never rename). */
export function clusterReportJson(report: Report, result: ClusterStageResult): string {
  return formatJson(report, { cluster: result.summary });
}

function formatClusterReport(
  report: Report,
  result: ClusterStageResult,
  format: ClusterArgs['format'],
  io: CliIO,
): string {
  const rules = ruleCatalogue();
  if (format === 'json') return clusterReportJson(report, result);
  if (format === 'sarif') return formatSarif(report, { rules, toolVersion: KUBEGATE_VERSION });
  const color = io.isTTY && !io.env.NO_COLOR;
  return `${formatText(report, { color, rules: new Map(rules.map((rule) => [rule.id, rule])) })}${clusterSummaryText(result)}`;
}

export function clusterSummaryText(result: ClusterStageResult): string {
  const s = result.summary;
  const t = s.timings;
  const lines = [
    '',
    `Cluster stage (${s.mode}): dry-run ${s.dryRun.objects} objects, ${s.dryRun.refused} refused, ${s.dryRun.skipped.length} skipped`,
    `Timings: cluster start ${sec(t.clusterStartMs)}, ready ${sec(t.readyMs)}, dry-run ${sec(t.dryRunMs)}, pod security ${sec(t.podSecurityMs)}, probes ${sec(t.probesMs)}, cleanup ${sec(t.cleanupMs)}`,
  ];
  for (const skipped of s.dryRun.skipped)
    lines.push(
      `  skipped ${skipped.file}:${skipped.line} ${skipped.resource.kind}/${skipped.resource.name}: ${skipped.text}`,
    );
  if (s.podSecurity.disagreements.length > 0) {
    lines.push(
      `kubegate defect: Pod Security Admission and the static pss/ rules disagree on ${s.podSecurity.disagreements.length} pod(s):`,
    );
    for (const d of s.podSecurity.disagreements)
      lines.push(
        `  ${d.file}:${d.line} ${d.resource.kind}/${d.resource.name} at ${d.policy}: static ${d.staticChecks.join(', ') || 'none'}; admission ${d.admission || 'admitted'}`,
      );
  }
  if (s.connectivity) {
    lines.push(
      `Connectivity: ${s.connectivity.probes} probes from ${s.connectivity.pods} pods, ${s.connectivity.mismatches} mismatches`,
    );
    lines.push(formatConnectivityTables(s.connectivity.tables));
  }
  for (const error of s.cleanupErrors) lines.push(`cleanup failed: ${error}`);
  return `${lines.join('\n')}\n`;
}

function sec(ms: number): string {
  return `${(ms / 1000).toFixed(1)}s`;
}

function parseClusterArgs(args: string[], io: CliIO): ClusterArgs {
  let values: Record<string, string | boolean | undefined>;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: {
        cluster: { type: 'string' },
        kubeconfig: { type: 'string' },
        context: { type: 'string' },
        'keep-cluster': { type: 'boolean' },
        kind: { type: 'string' },
        'node-image': { type: 'string' },
        cni: { type: 'string' },
        'probe-image': { type: 'string' },
        'no-connectivity': { type: 'boolean' },
        expect: { type: 'string' },
        format: { type: 'string' },
        output: { type: 'string' },
        'fail-on': { type: 'string' },
        config: { type: 'string' },
      },
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const str = (name: string) => values[name] as string | undefined;
  const cluster = oneOf('--cluster', str('cluster') ?? '', ['kind', 'kubeconfig']) as ClusterArgs['cluster'];
  if (cluster === 'kind' && (str('kubeconfig') !== undefined || str('context') !== undefined))
    throw new UsageError('--kubeconfig and --context are for --cluster kubeconfig');
  let settings = DEFAULT_SETTINGS;
  const configPath =
    str('config') ??
    (fs.existsSync(path.join(io.cwd, DEFAULT_CONFIG_FILE)) ? DEFAULT_CONFIG_FILE : undefined);
  if (configPath !== undefined) {
    const full = path.resolve(io.cwd, configPath);
    settings = applyConfig(settings, readConfigFile(full, relativeName(io.cwd, full)));
  }
  if (str('fail-on') !== undefined)
    settings = { ...settings, failOn: oneOf('--fail-on', str('fail-on')!, FAIL_ON) as FailOn };
  const cni =
    str('cni') !== undefined ? (oneOf('--cni', str('cni')!, ['kindnet', 'calico']) as Cni) : undefined;
  const config = resolveWithOverrides(settings.config.cluster, {
    ...(str('node-image') !== undefined ? { nodeImage: str('node-image')! } : {}),
    ...(cni ? { cni } : {}),
    ...(str('probe-image') !== undefined ? { probeImage: str('probe-image')! } : {}),
    ...(values['no-connectivity'] === true ? { connectivity: false } : {}),
  });
  return {
    paths: positionals.length > 0 ? positionals : ['.'],
    cluster,
    ...(str('kubeconfig') !== undefined ? { kubeconfig: str('kubeconfig')! } : {}),
    ...(str('context') !== undefined ? { context: str('context')! } : {}),
    keepCluster: values['keep-cluster'] === true,
    ...(str('expect') !== undefined ? { expect: str('expect')! } : {}),
    kindBinary: str('kind') ?? 'kind',
    format: oneOf('--format', str('format') ?? 'text', FORMATS) as ClusterArgs['format'],
    ...(str('output') !== undefined ? { output: str('output')! } : {}),
    settings,
    config,
  };
}
