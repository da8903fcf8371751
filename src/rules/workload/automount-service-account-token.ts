/*
 * workload/automount-service-account-token (medium)
 * Fields: spec.automountServiceAccountToken; the pod's ServiceAccount's automountServiceAccountToken
 * The token is mounted unless the pod says false, or the pod says nothing and its
 * ServiceAccount says false (the pod's value wins, as in the kubelet). An explicit
 * `true` on the pod, or on its ServiceAccount when the pod says nothing, declares that
 * the pod needs the API and passes. Mounted by default (nothing said anywhere) fires.
 * The ServiceAccount is read only when it is in the input.
 */
import { quote } from '../pss/pod.js';
import { objectKey, serviceAccountOf, type PodRule } from './context.js';

const ID = 'workload/automount-service-account-token';

export const automountServiceAccountTokenRule: PodRule = {
  info: {
    id: ID,
    tier: 'medium',
    title: 'Pods must not mount a service account token they do not need',
    rationale:
      "Every pod gets an API token by default; an attacker who compromises any container reads it from /var/run/secrets and acts on the cluster with the ServiceAccount's permissions. Most applications never call the API.",
    remediation:
      'Set automountServiceAccountToken: false on the pod (or on its ServiceAccount); a pod that calls the API says automountServiceAccountToken: true explicitly, so the need is visible in review.',
  },
  check(template, context) {
    const podValue = template.spec.automountServiceAccountToken;
    if (typeof podValue === 'boolean') return [];
    const account = serviceAccountOf(template);
    const serviceAccount = context.serviceAccounts.get(objectKey(template.object, account.name));
    const accountValue = serviceAccount?.value.automountServiceAccountToken;
    if (typeof accountValue === 'boolean') return [];
    const why = serviceAccount
      ? `neither the pod nor ServiceAccount ${quote(account.name)} sets automountServiceAccountToken`
      : `the pod does not set automountServiceAccountToken and ServiceAccount ${quote(account.name)} is not in the input`;
    const path = [...template.prefix, 'spec', 'automountServiceAccountToken'];
    return [
      {
        ruleId: ID,
        object: template.object,
        path,
        message: `pod mounts an API token by default: ${why}`,
        fix: { description: 'set automountServiceAccountToken to false', set: [{ path, value: false }] },
      },
    ];
  },
};
