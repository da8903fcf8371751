/*
 * rbac/cluster-admin-binding
 * A ServiceAccount or a group bound to cluster-admin, or to any role with an
 * equivalent rule (every verb on every resource of every API group).
 */
import { ruleAllows } from '../../engines/rbac/index.js';
import { resourceRequest } from '../../engines/rbac/matching.js';
import { describeRole } from '../../engines/rbac/graph.js';
import type { SubjectRule } from './rbac-rule.js';
import { UNNAMED_GROUP, UNNAMED_RESOURCE, UNNAMED_VERB } from './rbac-rule.js';

/** a request only an every-verb, every-group, every-resource rule allows */
const EVERYTHING = resourceRequest({
  verb: UNNAMED_VERB,
  apiGroup: UNNAMED_GROUP,
  resource: UNNAMED_RESOURCE,
});

export const clusterAdminBinding: SubjectRule = {
  kind: 'subject',
  info: {
    id: 'rbac/cluster-admin-binding',
    tier: 'high',
    title: 'No ServiceAccount or group may hold cluster-admin or an equivalent',
    rationale:
      'A ServiceAccount token is mounted into pods and a group spans many people: whoever steals the token or joins the group controls everything the binding reaches, every Secret, every workload, RBAC itself.',
    remediation:
      'Bind a role that lists only the verbs and resources the workload uses, in its own namespace with a RoleBinding; keep cluster-admin for named break-glass users.',
  },
  check(subject, binding, role) {
    if (subject.kind !== 'ServiceAccount' && subject.kind !== 'Group') return undefined;
    if (!role || !role.rules.some((effective) => ruleAllows(effective.rule, EVERYTHING))) return undefined;
    const scope =
      binding.kind === 'ClusterRoleBinding' ? 'cluster-wide' : `in namespace ${binding.namespace}`;
    return {
      text: `holds every verb on every resource ${scope} through ${describeRole(role.record.id)}`,
      request: { ...EVERYTHING, namespace: binding.namespace ?? '' },
    };
  },
};
