/**
 * The shop examples: the hardened twin's audit policy, encryption
 * configuration and Falco rules produce no runtime or encryption finding;
 * the insecure app's versions produce each finding that needs no extra
 * setup (falco -V needs a falco binary). Neither holds anything kubegate
 * cannot evaluate: no errors.
 * Correct fixtures stay silent for every rule of the tier.
 */
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { RUNTIME_RULES } from '../../../src/rules/runtime/family.js';
import { ENCRYPTION_RULES } from '../../../src/rules/secrets/encryption-family.js';
import { cli } from '../../helpers/cli.js';
import { check, fixture } from './support.js';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const TIER = 'runtime/*,secrets/encryption-*';
const NEEDS_SETUP = ['runtime/falco-validation'];

function findingsIn(folder: string): Array<{ ruleId: string }> {
  const result = cli(ROOT, ['check', folder, '--rules', TIER, '--format', 'json', '--fail-on', 'none']);
  const report = JSON.parse(result.stdout) as { findings: Array<{ ruleId: string }>; errors: unknown[] };
  expect(report.errors).toEqual([]);
  expect(result.code).toBe(0);
  return report.findings;
}

describe('examples', () => {
  test('the hardened shop: no finding', () => {
    expect(findingsIn('examples/hardened/runtime')).toEqual([]);
  });

  test('the insecure shop: every finding of the tier', () => {
    const expected = [...RUNTIME_RULES, ...ENCRYPTION_RULES]
      .map((rule) => rule.info.id)
      .filter((id) => !NEEDS_SETUP.includes(id))
      .sort();
    const found = [
      ...new Set(findingsIn('examples/insecure/runtime').map((finding) => finding.ruleId)),
    ].sort();
    expect(found).toEqual(expected);
  });

  test('correct fixtures stay silent for every rule of the tier', () => {
    expect(
      check({
        'falco.yaml': fixture('falco/good.yaml'),
        'audit.yaml': fixture('audit/good-policy.yaml'),
        'encryption.yaml': fixture('encryption/good.yaml'),
      }),
    ).toEqual([]);
  });
});
