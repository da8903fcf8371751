/**
 * The scan's options from the config file's `scan:` section and the command
 * line (flags win), shared by `kubegate scan` and the scheduled Action run.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { FailOn, Settings } from '../config/settings.js';
import { todayUtc } from '../gate/exemptions.js';
import { relativeName } from '../render/loader.js';
import { folderCache } from './cache.js';
import { DEFAULT_SEVERITY_TIERS, parseSeverityTiers, SCAN_DEFAULTS, type ScanConfig } from './config.js';
import { CredentialsError, environmentCredentials } from './credentials.js';
import { grypeAdapter } from './grype.js';
import { DEFAULT_IGNORE_FILE, readIgnoreFile, type CveIgnore } from './ignore-file.js';
import { childProcessRunner, type ProcessRunner } from './process.js';
import { OFFLINE_RESOLVER, registryResolver, type DigestResolver } from './registry.js';
import { describeFolder, type ScanEnvironment, type ScanRunOptions } from './run-scan.js';
import { SCANNER_NAMES, type ScannerAdapter, type ScannerName } from './scanner.js';
import { trivyAdapter } from './trivy.js';

export const ADAPTERS: Record<ScannerName, ScannerAdapter> = { trivy: trivyAdapter, grype: grypeAdapter };

/** What the command line (or the Action's inputs) may set; everything optional. */
export interface ScanFlags {
  readonly paths?: readonly string[];
  readonly scanner?: string;
  readonly binary?: string;
  readonly failOn?: FailOn;
  readonly cacheDir?: string;
  readonly noCache?: boolean;
  readonly ignoreFile?: string;
  readonly ignoreUnfixed?: boolean;
  readonly severityTiers?: string;
  readonly parallelism?: number;
  readonly timeoutSeconds?: number;
  readonly retries?: number;
  readonly skipDatabaseUpdate?: boolean;
  /** do not ask registries for digests */
  readonly noResolve?: boolean;
}

/** A problem with the options: exit code 2 with this message (and file:line when it has one). */
export class ScanOptionsError extends Error {
  override name = 'ScanOptionsError';
}

export interface PreparedScan {
  readonly options: ScanRunOptions;
  readonly environment: ScanEnvironment;
}

export interface PrepareDependencies {
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly runner?: ProcessRunner;
  readonly resolver?: DigestResolver;
  readonly today?: string;
  readonly retryDelayMs?: number;
}

export function prepareScan(
  settings: Settings,
  flags: ScanFlags,
  dependencies: PrepareDependencies,
): PreparedScan {
  const config: ScanConfig = settings.config.scan ?? {};
  const { cwd, env } = dependencies;
  const scannerName = flags.scanner ?? config.scanner ?? 'trivy';
  if (!(SCANNER_NAMES as readonly string[]).includes(scannerName))
    throw new ScanOptionsError(`--scanner must be one of ${SCANNER_NAMES.join(', ')}, not "${scannerName}"`);
  const adapter = ADAPTERS[scannerName as ScannerName];
  let severityTiers = { ...DEFAULT_SEVERITY_TIERS, ...(config.severityTiers ?? {}) };
  if (flags.severityTiers !== undefined) {
    try {
      severityTiers = { ...severityTiers, ...parseSeverityTiers(flags.severityTiers) };
    } catch (error) {
      throw new ScanOptionsError(`--severity-tiers: ${(error as Error).message}`);
    }
  }
  const positive = (name: string, value: number | undefined, fallback: number, min: number) => {
    const chosen = value ?? fallback;
    if (!Number.isInteger(chosen) || chosen < min)
      throw new ScanOptionsError(`${name} must be an integer >= ${min}, not ${chosen}`);
    return chosen;
  };
  const ignoreFileName =
    flags.ignoreFile ??
    config.ignoreFile ??
    (fs.existsSync(path.join(cwd, DEFAULT_IGNORE_FILE)) ? DEFAULT_IGNORE_FILE : undefined);
  let ignores: CveIgnore[] = [];
  let ignoreFile: string | undefined;
  if (ignoreFileName !== undefined) {
    const full = path.resolve(cwd, ignoreFileName);
    ignoreFile = relativeName(cwd, full);
    ignores = readIgnoreFile(full, ignoreFile);
  }
  const cacheFolder = flags.noCache
    ? undefined
    : resolveCacheFolder(flags.cacheDir ?? config.cacheDir, cwd, env);
  let credentials;
  try {
    credentials = environmentCredentials(env);
  } catch (error) {
    if (error instanceof CredentialsError) throw new ScanOptionsError(error.message);
    throw error;
  }
  const registryTimeoutSeconds = config.registry?.timeoutSeconds ?? SCAN_DEFAULTS.registryTimeoutSeconds;
  const binary = flags.binary ?? config.binary;
  return {
    options: {
      paths: flags.paths && flags.paths.length > 0 ? flags.paths : ['.'],
      settings: flags.failOn !== undefined ? { ...settings, failOn: flags.failOn } : settings,
      adapter,
      ...(binary !== undefined ? { binary } : {}),
      timeoutSeconds: positive(
        '--timeout',
        flags.timeoutSeconds ?? config.timeoutSeconds,
        SCAN_DEFAULTS.timeoutSeconds,
        1,
      ),
      retries: positive('--retries', flags.retries ?? config.retries, SCAN_DEFAULTS.retries, 0),
      parallelism: positive(
        '--parallel',
        flags.parallelism ?? config.parallelism,
        SCAN_DEFAULTS.parallelism,
        1,
      ),
      ignoreUnfixed: flags.ignoreUnfixed ?? config.ignoreUnfixed ?? false,
      severityTiers,
      ignores,
      ...(ignoreFile !== undefined ? { ignoreFile } : {}),
      today: dependencies.today ?? todayUtc(),
      ...(flags.skipDatabaseUpdate ? { skipDatabaseUpdate: true } : {}),
    },
    environment: {
      cwd,
      env,
      runner: dependencies.runner ?? childProcessRunner(),
      resolver:
        dependencies.resolver ??
        (flags.noResolve || config.registry?.resolve === false
          ? OFFLINE_RESOLVER
          : registryResolver({
              timeoutMs: registryTimeoutSeconds * 1000,
              credentials,
              plainHttp: config.registry?.plainHttp ?? [],
            })),
      ...(cacheFolder
        ? { cache: folderCache(cacheFolder), cacheDescription: describeFolder(cacheFolder, cwd) }
        : {}),
      ...(dependencies.retryDelayMs !== undefined ? { retryDelayMs: dependencies.retryDelayMs } : {}),
    },
  };
}

/** The configured folder, else the user's cache folder; none when neither is known. */
function resolveCacheFolder(
  configured: string | undefined,
  cwd: string,
  env: Readonly<Record<string, string | undefined>>,
): string | undefined {
  if (configured !== undefined) return path.resolve(cwd, configured);
  const base = env.XDG_CACHE_HOME ?? (env.HOME ? path.join(env.HOME, '.cache') : undefined);
  return base ? path.join(base, 'kubegate', 'scan') : undefined;
}
