import { describe } from 'vitest';
import { clusterScopedRuleTests } from './cluster-scoped.js';

describe('rbac/persistentvolume-create', () => {
  clusterScopedRuleTests({
    ruleId: 'rbac/persistentvolume-create',
    spellings: [
      ['create persistentvolumes', '{ verbs: [create], apiGroups: [""], resources: [persistentvolumes] }'],
      ['the * verb', '{ verbs: ["*"], apiGroups: [""], resources: [persistentvolumes] }'],
      ['the * resource', '{ verbs: [create], apiGroups: [""], resources: ["*"] }'],
    ],
    leastPrivilege: [
      '{ verbs: [get, list, watch, delete], apiGroups: [""], resources: [persistentvolumes] }',
      // names never apply to create
      '{ verbs: [create], apiGroups: [""], resources: [persistentvolumes], resourceNames: [data] }',
    ],
  });
});
