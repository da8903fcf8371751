/**
 * What an RBAC rule is: a check on what a bound subject can do, asked of the
 * engine with probe requests (never by reading the YAML), so every spelling
 * of a permission is caught: an explicit verb, `*`, a `*` resource, an
 * aggregated ClusterRole, a built-in role.
 *
 * Grant rules look at one rule a subject is granted (through a binding, a
 * role, maybe aggregation) and say what risky thing it allows; the finding
 * points at that rule's line, or at the binding's subject line when the rule
 * is built in. Subject rules look at a binding subject as a whole (who is
 * bound to what) and point at the subject line.
 */
import type { Grant, RbacGraph, RequestAttributes, ResolvedRole, Subject } from '../../engines/rbac/index.js';
import { grantAllows, resourceRequest } from '../../engines/rbac/index.js';
import type { BindingRecord } from '../../engines/rbac/types.js';
import type { RuleInfo } from '../types.js';

/** Names no one writes in a role: only a `*` (or no restriction, for names) matches them. */
export const UNNAMED_VERB = '\u0000any-verb';
export const UNNAMED_RESOURCE = '\u0000any-resource';
export const UNNAMED_GROUP = '\u0000any-group';
export const UNNAMED_NAME = '\u0000any-name';

export interface Probe {
  readonly verb: string;
  readonly apiGroup: string;
  readonly resource: string;
  readonly subresource?: string;
  /**
   * 'none': the request names no object (list, watch, create);
   * 'any': some object, so a rule restricted to names still counts (exec into one pod is exec);
   * 'unrestricted': every object, so a rule restricted to names does not count.
   */
  readonly name: 'none' | 'any' | 'unrestricted';
}

/** What a rule found: the capability in words, the detail (verbs and resources), and the request that proves it. */
export interface Capability {
  readonly text: string;
  /** e.g. `get, list secrets; create pods/exec` */
  readonly detail?: string;
  readonly request: RequestAttributes;
}

export interface GrantRule {
  readonly kind: 'grant';
  readonly info: RuleInfo;
  capability(grant: Grant, graph: RbacGraph): Capability | undefined;
}

export interface SubjectRule {
  readonly kind: 'subject';
  readonly info: RuleInfo;
  /** what is wrong with binding this subject to this role, or undefined */
  check(
    subject: Subject,
    binding: BindingRecord,
    role: ResolvedRole | undefined,
    graph: RbacGraph,
  ): Capability | undefined;
}

export type RbacRule = GrantRule | SubjectRule;

/** The probe as a request in the grant's scope, named so that the grant's rule is given its best chance. */
export function probeRequest(probe: Probe, grant: Pick<Grant, 'namespace' | 'rule'>): RequestAttributes {
  const names = grant.rule.rule.resourceNames;
  const name =
    probe.name === 'none' ? '' : probe.name === 'any' && names.length > 0 ? names[0]! : UNNAMED_NAME;
  return resourceRequest({
    verb: probe.verb,
    apiGroup: probe.apiGroup,
    resource: probe.resource,
    subresource: probe.subresource ?? '',
    name,
    namespace: grant.namespace,
  });
}

/** The probes this grant allows, asked of the engine (scope included). */
export function allowedProbes(graph: RbacGraph, grant: Grant, probes: readonly Probe[]): Probe[] {
  return probes.filter((probe) => grantAllows(graph, grant, probeRequest(probe, grant)));
}

/** `get, list secrets`, `create pods/exec`: the verbs of the allowed probes grouped by resource. */
export function describeProbes(probes: readonly Probe[]): string {
  const byResource = new Map<string, string[]>();
  for (const probe of probes) {
    // kubectl's spelling: resource.group/subresource
    const resource = `${probe.resource}${probe.apiGroup ? `.${probe.apiGroup}` : ''}${probe.subresource ? `/${probe.subresource}` : ''}`;
    const verbs = byResource.get(resource) ?? [];
    if (!verbs.includes(probe.verb)) verbs.push(probe.verb);
    byResource.set(resource, verbs);
  }
  return [...byResource].map(([resource, verbs]) => `${verbs.join(', ')} ${resource}`).join('; ');
}

/** A grant rule from probes: fires when the grant allows any of them. */
export function probeRule(info: RuleInfo, what: string, probes: readonly Probe[]): GrantRule {
  // a cheap test first: most granted rules name none of the probed verbs or resources
  const verbs = new Set(probes.map((probe) => probe.verb));
  const resources = new Set(
    probes.map((probe) => (probe.subresource ? `${probe.resource}/${probe.subresource}` : probe.resource)),
  );
  const mayMatch = (rule: Grant['rule']['rule']) =>
    rule.verbs.some((verb) => verb === '*' || verbs.has(verb)) &&
    rule.resources.some(
      (resource) => resource === '*' || resource.startsWith('*/') || resources.has(resource),
    );
  return {
    kind: 'grant',
    info,
    capability(grant, graph) {
      if (!mayMatch(grant.rule.rule)) return undefined;
      const allowed = allowedProbes(graph, grant, probes);
      if (allowed.length === 0) return undefined;
      return { text: what, detail: describeProbes(allowed), request: probeRequest(allowed[0]!, grant) };
    },
  };
}

/** probes for every combination of verbs and resources of one API group */
export function probes(
  verbs: readonly string[],
  apiGroup: string,
  resources: readonly string[],
  name: Probe['name'],
): Probe[] {
  return resources.flatMap((resource) => {
    const slash = resource.indexOf('/');
    const base = slash < 0 ? resource : resource.slice(0, slash);
    const subresource = slash < 0 ? undefined : resource.slice(slash + 1);
    return verbs.map((verb) => ({
      verb,
      apiGroup,
      resource: base,
      ...(subresource ? { subresource } : {}),
      name,
    }));
  });
}
