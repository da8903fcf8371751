import { describe, expect, test } from 'vitest';
import { deployment, findingsOf, lineOf, where } from '../workload/support.js';

const RULE = ['secrets/env-literal-credential'];

function withEnv(env: string): string {
  return deployment(`containers:
  - name: app
    image: app:1
    env:
${env.replace(/^(?=.)/gm, '      ')}`);
}

describe('secrets/env-literal-credential', () => {
  test('fires on literal values of credential-like names, on the value line', () => {
    const yaml = withEnv(`- name: DB_PASSWORD
  value: hunter2
- name: LOG_LEVEL
  value: info
- name: stripeApiKey
  value: sk_live_abc
- name: GITHUB-TOKEN
  value: ghp_x
`);
    const findings = findingsOf(yaml, RULE);
    expect(where(findings)).toEqual([
      `${lineOf(yaml, 'hunter2')} spec.template.spec.containers[0].env[0].value`,
      `${lineOf(yaml, 'sk_live_abc')} spec.template.spec.containers[0].env[2].value`,
      `${lineOf(yaml, 'ghp_x')} spec.template.spec.containers[0].env[3].value`,
    ]);
    expect(findings[0]!.message).toBe(
      'container "app" sets credential-like env var "DB_PASSWORD" to a literal value',
    );
    expect(findings[0]!.tier).toBe('medium');
  });

  test.each([
    'PASSWD',
    'DB_PASSPHRASE',
    'CLIENT_SECRET',
    'AWS_ACCESS_KEY_ID',
    'PRIVATE_KEY',
    'GCP_CREDENTIALS',
    'API_KEY',
    'APIKEY',
  ])('the default patterns cover %s', (name) => {
    expect(findingsOf(withEnv(`- name: ${name}\n  value: x\n`), RULE)).toHaveLength(1);
  });

  test('valueFrom, empty values, $(VAR) references and file pointers pass', () => {
    const yaml = withEnv(`- name: DB_PASSWORD
  valueFrom:
    secretKeyRef: { name: db, key: password }
- name: EMPTY_TOKEN
  value: ""
- name: DSN_PASSWORD
  value: $(DB_PASSWORD)
- name: POSTGRES_PASSWORD_FILE
  value: /run/secrets/db/password
- name: TLS_PRIVATE_KEY_PATH
  value: /etc/tls/key.pem
`);
    expect(findingsOf(yaml, RULE)).toEqual([]);
  });

  test('a number or boolean written as the value is a literal too', () => {
    expect(findingsOf(withEnv('- name: PIN_SECRET\n  value: 123456\n'), RULE)).toHaveLength(1);
  });

  test('secrets.credentialEnvPatterns replaces the defaults', () => {
    const yaml = withEnv(`- name: DB_PASSWORD
  value: a
- name: LICENSE
  value: b
`);
    const findings = findingsOf(yaml, RULE, { secrets: { credentialEnvPatterns: ['*license*'] } });
    expect(findings.map((finding) => finding.path)).toEqual([
      'spec.template.spec.containers[0].env[1].value',
    ]);
  });

  test('init and ephemeral containers are covered', () => {
    const yaml = `apiVersion: v1
kind: Pod
metadata: { name: p }
spec:
  initContainers:
    - name: migrate
      image: m:1
      env: [{ name: ADMIN_TOKEN, value: t }]
  containers:
    - name: app
      image: app:1
  ephemeralContainers:
    - name: debug
      image: d:1
      env: [{ name: SECRET, value: s }]
`;
    expect(findingsOf(yaml, RULE).map((finding) => finding.path)).toEqual([
      'spec.initContainers[0].env[0].value',
      'spec.ephemeralContainers[0].env[0].value',
    ]);
  });
});
