/**
 * Label selectors (metav1.LabelSelector) with the API server's validation and
 * matching: matchLabels and matchExpressions are ANDed; `In` needs the label
 * with one of the values, `NotIn` is true when the label is absent or has none
 * of the values, `Exists` and `DoesNotExist` test presence only. `In` and
 * `NotIn` need at least one value; `Exists` and `DoesNotExist` take none. An
 * empty selector ({}) matches everything.
 */
import { isRecord } from '../../model/objects.js';
import type { FieldPath } from '../../model/path.js';

export type Labels = Readonly<Record<string, string>>;

export const OPERATORS = ['In', 'NotIn', 'Exists', 'DoesNotExist'] as const;
export type Operator = (typeof OPERATORS)[number];

export interface Requirement {
  readonly key: string;
  readonly operator: Operator;
  readonly values: ReadonlySet<string>;
}

export interface Selector {
  readonly requirements: readonly Requirement[];
  /** canonical text, equal for selectors that select the same labels the same way */
  readonly key: string;
}

export interface SelectorError {
  readonly path: FieldPath;
  readonly message: string;
}

export const EVERYTHING: Selector = { requirements: [], key: '{}' };

/** true for `{}`: selects every label set */
export function selectsEverything(selector: Selector): boolean {
  return selector.requirements.length === 0;
}

export function matchesLabels(selector: Selector, labels: Labels): boolean {
  for (const requirement of selector.requirements) {
    const value = Object.hasOwn(labels, requirement.key) ? labels[requirement.key] : undefined;
    switch (requirement.operator) {
      case 'In':
        if (value === undefined || !requirement.values.has(value)) return false;
        break;
      case 'NotIn':
        if (value !== undefined && requirement.values.has(value)) return false;
        break;
      case 'Exists':
        if (value === undefined) return false;
        break;
      case 'DoesNotExist':
        if (value !== undefined) return false;
        break;
    }
  }
  return true;
}

/** The values a selector requires for a key with `matchLabels` or `In`, if it pins the key. */
export function pinnedValues(selector: Selector, key: string): string[] {
  const values: string[] = [];
  for (const requirement of selector.requirements) {
    if (requirement.key === key && requirement.operator === 'In') values.push(...requirement.values);
  }
  return values;
}

/** Parses a selector at `path`; errors are collected, and the selector is undefined when invalid. */
export function parseSelector(
  value: unknown,
  path: FieldPath,
  errors: SelectorError[],
): Selector | undefined {
  if (value === null || value === undefined) return EVERYTHING;
  if (!isRecord(value)) {
    errors.push({ path, message: 'label selector must be a mapping' });
    return undefined;
  }
  const before = errors.length;
  const requirements: Requirement[] = [];
  for (const key of Object.keys(value)) {
    if (key !== 'matchLabels' && key !== 'matchExpressions')
      errors.push({ path: [...path, key], message: `unknown field "${key}" in label selector` });
  }
  const matchLabels = value.matchLabels;
  if (matchLabels !== undefined && matchLabels !== null) {
    if (!isRecord(matchLabels)) errors.push({ path: [...path, 'matchLabels'], message: 'must be a mapping' });
    else {
      for (const [key, labelValue] of Object.entries(matchLabels)) {
        if (typeof labelValue !== 'string') {
          errors.push({
            path: [...path, 'matchLabels', key],
            message: `label value for "${key}" must be a string (quote it)`,
          });
          continue;
        }
        requirements.push({ key, operator: 'In', values: new Set([labelValue]) });
      }
    }
  }
  const expressions = value.matchExpressions;
  if (expressions !== undefined && expressions !== null) {
    if (!Array.isArray(expressions)) {
      errors.push({ path: [...path, 'matchExpressions'], message: 'must be a list' });
    } else {
      expressions.forEach((expression, index) => {
        const requirement = parseRequirement(expression, [...path, 'matchExpressions', index], errors);
        if (requirement) requirements.push(requirement);
      });
    }
  }
  if (errors.length > before) return undefined;
  return { requirements, key: canonicalKey(requirements) };
}

function parseRequirement(value: unknown, path: FieldPath, errors: SelectorError[]): Requirement | undefined {
  if (!isRecord(value)) {
    errors.push({ path, message: 'match expression must be a mapping' });
    return undefined;
  }
  const { key, operator, values } = value;
  if (typeof key !== 'string' || key === '') {
    errors.push({ path: [...path, 'key'], message: 'match expression needs a key' });
    return undefined;
  }
  if (typeof operator !== 'string' || !(OPERATORS as readonly string[]).includes(operator)) {
    errors.push({
      path: [...path, 'operator'],
      message: `operator must be one of ${OPERATORS.join(', ')}, not ${JSON.stringify(operator ?? null)}`,
    });
    return undefined;
  }
  const list = values === undefined || values === null ? [] : values;
  if (!Array.isArray(list) || list.some((item) => typeof item !== 'string')) {
    errors.push({ path: [...path, 'values'], message: 'values must be a list of strings' });
    return undefined;
  }
  const needsValues = operator === 'In' || operator === 'NotIn';
  if (needsValues && list.length === 0) {
    errors.push({ path: [...path, 'values'], message: `operator ${operator} needs at least one value` });
    return undefined;
  }
  if (!needsValues && list.length > 0) {
    errors.push({ path: [...path, 'values'], message: `operator ${operator} takes no values` });
    return undefined;
  }
  return { key, operator: operator as Operator, values: new Set(list as string[]) };
}

function canonicalKey(requirements: readonly Requirement[]): string {
  const parts = requirements.map(
    (requirement) =>
      `${requirement.key}\u0001${requirement.operator}\u0001${[...requirement.values].sort().join('\u0002')}`,
  );
  return `{${[...new Set(parts)].sort().join('\u0000')}}`;
}

/** `app=web,tier in (a,b),!debug`: kubectl's selector syntax, for messages. */
export function describeSelector(selector: Selector): string {
  if (selectsEverything(selector)) return '{} (everything)';
  return selector.requirements
    .map((requirement) => {
      const values = [...requirement.values];
      switch (requirement.operator) {
        case 'In':
          return values.length === 1
            ? `${requirement.key}=${values[0]}`
            : `${requirement.key} in (${values.join(',')})`;
        case 'NotIn':
          return `${requirement.key} notin (${values.join(',')})`;
        case 'Exists':
          return requirement.key;
        case 'DoesNotExist':
          return `!${requirement.key}`;
      }
      return requirement.key;
    })
    .join(',');
}
