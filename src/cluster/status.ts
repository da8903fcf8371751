/**
 * An API server refusal (a metav1.Status) as findings on source lines: one
 * per cause that names a field (Invalid: invalid values, immutable fields,
 * required fields), else the field named in the message (strict decoding and
 * server-side apply name unknown fields there), else the part of the object
 * the reason is about (the kind for a missing CRD, the namespace, the name),
 * else the object itself. Secret values never reach a message.
 */
import { isRecord, type KubeObject } from '../model/objects.js';
import type { FieldPath } from '../model/path.js';
import type { ApiStatus } from './api.js';
import { fieldPathsInMessage, resolveFieldPath } from './field-path.js';

export interface StatusFinding {
  readonly path: FieldPath;
  readonly message: string;
}

export function describeStatus(status: ApiStatus): string {
  return `${status.code}${status.reason ? ` ${status.reason}` : ''}`;
}

export function findingsForStatus(status: ApiStatus, object: KubeObject): StatusFinding[] {
  const redact = secretRedactor(object);
  const head = `the API server refused it (${describeStatus(status)})`;
  const findings: StatusFinding[] = [];
  for (const cause of status.details?.causes ?? []) {
    if (!cause.field) continue;
    findings.push({
      path: resolveFieldPath(cause.field, object),
      message: redact(`${head}: ${cause.field}: ${cause.message ?? cause.reason ?? 'invalid'}`),
    });
  }
  if (findings.length > 0) return findings;
  const named = fieldPathsInMessage(status.message);
  if (named.length > 0)
    return named.map((field) => ({
      path: resolveFieldPath(field, object),
      message: redact(`${head}: ${status.message}`),
    }));
  return [{ path: pathForReason(status, object), message: redact(`${head}: ${explain(status)}`) }];
}

function pathForReason(status: ApiStatus, object: KubeObject): FieldPath {
  const metadata = isRecord(object.metadata) ? object.metadata : {};
  if (status.code === 404 && status.details?.kind === 'namespaces') return ['metadata', 'namespace'];
  if (
    status.code === 404 &&
    /the server (could not find the requested resource|does not serve kind)/.test(status.message)
  )
    return ['kind'];
  if (status.reason === 'AlreadyExists') return ['metadata', 'name' in metadata ? 'name' : 'generateName'];
  if (status.code === 403 && /exceeded quota/.test(status.message))
    return isRecord(object.spec) ? ['spec'] : [];
  return [];
}

function explain(status: ApiStatus): string {
  if (status.code === 404 && /does not serve kind|could not find the requested resource/.test(status.message))
    return `${status.message}: is its CustomResourceDefinition installed (or the apiVersion right)?`;
  return status.message;
}

/** Replaces every value of a Secret's data and stringData (and its base64 decoding) in a text. */
export function secretRedactor(object: KubeObject): (text: string) => string {
  if (object.kind !== 'Secret') return (text) => text;
  const values: string[] = [];
  for (const key of ['data', 'stringData']) {
    const section = object[key];
    if (!isRecord(section)) continue;
    for (const value of Object.values(section)) {
      if (typeof value !== 'string' || value.length === 0) continue;
      values.push(value);
      if (key === 'data') {
        const decoded = Buffer.from(value, 'base64').toString('utf8');
        if (decoded.length > 0) values.push(decoded);
      }
    }
  }
  values.sort((a, b) => b.length - a.length);
  return (text) => values.reduce((out, value) => out.split(value).join('[redacted]'), text);
}
