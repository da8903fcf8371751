/**
 * A set of Falco rules files loaded in order, the way Falco's rule collector
 * and compiler see them (falco `rule_loader_collector.cpp`,
 * `rule_loader_compiler.cpp`):
 *
 * - Every definition, append or replace takes the next position in one
 *   counter shared by lists, macros and rules. A name keeps the position of
 *   its first definition (`index`); its latest definition or append moves its
 *   `visibility`.
 * - Defining a name again replaces the earlier definition without a word.
 * - A macro sees only macros whose index is below its own visibility:
 *   referencing a macro defined later fails with "Undefined macro".
 * - A list sees only lists whose index is below its visibility: a later list
 *   named among its items is taken as a literal string, silently.
 * - Rule conditions see every macro and list, wherever defined.
 * - append, override and the enabled-only form need an earlier item of that
 *   name (else "no rule by that name already exists").
 *
 * Names never defined in these files are taken to come from rules files
 * loaded before them (Falco's own falco_rules.yaml): not reported.
 */
import type { FieldPath } from '../../model/path.js';
import { scanCondition } from './condition.js';
import { falcoBoolean, scalarText, type FalcoItem } from './items.js';
import { updateKind } from './overrides.js';
import { isRecord } from '../../model/objects.js';

export interface FalcoFile<S> {
  readonly source: S;
  readonly items: readonly FalcoItem[];
}

export interface ItemRef<S> {
  readonly file: FalcoFile<S>;
  readonly item: FalcoItem;
}

type NamedKind = 'rule' | 'macro' | 'list';

/** A condition (rule, macro) or list items contributed by one item. */
interface Part<S> {
  readonly ref: ItemRef<S>;
  readonly condition?: string;
  readonly listItems?: ReadonlyArray<{ readonly value: string; readonly index: number }>;
}

export interface Definition<S> {
  readonly kind: NamedKind;
  readonly name: string;
  readonly first: ItemRef<S>;
  /** the definition in force (a later definition replaces an earlier one) */
  readonly latest: ItemRef<S>;
  /** position of the first definition */
  readonly index: number;
  /** position of the latest definition, append or replace */
  visibility: number;
  parts: Part<S>[];
  enabled: boolean;
}

export interface Duplicate<S> {
  readonly ref: ItemRef<S>;
  readonly earlier: ItemRef<S>;
}

export interface LateTarget<S> {
  readonly ref: ItemRef<S>;
  /** the definition it updates, which Falco has not read yet when it reads the update */
  readonly definition: ItemRef<S>;
}

export interface ForwardReference<S> {
  readonly ref: ItemRef<S>;
  /** where the name is written, inside the document */
  readonly path: FieldPath;
  readonly kind: 'macro' | 'list';
  readonly name: string;
  readonly definition: ItemRef<S>;
}

export interface Ruleset<S> {
  readonly rules: ReadonlyMap<string, Definition<S>>;
  readonly macros: ReadonlyMap<string, Definition<S>>;
  readonly lists: ReadonlyMap<string, Definition<S>>;
  readonly duplicates: Duplicate<S>[];
  readonly lateTargets: LateTarget<S>[];
  readonly forwardReferences: ForwardReference<S>[];
}

export function buildRuleset<S>(files: readonly FalcoFile<S>[]): Ruleset<S> {
  const tables: Record<NamedKind, Map<string, Definition<S>>> = {
    rule: new Map(),
    macro: new Map(),
    list: new Map(),
  };
  // where each name is first defined, to tell "defined later" from "defined elsewhere"
  const firstDefinitions: Record<NamedKind, Map<string, ItemRef<S>>> = {
    rule: new Map(),
    macro: new Map(),
    list: new Map(),
  };
  for (const file of files)
    for (const item of file.items) {
      if (!isNamed(item)) continue;
      const kind = updateKind(item);
      if ((kind === 'define' || kind === 'redefine') && !firstDefinitions[item.kind].has(item.name))
        firstDefinitions[item.kind].set(item.name, { file, item });
    }

  const duplicates: Duplicate<S>[] = [];
  const lateTargets: LateTarget<S>[] = [];
  let counter = 0;
  for (const file of files) {
    for (const item of file.items) {
      if (!isNamed(item)) continue;
      const ref: ItemRef<S> = { file, item };
      const table = tables[item.kind];
      const previous = table.get(item.name);
      const kind = updateKind(item);
      if (kind === 'define' || kind === 'redefine') {
        if (previous && kind === 'define') duplicates.push({ ref, earlier: previous.latest });
        const position = counter++;
        const definition: Definition<S> = {
          kind: item.kind,
          name: item.name,
          first: previous?.first ?? ref,
          latest: ref,
          index: previous?.index ?? position,
          visibility: position,
          parts: [partOf(ref)],
          enabled: falcoBoolean(item.fields.enabled) ?? true,
        };
        table.set(item.name, definition);
        continue;
      }
      if (!previous) {
        const later = firstDefinitions[item.kind].get(item.name);
        if (later) lateTargets.push({ ref, definition: later });
        continue; // updates a definition from outside these files
      }
      if (kind === 'enable') {
        previous.enabled = falcoBoolean(item.fields.enabled) ?? previous.enabled;
        continue;
      }
      previous.visibility = counter++;
      applyUpdate(previous, ref);
    }
  }

  const forwardReferences: ForwardReference<S>[] = [];
  for (const macro of tables.macro.values()) {
    for (const part of macro.parts) {
      if (part.condition === undefined) continue;
      for (const name of new Set(scanCondition(part.condition).macroReferences)) {
        const referenced = tables.macro.get(name);
        if (referenced && referenced.index >= macro.visibility)
          forwardReferences.push({
            ref: part.ref,
            path: [...part.ref.item.path, 'condition'],
            kind: 'macro',
            name,
            definition: referenced.first,
          });
      }
    }
  }
  for (const list of tables.list.values()) {
    for (const part of list.parts) {
      for (const entry of part.listItems ?? []) {
        const referenced = tables.list.get(entry.value);
        if (referenced && referenced !== list && referenced.index >= list.visibility)
          forwardReferences.push({
            ref: part.ref,
            path: [...part.ref.item.path, 'items', entry.index],
            kind: 'list',
            name: entry.value,
            definition: referenced.first,
          });
      }
    }
  }
  return {
    rules: tables.rule,
    macros: tables.macro,
    lists: tables.list,
    duplicates,
    lateTargets,
    forwardReferences,
  };
}

type NamedItem = FalcoItem & { kind: NamedKind; name: string };

function isNamed(item: FalcoItem): item is NamedItem {
  return (item.kind === 'rule' || item.kind === 'macro' || item.kind === 'list') && item.name !== undefined;
}

function partOf<S>(ref: ItemRef<S>): Part<S> {
  const fields = ref.item.fields;
  if (ref.item.kind === 'list') {
    const items = Array.isArray(fields.items) ? fields.items : [];
    const listItems = items.flatMap((value, index) => {
      const text = scalarText(value);
      return text === undefined ? [] : [{ value: text, index }];
    });
    return { ref, listItems };
  }
  const condition = scalarText(fields.condition);
  return condition === undefined ? { ref } : { ref, condition };
}

/** append adds to, replace substitutes, key by key (override), or condition/items (append: true). */
function applyUpdate<S>(definition: Definition<S>, ref: ItemRef<S>): void {
  const fields = ref.item.fields;
  const override = isRecord(fields.override) ? fields.override : undefined;
  const operationOf = (key: string): unknown => (override ? override[key] : 'append');
  const key = definition.kind === 'list' ? 'items' : 'condition';
  const operation = operationOf(key);
  if (fields[key] !== undefined && (operation === 'append' || operation === 'replace')) {
    const part = partOf(ref);
    definition.parts = operation === 'append' ? [...definition.parts, part] : [part];
  }
  if (override?.enabled === 'replace')
    definition.enabled = falcoBoolean(fields.enabled) ?? definition.enabled;
}

/**
 * Every word a rule's condition stands for once its macros and lists are
 * expanded: fields, values, macro and list names, list items. Expansions of
 * macros and lists are computed once per ruleset (macros chain into each
 * other, and every rule would otherwise expand the same chains again).
 */
export function expandedWords<S>(ruleset: Ruleset<S>, rule: Definition<S>): Set<string> {
  const expander = expanderFor(ruleset);
  const words = new Set<string>();
  for (const part of rule.parts)
    if (part.condition !== undefined) expander.addCondition(part.condition, words);
  return words;
}

interface Expander {
  addCondition(condition: string, into: Set<string>): void;
}

const expanders = new WeakMap<object, Expander>();

function expanderFor<S>(ruleset: Ruleset<S>): Expander {
  let expander = expanders.get(ruleset);
  if (expander) return expander;
  const macroWords = new Map<string, ReadonlySet<string>>();
  const listWords = new Map<string, ReadonlySet<string>>();
  const inProgress = new Set<string>(); // a macro or list reached again through itself adds nothing more

  const wordsOfList = (name: string): ReadonlySet<string> => {
    const known = listWords.get(name);
    if (known) return known;
    const key = `list:${name}`;
    if (inProgress.has(key)) return new Set();
    inProgress.add(key);
    const words = new Set<string>();
    for (const part of ruleset.lists.get(name)?.parts ?? [])
      for (const entry of part.listItems ?? []) {
        words.add(entry.value);
        if (ruleset.lists.has(entry.value)) for (const word of wordsOfList(entry.value)) words.add(word);
      }
    inProgress.delete(key);
    listWords.set(name, words);
    return words;
  };

  const wordsOfMacro = (name: string): ReadonlySet<string> => {
    const known = macroWords.get(name);
    if (known) return known;
    const key = `macro:${name}`;
    if (inProgress.has(key)) return new Set();
    inProgress.add(key);
    const words = new Set<string>();
    for (const part of ruleset.macros.get(name)?.parts ?? [])
      if (part.condition !== undefined) addCondition(part.condition, words);
    inProgress.delete(key);
    macroWords.set(name, words);
    return words;
  };

  const addCondition = (condition: string, into: Set<string>): void => {
    for (const word of scanCondition(condition).words) {
      into.add(word);
      if (ruleset.lists.has(word)) for (const listed of wordsOfList(word)) into.add(listed);
      if (ruleset.macros.has(word)) for (const expanded of wordsOfMacro(word)) into.add(expanded);
    }
  };

  expander = { addCondition };
  expanders.set(ruleset, expander);
  return expander;
}
