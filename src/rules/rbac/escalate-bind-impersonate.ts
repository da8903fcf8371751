/*
 * rbac/escalate-bind-impersonate
 * escalate or bind on Roles and ClusterRoles, impersonate on users, groups,
 * ServiceAccounts, uids or user extras: each lets a subject get permissions it
 * was not granted.
 */
import { RBAC_GROUP } from '../../engines/rbac/parse.js';
import { probeRule, probes } from './rbac-rule.js';

export const escalateBindImpersonate = probeRule(
  {
    id: 'rbac/escalate-bind-impersonate',
    tier: 'high',
    title: 'Subjects must not escalate, bind or impersonate',
    rationale:
      'escalate lets a subject write roles with permissions it does not hold, bind lets it bind roles it does not hold (cluster-admin included), and impersonate lets it act as another user, group or ServiceAccount: each is a way around RBAC itself.',
    remediation:
      'Remove the escalate, bind and impersonate verbs; if a controller must bind roles, restrict bind to the named roles it hands out with resourceNames.',
  },
  'grant itself permissions it does not hold',
  [
    ...probes(['escalate', 'bind'], RBAC_GROUP, ['roles', 'clusterroles'], 'any'),
    ...probes(['impersonate'], '', ['users', 'groups', 'serviceaccounts'], 'any'),
    ...probes(['impersonate'], 'authentication.k8s.io', ['uids', 'userextras'], 'any'),
  ],
);
