import { describe, expect, test } from 'vitest';
import { brief, check, fixture } from './support.js';

const RULE = 'runtime/audit-secret-payloads';

describe(RULE, () => {
  test('Request exposes write bodies, RequestResponse everything; TokenRequests only in responses', () => {
    const findings = check({ 'p.yaml': fixture('audit/secret-payloads.yaml') }, { rules: [RULE] });
    expect(brief(findings)).toEqual([
      '6 rules[0].level: rules[0] (line 6, level Request) is the first rule to match create, update, patch secrets; create, update, patch configmaps, so their request bodies go to the audit log with the secret values in them; log them at Metadata',
      '20 rules[3].level: rules[3] (line 20, level RequestResponse) is the first rule to match create tokenreviews.authentication.k8s.io, so their request and response bodies go to the audit log with the secret values in them; log them at Metadata',
    ]);
    // the first rule covers only credentials: lowering it is safe, so there is a fix; the other also covers pods
    expect(findings[0]!.fix).toEqual({
      description: 'log these at Metadata',
      set: [{ path: ['rules', 0, 'level'], value: 'Metadata' }],
    });
    expect(findings[1]!.fix).toBeUndefined();
  });

  test('a catch-all RequestResponse exposes everything, including service account tokens issued', () => {
    const policy =
      'apiVersion: audit.k8s.io/v1\nkind: Policy\nomitStages: [RequestReceived]\nrules:\n  - level: RequestResponse\n';
    const [finding] = check({ 'p.yaml': policy }, { rules: [RULE] });
    expect(finding!.message).toContain(
      'get, list, watch, create, update, patch, delete, deletecollection secrets',
    );
    expect(finding!.message).toContain('create serviceaccounts/token');
    expect(finding!.fix).toBeUndefined();
  });

  test('a user-specific rule is reported with the users it catches', () => {
    const policy = `apiVersion: audit.k8s.io/v1
kind: Policy
rules:
  - level: RequestResponse
    userGroups: ["system:nodes"]
    verbs: ["get"]
    resources: [{group: "", resources: ["secrets"]}]
  - level: Metadata
`;
    expect(check({ 'p.yaml': policy }, { rules: [RULE] }).map((finding) => finding.message)).toEqual([
      'rules[0] (line 4, level RequestResponse) is the first rule to match get secrets (by system:node:node-1), so their request and response bodies go to the audit log with the secret values in them; log them at Metadata',
    ]);
  });

  test('a correct policy is silent', () => {
    expect(check({ 'good.yaml': fixture('audit/good-policy.yaml') }, { rules: [RULE] })).toEqual([]);
  });
});
