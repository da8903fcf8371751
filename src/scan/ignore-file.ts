/**
 * The CVE ignore file: accepted vulnerabilities, each with a reason and
 * optionally an expiry date (after which it stops ignoring and the report
 * says so), an owner, and the images it applies to (all by default).
 *
 *   ignores:
 *     - id: CVE-2023-4911
 *       reason: no setuid binaries in this image
 *       expires: 2025-09-30
 *       owner: platform-team
 *       images: [registry.example.com/shop/*, nginx]
 *
 * An `images` entry is a glob (`*` any run of characters) over the image's
 * repository (registry/path) or its whole normalised reference; an entry
 * without globs is normalised like a reference (nginx is
 * docker.io/library/nginx). Unknown keys, a missing reason or a bad date are
 * errors naming the file and line.
 */
import fs from 'node:fs';
import { Ajv } from 'ajv';
import { formatImageReference, parseImageReference, repositoryName } from '../engines/image-ref.js';
import { globToRegExp } from '../model/glob.js';
import { parseYamlFile, YamlSourceError } from '../render/yaml-source.js';

export const DEFAULT_IGNORE_FILE = '.kubegate-cve-ignore.yaml';

export interface CveIgnore {
  readonly id: string;
  readonly reason: string;
  readonly expires?: string;
  readonly owner?: string;
  readonly images?: readonly string[];
  /** where it is written, for the report */
  readonly file: string;
  readonly line: number;
}

export class IgnoreFileError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    message: string,
  ) {
    super(message);
    this.name = 'IgnoreFileError';
  }
}

const SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['ignores'],
  properties: {
    ignores: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'reason'],
        properties: {
          id: { type: 'string', minLength: 1 },
          reason: { type: 'string', minLength: 1 },
          expires: { type: 'string', pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' },
          owner: { type: 'string' },
          images: { type: 'array', items: { type: 'string', minLength: 1 } },
        },
      },
    },
  },
} as const;

let validate: ReturnType<Ajv['compile']> | undefined;

export function readIgnoreFile(fullPath: string, displayName: string): CveIgnore[] {
  let textContent: string;
  try {
    textContent = fs.readFileSync(fullPath, 'utf8');
  } catch (error) {
    throw new IgnoreFileError(
      displayName,
      1,
      `cannot read the ignore file: ${(error as { code?: string }).code ?? String(error)}`,
    );
  }
  return parseIgnoreFile(textContent, displayName);
}

export function parseIgnoreFile(textContent: string, file: string): CveIgnore[] {
  let documents;
  try {
    documents = parseYamlFile(textContent).documents;
  } catch (error) {
    if (error instanceof YamlSourceError) throw new IgnoreFileError(file, error.line, error.message);
    throw error;
  }
  if (documents.length > 1) throw new IgnoreFileError(file, 1, 'the ignore file must hold one YAML document');
  const document = documents[0];
  if (!document || document.value === null || document.value === undefined) return [];
  restoreDates(document.value, textContent, document.locate);
  validate ??= new Ajv({ allErrors: true, strict: true }).compile(SCHEMA);
  if (!validate(document.value)) {
    const error = validate.errors![0]!;
    const segments = error.instancePath
      .split('/')
      .slice(1)
      .map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
    const extra =
      error.keyword === 'additionalProperties'
        ? (error.params as { additionalProperty: string }).additionalProperty
        : undefined;
    const at = [...segments, ...(extra !== undefined ? [extra] : [])];
    const where = at.length > 0 ? at.join('.') : '(top level)';
    const message =
      extra !== undefined
        ? `unknown key ${where}`
        : error.keyword === 'required'
          ? `${where} needs ${(error.params as { missingProperty: string }).missingProperty}`
          : error.keyword === 'pattern'
            ? `${where} must be a date, YYYY-MM-DD`
            : `${where} ${error.message ?? 'is invalid'}`;
    throw new IgnoreFileError(file, document.locate(at).line, message);
  }
  const entries = (document.value as { ignores: Omit<CveIgnore, 'file' | 'line'>[] }).ignores;
  return entries.map((entry, index) => {
    const line = document.locate(['ignores', index]).line;
    if (entry.expires !== undefined && !isRealDate(entry.expires))
      throw new IgnoreFileError(
        file,
        document.locate(['ignores', index, 'expires']).line,
        `ignores.${index}.expires: ${entry.expires} is not a calendar date`,
      );
    return { ...entry, reason: entry.reason.trim(), file, line };
  });
}

/**
 * YAML reads an unquoted 2025-09-30 as a timestamp, and 2025-02-30 as 2 March:
 * take the date as written from the source line instead, so that a date that
 * does not exist is refused rather than moved.
 */
function restoreDates(
  value: unknown,
  textContent: string,
  locate: (path: Array<string | number>) => { line: number; column: number },
): void {
  const entries = (value as { ignores?: unknown } | null)?.ignores;
  if (!Array.isArray(entries)) return;
  const lines = textContent.split(/\r?\n/);
  entries.forEach((entry: unknown, index) => {
    if (
      typeof entry !== 'object' ||
      entry === null ||
      !((entry as { expires?: unknown }).expires instanceof Date)
    )
      return;
    const where = locate(['ignores', index, 'expires']);
    const written = /(\d{4}-\d{2}-\d{2})/.exec(lines[where.line - 1]?.slice(where.column - 1) ?? '')?.[1];
    (entry as { expires: unknown }).expires =
      written ?? (entry as { expires: Date }).expires.toISOString().slice(0, 10);
  });
}

function isRealDate(date: string): boolean {
  const parsed = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === date;
}

export interface IgnoreMatch {
  readonly ignore: CveIgnore;
  readonly state: 'active' | 'expired';
}

export interface IgnoreMatcher {
  match(vulnerabilityId: string, image: string): IgnoreMatch | undefined;
}

/** The first entry for the id whose images admit the image; `today` is YYYY-MM-DD (UTC). */
export function ignoreMatcher(ignores: readonly CveIgnore[], today: string): IgnoreMatcher {
  const compiled = ignores.map((ignore) => ({
    ignore,
    id: ignore.id.trim().toUpperCase(),
    images: ignore.images?.map((pattern) => globToRegExp(normalizePattern(pattern))),
  }));
  return {
    match(vulnerabilityId, image) {
      const id = vulnerabilityId.toUpperCase();
      const parsed = parseImageReference(image);
      const repository = parsed.ok ? repositoryName(parsed.reference) : image;
      const found = compiled.find(
        (entry) =>
          entry.id === id &&
          (entry.images === undefined ||
            entry.images.some((pattern) => pattern.test(repository) || pattern.test(image))),
      );
      if (!found) return undefined;
      const expired = found.ignore.expires !== undefined && found.ignore.expires < today;
      return { ignore: found.ignore, state: expired ? 'expired' : 'active' };
    },
  };
}

function normalizePattern(pattern: string): string {
  if (/[*?]/.test(pattern)) return pattern;
  const parsed = parseImageReference(pattern);
  return parsed.ok ? formatImageReference(parsed.reference) : pattern;
}
