/** External processes, spawned with argument arrays (never a shell) and a time limit. */
import { spawn } from 'node:child_process';

export interface ProcessResult {
  /** exit code; null when killed */
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly timedOut: boolean;
}

export interface ProcessRunner {
  run(
    command: string,
    args: readonly string[],
    options: { readonly timeoutMs: number; readonly env?: Readonly<Record<string, string | undefined>> },
  ): Promise<ProcessResult>;
}

const MAX_OUTPUT = 1024 * 1024;

export const spawnRunner: ProcessRunner = {
  run(command, args, options) {
    return new Promise((resolve) => {
      let stdout = '';
      let stderr = '';
      let timedOut = false;
      const child = spawn(command, [...args], {
        stdio: ['ignore', 'pipe', 'pipe'],
        ...(options.env ? { env: { ...options.env } as NodeJS.ProcessEnv } : {}),
      });
      const timer = setTimeout(() => {
        timedOut = true;
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 5000).unref();
      }, options.timeoutMs);
      child.stdout.on('data', (chunk: Buffer) => {
        if (stdout.length < MAX_OUTPUT) stdout += chunk.toString('utf8');
      });
      child.stderr.on('data', (chunk: Buffer) => {
        if (stderr.length < MAX_OUTPUT) stderr += chunk.toString('utf8');
      });
      child.on('error', (error) => {
        clearTimeout(timer);
        resolve({ code: null, stdout, stderr: `${stderr}${error.message}`, timedOut });
      });
      child.on('close', (code) => {
        clearTimeout(timer);
        resolve({ code, stdout, stderr, timedOut });
      });
    });
  },
};
