import { describe, expect, test } from 'vitest';
import { findingsOf, lineOf, where } from '../workload/support.js';

const RULE = ['secrets/committed-secret'];

describe('secrets/committed-secret', () => {
  test('fires per section holding plain values, naming the keys, on the section line', () => {
    const yaml = `apiVersion: v1
kind: Secret
metadata:
  name: db
  namespace: shop
type: Opaque
data:
  password: aHVudGVyMg==
  username: YWRtaW4=
  unused: ""
stringData:
  url: postgres://db:5432
`;
    const findings = findingsOf(yaml, RULE);
    expect(where(findings)).toEqual([
      `${yaml.split('\n').indexOf('data:') + 1} data`,
      `${lineOf(yaml, 'stringData:')} stringData`,
    ]);
    expect(findings.map((finding) => finding.message)).toEqual([
      'Secret "db" commits 2 values in plain text in data (keys "password", "username")',
      'Secret "db" commits a value in plain text in stringData (key "url")',
    ]);
    expect(findings[0]!.tier).toBe('medium');
  });

  test('passes empty Secrets and SOPS-encrypted ones', () => {
    const empty = `apiVersion: v1
kind: Secret
metadata: { name: token }
type: kubernetes.io/service-account-token
`;
    const sops = `apiVersion: v1
kind: Secret
metadata: { name: db }
data:
  password: ENC[AES256_GCM,data:p673w==,iv:grA=,tag:6Q==,type:str]
sops:
  kms: []
  lastmodified: "2026-01-01T00:00:00Z"
  mac: ENC[AES256_GCM,data:x,iv:y,tag:z,type:str]
  version: 3.9.0
`;
    expect(findingsOf(empty, RULE)).toEqual([]);
    expect(findingsOf(sops, RULE)).toEqual([]);
  });

  test('ENC[...] values pass even without the sops block', () => {
    const yaml = `apiVersion: v1
kind: Secret
metadata: { name: db }
stringData:
  password: ENC[AES256_GCM,data:abc,iv:def,tag:ghi,type:str]
`;
    expect(findingsOf(yaml, RULE)).toEqual([]);
  });

  test('a value SOPS left in clear text is still a committed secret', () => {
    const yaml = `apiVersion: v1
kind: Secret
metadata: { name: db }
stringData:
  password: ENC[AES256_GCM,data:abc,iv:def,tag:ghi,type:str]
  password_unencrypted: hunter2
sops:
  mac: ENC[AES256_GCM,data:x,iv:y,tag:z,type:str]
  unencrypted_suffix: _unencrypted
`;
    expect(findingsOf(yaml, RULE).map((finding) => finding.message)).toEqual([
      'Secret "db" commits a value in plain text that SOPS left unencrypted in stringData (key "password_unencrypted")',
    ]);
  });

  test('only core v1 Secrets are judged', () => {
    const yaml = `apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata: { name: db }
spec:
  encryptedData:
    password: AgBy3i4OJSWK+PiTySYZZA==
---
apiVersion: v1
kind: ConfigMap
metadata: { name: settings }
data:
  password: not-judged-here
`;
    expect(findingsOf(yaml, RULE)).toEqual([]);
  });

  test('the remediation names SealedSecret and ExternalSecret', async () => {
    const { committedSecretRule } = await import('../../../src/rules/secrets/committed-secret.js');
    expect(committedSecretRule.remediation).toMatch(/SealedSecret/);
    expect(committedSecretRule.remediation).toMatch(/ExternalSecret/);
  });
});
