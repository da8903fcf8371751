/*
 * runtime/audit-rbac-changes (low)
 * Changes to RBAC objects (roles, rolebindings, clusterroles,
 * clusterrolebindings) and ServiceAccounts are logged at RequestResponse, so
 * the log shows what was granted, not only that something changed.
 * Asked as: create, update, patch, delete, deletecollection by alice and a
 * service account, in default and kube-system.
 */
import type { AuditRule } from '../../engines/audit/policy.js';
import { describeRequests, describeRule, failingProbes } from './audit-analysis.js';
import { PROBE_USERS, probes, RBAC_RESOURCES, SERVICE_ACCOUNTS, WRITE_VERBS } from './audit-probes.js';
import { findingAt, type RuntimeRule } from './types.js';

const ID = 'runtime/audit-rbac-changes';
const USERS = [PROBE_USERS.user, PROBE_USERS.serviceAccount];
/** the requests this rule asks the policy about */
export const RBAC_CHANGE_PROBES = probes([...RBAC_RESOURCES, SERVICE_ACCOUNTS], WRITE_VERBS, USERS);

/** true when raising the rule's level touches nothing but RBAC objects and ServiceAccounts */
function onlyRbac(rule: AuditRule): boolean {
  return (
    rule.resources.length > 0 &&
    rule.resources.every(
      (entry) =>
        entry.group === 'rbac.authorization.k8s.io' ||
        (entry.group === '' &&
          entry.resources.length > 0 &&
          entry.resources.every((r) => r === 'serviceaccounts')),
    )
  );
}

export const auditRbacChanges: RuntimeRule = {
  info: {
    id: ID,
    tier: 'low',
    title: 'Audit policy must log RBAC and ServiceAccount changes at RequestResponse',
    rationale:
      'Privilege escalation goes through RBAC: below RequestResponse the log says a ClusterRoleBinding changed but not which subject got which role, so an attacker granting themselves cluster-admin leaves no usable trace.',
    remediation:
      'Add a rule logging create, update, patch, delete and deletecollection of rbac.authorization.k8s.io resources and serviceaccounts at RequestResponse, above broader rules.',
  },
  check(input, emit) {
    const users = USERS.map((user) => user.name);
    for (const { source, policy, problems } of input.audit.policies) {
      if (problems.length > 0) continue;
      for (const group of failingProbes(
        policy,
        RBAC_CHANGE_PROBES,
        (_probe, decision) => decision.level !== 'RequestResponse',
      )) {
        const requests = describeRequests(group.probes, users);
        const rule = group.rule;
        if (!rule) {
          emit(
            findingAt(
              ID,
              source,
              ['rules'],
              `no rule matches ${requests}: the API server's default level None leaves these changes unlogged; log them at RequestResponse`,
            ),
          );
          continue;
        }
        const fix = onlyRbac(rule)
          ? {
              description: 'log these changes at RequestResponse',
              set: [{ path: ['rules', rule.index, 'level'], value: 'RequestResponse' }],
            }
          : undefined;
        emit(
          findingAt(
            ID,
            source,
            ['rules', rule.index, 'level'],
            `${describeRule(source, rule)} is the first rule to match ${requests}: the log does not record what was granted; log them at RequestResponse`,
            fix,
          ),
        );
      }
    }
  },
};
