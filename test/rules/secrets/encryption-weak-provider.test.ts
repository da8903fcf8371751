import { describe, expect, test } from 'vitest';
import { brief, check, fixture } from '../runtime/support.js';

const RULE = 'secrets/encryption-weak-provider';

describe(RULE, () => {
  test('aesgcm and kms v1 (the default apiVersion) as the writing provider; aescbc kept only to read is fine', () => {
    expect(brief(check({ 'w.yaml': fixture('encryption/weak.yaml') }, { rules: [RULE] }))).toEqual([
      '7 resources[0].providers[0].aesgcm: resources[0] (secrets) is encrypted with a weak provider: aesgcm uses random nonces, so its key must be rotated every 200,000 writes or nonces repeat and the encryption breaks, and its key sits in this file on every control-plane host; use kms with apiVersion v2',
      '14 resources[1].providers[0].kms: resources[1] (configmaps) is encrypted with a weak provider: kms apiVersion v1 is deprecated since Kubernetes 1.28 and off by default from 1.29 (slow, one KMS call per object); use kms with apiVersion v2',
    ]);
  });

  test('aescbc first', () => {
    const config = `apiVersion: apiserver.config.k8s.io/v1
kind: EncryptionConfiguration
resources:
  - resources: ["*.*"]
    providers:
      - aescbc:
          keys: [{name: k, secret: ${Buffer.alloc(32, 1).toString('base64')}}]
`;
    expect(check({ 'c.yaml': config }, { rules: [RULE] }).map((finding) => finding.message)).toEqual([
      'resources[0] (*.*) is encrypted with a weak provider: aescbc (AES-CBC with PKCS#7 padding) is open to padding oracle attacks, and its key sits in this file on every control-plane host; use kms with apiVersion v2',
    ]);
  });

  test('a correct configuration is silent', () => {
    expect(check({ 'good.yaml': fixture('encryption/good.yaml') }, { rules: [RULE] })).toEqual([]);
  });
});
