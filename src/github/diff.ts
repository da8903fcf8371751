/**
 * A pull request's diff as review comments see it. GitHub accepts a review
 * comment only on a line of the head side (RIGHT) that is inside a hunk of
 * the file's patch (an added or a context line), and a multi-line comment only
 * when all its lines are in the same hunk; one comment off the diff makes
 * the whole review fail. This maps the PR's files and patches (as the
 * pulls/files endpoint returns them) to those lines, with their text, so the
 * caller can also check that its own copy of the file says the same thing.
 */
import { createHash } from 'node:crypto';

/** One entry of `GET /repos/{owner}/{repo}/pulls/{number}/files`. */
export interface PullFile {
  readonly filename: string;
  /** added, removed, modified, renamed, copied, changed, unchanged */
  readonly status: string;
  readonly previousFilename?: string;
  /** the unified diff hunks; absent for binary files and diffs too large to show */
  readonly patch?: string;
}

export interface DiffLine {
  /** which hunk of the file (0-based): multi-line comments must stay in one */
  readonly hunk: number;
  /** the line's text on the head side, without line ending */
  readonly text: string;
  readonly added: boolean;
}

export interface FileDiff {
  readonly path: string;
  readonly previousPath?: string;
  readonly status: string;
  /** head-side lines a review comment may be placed on, by 1-based line number */
  readonly lines: ReadonlyMap<number, DiffLine>;
}

export class DiffMap {
  private readonly files = new Map<string, FileDiff>();

  constructor(files: readonly FileDiff[]) {
    for (const file of files) this.files.set(file.path, file);
  }

  file(path: string): FileDiff | undefined {
    return this.files.get(path);
  }

  /** true when every line from start to end is a head-side line of one hunk of the file */
  canComment(path: string, startLine: number, endLine: number = startLine): boolean {
    const file = this.files.get(path);
    const first = file?.lines.get(startLine);
    if (!file || !first || endLine < startLine) return false;
    for (let line = startLine + 1; line <= endLine; line++) {
      if (file.lines.get(line)?.hunk !== first.hunk) return false;
    }
    return true;
  }

  /** the head-side text of a line inside the diff, when it is there */
  textAt(path: string, line: number): string | undefined {
    return this.files.get(path)?.lines.get(line)?.text;
  }
}

const HUNK_HEADER = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;

/**
 * The head-side lines of a patch. Hunk headers give the start and length of
 * each side; lines are ` ` context, `+` added, `-` removed, and `\ No newline
 * at end of file` belongs to the line before it and is no line of its own.
 */
export function parsePatch(patch: string): Map<number, DiffLine> {
  const lines = new Map<number, DiffLine>();
  let hunk = -1;
  let newLine = 0;
  let oldLeft = 0;
  let newLeft = 0;
  for (const raw of patch.split('\n')) {
    const header = HUNK_HEADER.exec(raw);
    if (header) {
      hunk++;
      newLine = Number(header[3]);
      oldLeft = header[2] === undefined ? 1 : Number(header[2]);
      newLeft = header[4] === undefined ? 1 : Number(header[4]);
      continue;
    }
    if (hunk < 0 || raw.startsWith('\\')) continue;
    const text = raw.slice(1).replace(/\r$/, '');
    // a context line for an empty line may have lost its leading space on the way
    const marker = raw === '' ? ' ' : raw[0];
    if (marker === '+' && newLeft > 0) {
      lines.set(newLine, { hunk, text, added: true });
      newLine++;
      newLeft--;
    } else if (marker === '-' && oldLeft > 0) {
      oldLeft--;
    } else if (marker === ' ' && newLeft > 0 && oldLeft > 0) {
      lines.set(newLine, { hunk, text, added: false });
      newLine++;
      newLeft--;
      oldLeft--;
    }
    // anything else (the trailing empty string of a patch ending in a newline) is outside a hunk
  }
  return lines;
}

/** The PR's files as a diff map: removed files and files without a patch have no lines. */
export function diffFromPullFiles(files: readonly PullFile[]): DiffMap {
  return new DiffMap(
    files.map((file) => ({
      path: file.filename,
      ...(file.previousFilename !== undefined ? { previousPath: file.previousFilename } : {}),
      status: file.status,
      lines: file.status === 'removed' || file.patch === undefined ? new Map() : parsePatch(file.patch),
    })),
  );
}

/**
 * A short digest of a line's text, for checking that a line is still what it
 * was without carrying the text itself (it may hold a secret value).
 */
export function lineDigest(text: string): string {
  return createHash('sha256').update(text.replace(/\r$/, '')).digest('hex').slice(0, 16);
}
