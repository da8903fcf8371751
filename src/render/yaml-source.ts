/**
 * Fast YAML loading with exact source positions.
 *
 * Values come from js-yaml (about 7x faster than the yaml package's Document
 * API on a large corpus). Positions come from js-yaml's composer listener: it
 * fires `open` and `close` once for every node it composes, properly nested,
 * so recording (start offset, end offset, kind, parent, value) per node gives a
 * node tree on the side at little cost. A field path is resolved to a line and
 * column only when a finding needs it. Where the recorded tree does not line
 * up with the value (flow mappings with implicit null values, merge keys), the
 * document is re-parsed with the yaml package, slower but exact.
 */
import jsyaml from 'js-yaml';
import { parseAllDocuments, isMap, isSeq, isScalar, isPair, type Node as YamlNode } from 'yaml';
import type { FieldPath } from '../model/path.js';

export interface Position {
  /** 1-based */
  readonly line: number;
  /** 1-based */
  readonly column: number;
}

const KIND_NONE = 0;
const KIND_SCALAR = 1;
const KIND_MAPPING = 2;
const KIND_SEQUENCE = 3;

/** Thrown for any YAML the loader refuses; carries a 1-based line. */
export class YamlSourceError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(message);
    this.name = 'YamlSourceError';
  }
}

export interface YamlLimits {
  /** nesting deeper than this is refused (js-yaml's own guard) */
  readonly maxDepth: number;
  /** a document whose aliases expand to more nodes than this is an alias bomb */
  readonly maxExpandedNodes: number;
}

export const DEFAULT_YAML_LIMITS: YamlLimits = { maxDepth: 100, maxExpandedNodes: 1_000_000 };

/**
 * The node tree of one YAML file, recorded while js-yaml composes it. Nodes
 * are numbered in the order they open (pre-order), so a node's children are
 * the nodes from `node + 1` up to its subtree end, hopping subtree by subtree:
 * no child lists to build. Three int32 fields a node: offset where js-yaml
 * opened it, kind, end of its subtree.
 */
class NodeTable {
  private fields = new Int32Array(3 * 4096);
  readonly values: unknown[] = [];
  size = 0;

  open(offset: number): number {
    const node = this.size++;
    const at = node * 3;
    if (at + 3 > this.fields.length) {
      const bigger = new Int32Array(this.fields.length * 2);
      bigger.set(this.fields);
      this.fields = bigger;
    }
    this.fields[at] = offset;
    this.values.push(undefined);
    return node;
  }

  close(node: number, kind: number, value: unknown): void {
    this.fields[node * 3 + 1] = kind;
    this.fields[node * 3 + 2] = this.size;
    this.values[node] = value;
  }

  openedAt(node: number): number {
    return this.fields[node * 3]!;
  }

  kind(node: number): number {
    return this.fields[node * 3 + 1]!;
  }

  /** the subtree end of a node: its next sibling, or its parent's end */
  next(node: number): number {
    return this.fields[node * 3 + 2]!;
  }
}

/** One YAML document of a file. */
export interface YamlDocument {
  readonly index: number;
  readonly value: unknown;
  /** 1-based line of the document's root node */
  readonly line: number;
  /** resolves a path to the key (or item) it names, else to the deepest ancestor present */
  locate(path: FieldPath): Position;
}

export interface YamlFile {
  readonly text: string;
  readonly documents: YamlDocument[];
}

interface ListenerState {
  position: number;
  depth: number;
  kind: string | null;
  result: unknown;
}

/**
 * Parses every document of a YAML (or JSON) text. Throws YamlSourceError with
 * a line for malformed YAML, duplicate keys, too deep nesting and alias bombs.
 */
export function parseYamlFile(rawText: string, limits: YamlLimits = DEFAULT_YAML_LIMITS): YamlFile {
  // js-yaml strips a BOM itself, which would shift every offset by one
  const text = rawText.charCodeAt(0) === 0xfeff ? rawText.slice(1) : rawText;
  const table = new NodeTable();
  const roots: number[] = [];
  // js-yaml counts depth itself: state.depth is 1 for a document's root node
  const openNodes: number[] = [];
  const listener = (event: 'open' | 'close', state: ListenerState): void => {
    if (event === 'open') {
      const node = table.open(state.position);
      if (state.depth === 1) roots.push(node);
      openNodes[state.depth] = node;
    } else {
      const kind = state.kind;
      const code =
        kind === 'scalar'
          ? KIND_SCALAR
          : kind === 'mapping'
            ? KIND_MAPPING
            : kind === 'sequence'
              ? KIND_SEQUENCE
              : KIND_NONE;
      table.close(openNodes[state.depth]!, code, state.result);
    }
  };

  let values: unknown[];
  try {
    values = jsyaml.loadAll(text, undefined, {
      listener: listener as unknown as jsyaml.LoadOptions['listener'],
      maxDepth: limits.maxDepth,
    } as jsyaml.LoadOptions) as unknown[];
  } catch (error) {
    throw asSourceError(error);
  }

  const lines = new LineIndex(text);
  if (text.includes('&')) guardAgainstAliasBombs(values, roots, table, lines, limits);

  let fallback: YamlNode[] | undefined;
  const documents = values.map((value, index): YamlDocument => {
    const root = roots[index];
    const rootOffset = root === undefined ? 0 : contentStart(text, table.openedAt(root));
    return {
      index,
      value,
      line: lines.position(rootOffset).line,
      locate(path: FieldPath): Position {
        if (root === undefined) return lines.position(0);
        const offset = locateInTable(text, table, root, path);
        if (offset !== undefined) return lines.position(offset);
        fallback ??= parseWithYamlPackage(text);
        return lines.position(locateInYamlNode(fallback[index], path) ?? rootOffset);
      },
    };
  });
  return { text, documents };
}

function asSourceError(error: unknown): YamlSourceError {
  if (error instanceof jsyaml.YAMLException) {
    const mark = (error as jsyaml.YAMLException & { mark?: { line: number; column: number } }).mark;
    return new YamlSourceError(error.reason || error.message, (mark?.line ?? 0) + 1, (mark?.column ?? 0) + 1);
  }
  if (error instanceof RangeError) {
    // js-yaml recursion on pathological input; report it as input, not as a crash
    return new YamlSourceError('YAML nesting too deep to read', 1, 1);
  }
  throw error;
}

/**
 * An alias bomb is a handful of anchors whose aliases expand exponentially.
 * js-yaml shares aliased values instead of copying them, so loading is cheap,
 * but every consumer that walks the value (rules, JSON output) would not be.
 * Count the nodes of the expanded tree, memoised per shared value.
 */
function guardAgainstAliasBombs(
  values: unknown[],
  roots: number[],
  table: NodeTable,
  lines: LineIndex,
  limits: YamlLimits,
): void {
  const sizes = new Map<object, number>();
  const expandedSize = (value: unknown): number => {
    if (value === null || typeof value !== 'object') return 1;
    const known = sizes.get(value);
    if (known !== undefined) return known;
    let total = 1;
    for (const child of Object.values(value)) {
      total += expandedSize(child);
      if (total > limits.maxExpandedNodes) break;
    }
    sizes.set(value, total);
    return total;
  };
  values.forEach((value, index) => {
    if (expandedSize(value) > limits.maxExpandedNodes) {
      const root = roots[index];
      const { line, column } = lines.position(root === undefined ? 0 : table.openedAt(root));
      throw new YamlSourceError(
        `document ${index + 1} expands to more than ${limits.maxExpandedNodes} nodes through aliases (alias bomb)`,
        line,
        column,
      );
    }
  });
}

/** js-yaml opens a node before skipping the separation space (blanks, line breaks, comments). */
function contentStart(text: string, offset: number): number {
  let i = offset;
  for (;;) {
    const ch = text.charCodeAt(i);
    if (ch === 0x20 || ch === 0x09 || ch === 0x0a || ch === 0x0d) i++;
    else if (ch === 0x23 /* # */ && (i === offset || isBlank(text.charCodeAt(i - 1)))) {
      while (i < text.length && text.charCodeAt(i) !== 0x0a) i++;
    } else return i;
  }
}

function isBlank(ch: number): boolean {
  return ch === 0x20 || ch === 0x09 || ch === 0x0a || ch === 0x0d;
}

/**
 * Walks the recorded tree along the path. Returns the offset of the last key
 * (or sequence item) found, or undefined when the tree does not line up with
 * the values and the caller must use the exact (slow) parser.
 */
function locateInTable(text: string, table: NodeTable, root: number, path: FieldPath): number | undefined {
  let node = root;
  let found = contentStart(text, table.openedAt(root));
  for (const segment of path) {
    // a collection read where js-yaml first tried a block mapping key is recorded twice,
    // the outer node wrapping the inner one with the same value: look through it
    for (;;) {
      const first = node + 1;
      const end = table.next(node);
      if (first >= end || table.next(first) !== end) break;
      if (table.values[first] !== table.values[node] || table.kind(first) !== table.kind(node)) break;
      node = first;
    }
    const end = table.next(node);
    const kind = table.kind(node);
    if (kind === KIND_MAPPING) {
      // children alternate key, value; walk them without building a list
      let mergeValue = -1;
      let matched = -1;
      let key = node + 1;
      while (key < end) {
        const value = table.next(key);
        if (value >= end) {
          // js-yaml tries one more key at the end of a block mapping and records an empty node for it
          if (table.kind(key) === KIND_NONE) break;
          return undefined;
        }
        const name = table.values[key];
        if (name === segment || (typeof segment === 'string' && keyMatches(name, segment))) {
          matched = key;
          break;
        }
        if (name === '<<') mergeValue = value;
        key = table.next(value);
      }
      if (matched < 0) {
        // a key merged in through `<<` is reported at the merge
        return mergeValue >= 0 ? contentStart(text, table.openedAt(mergeValue)) : found;
      }
      found = contentStart(text, table.openedAt(matched));
      node = table.next(matched);
    } else if (kind === KIND_SEQUENCE) {
      if (typeof segment !== 'number') return found;
      const value = table.values[node];
      if (!Array.isArray(value)) return undefined;
      let item = node + 1;
      let count = 0;
      let chosen = -1;
      for (; item < end; item = table.next(item), count++) if (count === segment) chosen = item;
      if (count !== value.length) return undefined;
      if (chosen < 0) return found;
      found = contentStart(text, table.openedAt(chosen));
      node = chosen;
    } else {
      return found;
    }
  }
  return found;
}

function keyMatches(key: unknown, segment: string): boolean {
  return (typeof key === 'number' || typeof key === 'boolean') && String(key) === segment;
}

function parseWithYamlPackage(text: string): YamlNode[] {
  return parseAllDocuments(text, { uniqueKeys: false }).map((doc) => doc.contents as YamlNode);
}

function locateInYamlNode(root: YamlNode | null | undefined, path: FieldPath): number | undefined {
  let node: unknown = root;
  let found = root?.range?.[0];
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find(
        (item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment),
      );
      if (!pair) return found;
      found = (pair.key as YamlNode).range?.[0] ?? found;
      node = pair.value;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment] as YamlNode | undefined;
      if (!item) return found;
      found = item.range?.[0] ?? found;
      node = item;
    } else return found;
  }
  return found;
}

/** Offsets to 1-based line and column, by binary search over line starts. */
export class LineIndex {
  private readonly starts: number[] = [0];
  constructor(text: string) {
    let at = text.indexOf('\n');
    while (at !== -1) {
      this.starts.push(at + 1);
      at = text.indexOf('\n', at + 1);
    }
  }
  position(offset: number): Position {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - this.starts[low]! + 1 };
  }
}
