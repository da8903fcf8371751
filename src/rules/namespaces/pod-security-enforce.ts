/*
 * namespaces/pod-security-enforce (medium)
 * Field: metadata.labels["pod-security.kubernetes.io/enforce"] of v1 Namespace objects
 * Fires: the namespace's name matches namespaces.production and the label is not
 * `restricted`. With no namespaces.production configured the rule does not fire;
 * production namespaces that are not in the input cannot be checked.
 */
import { quote } from '../pss/pod.js';
import type { RawFinding, RuleInfo } from '../types.js';
import { ENFORCE_LABEL, ENFORCE_LABEL_PATH, type NamespaceView } from './labels.js';

const ID = 'namespaces/pod-security-enforce';

export const podSecurityEnforceRule: RuleInfo = {
  id: ID,
  tier: 'medium',
  title: 'Production namespaces must enforce the restricted Pod Security Standard',
  rationale:
    'Without an enforce label the API server admits any pod into the namespace, privileged and host-mounting ones included; the label makes the restricted policy hold for every workload, however it is deployed, not only for those that pass through this gate.',
  remediation: `Label the namespace ${ENFORCE_LABEL}: restricted (and pin ${ENFORCE_LABEL}-version to the cluster's minor version).`,
};

export function podSecurityEnforceFindings(namespace: NamespaceView): RawFinding[] {
  if (namespace.enforce === 'restricted') return [];
  const state = namespace.enforce === undefined ? 'has no' : `sets ${quote(namespace.enforce)} for the`;
  return [
    {
      ruleId: ID,
      object: namespace.object,
      path: ENFORCE_LABEL_PATH,
      message: `production namespace ${quote(namespace.name)} ${state} ${ENFORCE_LABEL} label; it must be "restricted"`,
      fix: {
        description: `set the ${ENFORCE_LABEL} label to restricted`,
        set: [{ path: ENFORCE_LABEL_PATH, value: 'restricted' }],
      },
    },
  ];
}
