/**
 * The upstream Pod Security Admission fixtures, every one of them: a pass file
 * must give no finding at its level and version, a fail file at least one
 * finding of the check its file name names (capabilities_baseline0.yaml needs
 * a capabilities_baseline finding).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { load } from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { evaluatePodSecurity } from '../../../src/rules/pss/index.js';
import type { PodView, PssLevel } from '../../../src/rules/pss/types.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
// vendored from upstream (see SOURCE.md there), so a plain clone runs every fixture
const conformanceDir = path.join(repoRoot, 'test', 'fixtures', 'pod-security-conformance');
const LEVELS: readonly PssLevel[] = ['baseline', 'restricted'];

interface Suite {
  readonly level: PssLevel;
  readonly version: number;
  readonly dir: string;
}

function suites(): Suite[] {
  if (!existsSync(conformanceDir)) return [];
  return LEVELS.flatMap((level) => {
    const levelDir = path.join(conformanceDir, level);
    if (!existsSync(levelDir)) return [];
    return readdirSync(levelDir).flatMap((name) => {
      const match = /^v1\.(\d+)$/.exec(name);
      return match ? [{ level, version: Number(match[1]), dir: path.join(levelDir, name) }] : [];
    });
  }).sort((a, b) => a.level.localeCompare(b.level) || a.version - b.version);
}

function podOf(file: string): PodView {
  const document = load(readFileSync(file, 'utf8')) as {
    metadata?: Record<string, unknown>;
    spec?: Record<string, unknown>;
  };
  return { metadata: document.metadata ?? {}, spec: document.spec ?? {} };
}

function yamlFiles(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith('.yaml')) : [];
}

const all = suites();
let checkedFiles = 0;

test('the conformance fixtures are present', () => {
  expect(existsSync(conformanceDir), `conformance fixtures not found at ${conformanceDir}`).toBe(true);
  expect(all.map((suite) => suite.level)).toEqual(expect.arrayContaining(['baseline', 'restricted']));
});

describe.each(all.map((suite) => [`${suite.level} v1.${suite.version}`, suite] as const))(
  '%s',
  (_name, suite) => {
    test('pass files give no finding, fail files a finding of the named check', () => {
      const problems: string[] = [];
      const passFiles = yamlFiles(path.join(suite.dir, 'pass'));
      const failFiles = yamlFiles(path.join(suite.dir, 'fail'));
      expect(passFiles.length + failFiles.length, `no fixtures in ${suite.dir}`).toBeGreaterThan(0);
      for (const name of passFiles) {
        const findings = evaluatePodSecurity(
          podOf(path.join(suite.dir, 'pass', name)),
          suite.level,
          suite.version,
        );
        if (findings.length > 0) {
          problems.push(`pass/${name}: ${findings.map((f) => `${f.checkId}: ${f.message}`).join('; ')}`);
        }
      }
      for (const name of failFiles) {
        const expectedCheck = name.replace(/\d*\.yaml$/, '');
        const findings = evaluatePodSecurity(
          podOf(path.join(suite.dir, 'fail', name)),
          suite.level,
          suite.version,
        );
        if (!findings.some((finding) => finding.checkId.toLowerCase() === expectedCheck)) {
          const found = findings.map((f) => f.checkId).join(', ') || 'nothing';
          problems.push(`fail/${name}: expected a ${expectedCheck} finding, found ${found}`);
        }
      }
      checkedFiles += passFiles.length + failFiles.length;
      expect(problems, `${suite.dir}`).toEqual([]);
    });
  },
);

test('every fixture file was checked', () => {
  const total = all.reduce(
    (sum, suite) =>
      sum + yamlFiles(path.join(suite.dir, 'pass')).length + yamlFiles(path.join(suite.dir, 'fail')).length,
    0,
  );
  expect(total).toBeGreaterThan(0);
  expect(checkedFiles).toBe(total);
});
