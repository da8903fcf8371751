/**
 * Reads plain YAML and JSON manifests from files and folders into source
 * objects. This is the only place (with the renderers) that touches the file
 * system for manifests; everything after it is pure.
 *
 * Bad input never stops the run and never passes silently: each unreadable
 * file becomes a LoadError naming file and line, and the other files are
 * still read.
 */
import fs from 'node:fs';
import path from 'node:path';
import { isKubeObject, isRecord, type SourceDocument, type SourceObject } from '../model/objects.js';
import type { FieldPath } from '../model/path.js';
import {
  DEFAULT_YAML_LIMITS,
  parseYamlFile,
  YamlSourceError,
  type YamlDocument,
  type YamlLimits,
} from './yaml-source.js';

export interface LoadError {
  readonly file: string;
  readonly line: number;
  readonly column?: number;
  readonly message: string;
}

export interface LoadOptions {
  /** paths in findings are relative to this folder */
  readonly cwd: string;
  /** files larger than this are refused (default 10 MiB) */
  readonly maxFileBytes?: number;
  readonly yamlLimits?: YamlLimits;
}

export interface LoadResult {
  readonly objects: SourceObject[];
  readonly errors: LoadError[];
  /** files read */
  readonly files: number;
  /** YAML documents that are not Kubernetes objects (no apiVersion or kind): counted, and kept for families that read them */
  readonly skippedDocuments: number;
  readonly otherDocuments: SourceDocument[];
  /** Helm chart folders not read as plain YAML (rendering them is the renderer's work) */
  readonly skippedCharts: string[];
}

export const DEFAULT_MAX_FILE_BYTES = 10 * 1024 * 1024;
const MANIFEST_EXTENSIONS = new Set(['.yaml', '.yml', '.json']);
const SKIPPED_FOLDERS = new Set(['.git', 'node_modules']);

/**
 * Where manifests are read from: the working tree, or a git revision (for
 * comparing with the base of a change). Names are relative to the working
 * directory, with forward slashes.
 */
export interface ManifestSource {
  /** the files to read under the inputs, sorted; missing inputs and chart folders are reported */
  discover(inputs: readonly string[], errors: LoadError[], charts: string[]): string[];
  /** the file's size in bytes, then its content (not read when over the limit) */
  size(file: string): number;
  read(file: string): Buffer;
}

export function loadSources(
  inputs: readonly string[],
  options: LoadOptions,
  source: ManifestSource = workingTree(options.cwd),
): LoadResult {
  const errors: LoadError[] = [];
  const skippedCharts: string[] = [];
  const files = source.discover(inputs, errors, skippedCharts);
  const objects: SourceObject[] = [];
  const otherDocuments: SourceDocument[] = [];
  for (const file of files) {
    const result = loadFile(file, source, options);
    if ('error' in result) {
      errors.push(result.error);
      continue;
    }
    objects.push(...result.objects);
    otherDocuments.push(...result.otherDocuments);
  }
  return {
    objects,
    errors,
    files: files.length,
    skippedDocuments: otherDocuments.length,
    otherDocuments,
    skippedCharts,
  };
}

/** true for a file name kubegate reads when walking a folder */
export function isManifestName(name: string): boolean {
  // kubegate's own configuration is not a manifest
  return (
    MANIFEST_EXTENSIONS.has(path.extname(name).toLowerCase()) && path.basename(name) !== '.kubegate.yaml'
  );
}

/** true for a folder name never walked into */
export function isSkippedFolder(name: string): boolean {
  return SKIPPED_FOLDERS.has(name);
}

export function workingTree(cwd: string): ManifestSource {
  return {
    discover(inputs, errors, charts) {
      const found = new Set<string>();
      const walk = (folder: string): void => {
        if (fs.existsSync(path.join(folder, 'Chart.yaml'))) {
          charts.push(relativeName(cwd, folder));
          return;
        }
        let entries: fs.Dirent[];
        try {
          entries = fs.readdirSync(folder, { withFileTypes: true });
        } catch (error) {
          errors.push({
            file: relativeName(cwd, folder),
            line: 1,
            message: `cannot read folder: ${describe(error)}`,
          });
          return;
        }
        for (const entry of entries) {
          const full = path.join(folder, entry.name);
          if (entry.isDirectory()) {
            if (!isSkippedFolder(entry.name)) walk(full);
          } else if (isManifestName(entry.name)) {
            // symbolic links to files are read; links to folders are not followed (no loops)
            if (entry.isFile() || (entry.isSymbolicLink() && safeStat(full)?.isFile()))
              found.add(relativeName(cwd, full));
          }
        }
      };
      for (const input of inputs) {
        const full = path.resolve(cwd, input);
        const stat = safeStat(full);
        if (!stat) errors.push({ file: relativeName(cwd, full), line: 1, message: 'no such file or folder' });
        else if (stat.isDirectory()) walk(full);
        else found.add(relativeName(cwd, full));
      }
      return [...found].sort();
    },
    size: (file) => fs.statSync(path.resolve(cwd, file)).size,
    read: (file) => fs.readFileSync(path.resolve(cwd, file)),
  };
}

type FileResult = { objects: SourceObject[]; otherDocuments: SourceDocument[] } | { error: LoadError };

function loadFile(file: string, source: ManifestSource, options: LoadOptions): FileResult {
  const limit = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  let bytes: Buffer;
  try {
    const size = source.size(file);
    if (size > limit) {
      return { error: { file, line: 1, message: `file is ${size} bytes, over the limit of ${limit} bytes` } };
    }
    bytes = source.read(file);
  } catch (error) {
    return { error: { file, line: 1, message: `cannot read file: ${describe(error)}` } };
  }
  const text = decodeText(bytes);
  if (typeof text !== 'string') {
    return { error: { file, line: text.line, message: text.message } };
  }
  return parseManifests(file, text, options.yamlLimits ?? DEFAULT_YAML_LIMITS);
}

/** Text from bytes, or where and why it is not text. */
function decodeText(bytes: Buffer): string | { line: number; message: string } {
  const nul = bytes.indexOf(0);
  if (nul !== -1) return { line: lineOfByte(bytes, nul), message: 'binary file (NUL byte), not YAML' };
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { line: lineOfByte(bytes, firstInvalidUtf8(bytes)), message: 'not UTF-8 text, not YAML' };
  }
}

function lineOfByte(bytes: Buffer, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** Offset of the first byte that does not start or continue a well-formed UTF-8 sequence. */
function firstInvalidUtf8(bytes: Buffer): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i]!;
    const length =
      lead < 0x80
        ? 1
        : lead >= 0xc2 && lead < 0xe0
          ? 2
          : lead >= 0xe0 && lead < 0xf0
            ? 3
            : lead >= 0xf0 && lead < 0xf5
              ? 4
              : 0;
    if (length === 0) return i;
    for (let k = 1; k < length; k++) if (i + k >= bytes.length || (bytes[i + k]! & 0xc0) !== 0x80) return i;
    i += length;
  }
  return i;
}

/** Kubernetes objects from the documents of one file, `kind: List` flattened. */
export function parseManifests(
  file: string,
  text: string,
  limits: YamlLimits = DEFAULT_YAML_LIMITS,
): FileResult {
  let documents: YamlDocument[];
  try {
    documents = parseYamlFile(text, limits).documents;
  } catch (error) {
    if (error instanceof YamlSourceError) {
      return { error: { file, line: error.line, column: error.column, message: error.message } };
    }
    throw error;
  }
  const objects: SourceObject[] = [];
  const otherDocuments: SourceDocument[] = [];
  for (const document of documents) {
    const value = document.value;
    if (value === null || value === undefined) continue; // an empty document
    if (!isKubeObject(value)) {
      otherDocuments.push({
        file,
        documentIndex: document.index,
        line: document.line,
        value,
        locate: (p) => document.locate(p),
      });
      continue;
    }
    if (isListKind(value.kind) && Array.isArray(value.items)) {
      value.items.forEach((item, index) => {
        if (isKubeObject(item)) objects.push(sourceObject(file, document, item, ['items', index]));
        else {
          const prefix = ['items', index];
          const line = document.locate(prefix).line;
          otherDocuments.push({
            file,
            documentIndex: document.index,
            line,
            value: item,
            locate: (p) => document.locate([...prefix, ...p]),
          });
        }
      });
      continue;
    }
    objects.push(sourceObject(file, document, value, []));
  }
  return { objects, otherDocuments };
}

/** `List`, and the typed lists such as `PodList` or `ConfigMapList`. */
function isListKind(kind: string): boolean {
  return kind === 'List' || (kind.endsWith('List') && kind.length > 4);
}

function sourceObject(
  file: string,
  document: YamlDocument,
  value: Record<string, unknown>,
  prefix: FieldPath,
): SourceObject {
  const line = prefix.length === 0 ? document.line : document.locate(prefix).line;
  return {
    file,
    documentIndex: document.index,
    line,
    value: value as SourceObject['value'],
    locate: prefix.length === 0 ? (p) => document.locate(p) : (p) => document.locate([...prefix, ...p]),
  };
}

export function relativeName(cwd: string, full: string): string {
  const relative = path.relative(cwd, full) || '.';
  return relative.split(path.sep).join('/');
}

function safeStat(full: string): fs.Stats | undefined {
  try {
    return fs.statSync(full);
  } catch {
    return undefined;
  }
}

function describe(error: unknown): string {
  if (isRecord(error) && typeof error.code === 'string') return error.code;
  return error instanceof Error ? error.message : String(error);
}
