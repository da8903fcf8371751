/**
 * Manifests as they were at a git revision, read without touching the working
 * tree (`git ls-tree` and one `git cat-file --batch`). Names are relative to
 * the working directory, as for the working tree, so fingerprints and files
 * line up between base and head.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import type { LoadError, ManifestSource } from '../render/loader.js';
import { isManifestName, isSkippedFolder } from '../render/loader.js';
import { GitError, resolveCommit } from './revision.js';

export { GitError };

function git(cwd: string, args: string[], input?: Buffer): Buffer {
  const result = spawnSync('git', args, { cwd, input, maxBuffer: 1024 * 1024 * 1024 });
  if (result.error) throw new GitError(`git ${args[0]}: ${result.error.message}`);
  if (result.status !== 0) {
    throw new GitError(
      `git ${args[0]} failed: ${result.stderr.toString('utf8').trim() || `exit ${result.status}`}`,
    );
  }
  return result.stdout;
}

interface TreeEntry {
  readonly object: string;
  readonly size: number;
}

export function gitRevision(cwd: string, ref: string): ManifestSource {
  const commit = resolveCommit(cwd, ref);
  const prefix = git(cwd, ['rev-parse', '--show-prefix']).toString().trim();
  const entries = new Map<string, TreeEntry>();
  let contents: Map<string, Buffer> | undefined;

  return {
    discover(inputs, _errors: LoadError[], charts) {
      const pathspecs = inputs.map((input) => (input === '' ? '.' : input));
      const listing = git(cwd, ['ls-tree', '-r', '-l', '-z', '--full-name', commit, '--', ...pathspecs]);
      const blobs: Array<{ name: string; object: string; size: number }> = [];
      for (const record of listing.toString('utf8').split('\0')) {
        if (record === '') continue;
        const tab = record.indexOf('\t');
        const [mode, type, object, size] = record.slice(0, tab).split(/ +/);
        const fromRoot = record.slice(tab + 1);
        // blobs only: no symbolic links (120000) or submodules
        if (type !== 'blob' || mode === '120000' || !fromRoot.startsWith(prefix)) continue;
        blobs.push({ name: fromRoot.slice(prefix.length), object: object!, size: Number(size) });
      }
      const chartFolders = blobs
        .filter((blob) => path.posix.basename(blob.name) === 'Chart.yaml')
        .map((blob) => path.posix.dirname(blob.name));
      charts.push(...chartFolders);
      const inChart = (name: string) =>
        chartFolders.some((folder) => folder === '.' || name.startsWith(`${folder}/`));
      const names: string[] = [];
      for (const blob of blobs) {
        const folders = blob.name.split('/').slice(0, -1);
        if (!isManifestName(blob.name) || folders.some(isSkippedFolder) || inChart(blob.name)) continue;
        entries.set(blob.name, { object: blob.object, size: blob.size });
        names.push(blob.name);
      }
      return names.sort();
    },
    size(file) {
      return entryFor(file).size;
    },
    read(file) {
      contents ??= readBlobs(
        cwd,
        [...entries.values()].map((entry) => entry.object),
      );
      return contents.get(entryFor(file).object) ?? Buffer.alloc(0);
    },
  };

  function entryFor(file: string): TreeEntry {
    const entry = entries.get(file);
    if (!entry) throw new GitError(`${file} is not in ${ref}`);
    return entry;
  }
}

/** All blobs in one `git cat-file --batch`: `<sha> blob <size>\n<content>\n` each. */
function readBlobs(cwd: string, objects: string[]): Map<string, Buffer> {
  const unique = [...new Set(objects)];
  const output = git(
    cwd,
    ['cat-file', '--batch'],
    Buffer.from(unique.map((object) => `${object}\n`).join('')),
  );
  const blobs = new Map<string, Buffer>();
  let at = 0;
  for (const object of unique) {
    const headerEnd = output.indexOf(0x0a, at);
    const header = output.subarray(at, headerEnd).toString('utf8').split(' ');
    const size = Number(header[2]);
    blobs.set(object, output.subarray(headerEnd + 1, headerEnd + 1 + size));
    at = headerEnd + 1 + size + 1;
  }
  return blobs;
}
