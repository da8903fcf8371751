import { runCli } from '../../src/commands/run.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process, as a user would from `cwd`. */
export function cli(
  cwd: string,
  args: string[],
  options: { env?: Record<string, string>; isTTY?: boolean } = {},
): CliRun {
  let stdout = '';
  let stderr = '';
  const code = runCli(args, {
    cwd,
    env: options.env ?? {},
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    isTTY: options.isTTY ?? false,
  });
  // async commands (scan, cluster) have their own helper, test/helpers/cli-async.ts
  if (typeof code !== 'number') throw new Error(`"${args[0]}" is an async command: use cliAsync`);
  return { code, stdout, stderr };
}
