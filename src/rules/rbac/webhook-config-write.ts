/*
 * rbac/webhook-config-write
 * create, update, patch or delete on mutating or validating webhook
 * configurations.
 */
import { probeRule, probes } from './rbac-rule.js';

const WEBHOOKS = ['mutatingwebhookconfigurations', 'validatingwebhookconfigurations'];

export const webhookConfigWrite = probeRule(
  {
    id: 'rbac/webhook-config-write',
    tier: 'high',
    title: 'Subjects must not change admission webhook configurations',
    rationale:
      'A mutating webhook sees and may rewrite every object it selects (Secrets included, pods given a privileged sidecar); deleting or loosening a validating webhook removes the policy it enforced.',
    remediation:
      'Remove write verbs on mutatingwebhookconfigurations and validatingwebhookconfigurations; manage webhooks from the platform deployment only.',
  },
  'change admission webhooks and so intercept or rewrite API requests',
  [
    ...probes(['create'], 'admissionregistration.k8s.io', WEBHOOKS, 'none'),
    ...probes(['update', 'patch', 'delete'], 'admissionregistration.k8s.io', WEBHOOKS, 'any'),
  ],
);
