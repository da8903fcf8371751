/*
 * rbac/secrets-read
 * Reading Secrets: list or watch them, or get them without a resourceNames
 * restriction, in a namespace or cluster-wide. A get restricted to named
 * Secrets is least privilege and passes.
 */
import { probeRule, probes } from './rbac-rule.js';

export const secretsRead = probeRule(
  {
    id: 'rbac/secrets-read',
    tier: 'high',
    title: 'Subjects must not read Secrets beyond the ones they are named for',
    rationale:
      'Secrets hold credentials, including ServiceAccount tokens of more powerful identities: reading all of them in a namespace (or the cluster) turns one compromised workload into every identity stored there.',
    remediation:
      'Drop get, list and watch on secrets; mount the Secret the workload needs, or restrict get to it with resourceNames.',
  },
  'read Secrets',
  [
    ...probes(['get'], '', ['secrets'], 'unrestricted'),
    ...probes(['list', 'watch'], '', ['secrets'], 'none'),
  ],
);
