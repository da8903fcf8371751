import { describe } from 'vitest';
import { clusterScopedRuleTests } from './cluster-scoped.js';

describe('rbac/webhook-config-write', () => {
  clusterScopedRuleTests({
    ruleId: 'rbac/webhook-config-write',
    spellings: [
      [
        'patch a mutating webhook',
        '{ verbs: [patch], apiGroups: [admissionregistration.k8s.io], resources: [mutatingwebhookconfigurations] }',
      ],
      [
        'delete one validating webhook',
        '{ verbs: [delete], apiGroups: [admissionregistration.k8s.io], resources: [validatingwebhookconfigurations], resourceNames: [policy] }',
      ],
      [
        'the * verb',
        '{ verbs: ["*"], apiGroups: [admissionregistration.k8s.io], resources: [validatingwebhookconfigurations] }',
      ],
      ['the * resource', '{ verbs: [create], apiGroups: [admissionregistration.k8s.io], resources: ["*"] }'],
    ],
    leastPrivilege: [
      '{ verbs: [get, list, watch], apiGroups: [admissionregistration.k8s.io], resources: [mutatingwebhookconfigurations, validatingwebhookconfigurations] }',
    ],
  });
});
