import { describe, expect, test } from 'vitest';
import { aggregatedRole, boundRole, builtinRole, expectFiresOn, findings, lineOf } from './support.js';

const RULE = 'rbac/pod-create';

describe(RULE, () => {
  test.each([
    ['create pods', '{ verbs: [create], apiGroups: [""], resources: [pods] }'],
    ['create deployments', '{ verbs: [create], apiGroups: [apps], resources: [deployments] }'],
    [
      'patch cronjobs of one name',
      '{ verbs: [patch], apiGroups: [batch], resources: [cronjobs], resourceNames: [report] }',
    ],
    ['the * verb', '{ verbs: ["*"], apiGroups: [batch], resources: [jobs] }'],
    ['the * resource', '{ verbs: [create], apiGroups: [""], resources: ["*"] }'],
  ])('fires on %s, at the rule line', (_, rule) => {
    const yaml = boundRole([rule]);
    expectFiresOn(RULE, yaml, { line: lineOf(yaml, '  - {'), path: 'rules[0]', role: 'Role shop/web' });
  });

  test('fires through an aggregated role and on the built-in edit role', () => {
    const aggregated = aggregatedRole(
      ['{ verbs: [create], apiGroups: [apps], resources: [statefulsets] }'],
      'view',
    );
    expectFiresOn(RULE, aggregated, {
      line: lineOf(aggregated, '  - {'),
      path: 'rules[0]',
      role: 'ClusterRole extra',
    });
    const edit = builtinRole('edit');
    expectFiresOn(RULE, edit, {
      line: lineOf(edit, '- kind: ServiceAccount'),
      path: 'subjects[0]',
      role: 'built-in ClusterRole edit',
    });
  });

  test('does not fire on least privilege', () => {
    // create restricted to names never applies: a create request carries no name
    expect(
      findings(
        RULE,
        boundRole(['{ verbs: [create], apiGroups: [""], resources: [pods], resourceNames: [one] }']),
      ),
    ).toEqual([]);
    expect(
      findings(
        RULE,
        boundRole([
          '{ verbs: [get, list, watch, delete], apiGroups: ["", apps], resources: [pods, deployments] }',
        ]),
      ),
    ).toEqual([]);
    expect(
      findings(
        RULE,
        boundRole(['{ verbs: [update, patch], apiGroups: [apps], resources: [deployments/scale] }']),
      ),
    ).toEqual([]);
    expect(findings(RULE, builtinRole('view'))).toEqual([]);
  });
});
