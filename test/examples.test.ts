/**
 * The bundled examples are the project's own acceptance test: the insecure
 * shop triggers every rule that static analysis can decide, each on the line
 * a person edits, and its hardened twin triggers none.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ruleCatalogue } from '../src/rules/catalogue.js';
import { cli } from './helpers/cli.js';
import { testToolsEnv } from './helpers/tools.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const env = testToolsEnv();

/** rules decided by another stage or tool: a cluster, an image scanner, a falco binary */
const NOT_STATIC = ['cluster/', 'image/vulnerability', 'runtime/falco-validation'];

interface Report {
  findings: Array<{ ruleId: string; location: { file: string; line: number } }>;
  errors: unknown[];
  summary: { gate: string };
}
const check = (args: string[]) => {
  const run = cli(ROOT, ['check', ...args, '--format', 'json'], { env });
  return { code: run.code, report: JSON.parse(run.stdout) as Report };
};

describe('examples/', () => {
  it('the hardened app passes with no findings at all (fail-on low)', () => {
    const { code, report } = check(['examples/hardened', '--fail-on', 'low']);
    expect(report.errors).toEqual([]);
    expect(report.findings.map((f) => `${f.ruleId} ${f.location.file}:${f.location.line}`)).toEqual([]);
    expect(code).toBe(0);
  });

  it('the insecure app triggers every static rule, each at a line of a file in the repository', () => {
    const { code, report } = check(['examples/insecure']);
    expect(report.errors).toEqual([]);
    expect(code).toBe(1);
    const fired = new Set(report.findings.map((f) => f.ruleId));
    const missing = ruleCatalogue()
      .map((rule) => rule.id)
      .filter((id) => !NOT_STATIC.some((prefix) => id.startsWith(prefix)) && !fired.has(id));
    expect(missing).toEqual([]);
    for (const finding of report.findings) {
      const file = path.join(ROOT, finding.location.file);
      expect(fs.existsSync(file), finding.location.file).toBe(true);
      expect(finding.location.line).toBeLessThanOrEqual(fs.readFileSync(file, 'utf8').split('\n').length);
    }
    // rendered sources point at what a person edits: Helm templates or values, Kustomize resources or patches
    const files = new Set(report.findings.map((f) => f.location.file));
    expect(files).toContain('examples/insecure/helm/storefront/values.yaml');
    expect(files).toContain('examples/insecure/helm/storefront/templates/deployment.yaml');
    expect(files).toContain('examples/insecure/kustomize/base/deployment.yaml');
    expect(files).toContain('examples/insecure/kustomize/overlays/production/host-logs.yaml');
  });
});
