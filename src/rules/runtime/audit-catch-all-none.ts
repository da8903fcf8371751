/*
 * runtime/audit-catch-all-none (low)
 * Ordinary API activity is logged: reads and writes of workloads, services,
 * namespaces, nodes, custom resources, Secrets, ConfigMaps, RBAC objects, and
 * exec into pods, by alice and a service account, get a level above None,
 * whether from a rule or from a catch-all rule at the end.
 */
import { describeRequests, describeRule, failingProbes } from './audit-analysis.js';
import {
  CONFIGMAPS,
  POD_EXEC,
  PROBE_USERS,
  probes,
  RBAC_RESOURCES,
  SECRETS,
  SERVICE_ACCOUNTS,
  WORKLOAD_RESOURCES,
} from './audit-probes.js';
import { findingAt, type RuntimeRule } from './types.js';

const ID = 'runtime/audit-catch-all-none';
const USERS = [PROBE_USERS.user, PROBE_USERS.serviceAccount];
/** the requests this rule asks the policy about */
export const ACTIVITY_PROBES = [
  ...probes(
    [...WORKLOAD_RESOURCES, SECRETS, CONFIGMAPS, SERVICE_ACCOUNTS, ...RBAC_RESOURCES],
    ['get', 'list', 'create', 'update', 'patch', 'delete'],
    USERS,
  ),
  ...probes([POD_EXEC], ['create', 'get'], USERS),
];

export const auditCatchAllNone: RuntimeRule = {
  info: {
    id: ID,
    tier: 'low',
    title: 'Audit policy must not let ordinary activity fall through to None',
    rationale:
      'A broad None rule, or no catch-all at the end (the API server’s default is None), means reads of Secrets, exec into pods or new workloads leave no audit record: an intrusion cannot be reconstructed.',
    remediation:
      'Keep None rules narrow (specific users, verbs and resources such as events or health checks) and end the policy with a catch-all rule, e.g. - level: Metadata.',
  },
  check(input, emit) {
    const users = USERS.map((user) => user.name);
    for (const { source, policy, problems } of input.audit.policies) {
      if (problems.length > 0) continue;
      for (const group of failingProbes(
        policy,
        ACTIVITY_PROBES,
        (_probe, decision) => decision.level === 'None',
      )) {
        const requests = describeRequests(group.probes, users);
        const rule = group.rule;
        if (rule) {
          emit(
            findingAt(
              ID,
              source,
              ['rules', rule.index, 'level'],
              `${describeRule(source, rule)} is the first rule to match ${requests}, and hides them from the audit log: narrow it (users, verbs, resources) or move it below the rules that log them`,
            ),
          );
          continue;
        }
        emit(
          findingAt(
            ID,
            source,
            ['rules'],
            `no rule matches ${requests}: the API server's default level is None, so this activity is not logged; end the policy with a catch-all rule such as - level: Metadata`,
            {
              description: 'end the policy with a catch-all rule at Metadata',
              set: [{ path: ['rules', policy.rules.length], value: { level: 'Metadata' } }],
            },
          ),
        );
      }
    }
  },
};
