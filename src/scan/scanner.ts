/**
 * A scanner as kubegate drives it: find the binary, bring its database up to
 * date once, read the database version (half of the cache key), then scan
 * one image at a time with a time limit and retries. A crash, a hang or
 * unreadable output fails that image with a message that says which, and
 * never turns into "no vulnerabilities".
 */
import fs from 'node:fs';
import path from 'node:path';
import type { ProcessRunner } from './process.js';
import { ScannerOutputError, type ScanOutput } from './vulnerability.js';

export type ScannerName = 'trivy' | 'grype';
export const SCANNER_NAMES: readonly ScannerName[] = ['trivy', 'grype'];

/** What differs between scanners: their command lines and their report formats. */
export interface ScannerAdapter {
  readonly name: ScannerName;
  /** run once before scanning: database download */
  prepareArgs(): string[];
  /** prints the database version */
  databaseArgs(): string[];
  parseDatabaseVersion(output: string): string | undefined;
  scanArgs(reference: string, timeoutSeconds: number): string[];
  /** added to the environment of scans */
  readonly scanEnv: Readonly<Record<string, string>>;
  parseReport(output: string): ScanOutput;
}

export interface ScannerSettings {
  /** path of the binary, or a bare name looked up on PATH */
  readonly binary: string;
  readonly timeoutSeconds: number;
  /** attempts after the first */
  readonly retries: number;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
  /** pause before a retry; tests set 0 */
  readonly retryDelayMs: number;
}

export type ScanAttempt =
  | { readonly ok: true; readonly output: ScanOutput; readonly attempts: number }
  | { readonly ok: false; readonly error: string; readonly attempts: number };

export class ScannerSetupError extends Error {
  override name = 'ScannerSetupError';
}

/** The binary as configured: a path (relative to cwd) or a name on PATH; undefined when not found. */
export function findScannerBinary(
  binary: string,
  env: Readonly<Record<string, string | undefined>>,
  cwd: string,
): string | undefined {
  if (binary.includes('/') || binary.includes(path.sep)) {
    const full = path.resolve(cwd, binary);
    return isExecutable(full) ? full : undefined;
  }
  for (const folder of (env.PATH ?? '').split(path.delimiter)) {
    if (folder === '') continue;
    const candidate = path.join(folder, binary);
    if (isExecutable(candidate)) return candidate;
  }
  return undefined;
}

function isExecutable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/** Brings the database up to date (failure is an error: a stale or missing database misses CVEs). */
export async function prepareScanner(
  adapter: ScannerAdapter,
  runner: ProcessRunner,
  settings: ScannerSettings,
): Promise<void> {
  const result = await runner.run(settings.binary, adapter.prepareArgs(), {
    timeoutMs: settings.timeoutSeconds * 1000,
    env: settings.env,
    cwd: settings.cwd,
  });
  const problem = describeFailure(adapter.name, result, settings.timeoutSeconds);
  if (problem) throw new ScannerSetupError(`updating the ${adapter.name} database failed: ${problem}`);
}

/** The database version, or undefined when the scanner does not tell (results are then not cached). */
export async function databaseVersion(
  adapter: ScannerAdapter,
  runner: ProcessRunner,
  settings: ScannerSettings,
): Promise<string | undefined> {
  const result = await runner.run(settings.binary, adapter.databaseArgs(), {
    timeoutMs: Math.min(settings.timeoutSeconds, 60) * 1000,
    env: settings.env,
    cwd: settings.cwd,
  });
  if (describeFailure(adapter.name, result, settings.timeoutSeconds)) return undefined;
  return adapter.parseDatabaseVersion(result.stdout);
}

export async function scanImage(
  adapter: ScannerAdapter,
  runner: ProcessRunner,
  settings: ScannerSettings,
  reference: string,
): Promise<ScanAttempt> {
  let lastError = '';
  const attempts = settings.retries + 1;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    if (attempt > 1 && settings.retryDelayMs > 0) await sleep(settings.retryDelayMs * (attempt - 1));
    const result = await runner.run(settings.binary, adapter.scanArgs(reference, settings.timeoutSeconds), {
      timeoutMs: settings.timeoutSeconds * 1000,
      env: { ...settings.env, ...adapter.scanEnv },
      cwd: settings.cwd,
    });
    const failure = describeFailure(adapter.name, result, settings.timeoutSeconds);
    if (failure) {
      lastError = failure;
      // a missing binary does not come back on a retry
      if (result.spawnError) break;
      continue;
    }
    try {
      return { ok: true, output: adapter.parseReport(result.stdout), attempts: attempt };
    } catch (error) {
      if (!(error instanceof ScannerOutputError)) throw error;
      lastError = error.message;
    }
  }
  return { ok: false, error: lastError, attempts };
}

function describeFailure(
  name: string,
  result: { exitCode: number | null; stderr: string; timedOut: boolean; spawnError?: string },
  timeoutSeconds: number,
): string | undefined {
  if (result.spawnError) return `${name} could not be started (${result.spawnError})`;
  if (result.timedOut) return `${name} timed out after ${timeoutSeconds}s and was stopped`;
  if (result.exitCode === 0) return undefined;
  const how = result.exitCode === null ? 'was killed' : `exited with code ${result.exitCode}`;
  const detail = lastLines(result.stderr);
  return `${name} ${how}${detail ? `: ${detail}` : ''}`;
}

/** The end of stderr, where scanners put the reason, on one line. */
function lastLines(stderr: string): string {
  const lines = stderr
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
  return lines.slice(-3).join(' | ').slice(0, 500);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
