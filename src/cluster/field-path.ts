/**
 * Field paths as the API server writes them in errors, resolved against the
 * object sent so a finding lands on the line a person edits:
 * - validation causes: `spec.template.spec.containers[0].image`, map keys as
 *   `metadata.labels[app]` (field.Path in apimachinery);
 * - strict decoding: `unknown field "spec.replicass"`;
 * - server-side apply (structured-merge-diff): `.spec.containers[name="app"].imagee`,
 *   list items named by their keys (`[containerPort=80,protocol="TCP"]`).
 * Resolution keeps the first key that does not exist in the object (an
 * unknown field does not: the path names it, and locate() falls back to its
 * parent's line) and stops there.
 */
import { isRecord } from '../model/objects.js';
import type { FieldPath, PathSegment } from '../model/path.js';

type Selector =
  { readonly kind: 'name'; readonly name: string } | { readonly kind: 'index'; readonly text: string };

function tokenize(text: string): Selector[] {
  const tokens: Selector[] = [];
  let rest = text.startsWith('.') ? text.slice(1) : text;
  while (rest.length > 0) {
    if (rest.startsWith('[')) {
      const end = closingBracket(rest);
      tokens.push({ kind: 'index', text: rest.slice(1, end) });
      rest = rest.slice(end + 1);
    } else {
      const match = /^[^.[]+/.exec(rest);
      if (!match) break;
      tokens.push({ kind: 'name', name: match[0] });
      rest = rest.slice(match[0].length);
    }
    if (rest.startsWith('.')) rest = rest.slice(1);
  }
  return tokens;
}

/** the bracket closing the one at 0, skipping quoted text */
function closingBracket(text: string): number {
  let quoted = false;
  for (let i = 1; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') i++;
    else if (c === '"') quoted = !quoted;
    else if (c === ']' && !quoted) return i;
  }
  return text.length;
}

/** `name="app",port=80` → [['name','app'],['port','80']] */
function keyValues(text: string): Array<[string, string]> | undefined {
  const pairs: Array<[string, string]> = [];
  const pattern = /\s*([^=,\s]+)=("(?:[^"\\]|\\.)*"|[^,]*)\s*(?:,|$)/gy;
  let match: RegExpExecArray | null;
  let consumed = 0;
  while (consumed < text.length && (match = pattern.exec(text)) !== null) {
    const raw = match[2]!;
    pairs.push([match[1]!, raw.startsWith('"') ? (JSON.parse(raw) as string) : raw]);
    consumed = pattern.lastIndex;
  }
  return pairs.length > 0 && consumed === text.length ? pairs : undefined;
}

/** Resolves an API server field path against the object; stops at the first segment that is not there. */
export function resolveFieldPath(text: string, object: unknown): FieldPath {
  const path: PathSegment[] = [];
  let node: unknown = object;
  for (const token of tokenize(text.trim())) {
    let next: PathSegment | undefined;
    if (token.kind === 'name') {
      if (isRecord(node)) next = token.name;
    } else if (/^\d+$/.test(token.text) && Array.isArray(node)) {
      next = Number(token.text);
    } else if (Array.isArray(node)) {
      const pairs = keyValues(token.text);
      const index = pairs
        ? node.findIndex(
            (item) => isRecord(item) && pairs.every(([key, value]) => String(item[key]) === value),
          )
        : -1;
      if (index >= 0) next = index;
    } else if (isRecord(node)) {
      next = token.text.startsWith('"') ? (JSON.parse(token.text) as string) : token.text;
    }
    if (next === undefined) break;
    path.push(next);
    if (isRecord(node) && typeof next === 'string' && next in node) node = node[next];
    else if (Array.isArray(node) && typeof next === 'number' && next < node.length) node = node[next];
    else break;
  }
  return path;
}

/** Field paths named in an error message (strict decoding and apply errors carry them in the text). */
export function fieldPathsInMessage(message: string): string[] {
  const paths: string[] = [];
  for (const match of message.matchAll(/(?:unknown|duplicate) field "([^"]+)"/g)) paths.push(match[1]!);
  for (const match of message.matchAll(/(?:^|[\s:(])(\.[A-Za-z][^\s:]*): field not declared in schema/g))
    paths.push(match[1]!);
  return paths;
}
