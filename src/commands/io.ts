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
