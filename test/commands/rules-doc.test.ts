import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ruleCatalogue } from '../../src/rules/catalogue.js';
import { cli } from '../helpers/cli.js';

const ROOT = path.resolve(import.meta.dirname, '../..');

describe('the rule catalogue', () => {
  it('docs/rules.md is the current `kubegate rules --format markdown`', () => {
    const run = cli(ROOT, ['rules', '--format', 'markdown']);
    expect(run.code).toBe(0);
    expect(fs.readFileSync(path.join(ROOT, 'docs/rules.md'), 'utf8')).toBe(run.stdout);
  });

  it('every rule says what it protects against and how to fix it, under a unique family/name id', () => {
    const rules = ruleCatalogue();
    expect(new Set(rules.map((rule) => rule.id)).size).toBe(rules.length);
    for (const rule of rules) {
      expect(rule.id, rule.id).toMatch(/^[a-z]+\/[A-Za-z0-9_-]+$/);
      expect(rule.rationale.length, rule.id).toBeGreaterThan(30);
      expect(rule.remediation.length, rule.id).toBeGreaterThan(10);
      expect(['high', 'medium', 'low']).toContain(rule.tier);
    }
  });
});
