/**
 * Label selectors as metav1.LabelSelectorAsSelector reads them, for
 * aggregationRule.clusterRoleSelectors: matchLabels are equalities and
 * matchExpressions use In, NotIn, Exists, DoesNotExist; everything is ANDed;
 * an empty selector matches every object. NotIn and DoesNotExist match
 * objects that lack the key.
 */
import type { LabelSelector, LabelSelectorRequirement } from './types.js';

export function selectorMatches(selector: LabelSelector, labels: Readonly<Record<string, string>>): boolean {
  for (const [key, value] of Object.entries(selector.matchLabels)) {
    if (labels[key] !== value) return false;
  }
  return selector.matchExpressions.every((requirement) => requirementMatches(requirement, labels));
}

function requirementMatches(
  requirement: LabelSelectorRequirement,
  labels: Readonly<Record<string, string>>,
): boolean {
  const has = Object.prototype.hasOwnProperty.call(labels, requirement.key);
  const value = has ? labels[requirement.key] : undefined;
  switch (requirement.operator) {
    case 'In':
      return value !== undefined && requirement.values.includes(value);
    case 'NotIn':
      return value === undefined || !requirement.values.includes(value);
    case 'Exists':
      return has;
    case 'DoesNotExist':
      return !has;
  }
}

/** Why a requirement is invalid (the API server would refuse it), or undefined when it is valid. */
export function requirementProblem(requirement: LabelSelectorRequirement): string | undefined {
  const needsValues = requirement.operator === 'In' || requirement.operator === 'NotIn';
  if (needsValues && requirement.values.length === 0)
    return `operator ${requirement.operator} needs at least one value`;
  if (!needsValues && requirement.values.length > 0)
    return `operator ${requirement.operator} takes no values`;
  return undefined;
}
