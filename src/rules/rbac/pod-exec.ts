/*
 * rbac/pod-exec
 * pods/exec, pods/attach and pods/portforward (create, and get, which is all a
 * websocket client needed before v1.30), and pods/ephemeralcontainers (update,
 * patch): a shell or a debug container in a running pod.
 */
import { probeRule, probes } from './rbac-rule.js';

export const podExec = probeRule(
  {
    id: 'rbac/pod-exec',
    tier: 'high',
    title: 'Subjects must not exec, attach, port-forward or add ephemeral containers to pods',
    rationale:
      "A shell in a running pod reads its mounted Secrets and ServiceAccount token and acts with its network access; an ephemeral container does the same with an image of the attacker's choice.",
    remediation:
      'Remove pods/exec, pods/attach, pods/portforward and pods/ephemeralcontainers; debug through logs, or grant them for a limited time to named people only.',
  },
  'get a shell in or reach into running pods',
  [
    ...probes(['create', 'get'], '', ['pods/exec', 'pods/attach', 'pods/portforward'], 'any'),
    ...probes(['update', 'patch'], '', ['pods/ephemeralcontainers'], 'any'),
  ],
);
