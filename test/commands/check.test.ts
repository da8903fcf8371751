import AjvDraft04Module from 'ajv-draft-04';
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import sarifSchema from '../fixtures/sarif/sarif-2.1.0-rtm.5.json' with { type: 'json' };
import { cli } from '../helpers/cli.js';
import { tempTree } from '../helpers/temp-tree.js';

const privilegedPod = `apiVersion: v1
kind: Pod
metadata:
  name: web
  namespace: shop
spec:
  containers:
    - name: app
      image: nginx:1.27
      securityContext:
        privileged: true
        runAsNonRoot: true
        allowPrivilegeEscalation: false
        capabilities:
          drop: [ALL]
        seccompProfile:
          type: RuntimeDefault
`;

const restrictedOnlyPod = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
  namespace: shop
spec:
  template:
    spec:
      containers:
        - name: api
          image: nginx:1.27
`;

const trees: Array<{ remove: () => void }> = [];
afterAll(() => trees.forEach((tree) => tree.remove()));
function tree(files: Record<string, string | Buffer>): string {
  const made = tempTree(files);
  trees.push(made);
  return made.root;
}

interface JsonReport {
  version: number;
  findings: Array<
    Record<string, unknown> & {
      ruleId: string;
      location: { file: string; line: number; column: number };
      fingerprint: string;
      status: string;
    }
  >;
  errors: Array<{ file: string; line: number; message: string }>;
  summary: { high: number; medium: number; low: number; gate: string; failOn: string };
}

describe('kubegate check: JSON contract', () => {
  const root = tree({ 'deploy/web.yaml': privilegedPod });

  it('emits every field of DESIGN.md, with the right types and values', () => {
    const run = cli(root, ['check', '--rules', 'pss/*', 'deploy', '--format', 'json']);
    const report = JSON.parse(run.stdout) as JsonReport;
    expect(report.version).toBe(1);
    expect(report.errors).toEqual([]);
    const finding = report.findings.find((f) => f.ruleId === 'pss/privileged')!;
    expect(finding).toMatchObject({
      ruleId: 'pss/privileged',
      tier: 'medium',
      title: expect.any(String),
      message: expect.stringContaining('privileged'),
      resource: { apiVersion: 'v1', kind: 'Pod', namespace: 'shop', name: 'web' },
      location: { file: 'deploy/web.yaml', line: 11, column: 9 },
      path: 'spec.containers[0].securityContext.privileged',
      fingerprint: expect.stringMatching(/^[0-9a-f]{32}$/),
      status: 'new',
    });
    expect(report.summary).toMatchObject({ high: 0, medium: 1, low: 0, gate: 'pass', failOn: 'high' });
    expect(run.code).toBe(0);
  });

  it('exit code 1 when a finding is at or above --fail-on, 0 below it, 0 with none', () => {
    expect(cli(root, ['check', '--rules', 'pss/*', 'deploy', '--fail-on', 'medium']).code).toBe(1);
    expect(cli(root, ['check', '--rules', 'pss/*', 'deploy', '--fail-on', 'low']).code).toBe(1);
    expect(cli(root, ['check', '--rules', 'pss/*', 'deploy', '--fail-on', 'high']).code).toBe(0);
    const none = JSON.parse(
      cli(root, ['check', '--rules', 'pss/*', 'deploy', '--fail-on', 'none', '--format', 'json']).stdout,
    ) as JsonReport;
    expect(none.summary).toMatchObject({ medium: 1, gate: 'pass', failOn: 'none' });
  });

  it('--output writes the report to a file and keeps stdout clean', () => {
    const run = cli(root, [
      'check',
      'deploy',
      '--format',
      'json',
      '--output',
      'out/report.json',
      '--fail-on',
      'medium',
    ]);
    expect(run.stdout).toBe('');
    expect(run.code).toBe(1);
    const written = JSON.parse(fs.readFileSync(path.join(root, 'out/report.json'), 'utf8')) as JsonReport;
    expect(written.summary.gate).toBe('fail');
  });

  it('fingerprints survive line moves; locations follow them', () => {
    const moved = tree({ 'deploy/web.yaml': `# a comment\n\n# another\n${privilegedPod}` });
    const before = (
      JSON.parse(cli(root, ['check', '--rules', 'pss/*', 'deploy', '--format', 'json']).stdout) as JsonReport
    ).findings[0]!;
    const after = (
      JSON.parse(cli(moved, ['check', '--rules', 'pss/*', 'deploy', '--format', 'json']).stdout) as JsonReport
    ).findings[0]!;
    expect(after.fingerprint).toBe(before.fingerprint);
    expect(after.location.line).toBe(before.location.line + 3);
  });
});

describe('kubegate check: policy selection', () => {
  const root = tree({ 'a.yaml': restrictedOnlyPod });
  const ruleIds = (args: string[]) =>
    [
      ...new Set(
        (
          JSON.parse(
            cli(root, ['check', '--rules', 'pss/*', '--format', 'json', ...args]).stdout,
          ) as JsonReport
        ).findings.map((f) => f.ruleId),
      ),
    ].sort();

  it('--pss-level baseline drops the restricted checks', () => {
    expect(ruleIds([])).toEqual([
      'pss/allowPrivilegeEscalation',
      'pss/capabilities_restricted',
      'pss/runAsNonRoot',
      'pss/seccompProfile_restricted',
    ]);
    expect(ruleIds(['--pss-level', 'baseline'])).toEqual([]);
  });

  it('--pss-version selects the versioned behaviour (seccomp is required from v1.19)', () => {
    expect(ruleIds(['--pss-version', 'v1.18'])).not.toContain('pss/seccompProfile_restricted');
    expect(ruleIds(['--pss-version', 'v1.19'])).toContain('pss/seccompProfile_restricted');
  });

  it('--rules runs only matching rule ids', () => {
    expect(ruleIds(['--rules', 'pss/run*,pss/allow*'])).toEqual([
      'pss/allowPrivilegeEscalation',
      'pss/runAsNonRoot',
    ]);
    expect(ruleIds(['--rules', 'rbac/*'])).toEqual([]);
  });

  it('the config file re-tiers and disables rules; flags win over it', () => {
    const configured = tree({
      'a.yaml': restrictedOnlyPod,
      '.kubegate.yaml':
        'failOn: medium\nrules:\n  "pss/*":\n    tier: high\n  pss/runAsNonRoot:\n    enabled: false\n',
    });
    const report = JSON.parse(
      cli(configured, ['check', '--rules', 'pss/*', '--format', 'json']).stdout,
    ) as JsonReport;
    expect(report.findings.map((f) => f.ruleId)).not.toContain('pss/runAsNonRoot');
    expect(new Set(report.findings.map((f) => f.tier))).toEqual(new Set(['high']));
    expect(report.summary).toMatchObject({ high: 3, medium: 0, failOn: 'medium', gate: 'fail' });
    expect(cli(configured, ['check', '--rules', 'pss/*', '--fail-on', 'none']).code).toBe(0);
  });
});

describe('kubegate check: bad input and bad usage exit 2, never a stack trace', () => {
  it('a malformed file is an error naming file and line; the other files are still reported', () => {
    const root = tree({ 'good.yaml': privilegedPod, 'bad.yaml': 'kind: Pod\nmetadata:\n  name: [oops\n' });
    const run = cli(root, ['check', '--rules', 'pss/*', '--format', 'json']);
    expect(run.code).toBe(2);
    const report = JSON.parse(run.stdout) as JsonReport;
    expect(report.errors).toEqual([expect.objectContaining({ file: 'bad.yaml', line: expect.any(Number) })]);
    expect(report.errors[0]!.line).toBeGreaterThanOrEqual(3);
    expect(report.findings.some((f) => f.location.file === 'good.yaml')).toBe(true);
    expect(report.summary.gate).toBe('error');
    const text = cli(root, ['check', '--rules', 'pss/*']);
    expect(text.stdout).toMatch(/bad\.yaml:\d+/);
    expect(text.stdout).not.toMatch(/\n\s+at /);
  });

  it('a path that does not exist is an error, not an empty pass', () => {
    const root = tree({ 'a.yaml': privilegedPod });
    const run = cli(root, ['check', '--rules', 'pss/*', 'missing/']);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('missing');
  });

  it('bad flags and values', () => {
    const root = tree({ 'a.yaml': privilegedPod });
    for (const args of [
      ['check', '--rules', 'pss/*', '--format', 'xml'],
      ['check', '--rules', 'pss/*', '--fail-on', 'critical'],
      ['check', '--rules', 'pss/*', '--pss-level', 'strict'],
      ['check', '--rules', 'pss/*', '--pss-version', '1.30'],
      ['check', '--rules', 'pss/*', '--no-such-flag'],
      ['check', '--rules', 'pss/*', '--new-only'],
      ['frobnicate'],
    ]) {
      const run = cli(root, args);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr, args.join(' ')).toMatch(/^kubegate: /);
      expect(run.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('a bad config names the file, the line and the key path', () => {
    const unknown = tree({
      'a.yaml': privilegedPod,
      '.kubegate.yaml': 'failOn: high\npss:\n  levle: baseline\n',
    });
    expect(cli(unknown, ['check', '--rules', 'pss/*'])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('.kubegate.yaml:3: unknown key pss.levle'),
    });
    const wrongType = tree({ 'a.yaml': privilegedPod, 'cfg.yaml': 'rules:\n  pss/*:\n    tier: urgent\n' });
    expect(cli(wrongType, ['check', '--rules', 'pss/*', '--config', 'cfg.yaml'])).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(
        /cfg\.yaml:3: rules\["pss\/\*"\]\.tier must be one of "high", "medium", "low"/,
      ),
    });
    const malformed = tree({ 'a.yaml': privilegedPod, '.kubegate.yaml': 'failOn: [\n' });
    expect(cli(malformed, ['check', '--rules', 'pss/*'])).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/\.kubegate\.yaml:\d+: /),
    });
    expect(cli(unknown, ['check', '--rules', 'pss/*', '--config', 'nope.yaml'])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('nope.yaml:1: cannot read config file'),
    });
  });
});

describe('kubegate check: text and SARIF', () => {
  const root = tree({ 'deploy/web.yaml': privilegedPod, 'deploy/api.yaml': restrictedOnlyPod });

  it('text is grouped by file with line, tier, rule, message and a fix hint', () => {
    const text = cli(root, ['check', '--rules', 'pss/*']).stdout;
    expect(text).toContain('deploy/web.yaml\n  11:9    medium pss/privileged');
    expect(text).toContain('fix: set privileged to false');
    expect(text.indexOf('deploy/api.yaml')).toBeLessThan(text.indexOf('deploy/web.yaml'));
    expect(text).toMatch(/gate PASS \(fail-on high\)/);
  });

  it('colours only on a terminal, and honours NO_COLOR', () => {
    expect(cli(root, ['check', '--rules', 'pss/*'], { isTTY: true }).stdout).toContain('\u001b[');
    expect(
      cli(root, ['check', '--rules', 'pss/*'], { isTTY: true, env: { NO_COLOR: '1' } }).stdout,
    ).not.toContain('\u001b[');
    expect(cli(root, ['check', '--rules', 'pss/*'], { isTTY: false }).stdout).not.toContain('\u001b[');
  });

  // a CommonJS module: its class is the default export's default under NodeNext
  type AjvClass = typeof AjvDraft04Module.default;
  const AjvDraft04: AjvClass =
    (AjvDraft04Module as unknown as { default?: AjvClass }).default ??
    (AjvDraft04Module as unknown as AjvClass);
  const ajv = new AjvDraft04({ allErrors: true, strict: false, unicodeRegExp: false });
  const validate = ajv.compile(sarifSchema);

  it('the schema validator rejects what is not SARIF (so its passes mean something)', () => {
    expect(validate({ version: '2.1.0', runs: [{ results: [] }] })).toBe(false);
    expect(validate({ version: '2.0.0', runs: [] })).toBe(false);
  });

  it('SARIF 2.1.0 validates against the schema, with regions on the line to change', () => {
    const sarif = JSON.parse(cli(root, ['check', '--rules', 'pss/*', '--format', 'sarif']).stdout);
    expect(validate(sarif), JSON.stringify(validate.errors)).toBe(true);
    const run = sarif.runs[0];
    const result = run.results.find((r: { ruleId: string }) => r.ruleId === 'pss/privileged');
    expect(result.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'deploy/web.yaml', uriBaseId: '%SRCROOT%' },
      region: { startLine: 11, startColumn: 9 },
    });
    expect(run.tool.driver.rules[result.ruleIndex].id).toBe('pss/privileged');
    const rule = run.tool.driver.rules[result.ruleIndex];
    expect(rule.properties['security-severity']).toBe('5.5');
    expect(rule.help.text).toMatch(/Remediation/);
    expect(result.partialFingerprints['kubegate/v1']).toMatch(/^[0-9a-f]{32}$/);
  });

  it('SARIF is valid with zero results, and carries input errors as notifications', () => {
    const clean = tree({ 'ok.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\n' });
    const empty = JSON.parse(cli(clean, ['check', '--rules', 'pss/*', '--format', 'sarif']).stdout);
    expect(validate(empty), JSON.stringify(validate.errors)).toBe(true);
    expect(empty.runs[0].results).toEqual([]);
    expect(empty.runs[0].tool.driver.rules.length).toBeGreaterThanOrEqual(19);
    const broken = tree({ 'bad.yaml': 'a: [\n' });
    const withError = JSON.parse(cli(broken, ['check', '--rules', 'pss/*', '--format', 'sarif']).stdout);
    expect(validate(withError), JSON.stringify(validate.errors)).toBe(true);
    expect(withError.runs[0].invocations[0]).toMatchObject({ executionSuccessful: false });
    expect(
      withError.runs[0].invocations[0].toolExecutionNotifications[0].locations[0].physicalLocation
        .artifactLocation.uri,
    ).toBe('bad.yaml');
  });
});

describe('kubegate check --base --new-only (git)', () => {
  const root = tree({ 'deploy/web.yaml': privilegedPod, 'deploy/api.yaml': restrictedOnlyPod });
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], {
      cwd: root,
      stdio: 'pipe',
    });
  git('init', '-q', '-b', 'main');
  git('add', '.');
  git('commit', '-qm', 'base');
  // the change: fix the privileged pod, move the api deployment down, add a new risky pod
  fs.writeFileSync(
    path.join(root, 'deploy/web.yaml'),
    privilegedPod.replace('privileged: true', 'privileged: false'),
  );
  fs.writeFileSync(path.join(root, 'deploy/api.yaml'), `# moved\n\n${restrictedOnlyPod}`);
  fs.writeFileSync(path.join(root, 'deploy/new.yaml'), privilegedPod.replace('name: web', 'name: fresh'));
  git('add', '.');
  git('commit', '-qm', 'change');

  it('marks findings new, existing or fixed by fingerprint, reading the base from git', () => {
    const report = JSON.parse(
      cli(root, ['check', '--rules', 'pss/*', 'deploy', '--base', 'HEAD~1', '--format', 'json']).stdout,
    ) as JsonReport;
    const status = (file: string, ruleId: string) =>
      report.findings.filter((f) => f.location.file === file && f.ruleId === ruleId).map((f) => f.status);
    expect(status('deploy/web.yaml', 'pss/privileged')).toEqual(['fixed']);
    expect(status('deploy/new.yaml', 'pss/privileged')).toEqual(['new']);
    expect(status('deploy/api.yaml', 'pss/runAsNonRoot')).toEqual(['existing']);
    expect(report.errors).toEqual([]);
  });

  it('--new-only gates on new findings only', () => {
    const onlyOld = tree({ 'a.yaml': restrictedOnlyPod });
    execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: onlyOld });
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', 'add', '.'], {
      cwd: onlyOld,
    });
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'x'], {
      cwd: onlyOld,
    });
    fs.writeFileSync(path.join(onlyOld, 'a.yaml'), `# reworded\n${restrictedOnlyPod}`);
    expect(cli(onlyOld, ['check', '--rules', 'pss/*', '--fail-on', 'medium']).code).toBe(1);
    expect(
      cli(onlyOld, ['check', '--rules', 'pss/*', '--fail-on', 'medium', '--base', 'HEAD', '--new-only']).code,
    ).toBe(0);
    fs.writeFileSync(path.join(onlyOld, 'b.yaml'), privilegedPod);
    expect(
      cli(onlyOld, ['check', '--rules', 'pss/*', '--fail-on', 'medium', '--base', 'HEAD', '--new-only']).code,
    ).toBe(1);
  });

  it('an unknown base revision is an error (exit 2), not a pass', () => {
    const run = cli(root, ['check', '--rules', 'pss/*', '--base', 'no-such-branch', '--new-only']);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('cannot resolve git revision "no-such-branch"');
  });
});

describe('the built CLI (dist/cli.js) as a process', () => {
  const bin = path.resolve(import.meta.dirname, '../../dist/cli.js');
  it('runs, exits 2 on bad input with a one-line error and no stack trace', () => {
    const root = tree({ 'bad.yaml': Buffer.from([0x00, 0xff]) });
    const run = spawnSync(process.execPath, [bin, 'check', '.'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });
    expect(run.status).toBe(2);
    expect(run.stdout).toContain('bad.yaml:1');
    expect(`${run.stdout}${run.stderr}`).not.toMatch(/\n\s+at /);
  });

  it('prints the rule catalogue', () => {
    const run = spawnSync(process.execPath, [bin, 'rules', '--format', 'json'], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    const ids = (JSON.parse(run.stdout) as { rules: Array<{ id: string }> }).rules.map((rule) => rule.id);
    expect(ids).toContain('pss/procMount_restricted');
  });
});
