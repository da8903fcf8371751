/**
 * The RBAC state a set of manifests produces on a cluster: the built-in
 * default roles and bindings, overlaid with the manifests' own (a manifest
 * that defines `edit` replaces the built-in), aggregated ClusterRoles filled in
 * to a fixed point, and indexes so that "which bindings name this user" costs
 * the bindings that do, not all of them.
 */
import type { SourceObject } from '../../model/objects.js';
import { BUILTIN_BINDINGS, BUILTIN_POLICY_VERSION, BUILTIN_ROLES } from './builtin-roles.js';
import { serviceAccountUserName, subjectNamespace } from './identity.js';
import { parseRbacObjects } from './parse.js';
import { ResourceScopes } from './scope.js';
import { selectorMatches } from './selectors.js';
import type {
  BindingRecord,
  EffectiveRule,
  PolicyRule,
  Provenance,
  RbacProblem,
  RoleId,
  RoleRecord,
  UserInfo,
} from './types.js';

export interface ResolvedRole {
  readonly record: RoleRecord;
  /** the rules the role grants: declared, or for an aggregated ClusterRole the aggregation */
  readonly rules: readonly EffectiveRule[];
}

/** One binding subject that names a user, with the binding's order kept for upstream's visiting order. */
export interface BindingMatch {
  readonly binding: BindingRecord;
  readonly subjectIndex: number;
  readonly order: number;
}

export interface GraphOptions {
  /** include the API server's default ClusterRoleBindings (default true); roles are always included */
  readonly defaultBindings?: boolean;
}

export function roleKey(id: RoleId): string {
  return id.kind === 'Role' ? `Role/${id.namespace ?? ''}/${id.name}` : `ClusterRole/${id.name}`;
}

export function describeRole(id: RoleId): string {
  return id.kind === 'Role' ? `Role ${id.namespace}/${id.name}` : `ClusterRole ${id.name}`;
}

export function describeBinding(binding: BindingRecord): string {
  return binding.kind === 'RoleBinding'
    ? `RoleBinding ${binding.namespace}/${binding.name}`
    : `ClusterRoleBinding ${binding.name}`;
}

export class RbacGraph {
  readonly roles = new Map<string, ResolvedRole>();
  readonly bindings: BindingRecord[] = [];
  readonly problems: RbacProblem[];
  readonly scopes: ResourceScopes;
  /** ClusterRoleBindings by subject key, in binding order */
  private readonly clusterIndex = new Map<string, BindingMatch[]>();
  /** RoleBindings by namespace, then subject key */
  private readonly namespaceIndex = new Map<string, Map<string, BindingMatch[]>>();
  private readonly roleBindingsByNamespace = new Map<string, BindingRecord[]>();

  constructor(objects: readonly SourceObject[], options: GraphOptions = {}) {
    const parsed = parseRbacObjects(objects);
    this.problems = parsed.problems;
    this.scopes = new ResourceScopes(parsed.clusterScopedCustom);
    const declared = new Map<string, RoleRecord>();
    for (const role of builtinRoleRecords()) declared.set(roleKey(role.id), role);
    for (const role of parsed.roles) declared.set(roleKey(role.id), role);
    for (const [key, rules] of aggregate(declared))
      this.roles.set(key, { record: declared.get(key)!, rules });
    const bindings =
      options.defaultBindings === false ? parsed.bindings : [...builtinBindingRecords(), ...parsed.bindings];
    for (const binding of bindings) this.addBinding(binding);
  }

  private addBinding(binding: BindingRecord): void {
    const order = this.bindings.length;
    this.bindings.push(binding);
    const bindingNamespace = binding.namespace ?? '';
    let index = this.clusterIndex;
    if (binding.kind === 'RoleBinding') {
      let byNamespace = this.namespaceIndex.get(bindingNamespace);
      if (!byNamespace) this.namespaceIndex.set(bindingNamespace, (byNamespace = new Map()));
      index = byNamespace;
      const list = this.roleBindingsByNamespace.get(bindingNamespace) ?? [];
      list.push(binding);
      this.roleBindingsByNamespace.set(bindingNamespace, list);
    }
    for (const { subject, index: subjectIndex } of binding.subjects) {
      let key: string;
      if (subject.kind === 'ServiceAccount') {
        const namespace = subjectNamespace(subject, bindingNamespace);
        if (namespace === undefined) continue; // matches no one
        key = `User\u0000${serviceAccountUserName(namespace, subject.name)}`;
      } else key = `${subject.kind}\u0000${subject.name}`;
      const matches = index.get(key) ?? [];
      matches.push({ binding, subjectIndex, order });
      index.set(key, matches);
    }
  }

  resolveRole(ref: RoleId): ResolvedRole | undefined {
    return this.roles.get(roleKey(ref));
  }

  clusterRoleBindings(): BindingRecord[] {
    return this.bindings.filter((binding) => binding.kind === 'ClusterRoleBinding');
  }

  roleBindingsIn(namespace: string): readonly BindingRecord[] {
    return this.roleBindingsByNamespace.get(namespace) ?? [];
  }

  namespacesWithRoleBindings(): string[] {
    return [...this.roleBindingsByNamespace.keys()].sort();
  }

  /**
   * The bindings whose subjects name the user, each once with its first
   * matching subject (upstream appliesTo), in binding order: ClusterRoleBindings,
   * or the RoleBindings of one namespace.
   */
  bindingsFor(user: UserInfo, namespace: string | undefined): BindingMatch[] {
    const index = namespace === undefined ? this.clusterIndex : this.namespaceIndex.get(namespace);
    if (!index) return [];
    const keys = [`User\u0000${user.name}`, ...user.groups.map((group) => `Group\u0000${group}`)];
    const first = new Map<number, BindingMatch>();
    for (const key of keys) {
      for (const match of index.get(key) ?? []) {
        const seen = first.get(match.order);
        if (!seen || match.subjectIndex < seen.subjectIndex) first.set(match.order, match);
      }
    }
    return [...first.values()].sort((a, b) => a.order - b.order);
  }
}

function builtinProvenance(): Provenance {
  return { builtin: true, kubernetesVersion: BUILTIN_POLICY_VERSION };
}

function builtinRoleRecords(): RoleRecord[] {
  const provenance = builtinProvenance();
  return BUILTIN_ROLES.map((role) => {
    const id: RoleId =
      role.kind === 'Role'
        ? { kind: 'Role', namespace: role.namespace!, name: role.name }
        : { kind: 'ClusterRole', name: role.name };
    return {
      id,
      labels: role.labels ?? {},
      declaredRules: role.rules.map((rule, index) => ({ rule, origin: { role: id, index, provenance } })),
      ...(role.aggregateFrom
        ? {
            aggregationSelectors: role.aggregateFrom.map((matchLabels) => ({
              matchLabels,
              matchExpressions: [],
            })),
          }
        : {}),
      provenance,
    };
  });
}

function builtinBindingRecords(): BindingRecord[] {
  const provenance = builtinProvenance();
  return BUILTIN_BINDINGS.map((binding) => ({
    kind: 'ClusterRoleBinding',
    name: binding.name,
    roleRef: { kind: 'ClusterRole', name: binding.clusterRole },
    subjects: binding.subjects.map((subject, index) => ({ subject, index })),
    provenance,
  }));
}

function ruleIdentity(rule: PolicyRule): string {
  return JSON.stringify([
    rule.verbs,
    rule.apiGroups,
    rule.resources,
    rule.resourceNames,
    rule.nonResourceURLs,
  ]);
}

/**
 * The clusterrole-aggregation controller, run to a fixed point: an aggregated
 * ClusterRole's rules are replaced by the rules of every other ClusterRole its
 * selectors match (selector by selector, matching roles by name, duplicates
 * dropped), and an aggregated role can feed another (view feeds edit feeds
 * admin). Starting aggregated roles empty gives the least fixed point, so a
 * cycle of aggregated roles grants only what flows into it from outside.
 */
function aggregate(declared: ReadonlyMap<string, RoleRecord>): Map<string, readonly EffectiveRule[]> {
  const current = new Map<string, readonly EffectiveRule[]>();
  const aggregated: RoleRecord[] = [];
  const clusterRoles: RoleRecord[] = [];
  for (const [key, role] of declared) {
    current.set(key, role.aggregationSelectors ? [] : role.declaredRules);
    if (role.id.kind === 'ClusterRole') clusterRoles.push(role);
    if (role.aggregationSelectors) aggregated.push(role);
  }
  if (aggregated.length === 0) return current;
  clusterRoles.sort((a, b) => (a.id.name < b.id.name ? -1 : a.id.name > b.id.name ? 1 : 0));
  aggregated.sort((a, b) => (a.id.name < b.id.name ? -1 : a.id.name > b.id.name ? 1 : 0));
  const sources = new Map(
    aggregated.map((role) => [
      role,
      role.aggregationSelectors!.map((selector) =>
        clusterRoles.filter((other) => other !== role && selectorMatches(selector, other.labels)),
      ),
    ]),
  );
  // each pass can only add rules, and there are finitely many: it ends
  for (let changed = true; changed;) {
    changed = false;
    for (const role of aggregated) {
      const rules: EffectiveRule[] = [];
      const seen = new Set<string>();
      for (const selected of sources.get(role)!) {
        for (const other of selected) {
          for (const effective of current.get(roleKey(other.id))!) {
            const identity = ruleIdentity(effective.rule);
            if (seen.has(identity)) continue;
            seen.add(identity);
            rules.push(effective);
          }
        }
      }
      if (rules.length !== current.get(roleKey(role.id))!.length) {
        current.set(roleKey(role.id), rules);
        changed = true;
      }
    }
  }
  return current;
}
