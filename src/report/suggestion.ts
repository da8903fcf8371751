/**
 * A finding's mechanical fix (fields to set, paths relative to the object) as
 * the lines of a GitHub ```suggestion block: which lines of the file to
 * replace, and with what. Pure: file text and parsed object in, lines out.
 *
 * The edit is made on the text, keeping the file's indentation, key quoting,
 * comments and everything else as written: a value is replaced on its line,
 * a missing field is inserted among its siblings, and a parent that is
 * missing, empty or written in flow style is written again as a block. The
 * result is then parsed again and must hold exactly the original objects
 * with the fix applied; anything else gives no suggestion rather than a
 * wrong one. The replaced lines must include the comment's line, fit where
 * the caller allows (inside one diff hunk) and carry no unsafe text.
 */
import { isRecord, resourceRef, type SourceObject } from '../model/objects.js';
import type { FieldPath } from '../model/path.js';
import { parseManifests } from '../render/loader.js';
import type { Fix } from '../rules/types.js';

export interface Suggestion {
  /** 1-based, inclusive: the lines replaced (the review comment spans them) */
  readonly startLine: number;
  readonly endLine: number;
  /** those lines as they are now, without line endings */
  readonly original: readonly string[];
  /** the lines that replace them */
  readonly lines: readonly string[];
}

export interface SuggestionRequest {
  readonly file: string;
  readonly text: string;
  /** the object the fix applies to, parsed from `text` */
  readonly object: SourceObject;
  readonly set: Fix['set'];
  /** the replaced lines must include this one: the comment sits on it */
  readonly anchorLine: number;
  /** and every line from anchorLine to this one, when the comment spans several */
  readonly anchorEndLine?: number;
}

export interface SuggestionLimits {
  /** whether these lines may be replaced (inside one diff hunk); any lines by default */
  readonly canReplace?: (startLine: number, endLine: number) => boolean;
  /** a line that must never be shown (it carries a secret value): no suggestion then */
  readonly isUnsafeLine?: (line: string) => boolean;
  /** longest suggestion, in replaced or replacing lines (default 40) */
  readonly maxLines?: number;
}

interface ObjectKey {
  readonly documentIndex: number;
  readonly identity: string;
  /** position among the objects of the same document with the same identity (List items) */
  readonly ordinal: number;
}

export function suggestFix(
  request: SuggestionRequest,
  limits: SuggestionLimits = {},
): Suggestion | undefined {
  if (request.set.length === 0) return undefined;
  const lines = request.text.split('\n').map((line) => line.replace(/\r$/, ''));
  // the object's own YAML document is all that changes, and all that is parsed again
  const document = documentAround(lines, request.object.line);
  if (document) {
    const inDocument = suggestIn(request, document.lines, document.offset, 0, limits);
    if (inDocument !== NOT_FOUND) return inDocument;
  }
  const inFile = suggestIn(request, lines, 0, request.object.documentIndex, limits);
  return inFile === NOT_FOUND ? undefined : inFile;
}

const NOT_FOUND = Symbol('object not found');

/**
 * The suggestion for the object, working on some lines of the file: the
 * object's document (`offset` lines into the file, document index 0 there),
 * or the whole file.
 */
function suggestIn(
  request: SuggestionRequest,
  original: string[],
  offset: number,
  documentIndex: number,
  limits: SuggestionLimits,
): Suggestion | undefined | typeof NOT_FOUND {
  const before = parsedObjects(request.file, original.join('\n'));
  const key = before && keyOf(before, request.object, documentIndex, offset);
  if (!before || !key) return NOT_FOUND;
  const unit = indentationUnit(original);
  // new keys go in before their first sibling, so setting them last to first keeps the fix's order;
  // when the fix's entries overlap that can change the result, and the written order is tried too
  for (const order of [[...request.set].reverse(), request.set]) {
    const edited = applyAll(request.file, original, key, order, unit);
    if (edited && verify(request, before, key, edited.join('\n'))) {
      return narrowest(request, original, edited, offset, limits);
    }
  }
  return undefined;
}

/**
 * The lines of the YAML document holding a line: between the document
 * markers around it (`---` or `...` at the start of a line is always a
 * marker; no scalar can contain one). Undefined when the line is a marker.
 */
function documentAround(lines: string[], line: number): { lines: string[]; offset: number } | undefined {
  const isMarker = (text: string) => /^(?:---|\.\.\.)(?:[ \t]|$)/.test(text);
  const index = line - 1;
  if (index < 0 || index >= lines.length || isMarker(lines[index]!)) return undefined;
  let first = index;
  while (first > 0 && !isMarker(lines[first - 1]!)) first--;
  let last = index;
  while (last + 1 < lines.length && !isMarker(lines[last + 1]!)) last++;
  return { lines: lines.slice(first, last + 1), offset: first };
}

function applyAll(
  file: string,
  original: string[],
  key: ObjectKey,
  set: Fix['set'],
  unit: number,
): string[] | undefined {
  let lines = original;
  for (const { path, value } of set) {
    const objects = parsedObjects(file, lines.join('\n'));
    const target = objects && findObject(objects, key);
    if (!target) return undefined;
    const edited = applySet(lines, target, path, value, unit);
    if (!edited) return undefined;
    lines = edited;
  }
  return lines;
}

/** The Markdown block GitHub turns into a one-click change. */
export function suggestionMarkdown(suggestion: Pick<Suggestion, 'lines'>): string {
  const longestRun = Math.max(0, ...suggestion.lines.map((line) => longestBacktickRun(line)));
  const fence = '`'.repeat(Math.max(3, longestRun + 1));
  return [`${fence}suggestion`, ...suggestion.lines, fence].join('\n');
}

function longestBacktickRun(line: string): number {
  let longest = 0;
  for (const run of line.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  return longest;
}

// ---------------------------------------------------------------------------
// choosing the replaced lines

function narrowest(
  request: SuggestionRequest,
  original: string[],
  edited: string[],
  offset: number,
  limits: SuggestionLimits,
): Suggestion | undefined {
  let prefix = 0;
  while (prefix < original.length && prefix < edited.length && original[prefix] === edited[prefix]) prefix++;
  let suffix = 0;
  while (
    suffix < original.length - prefix &&
    suffix < edited.length - prefix &&
    original[original.length - 1 - suffix] === edited[edited.length - 1 - suffix]
  )
    suffix++;
  // 0-based: original[start, end) becomes edited[start, editedEnd)
  const start = prefix;
  const end = original.length - suffix;
  const editedEnd = edited.length - suffix;
  if (start === end && start === editedEnd) return undefined; // nothing changes

  // a pure insertion replaces no line: widen it by the line before, else the line after
  const windows: Array<[number, number]> =
    start < end
      ? [[start, end]]
      : [
          [start - 1, end],
          [start, end + 1],
        ];
  for (const [from, to] of windows) {
    if (from < 0 || to > original.length) continue;
    // the comment's lines must be among the replaced ones
    const anchor = request.anchorLine - 1 - offset;
    const anchorEnd = Math.max(anchor, (request.anchorEndLine ?? request.anchorLine) - 1 - offset);
    const first = Math.min(from, anchor);
    const last = Math.max(to, anchorEnd + 1);
    if (first < 0 || last > original.length) continue;
    const replaced = original.slice(first, last);
    const replacement = [
      ...original.slice(first, from),
      ...edited.slice(from, editedEnd + (to - end)),
      ...original.slice(to, last),
    ];
    const maxLines = limits.maxLines ?? 40;
    if (replaced.length > maxLines || replacement.length > maxLines) continue;
    if (limits.isUnsafeLine && replacement.some((line) => limits.isUnsafeLine!(line))) continue;
    if (limits.canReplace && !limits.canReplace(first + 1 + offset, last + offset)) continue;
    return { startLine: first + 1 + offset, endLine: last + offset, original: replaced, lines: replacement };
  }
  return undefined;
}

// ---------------------------------------------------------------------------
// editing the text

function applySet(
  lines: string[],
  object: SourceObject,
  path: FieldPath,
  value: unknown,
  unit: number,
): string[] | undefined {
  // the deepest part of the path that exists
  let node: unknown = object.value;
  let depth = 0;
  while (depth < path.length) {
    const segment = path[depth]!;
    if (typeof segment === 'number') {
      if (!Array.isArray(node) || segment >= node.length) break;
      node = node[segment];
    } else {
      if (!isRecord(node) || !Object.hasOwn(node, segment)) break;
      node = node[segment];
    }
    depth++;
  }
  if (depth === path.length) {
    return (
      replaceEntry(lines, object, path, value, unit) ?? rewriteAncestor(lines, object, path, value, unit)
    );
  }

  const missing = path.slice(depth);
  if (missing.some((segment) => typeof segment === 'number')) return undefined; // no new list items
  const [key, ...below] = missing as string[];
  const nested = below.reduceRight<unknown>((inner, name) => ({ [name]: inner }), value);
  const parentPath = path.slice(0, depth);
  if (isRecord(node) && Object.keys(node).length > 0) {
    const inserted = insertEntry(lines, object, parentPath, node, key!, nested, unit);
    if (inserted) return inserted;
  }
  if (parentPath.length === 0) return undefined;
  // an empty, null or flow-style parent: write it again as a block holding the new field
  if (node !== null && !isRecord(node)) return undefined; // a scalar where a mapping belongs: a person decides
  return replaceEntry(lines, object, parentPath, { ...(node ?? {}), [key!]: nested }, unit);
}

/**
 * A field written where a line edit cannot reach it (inside a flow mapping
 * such as `securityContext: {privileged: true}`): the nearest ancestor
 * written as a block entry is written again, as a block, with the field set.
 */
function rewriteAncestor(
  lines: string[],
  object: SourceObject,
  path: FieldPath,
  value: unknown,
  unit: number,
): string[] | undefined {
  for (let depth = path.length - 1; depth >= 1; depth--) {
    const ancestor = path.slice(0, depth);
    if (typeof ancestor[ancestor.length - 1] !== 'string') continue;
    const current = valueAt(object.value, ancestor);
    if (!isRecord(current) && !Array.isArray(current)) return undefined;
    const updated = unshared(current);
    if (!setPath(updated, path.slice(depth), value)) return undefined;
    const rewritten = replaceEntry(lines, object, ancestor, updated, unit);
    if (rewritten) return rewritten;
  }
  return undefined;
}

function valueAt(root: unknown, path: FieldPath): unknown {
  let node = root;
  for (const segment of path) {
    if (typeof segment === 'number') node = Array.isArray(node) ? node[segment] : undefined;
    else node = isRecord(node) ? node[segment] : undefined;
  }
  return node;
}

/** Replaces `key: value` (and the value's lines below it) with the key set to a new value. */
function replaceEntry(
  lines: string[],
  object: SourceObject,
  path: FieldPath,
  value: unknown,
  unit: number,
): string[] | undefined {
  const key = path[path.length - 1];
  if (typeof key !== 'string') return undefined; // replacing list items is left to a person
  const entry = blockEntry(lines, object.locate(path), key);
  if (!entry) return undefined;
  const { index, column, keyText, afterColon } = entry;
  const line = lines[index]!;
  const prefix = line.slice(0, column);
  const end = entryEnd(lines, index, column, afterColon.trim() === '' || afterColon.trim().startsWith('#'));

  let rendered: string[] | undefined;
  const inline = inlineValue(value);
  if (inline !== undefined) {
    const comment = trailingComment(afterColon);
    rendered = [`${prefix}${keyText}: ${inline}${comment}`];
  } else {
    const block = renderBlock(value, column + unit, unit);
    if (!block) return undefined;
    rendered = [`${prefix}${keyText}:`, ...block];
  }
  return [...lines.slice(0, index), ...rendered, ...lines.slice(end + 1)];
}

/** Inserts `key: value` into a block mapping, among its siblings and at their indentation. */
function insertEntry(
  lines: string[],
  object: SourceObject,
  parentPath: FieldPath,
  parent: Record<string, unknown>,
  key: string,
  value: unknown,
  unit: number,
): string[] | undefined {
  const parentLine = parentPath.length === 0 ? 0 : object.locate(parentPath).line;
  const children = Object.keys(parent)
    .map((name) => ({ name, at: object.locate([...parentPath, name]) }))
    .sort((a, b) => a.at.line - b.at.line || a.at.column - b.at.column);
  let insertAt: number | undefined;
  let indent = 0;
  // before the first sibling that starts its own line: right under the parent's key
  for (const child of children) {
    const line = lines[child.at.line - 1];
    if (line === undefined || child.at.line <= parentLine) continue;
    if (/^ *$/.test(line.slice(0, child.at.column - 1)) && blockEntry(lines, child.at, child.name)) {
      insertAt = child.at.line - 1;
      indent = child.at.column - 1;
      break;
    }
  }
  if (insertAt === undefined) {
    // every sibling shares the line of a list item's dash: after the last sibling's lines
    const last = children[children.length - 1];
    if (!last) return undefined;
    const entry = blockEntry(lines, last.at, last.name);
    if (!entry) return undefined;
    const emptyValue = entry.afterColon.trim() === '' || entry.afterColon.trim().startsWith('#');
    insertAt = entryEnd(lines, entry.index, entry.column, emptyValue) + 1;
    indent = entry.column;
  } else {
    // comments just above the sibling describe it: insert above them
    while (insertAt - 1 >= parentLine && isCommentAt(lines[insertAt - 1]!, indent)) insertAt--;
  }
  const inline = inlineValue(value);
  const keyText = yamlKey(key);
  let rendered: string[] | undefined;
  if (inline !== undefined) rendered = [`${' '.repeat(indent)}${keyText}: ${inline}`];
  else {
    const block = renderBlock(value, indent + unit, unit);
    rendered = block && [`${' '.repeat(indent)}${keyText}:`, ...block];
  }
  if (!rendered) return undefined;
  return [...lines.slice(0, insertAt), ...rendered, ...lines.slice(insertAt)];
}

function isCommentAt(line: string, indent: number): boolean {
  return line.startsWith(`${' '.repeat(indent)}#`);
}

interface BlockEntry {
  /** 0-based line index */
  readonly index: number;
  /** 0-based column of the key */
  readonly column: number;
  /** the key as written, quotes included */
  readonly keyText: string;
  /** the rest of the line after the colon */
  readonly afterColon: string;
}

/**
 * The block-style `key:` at a position: the key starts its line or follows a
 * list item's dash, and is the key we expect (not a merge key `<<` the
 * position fell back to, not a key inside a flow mapping).
 */
function blockEntry(
  lines: string[],
  at: { line: number; column: number },
  key: string,
): BlockEntry | undefined {
  const index = at.line - 1;
  const column = at.column - 1;
  const line = lines[index];
  if (line === undefined || !/^ *(?:- +)*$/.test(line.slice(0, column))) return undefined;
  const token = keyToken(line, column);
  if (!token || token.value !== key) return undefined;
  let colon = token.end;
  while (line[colon] === ' ') colon++;
  if (line[colon] !== ':') return undefined;
  const afterColon = line.slice(colon + 1);
  if (afterColon !== '' && !afterColon.startsWith(' ')) return undefined;
  return { index, column, keyText: line.slice(column, token.end), afterColon };
}

/** The key starting at a column: its value and where its text ends. */
function keyToken(line: string, column: number): { value: string; end: number } | undefined {
  const quote = line[column];
  if (quote === '"') {
    const match = /^"(?:[^"\\]|\\.)*"/.exec(line.slice(column));
    if (!match) return undefined;
    try {
      return { value: JSON.parse(match[0]) as string, end: column + match[0].length };
    } catch {
      return undefined;
    }
  }
  if (quote === "'") {
    const match = /^'(?:[^']|'')*'/.exec(line.slice(column));
    if (!match) return undefined;
    return { value: match[0].slice(1, -1).replace(/''/g, "'"), end: column + match[0].length };
  }
  const match = /^[^\s:#'"[\]{},&*!|>%@`][^:#]*?(?=\s*:(?: |$))/.exec(line.slice(column));
  if (!match) return undefined;
  return { value: match[0], end: column + match[0].length };
}

/**
 * The last line of an entry whose key sits at a column: the lines below that
 * are more indented (or, for a block sequence, dashes at the key's own
 * indentation), without trailing blank and comment lines.
 */
function entryEnd(lines: string[], index: number, column: number, valueBelow: boolean): number {
  let end = index;
  for (let j = index + 1; j < lines.length; j++) {
    const line = lines[j]!;
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    const indent = line.length - line.trimStart().length;
    if (indent > column || (valueBelow && indent === column && /^-(?: |$)/.test(trimmed))) end = j;
    else break;
  }
  return end;
}

/** A comment after a plain or quoted scalar on the key's line, kept when the value is replaced. */
function trailingComment(afterColon: string): string {
  const match = /^\s*(?:[^'"#\s][^#]*?|"(?:[^"\\]|\\.)*"|'(?:[^']|'')*')(\s+#.*)$/.exec(afterColon);
  return match?.[1] ?? '';
}

/** Two spaces unless the file consistently nests by another amount. */
function indentationUnit(lines: string[]): number {
  const counts = new Map<number, number>();
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i]!;
    if (!/:\s*$/.test(line)) continue;
    const next = lines[i + 1]!;
    if (next.trim() === '') continue;
    const step = next.length - next.trimStart().length - (line.length - line.trimStart().length);
    if (step > 0 && step <= 8) counts.set(step, (counts.get(step) ?? 0) + 1);
  }
  let best = 2;
  let bestCount = 0;
  for (const [step, count] of counts) {
    if (count > bestCount) {
      best = step;
      bestCount = count;
    }
  }
  return best;
}

// ---------------------------------------------------------------------------
// writing values as YAML

const SPECIAL_WORDS = /^(?:true|false|yes|no|on|off|y|n|null|~)$/i;
const NUMBER_LIKE = /^[-+]?(?:\.?[0-9]|\.(?:inf|nan)$|0x|0o)/i;

/** A value that fits on the key's line, or undefined for a block. */
function inlineValue(value: unknown): string | undefined {
  if (value === null) return 'null';
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : undefined;
  if (typeof value === 'string') return yamlString(value);
  if (Array.isArray(value) && value.length === 0) return '[]';
  if (isRecord(value) && Object.keys(value).length === 0) return '{}';
  return undefined;
}

function yamlString(value: string): string {
  const plain =
    /^[A-Za-z0-9_/][A-Za-z0-9_./-]*$/.test(value) && !SPECIAL_WORDS.test(value) && !NUMBER_LIKE.test(value);
  return plain ? value : JSON.stringify(value);
}

function yamlKey(key: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.-]*$/.test(key) && !SPECIAL_WORDS.test(key) ? key : JSON.stringify(key);
}

function renderBlock(value: unknown, indent: number, unit: number): string[] | undefined {
  const pad = ' '.repeat(indent);
  const out: string[] = [];
  if (Array.isArray(value)) {
    for (const item of value) {
      const inline = inlineValue(item);
      if (inline !== undefined) out.push(`${pad}- ${inline}`);
      else if (isRecord(item)) {
        const block = renderBlock(item, indent + 2, unit);
        if (!block) return undefined;
        out.push(`${pad}- ${block[0]!.trimStart()}`, ...block.slice(1));
      } else return undefined;
    }
    return out;
  }
  if (!isRecord(value)) return undefined;
  for (const [key, child] of Object.entries(value)) {
    const inline = inlineValue(child);
    if (inline !== undefined) out.push(`${pad}${yamlKey(key)}: ${inline}`);
    else {
      const block = renderBlock(child, indent + unit, unit);
      if (!block) return undefined;
      out.push(`${pad}${yamlKey(key)}:`, ...block);
    }
  }
  return out;
}

// ---------------------------------------------------------------------------
// checking the result

function parsedObjects(file: string, text: string): SourceObject[] | undefined {
  const parsed = parseManifests(file, text);
  return 'error' in parsed ? undefined : parsed.objects;
}

function identityOf(object: SourceObject): string {
  const ref = resourceRef(object.value);
  return JSON.stringify([ref.apiVersion, ref.kind, ref.namespace ?? '', ref.name]);
}

/** Where the object is among objects parsed from lines `offset` lines into its file. */
function keyOf(
  objects: SourceObject[],
  object: SourceObject,
  documentIndex: number,
  offset: number,
): ObjectKey | undefined {
  const identity = identityOf(object);
  const same = objects.filter((o) => o.documentIndex === documentIndex && identityOf(o) === identity);
  const ordinal = same.findIndex((o) => o.line + offset === object.line);
  return ordinal < 0 ? undefined : { documentIndex, identity, ordinal };
}

function findObject(objects: SourceObject[], key: ObjectKey): SourceObject | undefined {
  return objects.filter((o) => o.documentIndex === key.documentIndex && identityOf(o) === key.identity)[
    key.ordinal
  ];
}

/** The edited text holds the same objects, the target with exactly the fix applied. */
function verify(request: SuggestionRequest, before: SourceObject[], key: ObjectKey, text: string): boolean {
  const after = parsedObjects(request.file, text);
  if (!after || after.length !== before.length) return false;
  const target = findObject(before, key);
  if (!target) return false;
  // a tree without shared nodes: setting a field through an alias must not set it everywhere the alias is used
  const expected = unshared(target.value);
  for (const { path, value } of request.set) {
    if (!setPath(expected, path, value)) return false;
  }
  return before.every((object, index) => {
    const now = after[index]!;
    if (now.documentIndex !== object.documentIndex) return false;
    return deepEqual(now.value, object === target ? expected : object.value);
  });
}

function unshared(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(unshared);
  if (value instanceof Date) return new Date(value.getTime());
  if (isRecord(value))
    return Object.fromEntries(Object.entries(value).map(([key, child]) => [key, unshared(child)]));
  return value;
}

function setPath(root: unknown, path: FieldPath, value: unknown): boolean {
  let node = root;
  for (let i = 0; i < path.length - 1; i++) {
    const segment = path[i]!;
    if (typeof segment === 'number') {
      if (!Array.isArray(node) || segment >= node.length) return false;
      node = node[segment];
    } else {
      if (!isRecord(node)) return false;
      if (node[segment] === undefined || node[segment] === null) node[segment] = {};
      node = node[segment];
    }
  }
  const last = path[path.length - 1];
  if (last === undefined) return false;
  if (typeof last === 'number') {
    if (!Array.isArray(node) || last >= node.length) return false;
    node[last] = unshared(value);
  } else {
    if (!isRecord(node)) return false;
    node[last] = unshared(value);
  }
  return true;
}

function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object') {
    return typeof a === 'number' && typeof b === 'number' && Number.isNaN(a) && Number.isNaN(b);
  }
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (a instanceof Date || b instanceof Date) {
    return a instanceof Date && b instanceof Date && a.getTime() === b.getTime();
  }
  const aKeys = Object.keys(a);
  const bKeys = Object.keys(b as object);
  if (aKeys.length !== bKeys.length) return false;
  const bRecord = b as Record<string, unknown>;
  return aKeys.every(
    (key) => Object.hasOwn(bRecord, key) && deepEqual((a as Record<string, unknown>)[key], bRecord[key]),
  );
}
