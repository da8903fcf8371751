/**
 * The audit level of one request, decided the way kube-apiserver decides it
 * (k8s.io/apiserver `audit/policy/checker.go`, EvaluatePolicyRule):
 *
 * - rules are tried in order and the first that matches decides; when none
 *   matches the level is None;
 * - a rule matches when every field it sets matches (an empty field matches
 *   everything): users (the user's name), userGroups (any of the user's
 *   groups), verbs; then, when the rule sets namespaces or resources, the
 *   request must be a resource request matching them, else when it sets
 *   nonResourceURLs, a non-resource request matching one of them;
 * - a request without a user never matches a rule that sets users or groups;
 * - namespaces: "" stands for cluster-scoped resources;
 * - resources: the group must be equal ("" is core); no resources listed means
 *   every resource of the group; `res` matches `resource` or, for a
 *   subresource request, `resource/subresource`; `*` matches everything,
 *   `*\/sub` a subresource of any resource, `resource/*` the resource and all
 *   of its subresources; resourceNames, when set, must contain the name;
 * - nonResourceURLs: `*`, an exact path, or a prefix ending in `*`;
 * - omitted stages are the union of the policy's and the deciding rule's;
 *   omitManagedFields comes from the rule when set, else from the policy.
 */
import {
  AUDIT_STAGES,
  type AuditLevel,
  type AuditPolicy,
  type AuditRule,
  type AuditStage,
} from './policy.js';

export interface AuditUser {
  readonly name: string;
  readonly groups: readonly string[];
}

export interface ResourceAttributes {
  readonly group: string;
  readonly resource: string;
  readonly subresource?: string;
  /** '' for cluster-scoped resources */
  readonly namespace: string;
  readonly name?: string;
}

export interface AuditRequest {
  readonly user?: AuditUser;
  readonly verb: string;
  /** set for resource requests */
  readonly resource?: ResourceAttributes;
  /** set for non-resource requests, e.g. /healthz */
  readonly path?: string;
}

export interface AuditDecision {
  readonly level: AuditLevel;
  /** the rule that decided, or undefined when none matched (level None) */
  readonly rule?: AuditRule;
  readonly omitStages: readonly AuditStage[];
  readonly omitManagedFields: boolean;
}

export function evaluateAuditPolicy(policy: AuditPolicy, request: AuditRequest): AuditDecision {
  for (const rule of policy.rules) {
    if (ruleMatches(rule, request))
      return {
        level: rule.level,
        rule,
        omitStages: unionStages(policy.omitStages, rule.omitStages),
        omitManagedFields: rule.omitManagedFields ?? policy.omitManagedFields,
      };
  }
  return {
    level: 'None',
    omitStages: unionStages(policy.omitStages),
    omitManagedFields: policy.omitManagedFields,
  };
}

export function ruleMatches(rule: AuditRule, request: AuditRequest): boolean {
  const user = request.user;
  if (rule.users.length > 0 && (!user || !rule.users.includes(user.name))) return false;
  if (rule.userGroups.length > 0 && (!user || !user.groups.some((group) => rule.userGroups.includes(group))))
    return false;
  if (rule.verbs.length > 0 && !rule.verbs.includes(request.verb)) return false;
  if (rule.namespaces.length > 0 || rule.resources.length > 0) return resourceMatches(rule, request.resource);
  if (rule.nonResourceURLs.length > 0) return nonResourceMatches(rule, request);
  return true;
}

function resourceMatches(rule: AuditRule, attributes: ResourceAttributes | undefined): boolean {
  if (!attributes) return false;
  if (rule.namespaces.length > 0 && !rule.namespaces.includes(attributes.namespace)) return false;
  if (rule.resources.length === 0) return true;
  const { group, resource } = attributes;
  const subresource = attributes.subresource ?? '';
  const combined = subresource !== '' ? `${resource}/${subresource}` : resource;
  const name = attributes.name ?? '';
  for (const entry of rule.resources) {
    if (entry.group !== group) continue;
    if (entry.resources.length === 0) return true;
    if (entry.resourceNames.length > 0 && !entry.resourceNames.includes(name)) continue;
    for (const pattern of entry.resources) {
      if (pattern === combined || pattern === '*') return true;
      if (subresource !== '' && pattern.startsWith('*/') && pattern.slice(2) === subresource) return true;
      if (pattern.endsWith('/*') && pattern.slice(0, -2) === resource) return true;
    }
  }
  return false;
}

function nonResourceMatches(rule: AuditRule, request: AuditRequest): boolean {
  if (request.resource || request.path === undefined) return false;
  const path = request.path;
  return rule.nonResourceURLs.some(
    (spec) =>
      spec === '*' || spec === path || (spec.endsWith('*') && path.startsWith(spec.replace(/\*+$/, ''))),
  );
}

function unionStages(...lists: ReadonlyArray<readonly AuditStage[]>): AuditStage[] {
  const present = new Set(lists.flat());
  return AUDIT_STAGES.filter((stage) => present.has(stage));
}
