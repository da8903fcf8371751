/**
 * Roles, ClusterRoles, RoleBindings and ClusterRoleBindings (any version of
 * rbac.authorization.k8s.io), and the scope of CustomResourceDefinitions,
 * read from source objects. What the API server would refuse (validation of
 * rbac/v1) becomes a problem naming the field; the parts that are valid are
 * still read, so a broken manifest never hides the permissions it grants.
 */
import { apiGroup, isRecord, type SourceObject } from '../../model/objects.js';
import type { FieldPath } from '../../model/path.js';
import { policyRule } from './matching.js';
import { requirementProblem } from './selectors.js';
import type {
  BindingRecord,
  BindingSubject,
  EffectiveRule,
  LabelSelector,
  LabelSelectorRequirement,
  PolicyRule,
  Provenance,
  RbacProblem,
  RoleId,
  RoleRecord,
  SubjectKind,
} from './types.js';

export const RBAC_GROUP = 'rbac.authorization.k8s.io';
/** what `kubectl apply` uses for a namespaced object that names no namespace */
export const DEFAULT_NAMESPACE = 'default';

export interface ParsedRbac {
  readonly roles: RoleRecord[];
  readonly bindings: BindingRecord[];
  readonly clusterScopedCustom: Array<{ group: string; resource: string }>;
  readonly problems: RbacProblem[];
}

export function parseRbacObjects(objects: readonly SourceObject[]): ParsedRbac {
  const parsed: ParsedRbac = { roles: [], bindings: [], clusterScopedCustom: [], problems: [] };
  for (const object of objects) {
    const group = apiGroup(object.value.apiVersion);
    const kind = object.value.kind;
    if (group === RBAC_GROUP) {
      if (kind === 'Role' || kind === 'ClusterRole') {
        const role = parseRole(object, kind, parsed.problems);
        if (role) parsed.roles.push(role);
      } else if (kind === 'RoleBinding' || kind === 'ClusterRoleBinding') {
        const binding = parseBinding(object, kind, parsed.problems);
        if (binding) parsed.bindings.push(binding);
      }
    } else if (group === 'apiextensions.k8s.io' && kind === 'CustomResourceDefinition') {
      const spec = object.value.spec;
      if (
        isRecord(spec) &&
        spec.scope === 'Cluster' &&
        typeof spec.group === 'string' &&
        isRecord(spec.names)
      ) {
        const plural = spec.names.plural;
        if (typeof plural === 'string')
          parsed.clusterScopedCustom.push({ group: spec.group, resource: plural });
      }
    }
  }
  return parsed;
}

function metadataOf(object: SourceObject): Record<string, unknown> {
  return isRecord(object.value.metadata) ? object.value.metadata : {};
}

function nameOf(object: SourceObject, problems: RbacProblem[]): string | undefined {
  const name = metadataOf(object).name;
  if (typeof name === 'string' && name !== '') return name;
  problems.push({ object, path: ['metadata', 'name'], message: `${object.value.kind} has no metadata.name` });
  return undefined;
}

function namespaceOf(object: SourceObject): string {
  const namespace = metadataOf(object).namespace;
  return typeof namespace === 'string' && namespace !== '' ? namespace : DEFAULT_NAMESPACE;
}

function labelsOf(object: SourceObject): Record<string, string> {
  const labels = metadataOf(object).labels;
  const out: Record<string, string> = {};
  if (isRecord(labels))
    for (const [key, value] of Object.entries(labels)) if (typeof value === 'string') out[key] = value;
  return out;
}

function parseRole(
  object: SourceObject,
  kind: 'Role' | 'ClusterRole',
  problems: RbacProblem[],
): RoleRecord | undefined {
  const name = nameOf(object, problems);
  if (name === undefined) return undefined;
  const id: RoleId = kind === 'Role' ? { kind, namespace: namespaceOf(object), name } : { kind, name };
  const provenance: Provenance = { builtin: false, object };
  const declaredRules: EffectiveRule[] = [];
  const rules = object.value.rules;
  if (rules !== undefined && rules !== null && !Array.isArray(rules)) {
    problems.push({ object, path: ['rules'], message: 'rules must be a list of policy rules' });
  } else if (Array.isArray(rules)) {
    rules.forEach((raw, index) => {
      const rule = parsePolicyRule(object, raw, ['rules', index], kind === 'Role', problems);
      if (rule) declaredRules.push({ rule, origin: { role: id, index, provenance } });
    });
  }
  let aggregationSelectors: LabelSelector[] | undefined;
  const aggregation = object.value.aggregationRule;
  if (aggregation !== undefined && aggregation !== null) {
    if (kind === 'Role') {
      problems.push({ object, path: ['aggregationRule'], message: 'a Role cannot have an aggregationRule' });
    } else if (!isRecord(aggregation) || !Array.isArray(aggregation.clusterRoleSelectors)) {
      problems.push({
        object,
        path: ['aggregationRule'],
        message: 'aggregationRule must have a list of clusterRoleSelectors',
      });
    } else {
      aggregationSelectors = [];
      aggregation.clusterRoleSelectors.forEach((raw, index) => {
        const selector = parseSelector(
          object,
          raw,
          ['aggregationRule', 'clusterRoleSelectors', index],
          problems,
        );
        if (selector) aggregationSelectors!.push(selector);
      });
    }
  }
  return {
    id,
    labels: labelsOf(object),
    declaredRules,
    ...(aggregationSelectors ? { aggregationSelectors } : {}),
    provenance,
  };
}

/** A list of strings, or a problem; absent is empty. */
function stringList(
  object: SourceObject,
  value: unknown,
  path: FieldPath,
  problems: RbacProblem[],
): string[] | undefined {
  if (value === undefined || value === null) return [];
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return value as string[];
  problems.push({ object, path, message: `${String(path[path.length - 1])} must be a list of strings` });
  return undefined;
}

/** rbac/v1 ValidatePolicyRule, field by field. */
function parsePolicyRule(
  object: SourceObject,
  raw: unknown,
  path: FieldPath,
  namespaced: boolean,
  problems: RbacProblem[],
): PolicyRule | undefined {
  if (!isRecord(raw)) {
    problems.push({ object, path, message: 'a policy rule must be a mapping' });
    return undefined;
  }
  const verbs = stringList(object, raw.verbs, [...path, 'verbs'], problems);
  const apiGroups = stringList(object, raw.apiGroups, [...path, 'apiGroups'], problems);
  const resources = stringList(object, raw.resources, [...path, 'resources'], problems);
  const resourceNames = stringList(object, raw.resourceNames, [...path, 'resourceNames'], problems);
  const nonResourceURLs = stringList(object, raw.nonResourceURLs, [...path, 'nonResourceURLs'], problems);
  if (!verbs || !apiGroups || !resources || !resourceNames || !nonResourceURLs) return undefined;
  const before = problems.length;
  if (verbs.length === 0)
    problems.push({ object, path: [...path, 'verbs'], message: 'verbs must contain at least one value' });
  if (nonResourceURLs.length > 0) {
    if (namespaced)
      problems.push({
        object,
        path: [...path, 'nonResourceURLs'],
        message: 'namespaced rules cannot apply to non-resource URLs',
      });
    if (apiGroups.length > 0 || resources.length > 0 || resourceNames.length > 0)
      problems.push({
        object,
        path: [...path, 'nonResourceURLs'],
        message: 'rules cannot apply to both regular resources and non-resource URLs',
      });
  } else {
    if (apiGroups.length === 0)
      problems.push({
        object,
        path: [...path, 'apiGroups'],
        message: 'resource rules must supply at least one api group',
      });
    if (resources.length === 0)
      problems.push({
        object,
        path: [...path, 'resources'],
        message: 'resource rules must supply at least one resource',
      });
  }
  // a rule that grants nothing (no verbs) or mixes kinds is refused; keep the others
  if (
    problems.length > before &&
    (verbs.length === 0 || (nonResourceURLs.length > 0 && resources.length > 0))
  )
    return undefined;
  return policyRule({ verbs, apiGroups, resources, resourceNames, nonResourceURLs });
}

const OPERATORS = new Set(['In', 'NotIn', 'Exists', 'DoesNotExist']);

function parseSelector(
  object: SourceObject,
  raw: unknown,
  path: FieldPath,
  problems: RbacProblem[],
): LabelSelector | undefined {
  if (!isRecord(raw)) {
    problems.push({ object, path, message: 'a cluster role selector must be a mapping' });
    return undefined;
  }
  const matchLabels: Record<string, string> = {};
  if (raw.matchLabels !== undefined && raw.matchLabels !== null) {
    if (!isRecord(raw.matchLabels)) {
      problems.push({ object, path: [...path, 'matchLabels'], message: 'matchLabels must be a mapping' });
      return undefined;
    }
    for (const [key, value] of Object.entries(raw.matchLabels)) {
      if (typeof value !== 'string') {
        problems.push({
          object,
          path: [...path, 'matchLabels', key],
          message: 'label values must be strings',
        });
        return undefined;
      }
      matchLabels[key] = value;
    }
  }
  const matchExpressions: LabelSelectorRequirement[] = [];
  if (raw.matchExpressions !== undefined && raw.matchExpressions !== null) {
    if (!Array.isArray(raw.matchExpressions)) {
      problems.push({
        object,
        path: [...path, 'matchExpressions'],
        message: 'matchExpressions must be a list',
      });
      return undefined;
    }
    for (const [index, expression] of raw.matchExpressions.entries()) {
      const at = [...path, 'matchExpressions', index];
      if (
        !isRecord(expression) ||
        typeof expression.key !== 'string' ||
        typeof expression.operator !== 'string' ||
        !OPERATORS.has(expression.operator)
      ) {
        problems.push({
          object,
          path: at,
          message: 'a match expression needs a key and an operator of In, NotIn, Exists or DoesNotExist',
        });
        return undefined;
      }
      const values = stringList(object, expression.values, [...at, 'values'], problems);
      if (!values) return undefined;
      const requirement: LabelSelectorRequirement = {
        key: expression.key,
        operator: expression.operator as LabelSelectorRequirement['operator'],
        values,
      };
      const problem = requirementProblem(requirement);
      if (problem) {
        // the aggregation controller fails on an invalid selector and aggregates nothing for the role
        problems.push({ object, path: at, message: problem });
        return undefined;
      }
      matchExpressions.push(requirement);
    }
  }
  return { matchLabels, matchExpressions };
}

const SUBJECT_KINDS: ReadonlySet<string> = new Set<SubjectKind>(['User', 'Group', 'ServiceAccount']);

function parseBinding(
  object: SourceObject,
  kind: 'RoleBinding' | 'ClusterRoleBinding',
  problems: RbacProblem[],
): BindingRecord | undefined {
  const name = nameOf(object, problems);
  if (name === undefined) return undefined;
  const namespace = kind === 'RoleBinding' ? namespaceOf(object) : undefined;
  const roleRef = object.value.roleRef;
  if (
    !isRecord(roleRef) ||
    typeof roleRef.kind !== 'string' ||
    typeof roleRef.name !== 'string' ||
    roleRef.name === ''
  ) {
    problems.push({ object, path: ['roleRef'], message: `${kind} needs a roleRef with kind and name` });
    return undefined;
  }
  const allowedKinds = kind === 'RoleBinding' ? ['Role', 'ClusterRole'] : ['ClusterRole'];
  if (!allowedKinds.includes(roleRef.kind)) {
    problems.push({
      object,
      path: ['roleRef', 'kind'],
      message: `a ${kind} refers to ${allowedKinds.join(' or ')}, not ${roleRef.kind}`,
    });
    return undefined;
  }
  if (roleRef.apiGroup !== undefined && roleRef.apiGroup !== RBAC_GROUP) {
    problems.push({
      object,
      path: ['roleRef', 'apiGroup'],
      message: `roleRef.apiGroup must be ${RBAC_GROUP}`,
    });
  }
  const ref: RoleId =
    roleRef.kind === 'Role'
      ? { kind: 'Role', namespace: namespace!, name: roleRef.name }
      : { kind: 'ClusterRole', name: roleRef.name };
  const subjects: BindingSubject[] = [];
  const rawSubjects = object.value.subjects;
  if (rawSubjects !== undefined && rawSubjects !== null && !Array.isArray(rawSubjects)) {
    problems.push({ object, path: ['subjects'], message: 'subjects must be a list' });
  } else if (Array.isArray(rawSubjects)) {
    rawSubjects.forEach((raw, index) => {
      const at: FieldPath = ['subjects', index];
      if (!isRecord(raw) || typeof raw.kind !== 'string' || typeof raw.name !== 'string' || raw.name === '') {
        problems.push({ object, path: at, message: 'a subject needs a kind and a name' });
        return;
      }
      if (!SUBJECT_KINDS.has(raw.kind)) {
        problems.push({
          object,
          path: [...at, 'kind'],
          message: `subject kind must be User, Group or ServiceAccount, not ${raw.kind}`,
        });
        return;
      }
      const subjectNamespace =
        typeof raw.namespace === 'string' && raw.namespace !== '' ? raw.namespace : undefined;
      if (raw.kind === 'ServiceAccount' && kind === 'ClusterRoleBinding' && subjectNamespace === undefined) {
        problems.push({
          object,
          path: at,
          message: 'a ServiceAccount subject of a ClusterRoleBinding needs a namespace',
        });
      }
      subjects.push({
        subject: {
          kind: raw.kind as SubjectKind,
          name: raw.name,
          ...(subjectNamespace !== undefined && raw.kind === 'ServiceAccount'
            ? { namespace: subjectNamespace }
            : {}),
        },
        index,
      });
    });
  }
  return {
    kind,
    ...(namespace !== undefined ? { namespace } : {}),
    name,
    roleRef: ref,
    subjects,
    provenance: { builtin: false, object },
  };
}
