import { describe, expect, test } from 'vitest';
import { brief, check, fixture } from './support.js';

const RULE = 'runtime/audit-request-received';

describe(RULE, () => {
  test('RequestReceived kept by rules that log: one finding, naming them, with the policy-wide fix', () => {
    const findings = check({ 'r.yaml': fixture('audit/request-received.yaml') }, { rules: [RULE] });
    expect(brief(findings)).toEqual([
      "3 omitStages: RequestReceived is not omitted: rules[2] (line 16), rules[3] (line 21) log every request twice (when received and when complete); add RequestReceived to the policy's omitStages",
    ]);
    expect(findings[0]!.fix!.set).toEqual([{ path: ['omitStages'], value: ['RequestReceived', 'Panic'] }]);
  });

  test('omitted by every logging rule itself, or only None rules: fine', () => {
    const perRule = `apiVersion: audit.k8s.io/v1
kind: Policy
rules:
  - level: None
    resources: [{group: "", resources: [events]}]
  - level: Metadata
    omitStages: [RequestReceived]
`;
    expect(check({ 'p.yaml': perRule }, { rules: [RULE] })).toEqual([]);
  });

  test('a correct policy is silent', () => {
    expect(check({ 'good.yaml': fixture('audit/good-policy.yaml') }, { rules: [RULE] })).toEqual([]);
  });
});
