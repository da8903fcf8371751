/**
 * The non-negotiable: a secret value found in a manifest never appears in any
 * output. A distinctive value is planted wherever the secrets rules look (and
 * in a file that does not parse), then every output of `kubegate check` is
 * searched for it, raw and base64-encoded.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { cli } from '../../helpers/cli.js';
import { tempTree } from '../../helpers/temp-tree.js';

const CANARY = 'kgCanary-7f3a9c1e5b2d';
const CANARY_BASE64 = Buffer.from(CANARY).toString('base64');

const manifests = `apiVersion: v1
kind: Secret
metadata:
  name: db
  namespace: shop
data:
  password: ${CANARY_BASE64}
stringData:
  token: ${CANARY}
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
  namespace: shop
spec:
  selector:
    matchLabels: { app: api }
  template:
    metadata:
      labels: { app: api }
    spec:
      initContainers:
        - name: migrate
          image: registry.example.com/migrate:1
          env:
            - name: ADMIN_PASSWORD
              value: "${CANARY}"
      containers:
        - name: api
          image: registry.example.com/api:1
          env:
            - name: stripeApiKey
              value: ${CANARY}
            - name: DB_PASSWORD
              valueFrom:
                secretKeyRef: { name: db, key: password }
`;

// a file that does not parse, with the value on the broken line
const broken = `apiVersion: v1
kind: Secret
metadata: { name: broken }
stringData:
  password: "${CANARY}
`;

const trees: Array<{ remove: () => void }> = [];
afterAll(() => trees.forEach((tree) => tree.remove()));

describe('secret values never reach any output', () => {
  test.each(['text', 'json', 'sarif'])('--format %s, on stdout and in --output files', (format) => {
    const tree = tempTree({ 'deploy/app.yaml': manifests, 'deploy/broken.yaml': broken });
    trees.push(tree);
    const onStdout = cli(tree.root, ['check', 'deploy', '--format', format, '--fail-on', 'low']);
    const toFile = cli(tree.root, ['check', 'deploy', '--format', format, '--output', 'out/report']);
    const written = fs.readFileSync(path.join(tree.root, 'out/report'), 'utf8');

    // the run did look at the planted values: the secrets rules fired and the broken file was reported
    expect(onStdout.code).toBe(2);
    for (const rule of [
      'secrets/committed-secret',
      'secrets/env-literal-credential',
      'secrets/env-from-secret',
    ]) {
      expect(onStdout.stdout).toContain(rule);
      expect(written).toContain(rule);
    }
    expect(onStdout.stdout).toContain('broken.yaml');

    for (const output of [onStdout.stdout, onStdout.stderr, toFile.stdout, toFile.stderr, written]) {
      expect(output).not.toContain(CANARY);
      expect(output).not.toContain(CANARY_BASE64);
    }
  });
});
