/**
 * `kubegate scan` from end to end: render, list the images, bring the
 * scanner's database up to date, then per distinct image (bounded
 * parallelism): resolve the tag to a digest, look in the cache, else scan
 * with a time limit and retries; then ignores, tiers, findings, the gate.
 * An image that could not be scanned is an error naming where it is used
 * (exit 2) while the others are still reported.
 */
import path from 'node:path';
import type { Settings } from '../config/settings.js';
import { repositoryName } from '../engines/image-ref.js';
import { applyExemptions, inlineExemptions, resourceKey } from '../gate/exemptions.js';
import { resourceRef } from '../model/objects.js';
import type { LoadError } from '../render/loader.js';
import { buildReport } from '../report/report.js';
import { effectiveRules } from '../rules/engine.js';
import type { Finding } from '../rules/types.js';
import type { ScanCache } from './cache.js';
import type { SeverityTier } from './config.js';
import { collectImages, type DeployedImage } from './images.js';
import { ignoreMatcher, type CveIgnore } from './ignore-file.js';
import { evaluateVulnerabilities, vulnerabilityFindings, type VulnerabilityFinding } from './findings.js';
import { mapBounded, type ProcessRunner } from './process.js';
import type { DigestResolver } from './registry.js';
import type { ImageResult, ScanReport } from './report.js';
import { imageVulnerabilityRule } from './rule.js';
import {
  databaseVersion,
  findScannerBinary,
  prepareScanner,
  scanImage,
  ScannerSetupError,
  type ScannerAdapter,
  type ScannerSettings,
} from './scanner.js';
import { renderForScan } from './settings.js';
import { SEVERITIES, type ScanOutput, type Severity } from './vulnerability.js';

export interface ScanRunOptions {
  readonly paths: readonly string[];
  readonly settings: Settings;
  readonly adapter: ScannerAdapter;
  /** configured binary (path or name); default the scanner's name on PATH */
  readonly binary?: string;
  readonly timeoutSeconds: number;
  readonly retries: number;
  readonly parallelism: number;
  readonly ignoreUnfixed: boolean;
  readonly severityTiers: Readonly<Record<Severity, SeverityTier>>;
  readonly ignores: readonly CveIgnore[];
  readonly ignoreFile?: string;
  /** YYYY-MM-DD, for ignore and exemption expiry */
  readonly today: string;
  /** skip the database update (the workflow did it, or it is offline) */
  readonly skipDatabaseUpdate?: boolean;
}

export interface ScanEnvironment {
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly runner: ProcessRunner;
  readonly resolver: DigestResolver;
  /** undefined: no cache */
  readonly cache?: ScanCache;
  readonly cacheDescription?: string;
  readonly retryDelayMs?: number;
}

export async function runScan(options: ScanRunOptions, environment: ScanEnvironment): Promise<ScanReport> {
  const rendered = renderForScan(options.paths, options.settings, environment.cwd, environment.env);
  const errors: LoadError[] = [...rendered.errors];
  const notes: string[] = [];
  const inventory = collectImages(rendered.objects);
  for (const entry of inventory.invalid) {
    errors.push({
      file: entry.use.file,
      line: entry.use.line,
      column: entry.use.column,
      message: `${entry.use.site} image ${JSON.stringify(entry.written ?? null)} cannot be scanned: ${entry.reason}`,
    });
  }
  let database: string | undefined;
  let results: Array<ImageResult & { output?: ScanOutput }> = [];
  // when the scanner itself is missing or its database cannot be updated, one error says so, not one per image
  let setupFailed = false;
  const binaryName = options.binary ?? options.adapter.name;
  const binary = findScannerBinary(binaryName, environment.env, environment.cwd);
  const scannerSettings: ScannerSettings | undefined = binary
    ? {
        binary,
        timeoutSeconds: options.timeoutSeconds,
        retries: options.retries,
        env: environment.env,
        cwd: environment.cwd,
        retryDelayMs: environment.retryDelayMs ?? 2000,
      }
    : undefined;
  if (inventory.images.length > 0 && !scannerSettings) {
    errors.push({
      file: options.binary !== undefined ? binaryName : '.',
      line: 1,
      message: `${options.adapter.name} not found (${binaryName}): install it (docs/scan.md) or set scan.binary / --scanner-binary`,
    });
    results = inventory.images.map((image) => failedResult(image, `${options.adapter.name} not found`));
    setupFailed = true;
  } else if (scannerSettings && inventory.images.length > 0) {
    try {
      if (!options.skipDatabaseUpdate)
        await prepareScanner(options.adapter, environment.runner, scannerSettings);
      database = await databaseVersion(options.adapter, environment.runner, scannerSettings);
      if (database === undefined && environment.cache)
        notes.push(`${options.adapter.name} did not report its database version: results were not cached`);
      results = await mapBounded(inventory.images, options.parallelism, (image) =>
        scanOne(image, options, environment, scannerSettings, database),
      );
    } catch (error) {
      if (!(error instanceof ScannerSetupError)) throw error;
      errors.push({ file: '.', line: 1, message: error.message });
      results = inventory.images.map((image) => failedResult(image, error.message));
      setupFailed = true;
    }
  }

  const matcher = ignoreMatcher(options.ignores, options.today);
  const policy = {
    severityTiers: options.severityTiers,
    ignoreUnfixed: options.ignoreUnfixed,
    ignores: matcher,
  };
  const enabled = effectiveRules(options.settings).get(imageVulnerabilityRule.id)?.enabled ?? true;
  let findings: Finding[] = [];
  const expiredIgnores = new Set<string>();
  results = results.map((result, index) => {
    const deployed = inventory.images[index]!;
    if (result.status !== 'scanned' || !result.output) return result;
    const evaluated = evaluateVulnerabilities(deployed.image, result.output.vulnerabilities, policy);
    for (const vulnerability of evaluated.vulnerabilities) {
      if (vulnerability.ignored?.state === 'expired')
        expiredIgnores.add(
          `the ignore of ${vulnerability.id} at ${vulnerability.ignored.where} expired on ${vulnerability.ignored.expires}: it no longer ignores`,
        );
    }
    if (enabled) findings.push(...vulnerabilityFindings(deployed, evaluated.vulnerabilities));
    return summarize(result, evaluated.vulnerabilities, evaluated.unfixedSkipped);
  });
  notes.push(...[...expiredIgnores].sort());
  for (const result of results) {
    if (result.status === 'failed' && result.error && !setupFailed) {
      const first = result.uses[0]!;
      const others = result.uses.length > 1 ? ` (and ${result.uses.length - 1} more uses)` : '';
      errors.push({
        file: first.file,
        line: first.line,
        column: first.column,
        message: `image "${result.image}" could not be scanned${others}: ${result.error}`,
      });
    }
  }
  const byReference = results.filter((result) => result.cacheKey === 'reference');
  if (byReference.length > 0 && environment.cache && database !== undefined)
    notes.push(
      `${byReference.length} image${byReference.length === 1 ? '' : 's'} cached by reference, not digest (the registry did not give a digest): ${byReference
        .map((result) => `${result.image} (${result.digestNote ?? 'no digest'})`)
        .join('; ')}`,
    );

  // config exemptions and inline annotations apply to scan findings as to any other rule
  const inline = new Map(
    rendered.objects.map((object) => [
      resourceKey({ resource: resourceRef(object.value) }),
      inlineExemptions(object.value),
    ]),
  );
  const ignored = findings.filter((finding) => finding.exemption !== undefined);
  const others = applyExemptions(
    findings.filter((finding) => finding.exemption === undefined),
    inline,
    {
      exemptions: options.settings.config.exemptions ?? [],
      allowInline: options.settings.config.allowInlineExemptions ?? true,
      today: options.today,
    },
  );
  findings = [...ignored, ...others].sort(compareVulnerabilityFindings);

  const report = buildReport({
    findings,
    errors,
    failOn: options.settings.failOn,
    newOnly: false,
    objects: rendered.objects.length,
    files: rendered.files,
    skippedDocuments: rendered.skippedDocuments,
    skippedCharts: rendered.skippedCharts,
  });
  return {
    ...report,
    scan: {
      scanner: options.adapter.name,
      ...(database !== undefined ? { database } : {}),
      cache: environment.cache && database !== undefined ? (environment.cacheDescription ?? 'on') : 'off',
      ignoreUnfixed: options.ignoreUnfixed,
      severityTiers: { ...options.severityTiers },
      ...(options.ignoreFile !== undefined ? { ignoreFile: options.ignoreFile } : {}),
      notes,
    },
    images: results.map(({ output: _output, ...rest }) => rest),
  };
}

async function scanOne(
  deployed: DeployedImage,
  options: ScanRunOptions,
  environment: ScanEnvironment,
  settings: ScannerSettings,
  database: string | undefined,
): Promise<ImageResult & { output?: ScanOutput }> {
  const resolution = await environment.resolver.resolve(deployed.reference);
  const repository = repositoryName(deployed.reference);
  const digest = resolution.ok ? resolution.digest : undefined;
  // scan exactly what the cache key names: the digest when known
  const scannedAs = digest ? `${repository}@${digest}` : deployed.image;
  const key = digest
    ? { scanner: options.adapter.name, database: database ?? '', kind: 'digest' as const, image: scannedAs }
    : {
        scanner: options.adapter.name,
        database: database ?? '',
        kind: 'reference' as const,
        image: deployed.image,
      };
  const base = {
    image: deployed.image,
    scannedAs,
    ...(digest ? { digest } : {}),
    cacheKey: key.kind,
    ...(resolution.ok ? {} : { digestNote: resolution.reason }),
    uses: deployed.uses.map((use) => ({
      file: use.file,
      line: use.line,
      column: use.column,
      resource: use.resource,
      site: use.site,
      path: use.path,
    })),
  };
  const cache = database !== undefined ? environment.cache : undefined;
  const cached = cache?.get(key);
  if (cached) return { ...base, ...emptyCounts(), status: 'scanned', cached: true, output: cached };
  const attempt = await scanImage(options.adapter, environment.runner, settings, scannedAs);
  if (!attempt.ok) {
    const tries = attempt.attempts > 1 ? ` (${attempt.attempts} attempts)` : '';
    return { ...base, ...emptyCounts(), status: 'failed', cached: false, error: `${attempt.error}${tries}` };
  }
  try {
    cache?.put(key, attempt.output);
  } catch {
    // a read-only or full cache folder costs time on the next run, not correctness
  }
  return { ...base, ...emptyCounts(), status: 'scanned', cached: false, output: attempt.output };
}

function failedResult(deployed: DeployedImage, error: string): ImageResult {
  return {
    image: deployed.image,
    scannedAs: deployed.image,
    ...(deployed.reference.digest ? { digest: deployed.reference.digest } : {}),
    cacheKey: deployed.reference.digest ? 'digest' : 'reference',
    cached: false,
    status: 'failed',
    error,
    uses: deployed.uses.map((use) => ({
      file: use.file,
      line: use.line,
      column: use.column,
      resource: use.resource,
      site: use.site,
      path: use.path,
    })),
    ...emptyCounts(),
  };
}

function emptyCounts(): Pick<
  ImageResult,
  'counts' | 'fixable' | 'ignored' | 'unfixedSkipped' | 'vulnerabilities'
> {
  return {
    counts: Object.fromEntries(SEVERITIES.map((severity) => [severity, 0])) as Record<Severity, number>,
    fixable: 0,
    ignored: 0,
    unfixedSkipped: 0,
    vulnerabilities: [],
  };
}

function summarize(
  result: ImageResult & { output?: ScanOutput },
  vulnerabilities: ImageResult['vulnerabilities'],
  unfixedSkipped: number,
): ImageResult & { output?: ScanOutput } {
  const counted = vulnerabilities.filter((vulnerability) => vulnerability.ignored?.state !== 'active');
  const counts = emptyCounts().counts;
  for (const vulnerability of counted) counts[vulnerability.severity]++;
  return {
    ...result,
    ...(result.output?.os ? { os: result.output.os } : {}),
    counts,
    fixable: counted.filter((vulnerability) => vulnerability.fixable).length,
    ignored: vulnerabilities.length - counted.length,
    unfixedSkipped,
    vulnerabilities,
  };
}

function compareVulnerabilityFindings(a: Finding, b: Finding): number {
  return (
    (a.location.file < b.location.file ? -1 : a.location.file > b.location.file ? 1 : 0) ||
    a.location.line - b.location.line ||
    ((a as VulnerabilityFinding).vulnerability.id < (b as VulnerabilityFinding).vulnerability.id ? -1 : 1)
  );
}

/** The cache folder as the report names it: relative to the working directory when inside it. */
export function describeFolder(folder: string, cwd: string): string {
  const relative = path.relative(cwd, folder);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : folder;
}
