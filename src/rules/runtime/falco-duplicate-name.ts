/*
 * runtime/falco-duplicate-name (low)
 * A rule, macro or list name is defined once; a later item with the same name
 * says how it changes the earlier one, with `override`.
 */
import { describeItem } from '../../engines/falco/items.js';
import { whereIs } from './sources.js';
import { findingAt, type RuntimeRule } from './types.js';

const ID = 'runtime/falco-duplicate-name';

export const falcoDuplicateName: RuntimeRule = {
  info: {
    id: ID,
    tier: 'low',
    title: 'Falco rules, macros and lists must not be defined twice without override',
    rationale:
      'Falco silently replaces an earlier rule, macro or list with a later one of the same name: a copy-pasted or local definition can erase a detection, or its exceptions, without anyone seeing it in review.',
    remediation:
      'Rename one of them, or make the change explicit with override (e.g. override: {condition: replace}, or append to add to it).',
  },
  check(input, emit) {
    for (const duplicate of input.falco.ruleset.duplicates) {
      const { source } = duplicate.ref.file;
      const earlier = whereIs(duplicate.earlier.file.source, duplicate.earlier.item.path);
      emit(
        findingAt(
          ID,
          source,
          duplicate.ref.item.path,
          `${describeItem(duplicate.ref.item)} is defined again here (earlier at ${earlier}) without override: Falco silently replaces the earlier definition`,
        ),
      );
    }
  },
};
