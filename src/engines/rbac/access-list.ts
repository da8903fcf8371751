/**
 * `can-i --list`: every rule that applies to a user in a namespace, broken
 * down to one verb, API group, resource and name each, then compacted and
 * sorted the way kubectl prints a SelfSubjectRulesReview (rules on the same
 * resource and name merge their verbs; non-resource rules stay one URL and
 * verb each). Rules a RoleBinding cannot grant (non-resource URLs,
 * cluster-scoped resources) are left out, since they never authorize anything.
 */
import { rulesFor } from './authorizer.js';
import type { RbacGraph } from './graph.js';
import type { BindingRecord, PolicyRule, UserInfo } from './types.js';

export interface AccessRule {
  readonly apiGroups: readonly string[];
  readonly resources: readonly string[];
  readonly resourceNames: readonly string[];
  readonly nonResourceURLs: readonly string[];
  readonly verbs: readonly string[];
}

export interface AccessList {
  readonly rules: AccessRule[];
  readonly unresolved: BindingRecord[];
}

/** One broken-down cell of a rule: a group, resource and name (or a URL), with the rule's verbs. */
interface RuleCells {
  /** every resource cell */
  readonly resources: ReadonlyArray<{
    key: string;
    group: string;
    resource: string;
    name?: string;
    clusterScoped: boolean;
  }>;
  readonly urls: readonly string[];
}

/** The breakdown depends only on the rule and the scopes: computed once per rule, shared by every user. */
function cellsOf(graph: RbacGraph, rule: PolicyRule, cache: WeakMap<PolicyRule, RuleCells>): RuleCells {
  let cells = cache.get(rule);
  if (cells) return cells;
  const resources: Array<RuleCells['resources'][number]> = [];
  for (const group of rule.apiGroups) {
    for (const resource of rule.resources) {
      const clusterScoped =
        resource !== 'namespaces' && graph.scopes.isClusterScoped(group, baseResource(resource));
      if (rule.resourceNames.length === 0)
        resources.push({ key: `${group}\u0000${resource}\u0000\u0001`, group, resource, clusterScoped });
      else
        for (const name of rule.resourceNames)
          resources.push({
            key: `${group}\u0000${resource}\u0000${name}`,
            group,
            resource,
            name,
            clusterScoped,
          });
    }
  }
  cells = { resources, urls: rule.nonResourceURLs };
  cache.set(rule, cells);
  return cells;
}

const CELL_CACHES = new WeakMap<RbacGraph, WeakMap<PolicyRule, RuleCells>>();

export function accessList(graph: RbacGraph, user: UserInfo, namespace: string): AccessList {
  const { grants, unresolved } = rulesFor(graph, user, namespace);
  let cache = CELL_CACHES.get(graph);
  if (!cache) CELL_CACHES.set(graph, (cache = new WeakMap()));
  const resourceRules = new Map<
    string,
    { group: string; resource: string; name?: string; verbs: Set<string> }
  >();
  const nonResource = new Map<string, { url: string; verb: string }>();
  for (const grant of grants) {
    const rule = grant.rule.rule;
    const namespaced = grant.namespace !== '';
    const cells = cellsOf(graph, rule, cache);
    for (const cell of cells.resources) {
      if (namespaced && cell.clusterScoped) continue;
      let entry = resourceRules.get(cell.key);
      if (!entry) {
        entry = {
          group: cell.group,
          resource: cell.resource,
          ...(cell.name !== undefined ? { name: cell.name } : {}),
          verbs: new Set(),
        };
        resourceRules.set(cell.key, entry);
      }
      for (const verb of rule.verbs) entry.verbs.add(verb);
    }
    if (namespaced) continue;
    for (const url of cells.urls)
      for (const verb of rule.verbs) nonResource.set(`${url}\u0000${verb}`, { url, verb });
  }
  const rules: AccessRule[] = [];
  for (const entry of resourceRules.values()) {
    rules.push({
      apiGroups: [entry.group],
      resources: [entry.resource],
      resourceNames: entry.name === undefined ? [] : [entry.name],
      nonResourceURLs: [],
      verbs: [...entry.verbs],
    });
  }
  for (const entry of nonResource.values()) {
    rules.push({
      apiGroups: [],
      resources: [],
      resourceNames: [],
      nonResourceURLs: [entry.url],
      verbs: [entry.verb],
    });
  }
  const keyed = rules.map((rule) => ({ rule, key: compactString(rule) }));
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return { rules: keyed.map((entry) => entry.rule), unresolved };
}

function baseResource(resource: string): string {
  const slash = resource.indexOf('/');
  return slash < 0 ? resource : resource.slice(0, slash);
}

/** upstream CompactString, which kubectl sorts the rules by */
function compactString(rule: AccessRule): string {
  const parts: string[] = [];
  const quoted = (values: readonly string[]) => `[${values.map((value) => JSON.stringify(value)).join(' ')}]`;
  if (rule.apiGroups.length > 0) parts.push(`APIGroups:${quoted(rule.apiGroups)}`);
  if (rule.resources.length > 0) parts.push(`Resources:${quoted(rule.resources)}`);
  if (rule.nonResourceURLs.length > 0) parts.push(`NonResourceURLs:${quoted(rule.nonResourceURLs)}`);
  if (rule.resourceNames.length > 0) parts.push(`ResourceNames:${quoted(rule.resourceNames)}`);
  if (rule.verbs.length > 0) parts.push(`Verbs:${quoted(rule.verbs)}`);
  return `{${parts.join(', ')}}`;
}

/** kubectl's CombineResourceGroup: `pods`, `deployments.apps`, `deployments.apps/scale` */
export function combineResourceGroup(resources: readonly string[], groups: readonly string[]): string {
  const first = resources[0];
  if (first === undefined) return '';
  const slash = first.indexOf('/');
  let combined = slash < 0 ? first : first.slice(0, slash);
  const group = groups[0];
  if (group !== undefined && group !== '') combined += `.${group}`;
  if (slash >= 0) combined += first.slice(slash);
  return combined;
}

/**
 * The table kubectl prints: four columns, tab-aligned as its tabwriter does
 * (minimum width 6, padding 3), lists in Go's `[a b]` form.
 */
export function formatAccessTable(rules: readonly AccessRule[], headers = true): string {
  const list = (values: readonly string[]) => `[${values.join(' ')}]`;
  const rows: string[][] = [];
  if (headers) rows.push(['Resources', 'Non-Resource URLs', 'Resource Names', 'Verbs']);
  for (const rule of rules) {
    rows.push([
      combineResourceGroup(rule.resources, rule.apiGroups),
      list(rule.nonResourceURLs),
      list(rule.resourceNames),
      list(rule.verbs),
    ]);
  }
  const widths = [0, 1, 2].map((column) => Math.max(6, ...rows.map((row) => row[column]!.length + 3)));
  return rows
    .map((row) => row.map((cell, column) => (column < 3 ? cell.padEnd(widths[column]!) : cell)).join(''))
    .map((line) => `${line}\n`)
    .join('');
}
