/*
 * runtime/falco-priority (low)
 * A rule's priority is one of Emergency, Alert, Critical, Error, Warning,
 * Notice, Informational (or Info), Debug, in any case.
 */
import { describeItem } from '../../engines/falco/items.js';
import { priorityProblem } from '../../engines/falco/priority.js';
import { eachItem } from './falco-analysis.js';
import { findingAt, type RuntimeRule } from './types.js';

const ID = 'runtime/falco-priority';

export const falcoPriority: RuntimeRule = {
  info: {
    id: ID,
    tier: 'low',
    title: 'Falco rule priorities must be valid',
    rationale:
      'An unknown priority makes Falco refuse the whole rules file, and priorities route alerts: a detection that does not load, or lands in the wrong channel, is an attack nobody sees.',
    remediation: 'Use one of Emergency, Alert, Critical, Error, Warning, Notice, Informational, Debug.',
  },
  check(input, emit) {
    for (const { source, item } of eachItem(input.falco)) {
      const problem = priorityProblem(item);
      if (problem) emit(findingAt(ID, source, problem.path, `${describeItem(item)}: ${problem.message}`));
    }
  },
};
