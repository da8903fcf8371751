/** Runs the runtime and encryption rules over in-memory files, the way `kubegate check` would. */
import fs from 'node:fs';
import path from 'node:path';
import { DEFAULT_SETTINGS } from '../../../src/config/settings.js';
import type { SourceDocument, SourceObject } from '../../../src/model/objects.js';
import { parseManifests } from '../../../src/render/loader.js';
import { analyzeAll } from '../../../src/rules/engine.js';
import type { LoadError } from '../../../src/render/loader.js';
import type { RuntimeConfig } from '../../../src/rules/runtime/config.js';
import type { Finding } from '../../../src/rules/types.js';

export const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures/runtime');

export function fixture(name: string): string {
  return fs.readFileSync(path.join(FIXTURES, name), 'utf8');
}

export function parse(files: Record<string, string>): {
  objects: SourceObject[];
  documents: SourceDocument[];
} {
  const objects: SourceObject[] = [];
  const documents: SourceDocument[] = [];
  for (const [file, text] of Object.entries(files)) {
    const result = parseManifests(file, text);
    if ('error' in result) throw new Error(`${file}:${result.error.line}: ${result.error.message}`);
    objects.push(...result.objects);
    documents.push(...result.otherDocuments);
  }
  return { objects, documents };
}

/** Findings and errors of the given rules (default: all of this tier's) over the files; falco -V off unless configured. */
export function checkAll(
  files: Record<string, string>,
  options: { runtime?: RuntimeConfig; rules?: string[] } = {},
): { findings: Finding[]; errors: LoadError[] } {
  const { objects, documents } = parse(files);
  const runtime: RuntimeConfig = {
    ...options.runtime,
    falco: { validate: 'never', ...options.runtime?.falco },
  };
  return analyzeAll(
    objects,
    {
      ...DEFAULT_SETTINGS,
      onlyRules: options.rules ?? ['runtime/*', 'secrets/encryption-*'],
      config: { runtime },
    },
    documents,
  );
}

/** Only the findings. */
export function check(
  files: Record<string, string>,
  options: { runtime?: RuntimeConfig; rules?: string[] } = {},
): Finding[] {
  return checkAll(files, options).findings;
}

/** `file:line message` of each error. */
export function errorsOf(result: { errors: readonly LoadError[] }): string[] {
  return result.errors.map((error) => `${error.file}:${error.line} ${error.message}`);
}

/** `line path: message`, for compact expectations. */
export function brief(findings: readonly Finding[]): string[] {
  return findings.map((finding) => `${finding.location.line} ${finding.path}: ${finding.message}`);
}

export function ids(findings: readonly Finding[]): string[] {
  return [...new Set(findings.map((finding) => finding.ruleId))].sort();
}
