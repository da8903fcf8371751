/** Command-line entry: the only place that reads process globals for the CLI. */
import { runCli } from './commands/run.js';

// async commands (scan) return a promise; the others a number
const code = await runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  isTTY: process.stdout.isTTY === true,
});
process.exitCode = code;
