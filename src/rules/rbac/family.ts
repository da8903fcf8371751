/**
 * RBAC as a rule family: every subject of every binding in the manifests is
 * resolved through the engine (its role, aggregation, built-in roles, the
 * RoleBinding's namespace) and each risky-permission rule asks the engine
 * what that subject can do. A finding names the subject, the binding and the
 * role, and points at the exact rule line (`rules[i]` of the role the rule was
 * written in) or, when the rule is built in, at the binding's subject line.
 *
 * For new-only mode the family also says which findings are about a
 * permission the change introduces: the subject did not have it, in that
 * scope, at the base revision.
 */
import { formatPath, type FieldPath } from '../../model/path.js';
import {
  describeGrantPath,
  describeSubject,
  RbacGraph,
  resolvedSubject,
  roleKey,
  subjectKey,
  subjectPermissions,
  subjectWasGranted,
  type Grant,
  type RequestAttributes,
  type Subject,
} from '../../engines/rbac/index.js';
import { describeBinding, describeRole } from '../../engines/rbac/graph.js';
import type { Finding, RawFinding, RuleFamily } from '../types.js';
import { clusterAdminBinding } from './cluster-admin-binding.js';
import { csrApproval } from './csr-approval.js';
import { escalateBindImpersonate } from './escalate-bind-impersonate.js';
import { nodesProxy } from './nodes-proxy.js';
import { persistentVolumeCreate } from './persistentvolume-create.js';
import { podCreate } from './pod-create.js';
import { podExec } from './pod-exec.js';
import type { GrantRule, RbacRule, SubjectRule } from './rbac-rule.js';
import { secretsRead } from './secrets-read.js';
import { serviceAccountTokenCreate } from './serviceaccount-token-create.js';
import { systemGroupBinding } from './system-group-binding.js';
import { webhookConfigWrite } from './webhook-config-write.js';
import { wildcardPermission } from './wildcard-permission.js';

export const RBAC_RULES: readonly RbacRule[] = [
  clusterAdminBinding,
  systemGroupBinding,
  wildcardPermission,
  secretsRead,
  podCreate,
  podExec,
  escalateBindImpersonate,
  serviceAccountTokenCreate,
  nodesProxy,
  csrApproval,
  webhookConfigWrite,
  persistentVolumeCreate,
];

/** A finding with what it is about, so that it can be compared with the base revision. */
export interface RbacFinding {
  readonly raw: RawFinding;
  readonly subject: Subject;
  /** '' for cluster-wide */
  readonly namespace: string;
  /** the request that proves the capability */
  readonly request: RequestAttributes;
  /** for subject rules: the role the subject is bound to */
  readonly roleKey?: string;
}

export function rbacFindings(
  graph: RbacGraph,
  isEnabled: (ruleId: string) => boolean = () => true,
): RbacFinding[] {
  const grantRules = RBAC_RULES.filter(
    (rule): rule is GrantRule => rule.kind === 'grant' && isEnabled(rule.info.id),
  );
  const subjectRules = RBAC_RULES.filter(
    (rule): rule is SubjectRule => rule.kind === 'subject' && isEnabled(rule.info.id),
  );
  const findings: RbacFinding[] = [];
  const seen = new Set<string>();
  for (const binding of graph.bindings) {
    if (binding.provenance.builtin) continue;
    const bindingObject = binding.provenance.object;
    const role = graph.resolveRole(binding.roleRef);
    const namespace = binding.namespace ?? '';
    for (const { subject: written, index } of binding.subjects) {
      const subject = resolvedSubject(written, namespace);
      if (subject.kind === 'ServiceAccount' && subject.namespace === undefined) continue;
      const subjectPath: FieldPath = ['subjects', index];
      for (const rule of subjectRules) {
        const found = rule.check(subject, binding, role, graph);
        if (!found) continue;
        findings.push({
          raw: {
            ruleId: rule.info.id,
            object: bindingObject,
            path: subjectPath,
            message: `${describeSubject(subject)} ${found.text} (${describeBinding(binding)})`,
          },
          subject,
          namespace,
          request: found.request,
          roleKey: roleKey(binding.roleRef),
        });
      }
      if (!role) continue;
      const scope = namespace === '' ? 'cluster-wide' : `in namespace ${namespace}`;
      // built-in rules have no line of their own: one finding per rule id on the subject line
      const builtin = new Map<
        string,
        { text: string; details: string[]; request: RequestAttributes; origins: string[] }
      >();
      for (const effective of role.rules) {
        const grant: Grant = { binding, subjectIndex: index, role, rule: effective, namespace };
        for (const rule of grantRules) {
          const found = rule.capability(grant, graph);
          if (!found) continue;
          const origin = effective.origin;
          if (origin.provenance.builtin) {
            const entry = builtin.get(rule.info.id) ?? {
              text: found.text,
              details: [],
              request: found.request,
              origins: [],
            };
            if (found.detail && !entry.details.includes(found.detail)) entry.details.push(found.detail);
            const originText = `${describeRole(origin.role)} rules[${origin.index}]`;
            if (!entry.origins.includes(originText)) entry.origins.push(originText);
            builtin.set(rule.info.id, entry);
            continue;
          }
          const key = [
            rule.info.id,
            subjectKey(subject),
            describeBinding(binding),
            roleKey(origin.role),
            origin.index,
          ].join('\u0000');
          if (seen.has(key)) continue;
          seen.add(key);
          findings.push({
            raw: {
              ruleId: rule.info.id,
              object: origin.provenance.object,
              path: ['rules', origin.index],
              message: `${describeSubject(subject)} can ${found.text}${found.detail ? ` (${found.detail})` : ''} ${scope}, via ${describeGrantPath(grant)}`,
            },
            subject,
            namespace,
            request: found.request,
          });
        }
      }
      for (const [ruleId, entry] of builtin) {
        const key = [ruleId, subjectKey(subject), describeBinding(binding), 'builtin'].join('\u0000');
        if (seen.has(key)) continue;
        seen.add(key);
        const detail = entry.details.length > 0 ? ` (${entry.details.join('; ')})` : '';
        findings.push({
          raw: {
            ruleId,
            object: bindingObject,
            path: subjectPath,
            message: `${describeSubject(subject)} can ${entry.text}${detail} ${scope}, via ${describeBinding(binding)} → built-in ${describeRole(role.record.id)} (${entry.origins.join(', ')})`,
          },
          subject,
          namespace,
          request: entry.request,
        });
      }
    }
  }
  return findings;
}

export const rbacFamily: RuleFamily = {
  rules: RBAC_RULES.map((rule) => rule.info),
  analyze(context, emit) {
    if (!RBAC_RULES.some((rule) => context.isEnabled(rule.info.id))) return;
    const graph = new RbacGraph(context.objects);
    for (const problem of graph.problems) context.reportError(problem.object, problem.path, problem.message);
    for (const finding of rbacFindings(graph, context.isEnabled)) emit(finding.raw);
  },
  isNewFinding(head, base) {
    const fresh = rbacFindingsOnNewPermissions(new RbacGraph(head), new RbacGraph(base));
    return (finding) => fresh.has(reportedRbacFindingKey(finding));
  },
};

/** What identifies a reported finding for {@link rbacFindingsOnNewPermissions}. */
export function rbacFindingKey(finding: {
  readonly ruleId: string;
  readonly file: string;
  readonly path: string;
  readonly message: string;
}): string {
  return [finding.ruleId, finding.file, finding.path, finding.message].join('\u0000');
}

/** The key of a reported finding (location file and formatted path, as in the JSON report). */
export function reportedRbacFindingKey(finding: Finding): string {
  return rbacFindingKey({
    ruleId: finding.ruleId,
    file: finding.location.file,
    path: finding.path,
    message: finding.message,
  });
}

/**
 * The keys of head findings about a permission the subject did not have at
 * the base revision (in the same namespace, or cluster-wide), or, for a
 * binding rule, a binding of the subject to that role that did not exist.
 * New-only mode gates on these whatever their fingerprint says.
 */
export function rbacFindingsOnNewPermissions(head: RbacGraph, base: RbacGraph): Set<string> {
  const basePermissions = subjectPermissions(base);
  const baseBindings = new Set<string>();
  for (const binding of base.bindings) {
    if (binding.provenance.builtin) continue;
    const namespace = binding.namespace ?? '';
    for (const { subject } of binding.subjects)
      baseBindings.add(
        [subjectKey(resolvedSubject(subject, namespace)), namespace, roleKey(binding.roleRef)].join('\u0000'),
      );
  }
  const keys = new Set<string>();
  for (const finding of rbacFindings(head)) {
    const isNew =
      finding.roleKey !== undefined
        ? !baseBindings.has([subjectKey(finding.subject), finding.namespace, finding.roleKey].join('\u0000'))
        : !subjectWasGranted(basePermissions, base, finding.subject, finding.namespace, finding.request);
    if (!isNew) continue;
    keys.add(
      rbacFindingKey({
        ruleId: finding.raw.ruleId,
        file: finding.raw.object.file,
        path: formatPath(finding.raw.path),
        message: finding.raw.message,
      }),
    );
  }
  return keys;
}
