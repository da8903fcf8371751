import { runCli } from '../../src/commands/run.js';
import type { CliRun } from './cli.js';

/** Runs the CLI in-process and awaits it: for the async commands (scan, cluster). */
export async function cliAsync(
  cwd: string,
  args: string[],
  options: { env?: Record<string, string>; isTTY?: boolean } = {},
): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    cwd,
    env: options.env ?? {},
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    isTTY: options.isTTY ?? false,
  });
  return { code, stdout, stderr };
}
