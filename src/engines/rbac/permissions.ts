/**
 * What each subject of the manifests' bindings may do, and what a change adds
 * or removes: the permission diff a pull request introduces. Permissions are
 * compared the way the API server compares them for escalation checks
 * (upstream Covers): every rule is broken down to one verb, API group,
 * resource and name, and a broken-down permission is new when no rule the
 * subject had before, in the same namespace or cluster-wide, covers it.
 *
 * The diff is data, reusable by any report: the text and markdown lines are
 * written from it by the report layer, and the check pipeline can ask whether
 * a permission a finding is about was already granted at the base revision.
 */
import { grantAllows } from './authorizer.js';
import { describeRole, type RbacGraph, type ResolvedRole } from './graph.js';
import { resolvedSubject, subjectKey } from './identity.js';
import type { BindingRecord, EffectiveRule, PolicyRule, RequestAttributes, Subject } from './types.js';

export interface SubjectGrant {
  /** the subject as bound, a ServiceAccount's namespace filled in */
  readonly subject: Subject;
  readonly binding: BindingRecord;
  readonly subjectIndex: number;
  readonly role: ResolvedRole;
  readonly rule: EffectiveRule;
  /** '' for a ClusterRoleBinding, else the RoleBinding's namespace */
  readonly namespace: string;
}

export interface SubjectPermissions {
  readonly subject: Subject;
  readonly grants: SubjectGrant[];
}

/**
 * Every rule granted to every subject named by a binding from the manifests
 * (the API server's default bindings are the same before and after any change,
 * and are left out). Bindings to roles that resolve nowhere grant nothing known.
 */
export function subjectPermissions(graph: RbacGraph): Map<string, SubjectPermissions> {
  const bySubject = new Map<string, SubjectPermissions>();
  for (const binding of graph.bindings) {
    if (binding.provenance.builtin) continue;
    const role = graph.resolveRole(binding.roleRef);
    if (!role) continue;
    const namespace = binding.namespace ?? '';
    for (const { subject: written, index } of binding.subjects) {
      const subject = resolvedSubject(written, namespace);
      // a namespace-less ServiceAccount in a ClusterRoleBinding is no one
      if (subject.kind === 'ServiceAccount' && subject.namespace === undefined) continue;
      const key = subjectKey(subject);
      let entry = bySubject.get(key);
      if (!entry) bySubject.set(key, (entry = { subject, grants: [] }));
      for (const rule of role.rules)
        entry.grants.push({ subject, binding, subjectIndex: index, role, rule, namespace });
    }
  }
  return bySubject;
}

/** One line of the diff: a subject may (no longer) use these verbs on one resource (or URL) in one scope. */
export interface PermissionChange {
  readonly subject: Subject;
  /** '' for cluster-wide */
  readonly namespace: string;
  readonly verbs: string[];
  /** set for a resource permission */
  readonly apiGroup?: string;
  readonly resource?: string;
  /** empty: any name */
  readonly resourceNames: string[];
  /** set for a non-resource URL permission */
  readonly nonResourceURL?: string;
  /** the grants it comes from, on the side where it exists */
  readonly via: SubjectGrant[];
}

export interface PermissionDiff {
  readonly added: PermissionChange[];
  readonly removed: PermissionChange[];
}

interface Atom {
  readonly verb: string;
  readonly apiGroup?: string;
  readonly resource?: string;
  readonly resourceName?: string;
  readonly nonResourceURL?: string;
}

export function permissionDiff(base: RbacGraph, head: RbacGraph): PermissionDiff {
  const before = subjectPermissions(base);
  const after = subjectPermissions(head);
  return {
    added: changes(after, before, head),
    removed: changes(before, after, base),
  };
}

/** Permissions of `from` that `against` does not cover, grouped for reading. */
function changes(
  from: Map<string, SubjectPermissions>,
  against: Map<string, SubjectPermissions>,
  graph: RbacGraph,
): PermissionChange[] {
  const grouped = new Map<
    string,
    { change: Omit<PermissionChange, 'verbs' | 'via'>; verbs: Set<string>; via: Set<SubjectGrant> }
  >();
  for (const [key, permissions] of from) {
    const owners = ownersByScope(against.get(key)?.grants ?? []);
    const uncovered: Array<{ atom: Atom; grant: SubjectGrant }> = [];
    for (const grant of permissions.grants) {
      // the rules that can cover a permission in this scope: the cluster-wide ones and the same namespace's
      const owner = owners.get(grant.namespace) ?? owners.get('')!;
      for (const atom of breakdown(grant, graph)) {
        if (!owner.some((candidate) => ruleCovers(candidate.rule.rule, atom)))
          uncovered.push({ atom, grant });
      }
    }
    for (const { atom, grant } of withoutImplied(uncovered)) {
      const groupKey = [
        key,
        grant.namespace,
        atom.apiGroup ?? '',
        atom.resource ?? '',
        atom.resourceName ?? '\u0001',
        atom.nonResourceURL ?? '',
      ].join('\u0000');
      let entry = grouped.get(groupKey);
      if (!entry) {
        entry = {
          change: {
            subject: permissions.subject,
            namespace: grant.namespace,
            resourceNames: atom.resourceName === undefined ? [] : [atom.resourceName],
            ...(atom.nonResourceURL !== undefined
              ? { nonResourceURL: atom.nonResourceURL }
              : { apiGroup: atom.apiGroup!, resource: atom.resource! }),
          },
          verbs: new Set(),
          via: new Set(),
        };
        grouped.set(groupKey, entry);
      }
      entry.verbs.add(atom.verb);
      entry.via.add(grant);
    }
  }
  // permissions on several names of the same resource with the same verbs read as one line
  const merged = new Map<string, PermissionChange>();
  for (const { change, verbs, via } of grouped.values()) {
    const verbList = [...verbs].sort();
    const mergeKey = [
      subjectKey(change.subject),
      change.namespace,
      change.apiGroup ?? '',
      change.resource ?? '',
      change.nonResourceURL ?? '',
      change.resourceNames.length === 0 ? 'any' : 'named',
      verbList.join(','),
    ].join('\u0000');
    const existing = merged.get(mergeKey);
    if (existing) {
      existing.resourceNames.push(...change.resourceNames);
      for (const grant of via) if (!existing.via.includes(grant)) existing.via.push(grant);
    } else
      merged.set(mergeKey, {
        ...change,
        resourceNames: [...change.resourceNames],
        verbs: verbList,
        via: [...via],
      });
  }
  const keyed = [...merged.values()].map((change) => ({ change, key: sortKey(change) }));
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return keyed.map((entry) => entry.change);
}

function sortKey(change: PermissionChange): string {
  return [
    change.subject.kind,
    change.subject.namespace ?? '',
    change.subject.name,
    change.namespace,
    change.nonResourceURL ?? '',
    change.apiGroup ?? '',
    change.resource ?? '',
    change.resourceNames.join(','),
  ].join('\u0000');
}

/**
 * Drops the changes another change of the same subject implies: with every
 * verb on every resource new, "get secrets" new as well says nothing more.
 * Coverage between single permissions is a strict order, so two equal
 * grants from different roles never cancel each other.
 */
function withoutImplied<T extends { atom: Atom; grant: SubjectGrant }>(entries: readonly T[]): T[] {
  const present = new Set(entries.map(({ atom, grant }) => atomKey(atom, grant.namespace)));
  return entries.filter(({ atom, grant }) => {
    const own = atomKey(atom, grant.namespace);
    for (const namespace of grant.namespace === '' ? [''] : [grant.namespace, '']) {
      for (const general of generalizations(atom)) {
        const key = atomKey(general, namespace);
        if (key !== own && present.has(key)) return false;
      }
    }
    return true;
  });
}

function atomKey(atom: Atom, namespace: string): string {
  return [
    namespace,
    atom.verb,
    atom.apiGroup ?? '',
    atom.resource ?? '',
    atom.resourceName ?? '\u0001',
    atom.nonResourceURL ?? '',
  ].join('\u0000');
}

/** Every single permission that would cover this one (itself included). */
function generalizations(atom: Atom): Atom[] {
  const verbs = atom.verb === '*' ? ['*'] : [atom.verb, '*'];
  if (atom.nonResourceURL !== undefined) {
    const url = atom.nonResourceURL;
    const urls = new Set([url, '*']);
    for (let end = 0; end <= url.length; end++) urls.add(`${url.slice(0, end)}*`);
    return verbs.flatMap((verb) => [...urls].map((nonResourceURL) => ({ verb, nonResourceURL })));
  }
  const groups = atom.apiGroup === '*' ? ['*'] : [atom.apiGroup!, '*'];
  const resource = atom.resource!;
  const slash = resource.indexOf('/');
  const resources = new Set([resource, '*']);
  if (slash >= 0) resources.add(`*${resource.slice(slash)}`);
  const names: Array<string | undefined> =
    atom.resourceName === undefined ? [undefined] : [atom.resourceName, undefined];
  const out: Atom[] = [];
  for (const verb of verbs)
    for (const apiGroup of groups)
      for (const candidate of resources)
        for (const resourceName of names)
          out.push({
            verb,
            apiGroup,
            resource: candidate,
            ...(resourceName !== undefined ? { resourceName } : {}),
          });
  return out;
}

/** '' and each namespace with grants: the grants that apply there (cluster-wide ones, plus the namespace's own). */
function ownersByScope(grants: readonly SubjectGrant[]): Map<string, SubjectGrant[]> {
  const clusterWide = grants.filter((grant) => grant.namespace === '');
  const owners = new Map<string, SubjectGrant[]>([['', clusterWide]]);
  for (const grant of grants) {
    if (grant.namespace === '') continue;
    let list = owners.get(grant.namespace);
    if (!list) owners.set(grant.namespace, (list = [...clusterWide]));
    list.push(grant);
  }
  return owners;
}

/** a cluster-wide grant covers every namespace; a namespaced one only its own */
function scopeCovers(owner: string, wanted: string): boolean {
  return owner === '' || owner === wanted;
}

/** The broken-down permissions of a grant that can take effect in its scope. */
function breakdown(grant: SubjectGrant, graph: RbacGraph): Atom[] {
  const rule = grant.rule.rule;
  const namespaced = grant.namespace !== '';
  const atoms: Atom[] = [];
  for (const apiGroup of rule.apiGroups) {
    for (const resource of rule.resources) {
      const base = resource.split('/')[0]!;
      if (namespaced && base !== 'namespaces' && graph.scopes.isClusterScoped(apiGroup, base)) continue;
      for (const verb of rule.verbs) {
        if (rule.resourceNames.length === 0) atoms.push({ verb, apiGroup, resource });
        else
          for (const resourceName of rule.resourceNames)
            atoms.push({ verb, apiGroup, resource, resourceName });
      }
    }
  }
  if (!namespaced)
    for (const nonResourceURL of rule.nonResourceURLs)
      for (const verb of rule.verbs) atoms.push({ verb, nonResourceURL });
  return atoms;
}

/** upstream ruleCovers for a broken-down permission */
export function ruleCovers(owner: PolicyRule, atom: Atom): boolean {
  if (!owner.verbs.includes('*') && !owner.verbs.includes(atom.verb)) return false;
  if (atom.nonResourceURL !== undefined) {
    return owner.nonResourceURLs.some(
      (url) =>
        url === atom.nonResourceURL ||
        (url.endsWith('*') && atom.nonResourceURL!.startsWith(url.replace(/\*+$/, ''))),
    );
  }
  if (!owner.apiGroups.includes('*') && !owner.apiGroups.includes(atom.apiGroup!)) return false;
  const resource = atom.resource!;
  const resourceCovered =
    owner.resources.includes('*') ||
    owner.resources.includes(resource) ||
    (resource.includes('/') && owner.resources.includes(`*/${resource.slice(resource.indexOf('/') + 1)}`));
  if (!resourceCovered) return false;
  if (atom.resourceName === undefined) return owner.resourceNames.length === 0;
  return owner.resourceNames.length === 0 || owner.resourceNames.includes(atom.resourceName);
}

/**
 * Did the subject, through the manifests' bindings, already have this
 * permission in this scope ('' cluster-wide)? For marking findings about
 * permissions a change introduces.
 */
export function subjectWasGranted(
  permissions: Map<string, SubjectPermissions>,
  graph: RbacGraph,
  subject: Subject,
  namespace: string,
  request: RequestAttributes,
): boolean {
  const grants = permissions.get(subjectKey(subject))?.grants ?? [];
  return grants.some(
    (grant) => scopeCovers(grant.namespace, namespace) && grantAllows(graph, grant, request),
  );
}

/** `RoleBinding shop/web → Role shop/reader rules[0]`, for messages and --why. */
export function describeGrantPath(grant: Pick<SubjectGrant, 'binding' | 'role' | 'rule'>): string {
  const binding =
    grant.binding.kind === 'RoleBinding'
      ? `RoleBinding ${grant.binding.namespace}/${grant.binding.name}`
      : `ClusterRoleBinding ${grant.binding.name}`;
  const role = `${grant.role.record.provenance.builtin ? 'built-in ' : ''}${describeRole(grant.role.record.id)}`;
  const origin = grant.rule.origin;
  const sameRole = describeRole(origin.role) === describeRole(grant.role.record.id);
  const rule = sameRole
    ? `rules[${origin.index}]`
    : `aggregated from ${origin.provenance.builtin ? 'built-in ' : ''}${describeRole(origin.role)} rules[${origin.index}]`;
  return `${binding} → ${role} ${rule}`;
}
