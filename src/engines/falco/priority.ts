/**
 * Falco rule priorities (falco `falco_common.cpp`, parse_priority): the eight
 * syslog severities, matched without regard to case, with "info" accepted
 * for Informational. Anything else and Falco refuses the rules file.
 */
import { scalarText, type FalcoItem, type ItemProblem } from './items.js';

export const FALCO_PRIORITIES = [
  'Emergency',
  'Alert',
  'Critical',
  'Error',
  'Warning',
  'Notice',
  'Informational',
  'Debug',
] as const;

export type FalcoPriority = (typeof FALCO_PRIORITIES)[number];

export function parseFalcoPriority(text: string): FalcoPriority | undefined {
  const lower = text.toLowerCase();
  if (lower === 'info') return 'Informational';
  return FALCO_PRIORITIES.find((priority) => priority.toLowerCase() === lower);
}

/** The problem with a rule's priority, when it has one Falco would read and cannot parse. */
export function priorityProblem(item: FalcoItem): ItemProblem | undefined {
  if (item.kind !== 'rule') return undefined;
  const text = scalarText(item.fields.priority);
  if (text === undefined || text === '' || parseFalcoPriority(text) !== undefined) return undefined;
  return {
    path: [...item.path, 'priority'],
    message: `priority "${text}" is not a Falco priority (one of ${FALCO_PRIORITIES.join(', ')})`,
  };
}
