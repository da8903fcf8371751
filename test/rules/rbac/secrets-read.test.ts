import { describe, expect, test } from 'vitest';
import { aggregatedRole, boundRole, builtinRole, expectFiresOn, findings, lineOf } from './support.js';

const RULE = 'rbac/secrets-read';

describe(RULE, () => {
  test.each([
    ['an explicit verb', '{ verbs: [list], apiGroups: [""], resources: [secrets] }'],
    ['the * verb', '{ verbs: ["*"], apiGroups: [""], resources: [secrets] }'],
    ['the * resource', '{ verbs: [get], apiGroups: [""], resources: ["*"] }'],
    ['the * API group', '{ verbs: [watch], apiGroups: ["*"], resources: [secrets] }'],
  ])('fires on %s, at the rule line', (_, rule) => {
    const yaml = boundRole([rule]);
    expectFiresOn(RULE, yaml, { line: lineOf(yaml, '  - {'), path: 'rules[0]', role: 'Role shop/web' });
  });

  test('fires through an aggregated role, at the line of the rule that was aggregated', () => {
    const yaml = aggregatedRole(['{ verbs: [list], apiGroups: [""], resources: [secrets] }'], 'view');
    expectFiresOn(RULE, yaml, { line: lineOf(yaml, '  - {'), path: 'rules[0]', role: 'ClusterRole extra' });
  });

  test('fires on the built-in edit role, at the subject line', () => {
    const yaml = builtinRole('edit');
    expectFiresOn(RULE, yaml, {
      line: lineOf(yaml, '- kind: ServiceAccount'),
      path: 'subjects[0]',
      role: 'built-in ClusterRole edit',
    });
    expect(findings(RULE, yaml)[0]!.message).toContain('in namespace shop');
  });

  test('says cluster-wide for a ClusterRoleBinding', () => {
    const found = findings(
      RULE,
      boundRole(['{ verbs: [get], apiGroups: [""], resources: [secrets] }'], 'cluster'),
    );
    expect(found[0]!.message).toContain('cluster-wide');
  });

  test('does not fire on least privilege', () => {
    expect(
      findings(
        RULE,
        boundRole(['{ verbs: [get], apiGroups: [""], resources: [secrets], resourceNames: [web-tls] }']),
      ),
    ).toEqual([]);
    expect(
      findings(RULE, boundRole(['{ verbs: [create, update], apiGroups: [""], resources: [secrets] }'])),
    ).toEqual([]);
    expect(findings(RULE, boundRole(['{ verbs: ["*"], apiGroups: [apps], resources: [secrets] }']))).toEqual(
      [],
    );
    expect(findings(RULE, builtinRole('view'))).toEqual([]);
  });
});
