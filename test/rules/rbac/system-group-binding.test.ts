import { describe, expect, test } from 'vitest';
import { builtinRole, findings, lineOf } from './support.js';

const RULE = 'rbac/system-group-binding';

function boundTo(kind: string, name: string): string {
  return builtinRole('view').replace(
    'kind: ServiceAccount\n    name: web\n    namespace: shop',
    `kind: ${kind}\n    name: ${name}`,
  );
}

describe(RULE, () => {
  test.each([
    ['Group', 'system:authenticated', 'every user and ServiceAccount of the cluster'],
    ['Group', 'system:unauthenticated', 'every request without credentials'],
    ['User', 'system:anonymous', 'every request without credentials'],
    ['Group', 'system:masters', 'whatever RBAC says'],
  ])('fires on %s %s, at the subject line', (kind, name, who) => {
    const yaml = boundTo(kind, name);
    const found = findings(RULE, yaml);
    expect(found.map(({ line, path }) => ({ line, path }))).toEqual([
      { line: lineOf(yaml, `- kind: ${kind}`), path: 'subjects[0]' },
    ]);
    expect(found[0]!.message).toContain(who);
    expect(found[0]!.message).toContain('ClusterRole view');
    expect(found[0]!.message).toContain('RoleBinding shop/web');
  });

  test('does not fire on ordinary groups and ServiceAccounts', () => {
    expect(findings(RULE, boundTo('Group', 'shop-developers'))).toEqual([]);
    expect(findings(RULE, boundTo('Group', 'system:serviceaccounts:shop'))).toEqual([]);
    expect(findings(RULE, builtinRole('view'))).toEqual([]);
  });
});
