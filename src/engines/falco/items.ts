/**
 * Falco rules files: a YAML list of items, each a rule, macro, list,
 * required_engine_version or required_plugin_versions. Falco decides an
 * item's kind by the first of these keys present, in this order:
 * required_engine_version, required_plugin_versions, list, macro, rule
 * (falco `rule_loader_reader.cpp`); an item with none of them is an unknown
 * top-level item, which Falco skips with a warning.
 */
import { isRecord } from '../../model/objects.js';
import type { FieldPath } from '../../model/path.js';

export type FalcoItemKind =
  | 'required_engine_version'
  | 'required_plugin_versions'
  | 'list'
  | 'macro'
  | 'rule'
  | 'unknown'
  | 'not-a-mapping';

const KIND_KEYS = ['required_engine_version', 'required_plugin_versions', 'list', 'macro', 'rule'] as const;

export interface FalcoItem {
  /** position in its document's list */
  readonly index: number;
  /** path of the item inside the document: `[index]` */
  readonly path: FieldPath;
  readonly kind: FalcoItemKind;
  /** the rule, macro or list name, when it is a non-empty scalar */
  readonly name?: string;
  /** the item as written (empty for an item that is not a mapping) */
  readonly fields: Readonly<Record<string, unknown>>;
}

/** true for a YAML document that is a Falco rules file: a list with at least one Falco item */
export function isFalcoRulesDocument(value: unknown): value is unknown[] {
  return Array.isArray(value) && value.some((item) => isRecord(item) && KIND_KEYS.some((key) => key in item));
}

/** The items of a rules file, in order; null entries (Falco skips them) are left out. */
export function readFalcoItems(document: readonly unknown[]): FalcoItem[] {
  const items: FalcoItem[] = [];
  document.forEach((value, index) => {
    if (value === null || value === undefined) return;
    if (!isRecord(value)) {
      items.push({ index, path: [index], kind: 'not-a-mapping', fields: {} });
      return;
    }
    const kind = KIND_KEYS.find((key) => value[key] !== undefined) ?? 'unknown';
    const rawName = kind === 'list' || kind === 'macro' || kind === 'rule' ? value[kind] : undefined;
    const name = scalarText(rawName);
    items.push({
      index,
      path: [index],
      kind,
      fields: value,
      ...(name !== undefined && name !== '' ? { name } : {}),
    });
  });
  return items;
}

/** A YAML scalar as the string Falco reads (yaml-cpp converts any scalar to text). */
export function scalarText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

/** yaml-cpp's boolean conversion: true/false, yes/no, on/off, y/n, in lower, Capital or UPPER case. */
export function falcoBoolean(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (typeof value !== 'string') return undefined;
  const forms = (word: string) => [word, word[0]!.toUpperCase() + word.slice(1), word.toUpperCase()];
  if (['y', 'yes', 'true', 'on'].some((word) => forms(word).includes(value))) return true;
  if (['n', 'no', 'false', 'off'].some((word) => forms(word).includes(value))) return false;
  return undefined;
}

/** A problem with one item, at a path inside its document. */
export interface ItemProblem {
  readonly path: FieldPath;
  readonly message: string;
  /** Falco still loads it, with a deprecation warning */
  readonly deprecated?: true;
}

export function describeItem(item: FalcoItem): string {
  if (item.kind === 'rule' || item.kind === 'macro' || item.kind === 'list')
    return item.name !== undefined ? `${item.kind} "${item.name}"` : `${item.kind} (unnamed)`;
  if (item.kind === 'unknown' || item.kind === 'not-a-mapping') return `item ${item.index + 1}`;
  return item.kind;
}
