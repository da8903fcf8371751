/**
 * The review artifact: everything needed to post kubegate's review and
 * summary later, from a job that holds a write token but never checks out
 * the pull request (the `comment-from` input, in a workflow_run job). The
 * pull_request job writes it; whoever wrote it may have been the pull
 * request's own code, so reading treats it as untrusted: the size is capped,
 * the shape is validated field by field with limits on every string and list,
 * and nothing in it is ever executed. What it claims (which pull request,
 * which commit) is checked against GitHub before anything is posted.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import type { Report } from '../report/report.js';
import type { ExtraSection } from '../report/markdown.js';
import type { Finding } from '../rules/types.js';
import type { ReviewCandidate } from './candidates.js';

export const BUNDLE_FILE = 'kubegate-review.json';
export const MAX_BUNDLE_BYTES = 16 * 1024 * 1024;

export interface ReviewBundle {
  readonly kind: 'kubegate-review';
  readonly version: 1;
  /** `owner/name` of the base repository */
  readonly repository: string;
  readonly pullRequest: number;
  readonly headSha: string;
  readonly baseSha: string;
  readonly report: Report;
  readonly candidates: readonly ReviewCandidate[];
  readonly sections: readonly ExtraSection[];
}

export class BundleError extends Error {
  override name = 'BundleError';
}

/** Only the fields this version reads, so the artifact's shape does not depend on newer report fields. */
export function bundleOf(input: Omit<ReviewBundle, 'kind' | 'version'>): ReviewBundle {
  const s = input.report.summary;
  return {
    kind: 'kubegate-review',
    version: 1,
    repository: input.repository,
    pullRequest: input.pullRequest,
    headSha: input.headSha,
    baseSha: input.baseSha,
    report: {
      version: 1,
      findings: input.report.findings.map(findingFields),
      errors: input.report.errors.map((error) => ({
        file: error.file,
        line: error.line,
        ...(error.column !== undefined ? { column: error.column } : {}),
        message: error.message,
      })),
      summary: {
        high: s.high,
        medium: s.medium,
        low: s.low,
        gate: s.gate,
        failOn: s.failOn,
        objects: s.objects,
        files: s.files,
        skippedDocuments: s.skippedDocuments,
        skippedCharts: s.skippedCharts,
        charts: s.charts,
        kustomizations: s.kustomizations,
        errors: s.errors,
        newOnly: s.newOnly,
        new: s.new,
        existing: s.existing,
        fixed: s.fixed,
        exempted: s.exempted,
      },
    },
    candidates: input.candidates,
    sections: input.sections.map((section) => ({ title: section.title, markdown: section.markdown })),
  };
}

function findingFields(finding: Finding): Finding {
  return {
    ruleId: finding.ruleId,
    tier: finding.tier,
    title: finding.title,
    message: finding.message,
    resource: {
      apiVersion: finding.resource.apiVersion,
      kind: finding.resource.kind,
      ...(finding.resource.namespace !== undefined ? { namespace: finding.resource.namespace } : {}),
      name: finding.resource.name,
    },
    location: { file: finding.location.file, line: finding.location.line, column: finding.location.column },
    path: finding.path,
    fingerprint: finding.fingerprint,
    status: finding.status,
    ...(finding.fix ? { fix: { description: finding.fix.description, set: finding.fix.set } } : {}),
    ...(finding.exemption
      ? {
          exemption: {
            source: finding.exemption.source,
            reason: finding.exemption.reason,
            ...(finding.exemption.owner !== undefined ? { owner: finding.exemption.owner } : {}),
            ...(finding.exemption.expires !== undefined ? { expires: finding.exemption.expires } : {}),
            state: finding.exemption.state,
          },
        }
      : {}),
  };
}

export function writeBundle(file: string, bundle: ReviewBundle): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${JSON.stringify(bundle)}\n`);
}

/** Reads the artifact from a file, or from a folder holding kubegate-review.json. */
export function readBundle(location: string): ReviewBundle {
  let file = location;
  const stat = lstat(file);
  if (stat?.isDirectory()) file = path.join(location, BUNDLE_FILE);
  const fileStat = lstat(file);
  if (!fileStat) throw new BundleError(`no review artifact at ${file}`);
  if (!fileStat.isFile()) throw new BundleError(`${file} is not a regular file`);
  if (fileStat.size > MAX_BUNDLE_BYTES) {
    throw new BundleError(`${file} is ${fileStat.size} bytes, over the limit of ${MAX_BUNDLE_BYTES}`);
  }
  let value: unknown;
  try {
    value = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new BundleError(`${file} is not JSON: ${(error as Error).message}`);
  }
  return validateBundle(value, file);
}

export function validateBundle(value: unknown, name: string): ReviewBundle {
  validator ??= new Ajv({ allErrors: false, strict: true }).compile(BUNDLE_SCHEMA);
  if (!validator(value)) {
    const error = validator.errors?.[0];
    const where = error?.instancePath ? error.instancePath : '(top level)';
    throw new BundleError(
      `${name} is not a kubegate review artifact: ${where} ${error?.message ?? 'is invalid'}`,
    );
  }
  return value as ReviewBundle;
}

function lstat(file: string): fs.Stats | undefined {
  try {
    return fs.lstatSync(file);
  } catch {
    return undefined;
  }
}

let validator: ReturnType<Ajv['compile']> | undefined;

const text = (maxLength: number) => ({ type: 'string', maxLength });
const line = { type: 'integer', minimum: 1, maximum: 10_000_000 };
const count = { type: 'integer', minimum: 0, maximum: 100_000_000 };
const sha = { type: 'string', pattern: '^[0-9a-f]{40}([0-9a-f]{24})?$' };
const fingerprint = { type: 'string', pattern: '^[0-9a-f]{8,64}$' };
const digest = { type: 'string', pattern: '^[0-9a-f]{16}$' };
const object = (properties: Record<string, unknown>, required: string[]) => ({
  type: 'object',
  additionalProperties: false,
  required,
  properties,
});

const FINDING = object(
  {
    ruleId: { type: 'string', pattern: '^[A-Za-z0-9_.-]+/[A-Za-z0-9_.:-]+$', maxLength: 200 },
    tier: { enum: ['high', 'medium', 'low'] },
    title: text(500),
    message: text(2000),
    resource: object({ apiVersion: text(300), kind: text(300), namespace: text(300), name: text(300) }, [
      'apiVersion',
      'kind',
      'name',
    ]),
    location: object({ file: text(1000), line, column: line }, ['file', 'line', 'column']),
    path: text(2000),
    fingerprint,
    status: { enum: ['new', 'existing', 'fixed'] },
    fix: object(
      {
        description: text(500),
        set: {
          type: 'array',
          maxItems: 20,
          items: object(
            {
              path: {
                type: 'array',
                maxItems: 64,
                items: { anyOf: [text(300), { type: 'integer', minimum: 0, maximum: 100_000 }] },
              },
              value: {},
            },
            ['path'],
          ),
        },
      },
      ['description', 'set'],
    ),
    exemption: object(
      {
        source: { enum: ['config', 'annotation'] },
        reason: text(1000),
        owner: text(200),
        expires: text(20),
        state: { enum: ['active', 'expired', 'refused'] },
      },
      ['source', 'reason', 'state'],
    ),
  },
  ['ruleId', 'tier', 'title', 'message', 'resource', 'location', 'path', 'fingerprint', 'status'],
);

const BUNDLE_SCHEMA = object(
  {
    kind: { const: 'kubegate-review' },
    version: { const: 1 },
    repository: { type: 'string', pattern: '^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$', maxLength: 200 },
    pullRequest: { type: 'integer', minimum: 1, maximum: 1_000_000_000 },
    headSha: sha,
    baseSha: sha,
    report: object(
      {
        version: { const: 1 },
        findings: { type: 'array', maxItems: 50_000, items: FINDING },
        errors: {
          type: 'array',
          maxItems: 10_000,
          items: object({ file: text(1000), line, column: line, message: text(2000) }, [
            'file',
            'line',
            'message',
          ]),
        },
        summary: object(
          {
            high: count,
            medium: count,
            low: count,
            gate: { enum: ['pass', 'fail', 'error'] },
            failOn: { enum: ['high', 'medium', 'low', 'none'] },
            objects: count,
            files: count,
            skippedDocuments: count,
            skippedCharts: { type: 'array', maxItems: 1000, items: text(1000) },
            charts: count,
            kustomizations: count,
            errors: count,
            newOnly: { type: 'boolean' },
            new: count,
            existing: count,
            fixed: count,
            exempted: count,
          },
          [
            'high',
            'medium',
            'low',
            'gate',
            'failOn',
            'objects',
            'files',
            'skippedDocuments',
            'skippedCharts',
            'charts',
            'kustomizations',
            'errors',
            'newOnly',
            'new',
            'existing',
            'fixed',
            'exempted',
          ],
        ),
      },
      ['version', 'findings', 'errors', 'summary'],
    ),
    candidates: {
      type: 'array',
      maxItems: 2000,
      items: object(
        {
          path: text(1000),
          line,
          fingerprints: { type: 'array', minItems: 1, maxItems: 50, items: fingerprint },
          lineDigest: digest,
          suggestion: object(
            {
              startLine: line,
              endLine: line,
              originalDigests: { type: 'array', minItems: 1, maxItems: 40, items: digest },
              lines: { type: 'array', maxItems: 40, items: text(1000) },
            },
            ['startLine', 'endLine', 'originalDigests', 'lines'],
          ),
        },
        ['path', 'line', 'fingerprints'],
      ),
    },
    sections: {
      type: 'array',
      maxItems: 10,
      items: object({ title: text(200), markdown: text(60_000) }, ['title', 'markdown']),
    },
  },
  ['kind', 'version', 'repository', 'pullRequest', 'headSha', 'baseSha', 'report', 'candidates', 'sections'],
);
