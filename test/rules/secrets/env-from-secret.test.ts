import { describe, expect, test } from 'vitest';
import { deployment, findingsOf, lineOf, where } from '../workload/support.js';

const RULE = ['secrets/env-from-secret'];

describe('secrets/env-from-secret', () => {
  test('fires on secretKeyRef and envFrom secretRef, at the reference', () => {
    const yaml = deployment(`containers:
  - name: app
    image: app:1
    env:
      - name: DB_PASSWORD
        valueFrom:
          secretKeyRef: { name: db, key: password }
      - name: POD_NAME
        valueFrom:
          fieldRef: { fieldPath: metadata.name }
    envFrom:
      - configMapRef: { name: settings }
      - secretRef: { name: api-keys }
`);
    const findings = findingsOf(yaml, RULE);
    expect(where(findings)).toEqual([
      `${lineOf(yaml, 'secretKeyRef')} spec.template.spec.containers[0].env[0].valueFrom.secretKeyRef`,
      `${lineOf(yaml, 'secretRef: { name: api-keys')} spec.template.spec.containers[0].envFrom[1].secretRef`,
    ]);
    expect(findings.map((finding) => finding.message)).toEqual([
      'container "app" reads key "password" of Secret "db" into env var "DB_PASSWORD"',
      'container "app" injects every key of Secret "api-keys" as env vars',
    ]);
    expect(findings[0]!.tier).toBe('medium');
  });

  test('passes Secrets mounted as files', () => {
    const yaml = deployment(`containers:
  - name: app
    image: app:1
    env:
      - name: DB_PASSWORD_FILE
        value: /run/secrets/db/password
    volumeMounts:
      - { name: db, mountPath: /run/secrets/db, readOnly: true }
volumes:
  - name: db
    secret: { secretName: db, defaultMode: 0400 }
`);
    expect(findingsOf(yaml, RULE)).toEqual([]);
  });
});
