/**
 * The Falco rules files of a run, read once: their items, and the ruleset
 * they form when loaded one after the other in file order (which is how a
 * rules directory is loaded: sorted by name).
 */
import { readFalcoItems, type FalcoItem } from '../../engines/falco/items.js';
import { buildRuleset, type FalcoFile, type Ruleset } from '../../engines/falco/ruleset.js';
import type { ContentSource } from './sources.js';

export interface FalcoAnalysis {
  readonly files: readonly FalcoFile<ContentSource>[];
  readonly ruleset: Ruleset<ContentSource>;
}

export function falcoAnalysis(sources: readonly ContentSource[]): FalcoAnalysis {
  const ordered = [...sources].sort(
    (a, b) =>
      compareText(a.holder.file, b.holder.file) ||
      a.holder.documentIndex - b.holder.documentIndex ||
      compareText(a.label, b.label),
  );
  const files = ordered.map((source) => ({
    source,
    items: readFalcoItems(Array.isArray(source.value) ? source.value : []),
  }));
  let ruleset: Ruleset<ContentSource> | undefined;
  return {
    files,
    get ruleset() {
      ruleset ??= buildRuleset(files);
      return ruleset;
    },
  };
}

/** Each item of each file, with its file, for rules that look at items one by one. */
export function* eachItem(analysis: FalcoAnalysis): Generator<{ source: ContentSource; item: FalcoItem }> {
  for (const file of analysis.files) for (const item of file.items) yield { source: file.source, item };
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
