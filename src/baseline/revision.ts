/**
 * The base revision of a change, for rendering it the same way as the head:
 * written into a temporary folder through a temporary index
 * (`git read-tree` + `git checkout-index`), so neither the working tree nor
 * the repository's own index is touched, and export-ignore attributes do not
 * drop files the way `git archive` would.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export class GitError extends Error {
  override name = 'GitError';
}

function git(cwd: string, args: string[], env: Record<string, string> = {}): string {
  const result = spawnSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, ...env },
    maxBuffer: 256 * 1024 * 1024,
  });
  if (result.error) throw new GitError(`git ${args[0]}: ${result.error.message}`);
  if (result.status !== 0)
    throw new GitError(`git ${args[0]} failed: ${result.stderr.trim() || `exit ${result.status}`}`);
  return result.stdout;
}

export function resolveCommit(cwd: string, ref: string): string {
  if (ref.startsWith('-')) throw new GitError(`not a revision: ${ref}`);
  try {
    return git(cwd, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]).trim();
  } catch {
    throw new GitError(
      `cannot resolve git revision "${ref}" (is it fetched? actions/checkout needs fetch-depth: 0)`,
    );
  }
}

export interface Materialized {
  /** the folder that stands for the working directory at that revision */
  readonly cwd: string;
  readonly remove: () => void;
}

export function materializeRevision(cwd: string, ref: string): Materialized {
  const commit = resolveCommit(cwd, ref);
  const prefix = git(cwd, ['rev-parse', '--show-prefix']).trim();
  const topLevel = git(cwd, ['rev-parse', '--show-toplevel']).trim();
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'kubegate-base-'));
  const remove = () => fs.rmSync(work, { recursive: true, force: true });
  try {
    const index = { GIT_INDEX_FILE: path.join(work, 'index') };
    const tree = path.join(work, 'tree');
    git(topLevel, ['read-tree', commit], index);
    git(topLevel, ['checkout-index', '--all', '--force', `--prefix=${tree}/`], index);
    const baseCwd = path.join(tree, prefix);
    fs.mkdirSync(baseCwd, { recursive: true });
    return { cwd: baseCwd, remove };
  } catch (error) {
    remove();
    throw error;
  }
}

/** Files changed between the revision and the working tree (committed, staged, unstaged, untracked), relative to cwd. */
export function changedFilesSince(cwd: string, ref: string): Set<string> {
  const commit = resolveCommit(cwd, ref);
  const changed = git(cwd, ['diff', '--name-only', '--no-renames', '--relative', '-z', commit, '--'])
    .split('\0')
    .filter((file) => file !== '');
  const untracked = git(cwd, ['ls-files', '--others', '--exclude-standard', '-z'])
    .split('\0')
    .filter((file) => file !== '');
  return new Set([...changed, ...untracked]);
}
