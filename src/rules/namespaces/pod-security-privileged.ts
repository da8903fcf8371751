/*
 * namespaces/pod-security-privileged (medium)
 * Field: metadata.labels["pod-security.kubernetes.io/enforce"] of v1 Namespace objects
 * Fires: the label is `privileged`, on any namespace. The fix sets `restricted` on a
 * production namespace (what pod-security-enforce asks for) and `baseline` elsewhere.
 */
import { quote } from '../pss/pod.js';
import type { RawFinding, RuleInfo } from '../types.js';
import { ENFORCE_LABEL, ENFORCE_LABEL_PATH, type NamespaceView } from './labels.js';

const ID = 'namespaces/pod-security-privileged';

export const podSecurityPrivilegedRule: RuleInfo = {
  id: ID,
  tier: 'medium',
  title: 'Namespaces must not enforce the privileged Pod Security level',
  rationale:
    'enforce: privileged switches Pod Security Admission off for the namespace: anyone who can create a pod there can run it privileged with the host filesystem and network, which is root on the node.',
  remediation: `Set ${ENFORCE_LABEL} to restricted (or baseline where a workload needs it), and move the few workloads that truly need host access to a dedicated, tightly bound namespace.`,
};

export function podSecurityPrivilegedFindings(namespace: NamespaceView, production: boolean): RawFinding[] {
  if (namespace.enforce !== 'privileged') return [];
  const level = production ? 'restricted' : 'baseline';
  return [
    {
      ruleId: ID,
      object: namespace.object,
      path: ENFORCE_LABEL_PATH,
      message: `namespace ${quote(namespace.name)} enforces the privileged level, which admits any pod`,
      fix: {
        description: `set the ${ENFORCE_LABEL} label to ${level}`,
        set: [{ path: ENFORCE_LABEL_PATH, value: level }],
      },
    },
  ];
}
