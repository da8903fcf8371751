/**
 * An encryption configuration the API server refuses cannot be evaluated
 * (what it would encrypt cannot be said): each reason is an error at its
 * line, exit code 2. Its inline keys are findings all the same.
 */
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { cli } from '../../helpers/cli.js';
import { checkAll, errorsOf, fixture } from '../runtime/support.js';

describe('encryption configurations the API server refuses', () => {
  test('every reason, at its line, without key values; only the inline key is a finding', () => {
    const result = checkAll(
      { 'i.yaml': fixture('encryption/invalid.yaml') },
      { rules: ['secrets/encryption-*'] },
    );
    expect(
      errorsOf(result).map((line) =>
        line.replace('the API server refuses this encryption configuration: ', ''),
      ),
    ).toEqual([
      'i.yaml:4 overlapping resources (such as secrets and *.) in one entry are refused: the wildcard would mask them',
      'i.yaml:5 resource "Secrets" must not contain capital letters',
      'i.yaml:6 use *. to encrypt every resource of the core group, or *.* for every resource',
      'i.yaml:7 events.events.k8s.io: events.k8s.io objects are stored as events; write events',
      'i.yaml:8 serviceipallocations has no REST API and cannot be encrypted',
      'i.yaml:10 provider sets aescbc and identity: one per list element',
      'i.yaml:13 key short decodes to 5 bytes; expected 16, 24, 32',
      'i.yaml:15 key not-base64 is not base64 encoded',
      'i.yaml:17 provider sets none of kms, aescbc, aesgcm, secretbox, identity',
      'i.yaml:18 overlapping resources (such as secrets and *.) in one entry are refused: the wildcard would mask them',
      'i.yaml:22 kms provider has no name',
      'i.yaml:23 kms apiVersion v3 is not v1 or v2',
      'i.yaml:24 kms endpoint "tcp://kms:8080" must be a unix:// socket',
      'i.yaml:27 at least one provider is required',
    ]);
    expect(JSON.stringify(result.errors)).not.toContain('c2hvcnQ=');
    expect(result.findings.map((finding) => `${finding.ruleId} ${finding.path}`)).toEqual([
      'secrets/encryption-inline-key resources[0].providers[0].aescbc.keys[0].secret',
    ]);
  });

  test('a resource masked by an earlier wildcard', () => {
    const result = checkAll(
      { 'm.yaml': fixture('encryption/masked.yaml') },
      { rules: ['secrets/encryption-*'] },
    );
    expect(errorsOf(result)).toEqual([
      'm.yaml:12 the API server refuses this encryption configuration: secrets in resources[1] is masked by *.*, listed earlier; move the specific entry above the wildcard',
    ]);
    // identity first for secrets would be a finding, but the file never loads
    expect(result.findings).toEqual([]);
  });

  test('kubegate check exits 2, naming file and line', () => {
    const result = cli(path.resolve(import.meta.dirname, '../../..'), [
      'check',
      'test/fixtures/runtime/encryption/masked.yaml',
      '--rules',
      'secrets/encryption-*',
      '--fail-on',
      'none',
    ]);
    expect(result.code).toBe(2);
    expect(result.stdout).toContain(
      'test/fixtures/runtime/encryption/masked.yaml:12:9  the API server refuses this encryption configuration',
    );
  });

  test('a correct configuration reports nothing', () => {
    expect(checkAll({ 'good.yaml': fixture('encryption/good.yaml') })).toEqual({ findings: [], errors: [] });
  });
});
