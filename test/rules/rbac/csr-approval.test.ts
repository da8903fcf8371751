import { describe } from 'vitest';
import { clusterScopedRuleTests } from './cluster-scoped.js';

describe('rbac/csr-approval', () => {
  clusterScopedRuleTests({
    ruleId: 'rbac/csr-approval',
    spellings: [
      [
        'update the approval subresource',
        '{ verbs: [update], apiGroups: [certificates.k8s.io], resources: [certificatesigningrequests/approval] }',
      ],
      [
        'the * verb',
        '{ verbs: ["*"], apiGroups: [certificates.k8s.io], resources: [certificatesigningrequests/approval] }',
      ],
      ['the * resource', '{ verbs: [patch], apiGroups: [certificates.k8s.io], resources: ["*"] }'],
      ['*/approval', '{ verbs: [update], apiGroups: ["*"], resources: ["*/approval"] }'],
    ],
    leastPrivilege: [
      // a node's kubelet creates and reads its own requests
      '{ verbs: [create, get, list, watch], apiGroups: [certificates.k8s.io], resources: [certificatesigningrequests] }',
      '{ verbs: [update], apiGroups: [certificates.k8s.io], resources: [certificatesigningrequests/status] }',
    ],
  });
});
