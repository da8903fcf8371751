/**
 * The API server's audit policy (audit.k8s.io/v1 Policy), read into a typed
 * model with every problem that makes kube-apiserver refuse it
 * (k8s.io/apiserver `audit/policy/reader.go` LoadPolicyFromBytes,
 * `apis/audit/validation/validation.go` ValidatePolicy):
 *
 * - apiVersion audit.k8s.io/v1 (v1alpha1 and v1beta1 were removed in 1.24),
 * - at least one rule,
 * - every rule's level one of None, Metadata, Request, RequestResponse,
 * - omitStages (policy and rule) among RequestReceived, ResponseStarted,
 *   ResponseComplete, Panic,
 * - nonResourceURLs each `*` or starting with `/`, `*` only at the end, and
 *   never in the same rule as resources or namespaces,
 * - resources[].group a DNS subdomain (an API group, not a group/version).
 */
import { isRecord } from '../../model/objects.js';
import type { FieldPath } from '../../model/path.js';

export const AUDIT_LEVELS = ['None', 'Metadata', 'Request', 'RequestResponse'] as const;
export type AuditLevel = (typeof AUDIT_LEVELS)[number];
export const AUDIT_STAGES = ['RequestReceived', 'ResponseStarted', 'ResponseComplete', 'Panic'] as const;
export type AuditStage = (typeof AUDIT_STAGES)[number];

export interface GroupResources {
  /** '' is the core group */
  readonly group: string;
  readonly resources: readonly string[];
  readonly resourceNames: readonly string[];
}

export interface AuditRule {
  readonly index: number;
  readonly level: AuditLevel;
  readonly users: readonly string[];
  readonly userGroups: readonly string[];
  readonly verbs: readonly string[];
  readonly resources: readonly GroupResources[];
  readonly namespaces: readonly string[];
  readonly nonResourceURLs: readonly string[];
  readonly omitStages: readonly AuditStage[];
  readonly omitManagedFields?: boolean;
}

export interface AuditPolicy {
  readonly rules: readonly AuditRule[];
  readonly omitStages: readonly AuditStage[];
  readonly omitManagedFields: boolean;
}

export interface PolicyProblem {
  /** path inside the Policy object */
  readonly path: FieldPath;
  readonly message: string;
}

export function isAuditPolicyObject(value: Record<string, unknown>): boolean {
  return (
    typeof value.apiVersion === 'string' &&
    value.apiVersion.startsWith('audit.k8s.io/') &&
    value.kind === 'Policy'
  );
}

const DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

/** The policy as the API server reads it, and what would make it refuse the file. */
export function readAuditPolicy(value: Record<string, unknown>): {
  policy: AuditPolicy;
  problems: PolicyProblem[];
} {
  const problems: PolicyProblem[] = [];
  if (value.apiVersion !== 'audit.k8s.io/v1')
    problems.push({
      path: ['apiVersion'],
      message: `${String(value.apiVersion)} is not served: the API server reads audit.k8s.io/v1 policies only (v1alpha1 and v1beta1 were removed in Kubernetes 1.24)`,
    });
  const omitStages = readStages(value.omitStages, ['omitStages'], problems);
  const omitManagedFields = readBoolean(value.omitManagedFields, ['omitManagedFields'], problems) ?? false;
  const rules: AuditRule[] = [];
  if (
    value.rules === undefined ||
    value.rules === null ||
    (Array.isArray(value.rules) && value.rules.length === 0)
  ) {
    problems.push({
      path: value.rules === undefined ? [] : ['rules'],
      message: 'the policy has no rules: the API server refuses a policy with 0 rules',
    });
  } else if (!Array.isArray(value.rules)) {
    problems.push({ path: ['rules'], message: 'rules must be a list' });
  } else {
    value.rules.forEach((rule, index) => {
      const parsed = readRule(rule, index, problems);
      if (parsed) rules.push(parsed);
    });
  }
  return { policy: { rules, omitStages, omitManagedFields }, problems };
}

function readRule(value: unknown, index: number, problems: PolicyProblem[]): AuditRule | undefined {
  const at = (...path: FieldPath): FieldPath => ['rules', index, ...path];
  if (!isRecord(value)) {
    problems.push({ path: at(), message: `rules[${index}] must be a mapping` });
    return undefined;
  }
  let level: AuditLevel | undefined;
  if (value.level === undefined || value.level === null || value.level === '')
    problems.push({ path: at(), message: `rules[${index}] has no level (required)` });
  else if (!(AUDIT_LEVELS as readonly unknown[]).includes(value.level))
    problems.push({
      path: at('level'),
      message: `level ${JSON.stringify(value.level)} is not one of ${AUDIT_LEVELS.join(', ')}`,
    });
  else level = value.level as AuditLevel;

  const users = readStrings(value.users, at('users'), problems);
  const userGroups = readStrings(value.userGroups, at('userGroups'), problems);
  const verbs = readStrings(value.verbs, at('verbs'), problems);
  const namespaces = readStrings(value.namespaces, at('namespaces'), problems);
  const nonResourceURLs = readStrings(value.nonResourceURLs, at('nonResourceURLs'), problems);
  const omitStages = readStages(value.omitStages, at('omitStages'), problems);
  const omitManagedFields = readBoolean(value.omitManagedFields, at('omitManagedFields'), problems);
  const resources = readGroupResources(value.resources, at('resources'), problems);

  nonResourceURLs.forEach((url, k) => {
    if (url === '*') return;
    if (!url.startsWith('/'))
      problems.push({
        path: at('nonResourceURLs', k),
        message: `non-resource URL "${url}" must begin with /`,
      });
    if (url !== '' && url.slice(0, -1).includes('*'))
      problems.push({
        path: at('nonResourceURLs', k),
        message: `non-resource URL "${url}" may use * only as its last character`,
      });
  });
  if (nonResourceURLs.length > 0 && (resources.length > 0 || namespaces.length > 0))
    problems.push({
      path: at('nonResourceURLs'),
      message: 'a rule cannot apply to both resources (resources, namespaces) and non-resource URLs',
    });
  if (level === undefined) return undefined;
  return {
    index,
    level,
    users,
    userGroups,
    verbs,
    resources,
    namespaces,
    nonResourceURLs,
    omitStages,
    ...(omitManagedFields !== undefined ? { omitManagedFields } : {}),
  };
}

function readGroupResources(value: unknown, path: FieldPath, problems: PolicyProblem[]): GroupResources[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    problems.push({ path, message: 'resources must be a list of {group, resources, resourceNames}' });
    return [];
  }
  const result: GroupResources[] = [];
  value.forEach((entry, k) => {
    const at = [...path, k];
    if (!isRecord(entry)) {
      problems.push({
        path: at,
        message: 'each resources entry must be a mapping of group, resources, resourceNames',
      });
      return;
    }
    let group = '';
    if (entry.group !== undefined && entry.group !== null) {
      if (typeof entry.group !== 'string')
        problems.push({ path: [...at, 'group'], message: 'group must be a string' });
      else group = entry.group;
    }
    if (group !== '' && (group.length > 253 || !DNS_SUBDOMAIN.test(group)))
      problems.push({
        path: [...at, 'group'],
        message: group.includes('/')
          ? `group "${group}" names a version: write the API group alone (e.g. ${group.split('/')[0]})`
          : `group "${group}" is not a valid API group name (lowercase DNS subdomain)`,
      });
    result.push({
      group,
      resources: readStrings(entry.resources, [...at, 'resources'], problems),
      resourceNames: readStrings(entry.resourceNames, [...at, 'resourceNames'], problems),
    });
  });
  return result;
}

function readStrings(value: unknown, path: FieldPath, problems: PolicyProblem[]): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value) || value.some((item) => typeof item !== 'string')) {
    problems.push({ path, message: `${String(path[path.length - 1])} must be a list of strings` });
    return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
  }
  return value as string[];
}

function readStages(value: unknown, path: FieldPath, problems: PolicyProblem[]): AuditStage[] {
  const stages: AuditStage[] = [];
  readStrings(value, path, problems).forEach((stage, k) => {
    if ((AUDIT_STAGES as readonly string[]).includes(stage)) stages.push(stage as AuditStage);
    else
      problems.push({
        path: [...path, k],
        message: `stage "${stage}" is not one of ${AUDIT_STAGES.join(', ')}`,
      });
  });
  return stages;
}

function readBoolean(value: unknown, path: FieldPath, problems: PolicyProblem[]): boolean | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'boolean') {
    problems.push({ path, message: `${String(path[path.length - 1])} must be true or false` });
    return undefined;
  }
  return value;
}
