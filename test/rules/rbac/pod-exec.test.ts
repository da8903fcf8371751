import { describe, expect, test } from 'vitest';
import { aggregatedRole, boundRole, builtinRole, expectFiresOn, findings, lineOf } from './support.js';

const RULE = 'rbac/pod-exec';

describe(RULE, () => {
  test.each([
    ['create pods/exec', '{ verbs: [create], apiGroups: [""], resources: [pods/exec] }'],
    ['get pods/attach', '{ verbs: [get], apiGroups: [""], resources: [pods/attach] }'],
    [
      'pods/portforward on one pod',
      '{ verbs: [create], apiGroups: [""], resources: [pods/portforward], resourceNames: [web-0] }',
    ],
    [
      'patch pods/ephemeralcontainers',
      '{ verbs: [patch], apiGroups: [""], resources: [pods/ephemeralcontainers] }',
    ],
    ['the * verb', '{ verbs: ["*"], apiGroups: [""], resources: [pods/exec] }'],
    ['the * resource', '{ verbs: [create], apiGroups: [""], resources: ["*"] }'],
    ['*/exec', '{ verbs: [create], apiGroups: [""], resources: ["*/exec"] }'],
  ])('fires on %s, at the rule line', (_, rule) => {
    const yaml = boundRole([rule]);
    expectFiresOn(RULE, yaml, { line: lineOf(yaml, '  - {'), path: 'rules[0]', role: 'Role shop/web' });
  });

  test('fires through an aggregated role and on the built-in edit role', () => {
    const aggregated = aggregatedRole(
      ['{ verbs: [create], apiGroups: [""], resources: [pods/attach] }'],
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

  test('does not fire on pods alone, logs, or the view role', () => {
    expect(findings(RULE, boundRole(['{ verbs: ["*"], apiGroups: [""], resources: [pods] }']))).toEqual([]);
    expect(findings(RULE, boundRole(['{ verbs: [get], apiGroups: [""], resources: [pods/log] }']))).toEqual(
      [],
    );
    expect(findings(RULE, builtinRole('view'))).toEqual([]);
  });
});
