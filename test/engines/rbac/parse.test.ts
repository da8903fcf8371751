import { describe, expect, test } from 'vitest';
import { formatPath } from '../../../src/model/path.js';
import { graphOf } from './support.js';

function problemsOf(yaml: string): Array<{ line: number; path: string; message: string }> {
  return graphOf(yaml).problems.map((problem) => ({
    line: problem.object.locate(problem.path).line,
    path: formatPath(problem.path),
    message: problem.message,
  }));
}

describe('RBAC the API server would refuse', () => {
  test('policy rules, field by field (rbac/v1 ValidatePolicyRule)', () => {
    const problems = problemsOf(`apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata: { name: r, namespace: shop }
rules:
  - { apiGroups: [""], resources: [pods] }
  - { verbs: [get], nonResourceURLs: [/metrics] }
  - { verbs: [get], resources: [pods] }
  - { verbs: [get], apiGroups: [""], resources: [pods], nonResourceURLs: [/x] }
  - { verbs: get, apiGroups: [""], resources: [pods] }
  - just-a-string
`);
    expect(problems).toEqual([
      { line: 5, path: 'rules[0].verbs', message: 'verbs must contain at least one value' },
      {
        line: 6,
        path: 'rules[1].nonResourceURLs',
        message: 'namespaced rules cannot apply to non-resource URLs',
      },
      { line: 7, path: 'rules[2].apiGroups', message: 'resource rules must supply at least one api group' },
      // upstream reports both for a Role
      {
        line: 8,
        path: 'rules[3].nonResourceURLs',
        message: 'namespaced rules cannot apply to non-resource URLs',
      },
      {
        line: 8,
        path: 'rules[3].nonResourceURLs',
        message: 'rules cannot apply to both regular resources and non-resource URLs',
      },
      { line: 9, path: 'rules[4].verbs', message: 'verbs must be a list of strings' },
      { line: 10, path: 'rules[5]', message: 'a policy rule must be a mapping' },
    ]);
  });

  test('bindings: roleRef and subjects', () => {
    const problems = problemsOf(`apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata: { name: a }
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: Role, name: r }
subjects: []
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: { name: b, namespace: shop }
roleRef: { apiGroup: example.com, kind: ClusterRole, name: view }
subjects:
  - { kind: Robot, name: r2d2 }
  - { kind: User }
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: { namespace: shop }
roleRef: { kind: ClusterRole, name: view }
`);
    expect(problems).toEqual([
      { line: 4, path: 'roleRef.kind', message: 'a ClusterRoleBinding refers to ClusterRole, not Role' },
      { line: 10, path: 'roleRef.apiGroup', message: 'roleRef.apiGroup must be rbac.authorization.k8s.io' },
      {
        line: 12,
        path: 'subjects[0].kind',
        message: 'subject kind must be User, Group or ServiceAccount, not Robot',
      },
      { line: 13, path: 'subjects[1]', message: 'a subject needs a kind and a name' },
      { line: 17, path: 'metadata.name', message: 'RoleBinding has no metadata.name' },
    ]);
  });

  test('a valid rule next to an invalid one still counts', () => {
    const graph = graphOf(`apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: { name: c }
rules:
  - { apiGroups: [""], resources: [pods] }
  - { verbs: [get], apiGroups: [""], resources: [secrets] }
`);
    expect(
      graph.resolveRole({ kind: 'ClusterRole', name: 'c' })!.rules.map((rule) => rule.origin.index),
    ).toEqual([1]);
  });

  test('namespaced objects without a namespace go to "default", as kubectl apply puts them', () => {
    const graph = graphOf(`apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata: { name: r }
rules: [{ verbs: [get], apiGroups: [""], resources: [pods] }]
`);
    expect(graph.resolveRole({ kind: 'Role', namespace: 'default', name: 'r' })).toBeDefined();
  });
});
