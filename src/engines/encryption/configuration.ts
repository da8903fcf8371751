/**
 * EncryptionConfiguration (apiserver.config.k8s.io/v1), read into a typed
 * model with the problems that make kube-apiserver refuse it
 * (k8s.io/apiserver `apis/apiserver/validation/validation_encryption.go`,
 * defaults in `apis/apiserver/v1/defaults.go`):
 *
 * - at least one resources entry, each with resources and providers;
 * - resource names lowercase; not `*` (use `*.` or `*.*`); not
 *   apiserveripinfo, serviceipallocations, servicenodeportallocations; not in
 *   the events.k8s.io (write `events`) or extensions groups; not `res.*`;
 *   no duplicates or overlaps (`secrets` with `*.`) within one entry;
 * - each provider exactly one of kms, aescbc, aesgcm, secretbox, identity;
 * - aescbc and aesgcm keys 16, 24 or 32 bytes, secretbox keys 32 bytes,
 *   base64 encoded, each with a name;
 * - kms: a name (no `:` for v2, unique among v2), a unix:// endpoint,
 *   apiVersion v1 or v2 (default v1), a positive timeout, cachesize only for v1.
 *
 * Key material is never kept: the model records that a key is written inline
 * and how long it decodes to, not what it is.
 */
import { isRecord } from '../../model/objects.js';
import type { FieldPath } from '../../model/path.js';

export const PROVIDER_TYPES = ['kms', 'aescbc', 'aesgcm', 'secretbox', 'identity'] as const;
export type ProviderType = (typeof PROVIDER_TYPES)[number];

export interface GroupResource {
  readonly group: string;
  readonly resource: string;
}

export interface ConfiguredResource extends GroupResource {
  readonly index: number;
  readonly path: FieldPath;
  /** as written, e.g. `secrets`, `*.apps`, `*.` */
  readonly text: string;
}

export interface EncryptionKey {
  readonly index: number;
  readonly path: FieldPath;
  readonly name?: string;
  /** inline: key material written in the file; placeholder: a template expression filled in at deploy time */
  readonly secret: 'missing' | 'inline' | 'placeholder' | 'not-base64';
  /** decoded length in bytes, for inline keys */
  readonly bytes?: number;
}

export interface EncryptionProvider {
  readonly index: number;
  readonly path: FieldPath;
  /** the provider kinds set in this element (exactly one is valid) */
  readonly types: readonly ProviderType[];
  readonly keys: readonly EncryptionKey[];
  readonly kms?: { readonly name?: string; readonly apiVersion: string; readonly endpoint?: string };
}

export interface ResourceEntry {
  readonly index: number;
  readonly path: FieldPath;
  readonly resources: readonly ConfiguredResource[];
  readonly providers: readonly EncryptionProvider[];
}

export interface EncryptionConfig {
  readonly entries: readonly ResourceEntry[];
}

export interface ConfigProblem {
  readonly path: FieldPath;
  readonly message: string;
}

export function isEncryptionConfigurationObject(value: Record<string, unknown>): boolean {
  return (
    typeof value.apiVersion === 'string' &&
    value.apiVersion.startsWith('apiserver.config.k8s.io/') &&
    value.kind === 'EncryptionConfiguration'
  );
}

/** `schema.ParseGroupResource`: the resource before the first dot, the group after it. */
export function parseGroupResource(text: string): GroupResource {
  const dot = text.indexOf('.');
  return dot < 0
    ? { resource: text, group: '' }
    : { resource: text.slice(0, dot), group: text.slice(dot + 1) };
}

export function formatGroupResource(gr: GroupResource): string {
  if (gr.group === '' && gr.resource === '*') return '*.';
  return gr.group === '' ? gr.resource : `${gr.resource}.${gr.group}`;
}

const AES_KEY_BYTES = [16, 24, 32];
const SECRETBOX_KEY_BYTES = [32];
const PLACEHOLDER = /\$\{|\{\{|\$\(|%\{/;

export function readEncryptionConfiguration(value: Record<string, unknown>): {
  config: EncryptionConfig;
  problems: ConfigProblem[];
} {
  const problems: ConfigProblem[] = [];
  if (value.apiVersion !== 'apiserver.config.k8s.io/v1')
    problems.push({
      path: ['apiVersion'],
      message: `${String(value.apiVersion)} is not read by the API server: use apiserver.config.k8s.io/v1`,
    });
  const entries: ResourceEntry[] = [];
  if (!Array.isArray(value.resources) || value.resources.length === 0) {
    problems.push({
      path: value.resources === undefined ? [] : ['resources'],
      message: 'at least one resources entry is required',
    });
    return { config: { entries }, problems };
  }
  const kmsV2Names = new Set<string>();
  value.resources.forEach((entry, index) => {
    const at: FieldPath = ['resources', index];
    if (!isRecord(entry)) {
      problems.push({
        path: at,
        message: 'each resources entry must be a mapping of resources and providers',
      });
      return;
    }
    const resources = readResources(entry.resources, [...at, 'resources'], problems);
    const providers: EncryptionProvider[] = [];
    if (!Array.isArray(entry.providers) || entry.providers.length === 0)
      problems.push({
        path: entry.providers === undefined ? at : [...at, 'providers'],
        message: 'at least one provider is required',
      });
    else
      entry.providers.forEach((provider, k) => {
        const parsed = readProvider(provider, [...at, 'providers', k], k, problems, kmsV2Names);
        if (parsed) providers.push(parsed);
      });
    entries.push({ index, path: at, resources, providers });
  });
  return { config: { entries }, problems };
}

function readResources(value: unknown, path: FieldPath, problems: ConfigProblem[]): ConfiguredResource[] {
  if (!Array.isArray(value) || value.length === 0) {
    problems.push({ path, message: 'at least one resource is required' });
    return [];
  }
  const resources: ConfiguredResource[] = [];
  value.forEach((item, index) => {
    const at = [...path, index];
    if (typeof item !== 'string') {
      problems.push({ path: at, message: 'resources must be strings such as secrets or *.apps' });
      return;
    }
    const problem = resourceNameProblem(item);
    if (problem) problems.push({ path: at, message: problem });
    resources.push({ index, path: at, text: item, ...parseGroupResource(item) });
  });
  // within one entry: duplicates, and overlaps that a wildcard would mask
  let duplicate = false;
  let overlap = false;
  for (const a of resources)
    for (const b of resources) {
      if (a === b) continue;
      if (a.group === b.group && a.resource === b.resource) duplicate = true;
      else if (
        (a.group === '*' && a.resource === '*') ||
        (a.group === b.group && (a.resource === '*' || b.resource === '*'))
      )
        overlap = true;
    }
  if (duplicate) problems.push({ path, message: 'the same resource is listed more than once' });
  if (overlap)
    problems.push({
      path,
      message:
        'overlapping resources (such as secrets and *.) in one entry are refused: the wildcard would mask them',
    });
  return resources;
}

function resourceNameProblem(text: string): string | undefined {
  if (text.toLowerCase() !== text) return `resource "${text}" must not contain capital letters`;
  if (text === '*') return 'use *. to encrypt every resource of the core group, or *.* for every resource';
  if (['apiserveripinfo', 'serviceipallocations', 'servicenodeportallocations'].includes(text))
    return `${text} has no REST API and cannot be encrypted`;
  const gr = parseGroupResource(text);
  if (gr.group === 'events.k8s.io')
    return `${text}: events.k8s.io objects are stored as events; write events`;
  if (gr.group === 'extensions') return `${text}: the extensions group was removed and cannot be encrypted`;
  if (gr.group === '*' && gr.resource !== '*')
    return `${text}: encrypting one resource across every group is not supported`;
  return undefined;
}

function readProvider(
  value: unknown,
  path: FieldPath,
  index: number,
  problems: ConfigProblem[],
  kmsV2Names: Set<string>,
): EncryptionProvider | undefined {
  if (!isRecord(value)) {
    problems.push({
      path,
      message: 'each provider must be a mapping with one of kms, aescbc, aesgcm, secretbox, identity',
    });
    return undefined;
  }
  const types = PROVIDER_TYPES.filter((type) => value[type] !== undefined && value[type] !== null);
  if (types.length === 0)
    problems.push({ path, message: 'provider sets none of kms, aescbc, aesgcm, secretbox, identity' });
  else if (types.length > 1)
    problems.push({ path, message: `provider sets ${types.join(' and ')}: one per list element` });
  const keys: EncryptionKey[] = [];
  let kms: EncryptionProvider['kms'];
  for (const type of types) {
    const body = value[type];
    if (type === 'identity') continue;
    if (!isRecord(body)) {
      problems.push({ path: [...path, type], message: `${type} must be a mapping` });
      continue;
    }
    if (type === 'kms') kms = readKms(body, [...path, 'kms'], problems, kmsV2Names);
    else
      keys.push(
        ...readKeys(
          body.keys,
          [...path, type, 'keys'],
          type === 'secretbox' ? SECRETBOX_KEY_BYTES : AES_KEY_BYTES,
          problems,
        ),
      );
  }
  return { index, path, types, keys, ...(kms ? { kms } : {}) };
}

function readKeys(
  value: unknown,
  path: FieldPath,
  sizes: readonly number[],
  problems: ConfigProblem[],
): EncryptionKey[] {
  if (!Array.isArray(value) || value.length === 0) {
    problems.push({ path, message: 'at least one key is required' });
    return [];
  }
  return value.map((key, index): EncryptionKey => {
    const at = [...path, index];
    const fields = isRecord(key) ? key : {};
    const name = typeof fields.name === 'string' && fields.name !== '' ? fields.name : undefined;
    if (name === undefined) problems.push({ path: at, message: 'key has no name' });
    const secret = fields.secret;
    if (typeof secret !== 'string' || secret === '') {
      problems.push({ path: at, message: 'key has no secret' });
      return { index, path: at, ...(name ? { name } : {}), secret: 'missing' };
    }
    if (PLACEHOLDER.test(secret))
      return { index, path: at, ...(name ? { name } : {}), secret: 'placeholder' };
    const bytes = base64Length(secret);
    if (bytes === undefined) {
      // the message never repeats the value
      problems.push({ path: [...at, 'secret'], message: `key ${name ?? index} is not base64 encoded` });
      return { index, path: at, ...(name ? { name } : {}), secret: 'not-base64' };
    }
    if (!sizes.includes(bytes))
      problems.push({
        path: [...at, 'secret'],
        message: `key ${name ?? index} decodes to ${bytes} bytes; expected ${sizes.join(', ')}`,
      });
    return { index, path: at, ...(name ? { name } : {}), secret: 'inline', bytes };
  });
}

/** Go's base64.StdEncoding: padded standard alphabet (line breaks ignored); undefined when invalid. */
function base64Length(text: string): number | undefined {
  const compact = text.replace(/[\r\n]/g, '');
  if (compact.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(compact)) return undefined;
  const padding = compact.endsWith('==') ? 2 : compact.endsWith('=') ? 1 : 0;
  return (compact.length / 4) * 3 - padding;
}

function readKms(
  body: Record<string, unknown>,
  path: FieldPath,
  problems: ConfigProblem[],
  kmsV2Names: Set<string>,
): EncryptionProvider['kms'] {
  const apiVersion = body.apiVersion === undefined || body.apiVersion === '' ? 'v1' : String(body.apiVersion);
  const name = typeof body.name === 'string' && body.name !== '' ? body.name : undefined;
  const endpoint = typeof body.endpoint === 'string' && body.endpoint !== '' ? body.endpoint : undefined;
  if (apiVersion !== 'v1' && apiVersion !== 'v2')
    problems.push({ path: [...path, 'apiVersion'], message: `kms apiVersion ${apiVersion} is not v1 or v2` });
  if (name === undefined) problems.push({ path, message: 'kms provider has no name' });
  else if (apiVersion === 'v2') {
    if (name.includes(':'))
      problems.push({ path: [...path, 'name'], message: `kms v2 name "${name}" must not contain :` });
    if (kmsV2Names.has(name))
      problems.push({ path: [...path, 'name'], message: `kms name "${name}" is used twice` });
    kmsV2Names.add(name);
  }
  if (endpoint === undefined) problems.push({ path, message: 'kms provider has no endpoint' });
  else if (!endpoint.startsWith('unix://'))
    problems.push({
      path: [...path, 'endpoint'],
      message: `kms endpoint "${endpoint}" must be a unix:// socket`,
    });
  if (apiVersion !== 'v1' && body.cachesize !== undefined)
    problems.push({ path: [...path, 'cachesize'], message: 'cachesize applies to kms v1 only' });
  if (apiVersion === 'v1' && body.cachesize === 0)
    problems.push({
      path: [...path, 'cachesize'],
      message: 'cachesize must be positive, or negative to turn caching off',
    });
  if (body.timeout !== undefined && !positiveDuration(body.timeout))
    problems.push({
      path: [...path, 'timeout'],
      message: `kms timeout ${String(body.timeout)} must be a positive duration`,
    });
  return { apiVersion, ...(name ? { name } : {}), ...(endpoint ? { endpoint } : {}) };
}

/** A Go duration such as 3s or 1m30s, above zero. */
function positiveDuration(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const match = /^(\d+(\.\d+)?(ns|us|µs|ms|s|m|h))+$/.test(value);
  return match && /[1-9]/.test(value);
}
