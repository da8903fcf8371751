import { describe } from 'vitest';
import { clusterScopedRuleTests } from './cluster-scoped.js';

describe('rbac/nodes-proxy', () => {
  clusterScopedRuleTests({
    ruleId: 'rbac/nodes-proxy',
    spellings: [
      ['get nodes/proxy', '{ verbs: [get], apiGroups: [""], resources: [nodes/proxy] }'],
      [
        'one node by name',
        '{ verbs: [create], apiGroups: [""], resources: [nodes/proxy], resourceNames: [node-1] }',
      ],
      ['the * verb', '{ verbs: ["*"], apiGroups: [""], resources: [nodes/proxy] }'],
      ['the * resource', '{ verbs: [get], apiGroups: [""], resources: ["*"] }'],
    ],
    leastPrivilege: [
      '{ verbs: [get], apiGroups: [""], resources: [nodes/metrics, nodes/stats] }',
      '{ verbs: [get, list, watch], apiGroups: [""], resources: [nodes] }',
    ],
  });
});
