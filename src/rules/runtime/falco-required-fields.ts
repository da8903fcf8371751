/*
 * runtime/falco-required-fields (low)
 * Every item of a Falco rules file has what Falco requires to load it:
 *   rule: rule, condition, output, desc, priority (non-empty single values), tags a list,
 *         enabled / warn_evttypes / skip-if-unknown-filter true or false;
 *   macro: macro (an identifier), condition;  list: list, items (a list of values);
 *   required_engine_version: a number or x.y.z;  required_plugin_versions: name and version each.
 * Items with none of rule, macro, list, required_* are skipped by Falco.
 */
import { requiredFieldProblems } from '../../engines/falco/fields.js';
import { describeItem } from '../../engines/falco/items.js';
import { eachItem } from './falco-analysis.js';
import { findingAt, type RuntimeRule } from './types.js';

const ID = 'runtime/falco-required-fields';

export const falcoRequiredFields: RuntimeRule = {
  info: {
    id: ID,
    tier: 'low',
    title: 'Falco rules must have their required fields',
    rationale:
      'Falco refuses a rules file with a rule missing its condition, output, desc or priority, and skips unknown items: one bad item leaves the node without any of the file’s detections, unnoticed until an attack goes unreported.',
    remediation:
      'Give every rule condition, output, desc and priority, every macro a condition, every list its items; delete or fix items Falco does not know.',
  },
  check(input, emit) {
    for (const { source, item } of eachItem(input.falco)) {
      for (const problem of requiredFieldProblems(item))
        emit(findingAt(ID, source, problem.path, `${describeItem(item)}: ${problem.message}`));
    }
  },
};
