/*
 * runtime/falco-override (low)
 * Updates of earlier items use `override` correctly: a mapping of key to
 * append or replace, only keys that kind of item may override, every named key
 * present and every overridable key present named; never together with
 * `append: true`. The deprecated forms (`append: true`, a rule with only
 * `enabled`) are reported with their replacement. An update of an item that is
 * only defined later in load order fails to load.
 */
import { describeItem } from '../../engines/falco/items.js';
import { overrideProblems } from '../../engines/falco/overrides.js';
import { eachItem } from './falco-analysis.js';
import { whereIs } from './sources.js';
import { findingAt, type RuntimeRule } from './types.js';

const ID = 'runtime/falco-override';

export const falcoOverride: RuntimeRule = {
  info: {
    id: ID,
    tier: 'low',
    title: 'Falco overrides must be valid, and not use the deprecated append',
    rationale:
      'A wrong override stops Falco loading the file, and the deprecated append and enabled-only forms are on their way out: a Falco upgrade then drops the exceptions and switches that keep a rule quiet or on.',
    remediation:
      'Write override: {condition: append} (or replace, per key) instead of append: true, override: {enabled: replace} instead of a rule with only enabled, and update only items defined earlier.',
  },
  check(input, emit) {
    for (const { source, item } of eachItem(input.falco)) {
      for (const problem of overrideProblems(item))
        emit(findingAt(ID, source, problem.path, `${describeItem(item)}: ${problem.message}`));
    }
    for (const late of input.falco.ruleset.lateTargets) {
      const { source } = late.ref.file;
      const target = late.definition;
      emit(
        findingAt(
          ID,
          source,
          late.ref.item.path,
          `${describeItem(late.ref.item)} updates a ${late.ref.item.kind} that is only defined later, at ${whereIs(target.file.source, target.item.path)}: Falco fails with "no ${late.ref.item.kind} by that name already exists"; move the update after the definition`,
        ),
      );
    }
  },
};
