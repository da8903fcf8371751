/**
 * Rule matching exactly as the upstream RBAC authorizer does it
 * (RuleAllows and the evaluation helpers of rbac/v1):
 *  - verbs and apiGroups: `*` or an exact, case-sensitive match;
 *  - resources: `*`, the exact `resource/subresource`, or a star followed
 *    by `/subresource` (any resource's subresource); a bare `pods` never
 *    covers `pods/exec`;
 *  - resourceNames: an empty list allows any name; otherwise the request must
 *    name one of them, so a request without a name (list, watch, create,
 *    deletecollection) is never allowed by a rule that lists names;
 *  - nonResourceURLs: `*`, an exact match, or a trailing `*` as a prefix.
 */
import type { NonResourceAttributes, PolicyRule, RequestAttributes, ResourceAttributes } from './types.js';

export const ALL = '*';

export function verbMatches(rule: PolicyRule, verb: string): boolean {
  return rule.verbs.some((ruleVerb) => ruleVerb === ALL || ruleVerb === verb);
}

export function apiGroupMatches(rule: PolicyRule, group: string): boolean {
  return rule.apiGroups.some((ruleGroup) => ruleGroup === ALL || ruleGroup === group);
}

/** `combined` is `resource` or `resource/subresource`. */
export function resourceMatches(rule: PolicyRule, combined: string, subresource: string): boolean {
  for (const ruleResource of rule.resources) {
    if (ruleResource === ALL || ruleResource === combined) return true;
    // a star then /status matches the status subresource of any resource, and nothing else
    if (
      subresource !== '' &&
      ruleResource.length === subresource.length + 2 &&
      ruleResource.startsWith('*/') &&
      ruleResource.endsWith(subresource)
    ) {
      return true;
    }
  }
  return false;
}

export function resourceNameMatches(rule: PolicyRule, name: string): boolean {
  return rule.resourceNames.length === 0 || rule.resourceNames.includes(name);
}

export function nonResourceURLMatches(rule: PolicyRule, path: string): boolean {
  for (const ruleURL of rule.nonResourceURLs) {
    if (ruleURL === ALL || ruleURL === path) return true;
    if (ruleURL.endsWith('*') && path.startsWith(trimTrailingStars(ruleURL))) return true;
  }
  return false;
}

/** Go's strings.TrimRight(s, "*"): every trailing star goes. */
function trimTrailingStars(value: string): string {
  let end = value.length;
  while (end > 0 && value[end - 1] === '*') end--;
  return value.slice(0, end);
}

export function combinedResource(request: Pick<ResourceAttributes, 'resource' | 'subresource'>): string {
  return request.subresource === '' ? request.resource : `${request.resource}/${request.subresource}`;
}

export function ruleAllows(rule: PolicyRule, request: RequestAttributes): boolean {
  if (request.kind === 'resource') {
    return (
      verbMatches(rule, request.verb) &&
      apiGroupMatches(rule, request.apiGroup) &&
      resourceMatches(rule, combinedResource(request), request.subresource) &&
      resourceNameMatches(rule, request.name)
    );
  }
  return verbMatches(rule, request.verb) && nonResourceURLMatches(rule, request.path);
}

/** A resource request with the defaults filled in. */
export function resourceRequest(
  fields: Pick<ResourceAttributes, 'verb' | 'resource'> & Partial<ResourceAttributes>,
): ResourceAttributes {
  return {
    kind: 'resource',
    apiGroup: '',
    subresource: '',
    name: '',
    namespace: '',
    ...fields,
  };
}

export function nonResourceRequest(verb: string, path: string): NonResourceAttributes {
  return { kind: 'nonResource', verb, path };
}

/** A rule with every list present; missing lists are empty, as after decoding. */
export function policyRule(fields: Partial<PolicyRule>): PolicyRule {
  return {
    verbs: fields.verbs ?? [],
    apiGroups: fields.apiGroups ?? [],
    resources: fields.resources ?? [],
    resourceNames: fields.resourceNames ?? [],
    nonResourceURLs: fields.nonResourceURLs ?? [],
  };
}

/** Semantic equality of rules, as the aggregation controller compares them (nil and empty lists alike). */
export function sameRule(a: PolicyRule, b: PolicyRule): boolean {
  return (
    sameList(a.verbs, b.verbs) &&
    sameList(a.apiGroups, b.apiGroups) &&
    sameList(a.resources, b.resources) &&
    sameList(a.resourceNames, b.resourceNames) &&
    sameList(a.nonResourceURLs, b.nonResourceURLs)
  );
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((value, index) => value === b[index]);
}
