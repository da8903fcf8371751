/**
 * Scan results cached on disk, in a folder the workflow keeps with
 * actions/cache. The key is the scanner, its database version and the image:
 * by digest when the registry told us the digest (content-addressed, so a
 * hit is exact), else by the reference as written (a tag may have moved
 * since; the report says which images were keyed that way). A new database
 * version is a new key, so every image is re-scanned when the database
 * changes, which is the point of a scheduled re-scan. Unreadable entries are
 * misses; writes go through a temporary file and a rename.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import {
  field,
  list,
  normalizeSeverity,
  text,
  type ScanOutput,
  type Vulnerability,
} from './vulnerability.js';

export type CacheKeyKind = 'digest' | 'reference';

export interface CacheKey {
  readonly scanner: string;
  readonly database: string;
  readonly kind: CacheKeyKind;
  /** `repository@digest` or the normalised reference */
  readonly image: string;
}

export interface ScanCache {
  get(key: CacheKey): ScanOutput | undefined;
  put(key: CacheKey, output: ScanOutput): void;
}

const ENTRY_VERSION = 1;

export function cacheFileName(key: CacheKey): string {
  const hash = createHash('sha256')
    .update([key.scanner, key.database, key.kind, key.image].join('\u0000'))
    .digest('hex');
  return `${key.scanner}-${hash.slice(0, 40)}.json`;
}

export function folderCache(folder: string): ScanCache {
  return {
    get(key) {
      let entry: unknown;
      try {
        entry = JSON.parse(fs.readFileSync(path.join(folder, cacheFileName(key)), 'utf8')) as unknown;
      } catch {
        return undefined;
      }
      if (field(entry, 'version') !== ENTRY_VERSION || field(entry, 'image') !== key.image) return undefined;
      if (field(entry, 'database') !== key.database) return undefined;
      return readOutput(field(entry, 'output'));
    },
    put(key, output) {
      fs.mkdirSync(folder, { recursive: true });
      const target = path.join(folder, cacheFileName(key));
      const temporary = `${target}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
      const entry = { version: ENTRY_VERSION, ...key, scannedAt: new Date().toISOString(), output };
      fs.writeFileSync(temporary, JSON.stringify(entry));
      fs.renameSync(temporary, target);
    },
  };
}

/** An entry written by another kubegate version may lack fields: read it as carefully as scanner output. */
function readOutput(value: unknown): ScanOutput | undefined {
  const entries = field(value, 'vulnerabilities');
  if (!Array.isArray(entries)) return undefined;
  const vulnerabilities: Vulnerability[] = [];
  for (const entry of list(entries)) {
    const id = text(field(entry, 'id'));
    if (!id) return undefined;
    vulnerabilities.push({
      ...(entry as Vulnerability),
      id,
      severity: normalizeSeverity(field(entry, 'severity')),
      packageName: text(field(entry, 'packageName')) ?? '(unknown package)',
      installedVersion: text(field(entry, 'installedVersion')) ?? '',
      fixedVersions: list(field(entry, 'fixedVersions')).filter((v): v is string => typeof v === 'string'),
    });
  }
  const digest = text(field(value, 'digest'));
  const os = text(field(value, 'os'));
  return { vulnerabilities, ...(digest ? { digest } : {}), ...(os ? { os } : {}) };
}
