import { describe, expect, test } from 'vitest';
import { brief, check, fixture } from '../runtime/support.js';

const RULE = 'secrets/encryption-secrets-plaintext';

describe(RULE, () => {
  test('not covered, identity first (through *. or listed), earlier entries win, other groups do not cover', () => {
    const findings = check({ 'p.yaml': fixture('encryption/plaintext.yaml') }, { rules: [RULE] });
    expect(brief(findings)).toEqual([
      '4 resources: no resources entry covers secrets (none lists secrets, *. or *.*): the API server stores Secrets in etcd in plain text',
      '20 resources[0].providers[0].identity: identity is the first provider for secrets (resources[0] covers it with *.): new Secrets are written to etcd in plain text; put an encrypting provider first and identity last',
      '33 resources[0].providers[0].identity: identity is the first provider for secrets (resources[0] lists secrets): new Secrets are written to etcd in plain text; put an encrypting provider first and identity last',
      '45 resources: no resources entry covers secrets (none lists secrets, *. or *.*): the API server stores Secrets in etcd in plain text',
    ]);
    expect(findings.every((finding) => finding.tier === 'medium')).toBe(true);
  });

  test('a configuration the API server refuses is an error, not evaluated', () => {
    expect(check({ 'm.yaml': fixture('encryption/masked.yaml') }, { rules: [RULE] })).toEqual([]);
  });

  test('a correct configuration is silent', () => {
    expect(check({ 'good.yaml': fixture('encryption/good.yaml') }, { rules: [RULE] })).toEqual([]);
  });
});
