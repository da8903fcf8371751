/**
 * Secret values found in the manifests, and a redactor that removes them from
 * anything kubegate sends or writes: review comments, the summary, the job
 * summary, annotations, log lines, the JSON report, SARIF and the review
 * artifact. Rules do not put values in messages; this is the second line of
 * defence, at the edge, for whatever text a future rule or a copied line of
 * YAML might carry.
 *
 * What counts as a secret value: every `data` (as written, base64, and
 * decoded) and `stringData` value of a Secret; every Kustomize
 * secretGenerator literal; any string under a key named like a credential
 * (password, token, apiKey, clientSecret, privateKey...) and the value of an
 * env var named like one (`{name: DB_PASSWORD, value: ...}`); and PEM
 * private keys anywhere. Values shorter than four characters are not
 * redacted: removing "no" or "1" from every message would hide more than it
 * protects, and neither are true, false, null, none, yes and no. Values
 * shorter than twelve characters are removed where they stand as a word of
 * their own, not from inside identifiers such as fingerprints.
 */
import { isRecord } from '../model/objects.js';

const MIN_SECRET_LENGTH = 4;
/** values shorter than this are matched as whole words only */
const WHOLE_WORD_BELOW = 12;
/** values so common in every manifest that removing them would only garble the output */
const NOT_SECRET = /^(?:true|false|null|none|yes|no)$/i;
/** names of keys (and env vars) whose string value is a credential */
const CREDENTIAL_NAME =
  /(?:passw(?:or)?d|passphrase|secret|token|api[-_]?key|access[-_]?key|private[-_]?key|credentials?|auth)$/i;
const PEM_PRIVATE_KEY = /-----BEGIN [A-Z ]*PRIVATE KEY-----/;
export const REDACTED = '[redacted]';

export class Redactor {
  private readonly values: string[];
  private readonly pattern: RegExp | undefined;

  constructor(values: Iterable<string>) {
    const unique = new Set<string>();
    for (const value of values) {
      for (const variant of variants(value))
        if (variant.length >= MIN_SECRET_LENGTH && !NOT_SECRET.test(variant)) unique.add(variant);
    }
    // longest first, so a value containing another is removed whole
    this.values = [...unique].sort((a, b) => b.length - a.length);
    this.pattern =
      this.values.length > 0 ? new RegExp(this.values.map(valuePattern).join('|'), 'g') : undefined;
  }

  get size(): number {
    return this.values.length;
  }

  redact(text: string): string {
    return this.pattern ? text.replace(this.pattern, REDACTED) : text;
  }

  /** true when the text carries a secret value */
  reveals(text: string): boolean {
    if (!this.pattern) return false;
    this.pattern.lastIndex = 0;
    const found = this.pattern.test(text);
    this.pattern.lastIndex = 0;
    return found;
  }

  /** every string inside a JSON-like value redacted (keys too) */
  redactDeep<T>(value: T): T {
    if (!this.pattern) return value;
    const walk = (node: unknown): unknown => {
      if (typeof node === 'string') return this.redact(node);
      if (Array.isArray(node)) return node.map(walk);
      if (isRecord(node)) {
        return Object.fromEntries(
          Object.entries(node).map(([key, child]) => [this.redact(key), walk(child)]),
        );
      }
      return node;
    };
    return walk(value) as T;
  }
}

/**
 * A value as a pattern. A short one (a PIN, a port-like number) only as a
 * whole word: inside a longer run of letters and digits (a fingerprint, a
 * commit id) it is no longer recognisable, and cutting it out would corrupt
 * the identifier. A long one wherever it appears.
 */
function valuePattern(value: string): string {
  const escaped = value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return value.length >= WHOLE_WORD_BELOW ? escaped : `(?<![A-Za-z0-9])${escaped}(?![A-Za-z0-9])`;
}

/** The forms a value may show up in: as written, each line of a multi-line value, trimmed. */
function variants(value: string): string[] {
  const out = [value, value.trim()];
  if (value.includes('\n')) {
    for (const line of value.split('\n')) out.push(line.trim());
  }
  return out;
}

/** true for a key or env var name that holds a credential (the secrets rules' own matcher is added by the caller) */
export function looksLikeCredentialName(name: string): boolean {
  return CREDENTIAL_NAME.test(name);
}

/**
 * Secret values in parsed YAML documents (Kubernetes objects or any other
 * YAML, such as Helm values). `isCredentialName` decides which env var names
 * (`{name, value}` entries) hold credentials; keys are matched by the
 * stricter credential-name pattern.
 */
export function secretValues(
  documents: Iterable<unknown>,
  isCredentialName: (name: string) => boolean = looksLikeCredentialName,
): string[] {
  const found: string[] = [];
  for (const value of documents) {
    if (isRecord(value) && value.kind === 'Secret') {
      if (isRecord(value.data)) {
        for (const encoded of Object.values(value.data)) {
          if (typeof encoded !== 'string') continue;
          found.push(encoded);
          const decoded = decodeBase64(encoded);
          if (decoded !== undefined) found.push(decoded);
        }
      }
      if (isRecord(value.stringData)) {
        for (const plain of Object.values(value.stringData)) if (typeof plain === 'string') found.push(plain);
      }
    }
    // Kustomize: secretGenerator literals are `key=value`
    if (isRecord(value) && Array.isArray(value.secretGenerator)) {
      for (const generator of value.secretGenerator) {
        if (!isRecord(generator) || !Array.isArray(generator.literals)) continue;
        for (const literal of generator.literals) {
          if (typeof literal === 'string' && literal.includes('='))
            found.push(literal.slice(literal.indexOf('=') + 1));
        }
      }
    }
    collectCredentials(value, found, isCredentialName);
  }
  return found;
}

function collectCredentials(
  node: unknown,
  found: string[],
  isCredentialName: (name: string) => boolean,
): void {
  if (Array.isArray(node)) {
    for (const item of node) collectCredentials(item, found, isCredentialName);
    return;
  }
  if (!isRecord(node)) {
    if (typeof node === 'string' && PEM_PRIVATE_KEY.test(node)) found.push(node);
    return;
  }
  // `env: [{name: DB_PASSWORD, value: ...}]` and the like
  if (typeof node.name === 'string' && isCredentialName(node.name) && typeof node.value === 'string') {
    found.push(node.value);
  }
  for (const [key, child] of Object.entries(node)) {
    // keys by the strict pattern only: `secretName: db` names a Secret, it is no secret itself
    if (typeof child === 'string' && CREDENTIAL_NAME.test(key)) found.push(child);
    else collectCredentials(child, found, isCredentialName);
  }
}

function decodeBase64(encoded: string): string | undefined {
  const compact = encoded.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(compact)) return undefined;
  const bytes = Buffer.from(compact, 'base64');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined; // binary data cannot appear in text output as is
  }
}
