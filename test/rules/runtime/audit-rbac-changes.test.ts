import { describe, expect, test } from 'vitest';
import { brief, check, fixture } from './support.js';

const RULE = 'runtime/audit-rbac-changes';

describe(RULE, () => {
  test('RBAC and ServiceAccount changes below RequestResponse, per deciding rule', () => {
    const findings = check({ 'r.yaml': fixture('audit/rbac-changes.yaml') }, { rules: [RULE] });
    expect(brief(findings)).toEqual([
      '15 rules[2].level: rules[2] (line 15, level Metadata) is the first rule to match delete, deletecollection roles.rbac.authorization.k8s.io; delete, deletecollection rolebindings.rbac.authorization.k8s.io; delete, deletecollection clusterroles.rbac.authorization.k8s.io; delete, deletecollection clusterrolebindings.rbac.authorization.k8s.io: the log does not record what was granted; log them at RequestResponse',
      '18 rules[3].level: rules[3] (line 18, level Request) is the first rule to match create, update, patch, delete, deletecollection serviceaccounts: the log does not record what was granted; log them at RequestResponse',
    ]);
    expect(findings[0]!.fix!.set).toEqual([{ path: ['rules', 2, 'level'], value: 'RequestResponse' }]);
    // rules[3] also covers pods: no mechanical fix
    expect(findings[1]!.fix).toBeUndefined();
  });

  test('changes no rule matches fall to the default None', () => {
    const policy =
      'apiVersion: audit.k8s.io/v1\nkind: Policy\nrules:\n  - level: Metadata\n    resources: [{group: apps}]\n';
    expect(brief(check({ 'p.yaml': policy }, { rules: [RULE] }))[0]).toMatch(
      /^3 rules: no rule matches create, update, patch, delete, deletecollection roles.rbac.authorization.k8s.io; .* the API server's default level None leaves these changes unlogged; log them at RequestResponse$/,
    );
  });

  test('a correct policy is silent', () => {
    expect(check({ 'good.yaml': fixture('audit/good-policy.yaml') }, { rules: [RULE] })).toEqual([]);
  });
});
