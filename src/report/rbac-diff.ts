/**
 * The permission diff of a change, for people: one line per subject, scope
 * and resource, "ServiceAccount shop/web can now: get secrets in namespace
 * shop", as plain text and as markdown for the pull-request summary; and as
 * JSON. Pure: the diff in, text out.
 */
import {
  describeGrantPath,
  describeSubject,
  type PermissionChange,
  type PermissionDiff,
} from '../engines/rbac/index.js';

/** `get, list secrets in namespace shop`, `* on every resource cluster-wide`, `get /metrics cluster-wide` */
export function describePermission(change: PermissionChange): string {
  const verbs = change.verbs.includes('*') ? 'every verb (*) on' : change.verbs.join(', ');
  let target: string;
  if (change.nonResourceURL !== undefined) {
    target = change.nonResourceURL === '*' ? 'every non-resource URL' : change.nonResourceURL;
  } else {
    const slash = change.resource!.indexOf('/');
    const base = slash < 0 ? change.resource! : change.resource!.slice(0, slash);
    const sub = slash < 0 ? '' : change.resource!.slice(slash);
    const resource =
      base === '*' ? `every resource${sub ? ` (${sub.slice(1)} subresource)` : ''}` : `${base}${sub}`;
    const group =
      change.apiGroup === ''
        ? ''
        : change.apiGroup === '*'
          ? ' in every API group'
          : ` in API group ${change.apiGroup}`;
    target = `${resource}${group}`;
  }
  const names = change.resourceNames.length > 0 ? ` named ${change.resourceNames.join(', ')}` : '';
  const scope = change.namespace === '' ? 'cluster-wide' : `in namespace ${change.namespace}`;
  return `${verbs} ${target}${names} ${scope}`;
}

export function permissionChangeLine(change: PermissionChange, direction: 'added' | 'removed'): string {
  return `${describeSubject(change.subject)} ${direction === 'added' ? 'can now' : 'can no longer'}: ${describePermission(change)}`;
}

export function rbacDiffText(diff: PermissionDiff): string {
  if (diff.added.length === 0 && diff.removed.length === 0) return 'No RBAC permission changes.\n';
  const lines: string[] = [];
  for (const change of diff.added) {
    lines.push(`+ ${permissionChangeLine(change, 'added')}`);
    for (const grant of change.via) lines.push(`    via ${describeGrantPath(grant)}${where(grant)}`);
  }
  for (const change of diff.removed) lines.push(`- ${permissionChangeLine(change, 'removed')}`);
  return `${lines.join('\n')}\n`;
}

/** Markdown lines for the summary: added permissions first (they are what the gate looks at). */
export function rbacDiffMarkdownLines(diff: PermissionDiff): string[] {
  if (diff.added.length === 0 && diff.removed.length === 0) return ['No RBAC permission changes.'];
  const lines: string[] = [];
  if (diff.added.length > 0) {
    lines.push(`**New permissions (${diff.added.length})**`, '');
    for (const change of diff.added) lines.push(`- ${escapeMarkdown(permissionChangeLine(change, 'added'))}`);
  }
  if (diff.removed.length > 0) {
    if (lines.length > 0) lines.push('');
    lines.push(`**Removed permissions (${diff.removed.length})**`, '');
    for (const change of diff.removed)
      lines.push(`- ${escapeMarkdown(permissionChangeLine(change, 'removed'))}`);
  }
  return lines;
}

export function rbacDiffMarkdown(diff: PermissionDiff): string {
  return `${rbacDiffMarkdownLines(diff).join('\n')}\n`;
}

export function rbacDiffJson(diff: PermissionDiff): string {
  const entry = (change: PermissionChange) => ({
    subject: change.subject,
    namespace: change.namespace === '' ? null : change.namespace,
    verbs: change.verbs,
    ...(change.nonResourceURL !== undefined
      ? { nonResourceURL: change.nonResourceURL }
      : { apiGroup: change.apiGroup, resource: change.resource }),
    resourceNames: change.resourceNames,
    via: change.via.map((grant) => ({
      path: describeGrantPath(grant),
      ...(grant.rule.origin.provenance.builtin
        ? {}
        : {
            file: grant.rule.origin.provenance.object.file,
            line: grant.rule.origin.provenance.object.locate(['rules', grant.rule.origin.index]).line,
          }),
    })),
  });
  return `${JSON.stringify({ added: diff.added.map(entry), removed: diff.removed.map(entry) }, null, 2)}\n`;
}

function where(grant: PermissionChange['via'][number]): string {
  const provenance = grant.rule.origin.provenance;
  if (provenance.builtin) return ` (built in, ${provenance.kubernetesVersion})`;
  return ` (${provenance.object.file}:${provenance.object.locate(['rules', grant.rule.origin.index]).line})`;
}

function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>|])/g, '\\$1');
}
