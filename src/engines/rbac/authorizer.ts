/**
 * The RBAC authorizer over a graph: the rules that apply to a user in a
 * namespace (upstream VisitRulesFor: every ClusterRoleBinding naming the user,
 * then the RoleBindings of the namespace), whether a request is allowed and by
 * which binding, role and rule, and who may make a request.
 *
 * A question about a cluster-scoped resource is evaluated the way the real
 * request is made, without a namespace, so RoleBindings never grant it.
 */
import { resolvedSubject, subjectNamespace } from './identity.js';
import { ruleAllows } from './matching.js';
import type { RbacGraph, ResolvedRole } from './graph.js';
import type { BindingRecord, EffectiveRule, RequestAttributes, Subject, UserInfo } from './types.js';

/** A rule that applies to a subject, with the binding and role that grant it. */
export interface Grant {
  readonly binding: BindingRecord;
  readonly subjectIndex: number;
  readonly role: ResolvedRole;
  readonly rule: EffectiveRule;
  /** '' for a ClusterRoleBinding (everywhere), else the RoleBinding's namespace */
  readonly namespace: string;
}

export interface RulesForResult {
  readonly grants: Grant[];
  /** bindings naming the user whose role is neither in the manifests nor built in: their rules are unknown */
  readonly unresolved: BindingRecord[];
}

export function rulesFor(graph: RbacGraph, user: UserInfo, namespace: string): RulesForResult {
  const grants: Grant[] = [];
  const unresolved: BindingRecord[] = [];
  const visit = (matches: ReturnType<RbacGraph['bindingsFor']>, grantNamespace: string) => {
    for (const { binding, subjectIndex } of matches) {
      const role = graph.resolveRole(binding.roleRef);
      if (!role) {
        unresolved.push(binding);
        continue;
      }
      for (const rule of role.rules)
        grants.push({ binding, subjectIndex, role, rule, namespace: grantNamespace });
    }
  };
  visit(graph.bindingsFor(user, undefined), '');
  if (namespace !== '') visit(graph.bindingsFor(user, namespace), namespace);
  return { grants, unresolved };
}

/** The request as the API server would see it: no namespace on a cluster-scoped resource. */
export function realRequest(graph: RbacGraph, request: RequestAttributes): RequestAttributes {
  if (request.kind !== 'resource') return request;
  const namespace = graph.scopes.requestNamespace(
    request.apiGroup,
    request.resource,
    request.name,
    request.namespace,
  );
  return namespace === request.namespace ? request : { ...request, namespace };
}

/** Does this grant allow the request? A namespaced grant allows only namespaced requests in its namespace. */
export function grantAllows(
  graph: RbacGraph,
  grant: Pick<Grant, 'namespace' | 'rule'>,
  request: RequestAttributes,
): boolean {
  if (grant.namespace !== '') {
    if (request.kind !== 'resource') return false;
    const real = realRequest(graph, { ...request, namespace: grant.namespace });
    if (real.kind !== 'resource' || real.namespace !== grant.namespace) return false;
  }
  return ruleAllows(grant.rule.rule, request);
}

export interface Decision {
  readonly allowed: boolean;
  /** the first grant that allows it, in upstream's visiting order */
  readonly grant?: Grant;
  readonly unresolved: BindingRecord[];
  /** the request as evaluated (namespace dropped for a cluster-scoped resource) */
  readonly request: RequestAttributes;
}

export function authorize(graph: RbacGraph, user: UserInfo, asked: RequestAttributes): Decision {
  const request = realRequest(graph, asked);
  const namespace = request.kind === 'resource' ? request.namespace : '';
  const { grants, unresolved } = rulesFor(graph, user, namespace);
  const grant = grants.find((candidate) => ruleAllows(candidate.rule.rule, request));
  return grant ? { allowed: true, grant, unresolved, request } : { allowed: false, unresolved, request };
}

export interface WhoCanEntry {
  /** the subject as bound, a ServiceAccount's namespace filled in */
  readonly subject: Subject;
  readonly binding: BindingRecord;
  readonly subjectIndex: number;
  readonly role: ResolvedRole;
  readonly rule: EffectiveRule;
}

/** Every binding subject that may make the request, sorted by kind, namespace and name. */
export function whoCan(
  graph: RbacGraph,
  asked: RequestAttributes,
): { entries: WhoCanEntry[]; unresolved: BindingRecord[]; request: RequestAttributes } {
  const request = realRequest(graph, asked);
  const namespace = request.kind === 'resource' ? request.namespace : '';
  const entries: WhoCanEntry[] = [];
  const unresolved: BindingRecord[] = [];
  const consider = (binding: BindingRecord) => {
    const role = graph.resolveRole(binding.roleRef);
    if (!role) {
      if (binding.subjects.length > 0) unresolved.push(binding);
      return;
    }
    const rule = role.rules.find((candidate) => ruleAllows(candidate.rule, request));
    if (!rule) return;
    const bindingNamespace = binding.namespace ?? '';
    for (const { subject, index } of binding.subjects) {
      // a ServiceAccount subject without a namespace in a ClusterRoleBinding matches no one
      if (subject.kind === 'ServiceAccount' && subjectNamespace(subject, bindingNamespace) === undefined)
        continue;
      entries.push({
        subject: resolvedSubject(subject, bindingNamespace),
        binding,
        subjectIndex: index,
        role,
        rule,
      });
    }
  };
  for (const binding of graph.clusterRoleBindings()) consider(binding);
  if (namespace !== '') for (const binding of graph.roleBindingsIn(namespace)) consider(binding);
  entries.sort(
    (a, b) =>
      compare(a.subject.kind, b.subject.kind) ||
      compare(a.subject.namespace ?? '', b.subject.namespace ?? '') ||
      compare(a.subject.name, b.subject.name),
  );
  return { entries, unresolved, request };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
