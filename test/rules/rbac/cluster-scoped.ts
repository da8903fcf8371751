/** The shared cases of the rules about cluster-scoped resources: only a ClusterRoleBinding can grant them. */
import { expect, test } from 'vitest';
import { aggregatedRole, boundRole, builtinRole, expectFiresOn, findings, lineOf } from './support.js';

export interface ClusterScopedCase {
  readonly ruleId: string;
  /** YAML flow rules that must fire (cluster-wide), by name */
  readonly spellings: ReadonlyArray<readonly [string, string]>;
  /** YAML flow rules that must not fire even cluster-wide */
  readonly leastPrivilege: readonly string[];
}

export function clusterScopedRuleTests({ ruleId, spellings, leastPrivilege }: ClusterScopedCase): void {
  test.each(spellings)('fires on %s through a ClusterRoleBinding, at the rule line', (_, rule) => {
    const yaml = boundRole([rule], 'cluster');
    expectFiresOn(ruleId, yaml, { line: lineOf(yaml, '  - {'), path: 'rules[0]', role: 'ClusterRole web' });
    expect(findings(ruleId, yaml)[0]!.message).toContain('cluster-wide');
  });

  test('never through a RoleBinding: the resource is cluster-scoped', () => {
    for (const [, rule] of spellings) {
      expect(findings(ruleId, boundRole([rule], 'namespace'))).toEqual([]);
    }
    expect(findings(ruleId, builtinRole('cluster-admin', 'namespace'))).toEqual([]);
  });

  test('fires through an aggregated role and on built-in cluster-admin', () => {
    const aggregated = aggregatedRole([spellings[0]![1]], 'admin', 'cluster');
    expectFiresOn(ruleId, aggregated, {
      line: lineOf(aggregated, '  - {'),
      path: 'rules[0]',
      role: 'ClusterRole extra',
    });
    const admin = builtinRole('cluster-admin', 'cluster');
    expectFiresOn(ruleId, admin, {
      line: lineOf(admin, '- kind: ServiceAccount'),
      path: 'subjects[0]',
      role: 'built-in ClusterRole cluster-admin',
    });
  });

  test('does not fire on least privilege, nor on the built-in edit role', () => {
    for (const rule of leastPrivilege) expect(findings(ruleId, boundRole([rule], 'cluster'))).toEqual([]);
    expect(findings(ruleId, builtinRole('edit', 'cluster'))).toEqual([]);
  });
}
