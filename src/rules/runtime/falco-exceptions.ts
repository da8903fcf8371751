/*
 * runtime/falco-exceptions (low)
 * A rule's exceptions are a list of {name, fields, comps, values}: a unique
 * name; fields one field or a list; comps as long as fields (or, for one
 * field, in / pmatch / intersects); each value a list as long as fields (or,
 * for one field, a single value). Appended exceptions may omit fields.
 */
import { describeItem } from '../../engines/falco/items.js';
import { exceptionProblems } from '../../engines/falco/exceptions.js';
import { eachItem } from './falco-analysis.js';
import { findingAt, type RuntimeRule } from './types.js';

const ID = 'runtime/falco-exceptions';

export const falcoExceptions: RuntimeRule = {
  info: {
    id: ID,
    tier: 'low',
    title: 'Falco rule exceptions must be well formed',
    rationale:
      'A malformed exception makes Falco refuse the rules file, and a mismatched one (values not lined up with fields) excepts something else than intended: either way detections go dark or fire on the wrong thing.',
    remediation:
      'Give each exception a unique name, fields, comps of the same length (or omit them) and values that are lists as long as fields.',
  },
  check(input, emit) {
    for (const { source, item } of eachItem(input.falco)) {
      for (const problem of exceptionProblems(item))
        emit(findingAt(ID, source, problem.path, `${describeItem(item)}: ${problem.message}`));
    }
  },
};
