import { parseArgs, type ParseArgsConfig } from 'node:util';

type CommandOptions = NonNullable<ParseArgsConfig['options']>;
import { ConfigError } from '../config/config-file.js';

/** What a command may touch of the outside world; the tests pass their own. */
export interface CliIO {
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** stdout is a terminal (colour allowed unless NO_COLOR) */
  readonly isTTY: boolean;
}

/** Bad command-line usage: exit code 2 with the message and a pointer to --help. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** Strict `node:util` parseArgs whose errors are usage errors (exit 2), not exceptions. */
export function parseCommandArgs<const O extends CommandOptions>(args: string[], options: O) {
  try {
    return parseArgs({ args, allowPositionals: true, strict: true, options });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

/** A flag's value from a fixed set, or a usage error naming the flag and the allowed values. */
export function oneOf<T extends string>(flag: string, value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value)) {
    throw new UsageError(`${flag} must be one of ${allowed.join(', ')}, not "${value}"`);
  }
  return value as T;
}

/** Input problems a command found, already formatted as `file:line: message`: exit 2. */
export class InputErrors extends Error {
  constructor(readonly lines: string[]) {
    super(lines.join('\n'));
  }
}

/**
 * Prints a command's input failure (bad config, InputErrors) as one line each
 * and returns exit code 2; anything else is not an input failure and is rethrown.
 */
export function reportInputFailure(error: unknown, io: CliIO): 2 {
  if (error instanceof ConfigError) {
    io.stderr(`kubegate: ${error.file}:${error.line}: ${error.message}\n`);
    return 2;
  }
  if (error instanceof InputErrors) {
    io.stderr(error.lines.map((line) => `kubegate: ${line}\n`).join(''));
    return 2;
  }
  throw error;
}
