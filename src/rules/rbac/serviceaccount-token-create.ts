/*
 * rbac/serviceaccount-token-create
 * create on serviceaccounts/token: minting tokens for ServiceAccounts.
 */
import { probeRule, probes } from './rbac-rule.js';

export const serviceAccountTokenCreate = probeRule(
  {
    id: 'rbac/serviceaccount-token-create',
    tier: 'high',
    title: 'Subjects must not create ServiceAccount tokens',
    rationale:
      'Creating a token for a ServiceAccount is acting as it, with a credential that works from outside the cluster until it expires: a subject that can mint tokens holds the permissions of every ServiceAccount it can mint for.',
    remediation:
      'Remove create on serviceaccounts/token; pods get their own token through projected volumes without this permission.',
  },
  'mint tokens for ServiceAccounts and act as them',
  probes(['create'], '', ['serviceaccounts/token'], 'any'),
);
