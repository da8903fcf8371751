/*
 * rbac/system-group-binding
 * A binding whose subject is the anonymous user, the unauthenticated or
 * all-authenticated group, or system:masters.
 */
import { describeRole } from '../../engines/rbac/graph.js';
import { resourceRequest } from '../../engines/rbac/matching.js';
import type { SubjectRule } from './rbac-rule.js';
import { UNNAMED_RESOURCE } from './rbac-rule.js';

const WHO: Readonly<Record<string, string>> = {
  'Group\u0000system:unauthenticated': 'every request without credentials',
  'User\u0000system:anonymous': 'every request without credentials',
  'Group\u0000system:authenticated': 'every user and ServiceAccount of the cluster',
  'Group\u0000system:masters': 'a group the API server lets do anything, whatever RBAC says',
};

export const systemGroupBinding: SubjectRule = {
  kind: 'subject',
  info: {
    id: 'rbac/system-group-binding',
    tier: 'high',
    title: 'No binding to anonymous, unauthenticated, all-authenticated or system:masters',
    rationale:
      'system:anonymous and system:unauthenticated are anyone who can reach the API server; system:authenticated is every account, every ServiceAccount of every workload included; system:masters bypasses RBAC altogether. A binding to them grants its role to the whole world or marks an identity as unrestricted.',
    remediation: 'Bind the role to the specific users, groups or ServiceAccounts that need it.',
  },
  check(subject, binding, role) {
    const who = WHO[`${subject.kind}\u0000${subject.name}`];
    if (!who) return undefined;
    const target = role ? describeRole(role.record.id) : describeRole(binding.roleRef);
    return {
      text: `is ${who}, and this binding gives it ${target}`,
      request: resourceRequest({
        verb: 'get',
        resource: UNNAMED_RESOURCE,
        namespace: binding.namespace ?? '',
      }),
    };
  },
};
