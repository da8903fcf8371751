/*
 * runtime/falco-forward-reference (low)
 * A macro references only macros defined before it, and a list names only
 * lists defined before it (in load order). Rule conditions may reference
 * macros and lists defined anywhere, as Falco compiles rules last.
 */
import { describeItem } from '../../engines/falco/items.js';
import { whereIs } from './sources.js';
import { findingAt, type RuntimeRule } from './types.js';

const ID = 'runtime/falco-forward-reference';

export const falcoForwardReference: RuntimeRule = {
  info: {
    id: ID,
    tier: 'low',
    title: 'Falco macros and lists must be defined before they are referenced',
    rationale:
      'A macro that uses a macro defined later stops Falco loading the rules ("Undefined macro"); a list that names a later list silently gets the name as a literal value instead of its items, so the detection misses what the list was meant to cover.',
    remediation: 'Move the referenced macro or list above the macro or list that uses it.',
  },
  check(input, emit) {
    for (const reference of input.falco.ruleset.forwardReferences) {
      const { source } = reference.ref.file;
      const definition = reference.definition;
      const where = whereIs(definition.file.source, definition.item.path);
      const effect =
        reference.kind === 'macro'
          ? 'Falco fails to load it with "Undefined macro"'
          : `Falco reads "${reference.name}" here as a literal value, not as the list's items`;
      emit(
        findingAt(
          ID,
          source,
          reference.path,
          `${describeItem(reference.ref.item)} references ${reference.kind} "${reference.name}", which is defined only later (${where}): ${effect}`,
        ),
      );
    }
  },
};
