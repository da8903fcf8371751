/**
 * Running a scanner process: an argument array (never a shell string), a
 * time limit after which the process is killed, and a cap on what it may
 * print. Behind an interface so that the scan logic can be driven in tests.
 */
import { spawn } from 'node:child_process';

export interface ProcessResult {
  /** null when killed by a signal */
  readonly exitCode: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly timedOut: boolean;
  /** set when the process could not be started (ENOENT, EACCES) */
  readonly spawnError?: string;
}

export interface ProcessOptions {
  readonly timeoutMs: number;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
}

export interface ProcessRunner {
  run(command: string, args: readonly string[], options: ProcessOptions): Promise<ProcessResult>;
}

/** A scanner report of an image with thousands of packages is a few tens of MB at most. */
const MAX_OUTPUT_BYTES = 256 * 1024 * 1024;
const MAX_STDERR_BYTES = 64 * 1024;

export function childProcessRunner(): ProcessRunner {
  return {
    run(command, args, options) {
      return new Promise((resolve) => {
        const stdout: Buffer[] = [];
        let stdoutBytes = 0;
        let stderr = '';
        let timedOut = false;
        let overflow = false;
        let settled = false;
        const child = spawn(command, [...args], {
          cwd: options.cwd,
          env: options.env as NodeJS.ProcessEnv,
          stdio: ['ignore', 'pipe', 'pipe'],
          shell: false,
          windowsHide: true,
        });
        const timer = setTimeout(() => {
          timedOut = true;
          child.kill('SIGKILL');
        }, options.timeoutMs);
        child.stdout.on('data', (chunk: Buffer) => {
          stdoutBytes += chunk.length;
          if (stdoutBytes > MAX_OUTPUT_BYTES) {
            overflow = true;
            child.kill('SIGKILL');
            return;
          }
          stdout.push(chunk);
        });
        child.stderr.on('data', (chunk: Buffer) => {
          if (stderr.length < MAX_STDERR_BYTES) stderr += chunk.toString('utf8');
        });
        const finish = (result: ProcessResult) => {
          if (settled) return;
          settled = true;
          clearTimeout(timer);
          resolve(result);
        };
        child.on('error', (error: NodeJS.ErrnoException) =>
          finish({ exitCode: null, stdout: '', stderr, timedOut, spawnError: error.code ?? error.message }),
        );
        child.on('close', (code) =>
          finish({
            exitCode: overflow ? null : code,
            stdout: Buffer.concat(stdout).toString('utf8'),
            stderr: overflow ? `${stderr}\noutput exceeded ${MAX_OUTPUT_BYTES} bytes` : stderr,
            timedOut,
          }),
        );
      });
    },
  };
}

/** Runs tasks with at most `limit` of them at a time; results in input order. */
export async function mapBounded<T, R>(
  items: readonly T[],
  limit: number,
  task: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index]!, index);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}
