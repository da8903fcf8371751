import { describe, expect, test } from 'vitest';
import { brief, check, fixture } from './support.js';

const RULE = 'runtime/audit-catch-all-none';

describe(RULE, () => {
  test('a broad None rule and the missing catch-all are both reported, each with the requests it drops', () => {
    const findings = check({ 'c.yaml': fixture('audit/catch-all-none.yaml') }, { rules: [RULE] });
    expect(brief(findings)).toEqual([
      "4 rules: no rule matches get, list, create, update, patch, delete networkpolicies.networking.k8s.io; get, list, create, update, patch, delete widgets.example.com (by alice): the API server's default level is None, so this activity is not logged; end the policy with a catch-all rule such as - level: Metadata",
      '15 rules[2].level: rules[2] (line 15, level None) is the first rule to match get, list, create, update, patch, delete pods; get, list, create, update, patch, delete deployments.apps; get, list, create, update, patch, delete services; get, list, create, update, patch, delete persistentvolumeclaims; 5 more resources (by system:serviceaccount:default:app), and hides them from the audit log: narrow it (users, verbs, resources) or move it below the rules that log them',
    ]);
    // the catch-all goes at the end of the rules
    expect(findings[0]!.fix).toEqual({
      description: 'end the policy with a catch-all rule at Metadata',
      set: [{ path: ['rules', 4], value: { level: 'Metadata' } }],
    });
  });

  test('narrow None rules (a user, a verb, events, health checks) are fine', () => {
    expect(check({ 'good.yaml': fixture('audit/good-policy.yaml') }, { rules: [RULE] })).toEqual([]);
  });
});
