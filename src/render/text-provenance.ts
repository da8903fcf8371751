/**
 * Finding a field path in YAML-shaped text that need not parse: Helm
 * templates (`{{ }}` lines, ranges) and patches quoted inside a
 * kustomization. Keys are matched by indentation, level by level, the way a
 * person reads the file; sequence items are counted. The deepest part of the
 * path that is found is returned, so a field set through `toYaml` lands on
 * the key that includes it.
 */
import type { FieldPath } from '../model/path.js';
import type { Position } from './yaml-source.js';

export interface TextRange {
  /** 0-based first line */
  readonly start: number;
  /** 0-based line after the last */
  readonly end: number;
}

interface Context {
  /** column (0-based) of the key or dash that owns the block; -1 at the top */
  readonly parentColumn: number;
  /** line of the owner (the block starts after it) */
  readonly line: number;
  /** a sequence item's first key may sit on the dash line at this column */
  readonly inlineColumn?: number;
}

/** Lines that carry no YAML structure: blank, comments, template actions alone on a line. */
function isNoise(text: string): boolean {
  const trimmed = text.trim();
  return trimmed === '' || trimmed.startsWith('#') || (trimmed.startsWith('{{') && trimmed.endsWith('}}'));
}

function indentOf(text: string): number {
  let i = 0;
  while (text.charCodeAt(i) === 0x20) i++;
  return i;
}

function keyPattern(key: string): RegExp {
  const escaped = key.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
  return new RegExp(`^(?:"${escaped}"|'${escaped}'|${escaped})\\s*:(?:\\s|$)`);
}

function findKey(
  lines: readonly string[],
  range: TextRange,
  context: Context,
  key: string,
): Position | undefined {
  const pattern = keyPattern(key);
  let childColumn: number | undefined;
  const from = context.line + 1;
  if (context.inlineColumn !== undefined) {
    const onDashLine = lines[context.line]!.slice(context.inlineColumn);
    if (pattern.test(onDashLine)) return { line: context.line + 1, column: context.inlineColumn + 1 };
    childColumn = context.inlineColumn;
  }
  for (let line = Math.max(from, range.start); line < range.end; line++) {
    const text = lines[line]!;
    if (isNoise(text)) continue;
    const indent = indentOf(text);
    if (indent <= context.parentColumn) break;
    if (text.startsWith('- ', indent) || text.trim() === '-') continue; // an item of a deeper sequence
    childColumn ??= indent;
    if (indent !== childColumn) continue;
    if (pattern.test(text.slice(indent))) return { line: line + 1, column: indent + 1 };
  }
  return undefined;
}

function isItemAt(text: string, column: number): boolean {
  return text.startsWith('-', column) && (text.length === column + 1 || text[column + 1] === ' ');
}

/** The index-th item of the sequence owned by the context (a key, or a dash holding a nested sequence). */
function findItem(
  lines: readonly string[],
  range: TextRange,
  context: Context,
  index: number,
): { line: number; dashColumn: number } | undefined {
  let itemColumn: number | undefined;
  let count = -1;
  const nestedOnDashLine =
    context.inlineColumn !== undefined && isItemAt(lines[context.line]!, context.inlineColumn);
  if (nestedOnDashLine) {
    // `- - a`: the first item of a nested sequence shares the outer item's line
    itemColumn = context.inlineColumn;
    if (++count === index) return { line: context.line, dashColumn: itemColumn! };
  } else if (context.inlineColumn !== undefined) {
    return undefined;
  }
  for (let line = context.line + 1; line < range.end; line++) {
    const text = lines[line]!;
    if (isNoise(text)) continue;
    const indent = indentOf(text);
    const isItem = isItemAt(text, indent);
    // under a key, `key:` followed by `- item` at the same indentation is valid YAML
    const ended = nestedOnDashLine
      ? indent <= context.parentColumn
      : indent < context.parentColumn || (indent === context.parentColumn && !isItem);
    if (ended) break;
    if (!isItem) continue;
    itemColumn ??= indent;
    if (indent !== itemColumn) continue;
    if (++count === index) return { line, dashColumn: indent };
  }
  return undefined;
}

/**
 * The deepest position of the path found in the text range, or undefined when
 * not even its first key is there.
 */
export function locateInText(
  lines: readonly string[],
  range: TextRange,
  path: FieldPath,
): Position | undefined {
  return matchInText(lines, range, path)?.position;
}

/** As locateInText, with how many segments of the path were found. */
export function matchInText(
  lines: readonly string[],
  range: TextRange,
  path: FieldPath,
): { position: Position; matched: number } | undefined {
  let context: Context = { parentColumn: -1, line: range.start - 1 };
  let found: { position: Position; matched: number } | undefined;
  for (const [index, segment] of path.entries()) {
    if (typeof segment === 'string') {
      const position = findKey(lines, range, context, segment);
      if (!position) return found;
      found = { position, matched: index + 1 };
      context = { parentColumn: position.column - 1, line: position.line - 1 };
    } else {
      if (context.line < range.start) return found;
      const item = findItem(lines, range, context, segment);
      if (!item) return found;
      found = { position: { line: item.line + 1, column: item.dashColumn + 3 }, matched: index + 1 };
      context = { parentColumn: item.dashColumn, line: item.line, inlineColumn: item.dashColumn + 2 };
    }
  }
  return found;
}

/**
 * The values path a key's block renders with `toYaml .Values.a.b`, if any:
 * the usual way charts pass whole structures (securityContext, resources)
 * from values.yaml into a template.
 */
export function valuesReferenceBelow(
  lines: readonly string[],
  range: TextRange,
  keyLine: number,
): string[] | undefined {
  const include = /\{\{-?\s*toYaml\s+\.Values\.([A-Za-z0-9_.]+)/;
  // on the key's own line, or as the first thing under it
  const sameLine = include.exec(lines[keyLine - 1] ?? '');
  if (sameLine) return sameLine[1]!.split('.');
  for (let line = keyLine; line < range.end; line++) {
    const text = lines[line]!;
    if (text.trim() === '') continue;
    const match = include.exec(text);
    return match ? match[1]!.split('.') : undefined;
  }
  return undefined;
}

/** The 0-based line ranges of the documents of a text split at `---` lines. */
export function documentRanges(lines: readonly string[]): TextRange[] {
  const ranges: TextRange[] = [];
  let start = 0;
  lines.forEach((text, line) => {
    if (/^---(\s|$)/.test(text)) {
      ranges.push({ start, end: line });
      start = line + 1;
    }
  });
  ranges.push({ start, end: lines.length });
  return ranges.filter((range) => lines.slice(range.start, range.end).some((text) => !isNoise(text)));
}

/** The first line of a range that carries YAML (1-based), for "the object's start". */
export function firstContentLine(lines: readonly string[], range: TextRange): number {
  for (let line = range.start; line < range.end; line++) if (!isNoise(lines[line]!)) return line + 1;
  return range.start + 1;
}
