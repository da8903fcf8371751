/**
 * `kubegate scan [PATH...] --scanner trivy|grype`: scans every image the
 * manifests deploy for known vulnerabilities and gates on them. Async
 * (scanner processes in parallel, registry HTTP), so runCli returns a
 * promise for it. Exit codes as for check: 0 passed, 1 failed, 2 some image
 * (or input) could not be evaluated; the others are still reported.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError } from '../config/config-file.js';
import type { FailOn } from '../config/settings.js';
import { exitCodeFor } from '../report/report.js';
import { IgnoreFileError } from '../scan/ignore-file.js';
import { prepareScan, ScanOptionsError, type ScanFlags } from '../scan/options.js';
import {
  formatScanJson,
  formatScanMarkdown,
  formatScanSarif,
  formatScanText,
  type ScanReport,
} from '../scan/report.js';
import { runScan } from '../scan/run-scan.js';
import { loadSettings } from '../scan/settings.js';
import { UsageError, type CliIO } from './io.js';

export const SCAN_USAGE = `Usage: kubegate scan [PATH...] [options]

Scans every image the manifests deploy (see kubegate images) for known
vulnerabilities with trivy or grype, and gates on them by tier.

Options:
  --scanner trivy|grype            scanner (default trivy, or scan.scanner)
  --scanner-binary FILE            scanner binary (default: the scanner on PATH)
  --format text|json|sarif|markdown  report format (default text; markdown is the job summary)
  --output FILE                    write the report to FILE instead of stdout
  --summary FILE                   also append the markdown summary to FILE (e.g. $GITHUB_STEP_SUMMARY)
  --fail-on high|medium|low|none   fail on findings at or above this tier (default high)
  --config FILE                    configuration (default .kubegate.yaml when present)
  --cache-dir DIR                  result cache, keyed by digest and database version
                                   (default scan.cacheDir, else ~/.cache/kubegate/scan)
  --no-cache                       neither read nor write the cache
  --ignore-file FILE               CVE ignore file (default .kubegate-cve-ignore.yaml when present)
  --ignore-unfixed                 leave out vulnerabilities without a fixed version
  --severity-tiers S=T[,S=T...]    severity to tier, e.g. MEDIUM=high,LOW=off (default CRITICAL,HIGH=high
                                   MEDIUM=medium LOW=low UNKNOWN=low NEGLIGIBLE=off)
  --parallel N                     images scanned at once (default 2)
  --timeout SECONDS                time limit per scan (default 600)
  --retries N                      retries of a failed scan (default 1)
  --skip-db-update                 do not update the scanner's database first
  --no-resolve                     do not ask registries for digests (the cache is then keyed by reference)

Exit codes: 0 gate passed, 1 gate failed, 2 an image or input could not be evaluated.
`;

const FORMATS = ['text', 'json', 'sarif', 'markdown'] as const;
const FAIL_ON: readonly FailOn[] = ['high', 'medium', 'low', 'none'];

export async function runScanCommand(args: string[], io: CliIO): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout(SCAN_USAGE);
    return 0;
  }
  const { values, positionals } = parseScanArgs(args);
  const format = values.format ?? 'text';
  if (!(FORMATS as readonly string[]).includes(format))
    throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, not "${format}"`);
  const failOn = values['fail-on'];
  if (failOn !== undefined && !(FAIL_ON as readonly string[]).includes(failOn))
    throw new UsageError(`--fail-on must be one of ${FAIL_ON.join(', ')}, not "${failOn}"`);
  if (values['no-cache'] && values['cache-dir'] !== undefined)
    throw new UsageError('--no-cache and --cache-dir exclude each other');
  const flags: ScanFlags = {
    paths: positionals,
    ...(values.scanner !== undefined ? { scanner: values.scanner } : {}),
    ...(values['scanner-binary'] !== undefined ? { binary: values['scanner-binary'] } : {}),
    ...(failOn !== undefined ? { failOn: failOn as FailOn } : {}),
    ...(values['cache-dir'] !== undefined ? { cacheDir: values['cache-dir'] } : {}),
    ...(values['no-cache'] ? { noCache: true } : {}),
    ...(values['ignore-file'] !== undefined ? { ignoreFile: values['ignore-file'] } : {}),
    ...(values['ignore-unfixed'] ? { ignoreUnfixed: true } : {}),
    ...(values['severity-tiers'] !== undefined ? { severityTiers: values['severity-tiers'] } : {}),
    ...(values.parallel !== undefined ? { parallelism: integerFlag('--parallel', values.parallel) } : {}),
    ...(values.timeout !== undefined ? { timeoutSeconds: integerFlag('--timeout', values.timeout) } : {}),
    ...(values.retries !== undefined ? { retries: integerFlag('--retries', values.retries) } : {}),
    ...(values['skip-db-update'] ? { skipDatabaseUpdate: true } : {}),
    ...(values['no-resolve'] ? { noResolve: true } : {}),
  };
  let report: ScanReport;
  try {
    const settings = loadSettings(values.config, io.cwd);
    const prepared = prepareScan(settings, flags, {
      cwd: io.cwd,
      env: io.env,
      ...(io.env.KUBEGATE_SCAN_RETRY_DELAY_MS !== undefined
        ? { retryDelayMs: Number(io.env.KUBEGATE_SCAN_RETRY_DELAY_MS) }
        : {}),
    });
    report = await runScan(prepared.options, prepared.environment);
  } catch (error) {
    const message = describeSetupError(error);
    if (message === undefined) throw error;
    io.stderr(`kubegate: ${message}\n`);
    return 2;
  }
  const rendered =
    format === 'json'
      ? formatScanJson(report)
      : format === 'sarif'
        ? formatScanSarif(report)
        : format === 'markdown'
          ? formatScanMarkdown(report)
          : formatScanText(report);
  if (values.output !== undefined) {
    write(io.cwd, values.output, rendered, false);
    const s = report.summary;
    io.stderr(
      `kubegate: ${report.images.length} images, ${s.high} high, ${s.medium} medium, ${s.low} low, ${s.errors} errors; gate ${s.gate}; report written to ${values.output}\n`,
    );
  } else {
    io.stdout(rendered);
  }
  if (values.summary !== undefined) write(io.cwd, values.summary, formatScanMarkdown(report), true);
  if (format !== 'text')
    for (const error of report.errors) io.stderr(`kubegate: ${error.file}:${error.line}: ${error.message}\n`);
  return exitCodeFor(report);
}

/** Errors of the inputs kubegate reads before scanning: one line, file and line where known. */
export function describeSetupError(error: unknown): string | undefined {
  if (error instanceof ConfigError || error instanceof IgnoreFileError)
    return `${error.file}:${error.line}: ${error.message}`;
  if (error instanceof ScanOptionsError) return error.message;
  return undefined;
}

function write(cwd: string, file: string, content: string, append: boolean): void {
  const target = path.resolve(cwd, file);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  if (append) fs.appendFileSync(target, content);
  else fs.writeFileSync(target, content);
}

function integerFlag(flag: string, value: string): number {
  if (!/^\d+$/.test(value)) throw new UsageError(`${flag} must be a whole number, not "${value}"`);
  return Number(value);
}

function parseScanArgs(args: string[]) {
  try {
    return parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: {
        scanner: { type: 'string' },
        'scanner-binary': { type: 'string' },
        format: { type: 'string' },
        output: { type: 'string' },
        summary: { type: 'string' },
        'fail-on': { type: 'string' },
        config: { type: 'string' },
        'cache-dir': { type: 'string' },
        'no-cache': { type: 'boolean' },
        'ignore-file': { type: 'string' },
        'ignore-unfixed': { type: 'boolean' },
        'severity-tiers': { type: 'string' },
        parallel: { type: 'string' },
        timeout: { type: 'string' },
        retries: { type: 'string' },
        'skip-db-update': { type: 'boolean' },
        'no-resolve': { type: 'boolean' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}
