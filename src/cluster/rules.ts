/**
 * The cluster stage's rules. They sit in the catalogue (so `kubegate rules`,
 * SARIF and the tier configuration know them) but static analysis emits
 * nothing for them: the findings come from a real API server and real
 * packets, in runClusterStage.
 */
import type { RuleFamily, RuleInfo } from '../rules/types.js';

export const DRY_RUN_RULE: RuleInfo = {
  id: 'cluster/dry-run',
  tier: 'high',
  title: 'The API server must accept every object',
  rationale:
    'An object the API server refuses (unknown or invalid field, missing CRD, immutable field, quota) fails the rollout half-way, and a misspelt security field that a lenient client drops leaves the workload without the protection the manifest claims.',
  remediation:
    'Fix the field the API server names (the finding sits on its line), install the CustomResourceDefinition first, or recreate objects whose immutable fields change.',
};

export const POD_SECURITY_RULE: RuleInfo = {
  id: 'cluster/pod-security',
  tier: 'medium',
  title: 'Pod Security Admission must admit the pods without warnings',
  rationale:
    "The admission controller's own verdict: a pod it rejects never starts, and a pod it warns about runs with the privileges (root, host access, extra capabilities) that the namespace's Pod Security level exists to keep out.",
  remediation:
    'Change the pod template as the warning says (the pss/ finding on the same object shows the minimal fix), or run it in a namespace whose level allows it, with a reason.',
};

export const CONNECTIVITY_RULE: RuleInfo = {
  id: 'cluster/connectivity',
  tier: 'high',
  title: 'Observed connectivity must match the NetworkPolicy expectation',
  rationale:
    'A connection the policies should block but packets get through is a flat network an attacker can move across; a connection they should allow but is blocked is an outage. Either way the policies do not do what they say under the real CNI.',
  remediation:
    'Compare the expected and observed tables: fix the policy (selectors, ports, namespace labels), or use a CNI that enforces the policy feature in question (for example Calico instead of kindnet).',
};

export const clusterFamily: RuleFamily = {
  rules: [DRY_RUN_RULE, POD_SECURITY_RULE, CONNECTIVITY_RULE],
  analyze() {
    // findings come from the cluster stage, not from static analysis
  },
};
