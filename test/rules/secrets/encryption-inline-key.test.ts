import { describe, expect, test } from 'vitest';
import { cli } from '../../helpers/cli.js';
import { tempTree } from '../../helpers/temp-tree.js';
import { brief, check, fixture } from '../runtime/support.js';

const RULE = 'secrets/encryption-inline-key';
const CANARY_KEY = Buffer.from('kgCanary-inline-key-32-bytes-!!!').toString('base64');

describe(RULE, () => {
  test('every inline key, in any position, named but never shown', () => {
    const findings = check({ 'w.yaml': fixture('encryption/weak.yaml') }, { rules: [RULE] });
    expect(brief(findings)).toEqual([
      '10 resources[0].providers[0].aesgcm.keys[0].secret: aesgcm key "k1" (resources[0].providers[0]) is written in this file: whoever can read the repository can decrypt what it protects',
      '29 resources[2].providers[1].aescbc.keys[0].secret: aescbc key "old" (resources[2].providers[1]) is written in this file: whoever can read the repository can decrypt what it protects',
    ]);
  });

  test('template placeholders are not keys; a refused file still reports its real keys', () => {
    expect(check({ 'good.yaml': fixture('encryption/good.yaml') }, { rules: [RULE] })).toEqual([]);
    // invalid.yaml: "short" is real (if too short) key material; "not-base64" is not a key at all
    expect(
      check({ 'i.yaml': fixture('encryption/invalid.yaml') }, { rules: [RULE] }).map((f) => f.path),
    ).toEqual(['resources[0].providers[0].aescbc.keys[0].secret']);
  });

  test('no output format of kubegate check repeats the key', () => {
    const tree = tempTree({
      'enc.yaml': `apiVersion: apiserver.config.k8s.io/v1
kind: EncryptionConfiguration
resources:
  - resources: [secrets]
    providers:
      - secretbox:
          keys:
            - name: canary
              secret: ${CANARY_KEY}
`,
    });
    try {
      for (const format of ['text', 'json', 'sarif']) {
        const result = cli(tree.root, ['check', '.', '--format', format]);
        expect(result.stdout).toContain(format === 'text' ? RULE : 'encryption-inline-key');
        expect(result.stdout + result.stderr).not.toContain(CANARY_KEY);
        expect(result.stdout + result.stderr).not.toContain('kgCanary');
      }
    } finally {
      tree.remove();
    }
  });
});
