import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { VulnerabilityFinding } from '../../src/scan/findings.js';
import type { ScanReport } from '../../src/scan/report.js';
import { cliAsync } from '../helpers/cli-async.js';
import { DIGEST_OF, RegistryStandIn } from '../scan/registry-stand-in.js';
import { deployment, imageLine, scanWorkspace, type ScanWorkspace } from '../scan/support.js';

const DIGEST = `sha256:${'c'.repeat(64)}`;
let workspace: ScanWorkspace | undefined;
afterEach(() => workspace?.remove());

const registry = new RegistryStandIn();
beforeAll(() => registry.start());
afterAll(() => registry.stop());

async function scanJson(ws: ScanWorkspace, args: string[], env: Record<string, string> = {}) {
  const run = await cliAsync(ws.root, ['scan', '--format', 'json', ...args], { env: { ...ws.env, ...env } });
  return { ...run, report: JSON.parse(run.stdout) as ScanReport };
}

const scans = (ws: ScanWorkspace) =>
  ws
    .calls()
    .filter(
      (call) =>
        call.args[0] !== 'version' && !call.args.includes('--download-db-only') && call.args[0] !== 'db',
    );

describe('kubegate scan', () => {
  it('reports the images it scanned when another crashes or hangs, and exits 2 naming them', async () => {
    workspace = scanWorkspace({
      'deploy.yaml': deployment('web', [
        'nginx:1.25.3',
        'registry.example.com/shop/crash:1',
        'registry.example.com/shop/hang:1',
        'registry.example.com/shop/clean:1',
      ]),
      'other.yaml': deployment('worker', ['docker.io/library/nginx:1.25.3']),
    });
    const started = Date.now();
    const { code, report, stderr } = await scanJson(workspace, [
      '--no-resolve',
      '--no-cache',
      '--timeout',
      '1',
      '--retries',
      '0',
    ]);
    expect(Date.now() - started).toBeLessThan(8000);
    expect(code).toBe(2);
    expect(report.summary.gate).toBe('error');
    const status = Object.fromEntries(report.images.map((image) => [image.image, image.status]));
    expect(status).toEqual({
      'docker.io/library/nginx:1.25.3': 'scanned',
      'registry.example.com/shop/clean:1': 'scanned',
      'registry.example.com/shop/crash:1': 'failed',
      'registry.example.com/shop/hang:1': 'failed',
    });
    expect(report.errors).toEqual([
      {
        file: 'deploy.yaml',
        line: imageLine(1),
        column: 11,
        message: expect.stringMatching(
          /^image "registry\.example\.com\/shop\/crash:1" could not be scanned: trivy exited with code 1: .*unable to inspect the image/,
        ),
      },
      {
        file: 'deploy.yaml',
        line: imageLine(2),
        column: 11,
        message:
          'image "registry.example.com/shop/hang:1" could not be scanned: trivy timed out after 1s and was stopped',
      },
    ]);
    expect(stderr).toContain(
      'deploy.yaml:13: image "registry.example.com/shop/crash:1" could not be scanned',
    );
    // nginx: one finding per vulnerability and per use, at the line of each use
    const nginx = report.findings as VulnerabilityFinding[];
    const iconv = nginx.filter((finding) => finding.vulnerability.id === 'CVE-2024-2961');
    expect(
      iconv.map((finding) => `${finding.location.file}:${finding.location.line} ${finding.tier}`),
    ).toEqual([`deploy.yaml:${imageLine(0)} high`, `other.yaml:${imageLine(0)} high`]);
    expect(iconv[0]!.ruleId).toBe('image/vulnerability');
    expect(iconv[0]!.message).toBe(
      'container "c0" image "docker.io/library/nginx:1.25.3" has CVE-2024-2961 (CRITICAL, CVSS 8.1) in libc6 2.36-9+deb12u3 (fixed in 2.36-9+deb12u7)',
    );
    // one CVE in two packages is one finding; NEGLIGIBLE-free trivy output, LOW is reported at low
    const glibc = nginx.find((finding) => finding.vulnerability.id === 'CVE-2023-4911')!;
    expect(glibc.vulnerability.packages.map((entry) => entry.name)).toEqual(['libc-bin', 'libc6']);
    expect(nginx.find((finding) => finding.vulnerability.id === 'CVE-2011-3374')!.tier).toBe('low');
    const summary = report.images.find((image) => image.image === 'docker.io/library/nginx:1.25.3')!;
    expect(summary.counts).toMatchObject({ CRITICAL: 1, HIGH: 2, MEDIUM: 1, LOW: 1 });
    expect(summary.fixable).toBe(3);
    // the scanner was asked once per distinct image, not per use
    expect(
      scans(workspace).filter((call) => call.args.at(-1) === 'docker.io/library/nginx:1.25.3'),
    ).toHaveLength(1);
  });

  it('retries a scan that failed once, and fails an image whose scanner prints no JSON', async () => {
    workspace = scanWorkspace({
      'deploy.yaml': deployment('web', [
        'registry.example.com/shop/flaky:1',
        'registry.example.com/shop/garbage:1',
      ]),
    });
    const { code, report } = await scanJson(workspace, ['--no-resolve', '--no-cache', '--retries', '1']);
    expect(code).toBe(2);
    expect(report.images.map((image) => [image.image, image.status])).toEqual([
      ['registry.example.com/shop/flaky:1', 'scanned'],
      ['registry.example.com/shop/garbage:1', 'failed'],
    ]);
    expect(report.errors[0]!.message).toMatch(
      /^image "registry\.example\.com\/shop\/garbage:1" could not be scanned: trivy printed something that is not JSON: /,
    );
    expect(report.errors[0]!.message).toMatch(/not JSON: .* \(2 attempts\)$/);
    expect(scans(workspace).filter((call) => call.args.at(-1)!.includes('flaky'))).toHaveLength(2);
  });

  it('caches by digest and database version: a second run does not scan again; without a database version it does not cache', async () => {
    workspace = scanWorkspace({ 'deploy.yaml': deployment('web', [`ghcr.io/acme/app:1@${DIGEST}`]) });
    const cache = path.join(workspace.root, 'cache');
    const first = await scanJson(workspace, ['--cache-dir', cache]);
    expect(first.code).toBe(1);
    expect(first.report.images[0]).toMatchObject({
      cacheKey: 'digest',
      cached: false,
      scannedAs: `ghcr.io/acme/app@${DIGEST}`,
    });
    expect(first.report.scan).toMatchObject({
      cache: 'cache',
      database: 'trivy-db/2/2025-03-04T00:15:32.617Z',
    });
    const second = await scanJson(workspace, ['--cache-dir', cache]);
    expect(second.report.images[0]!.cached).toBe(true);
    expect(second.report.findings).toEqual(first.report.findings);
    expect(scans(workspace)).toHaveLength(1);
    // the database updated once per run, before the scans
    expect(workspace.calls().filter((call) => call.args.includes('--download-db-only'))).toHaveLength(2);

    const unknownDb = await scanJson(workspace, ['--cache-dir', cache], { FAKE_NO_DB_VERSION: '1' });
    expect(unknownDb.report.images[0]!.cached).toBe(false);
    expect(unknownDb.report.scan.cache).toBe('off');
    expect(unknownDb.report.scan.notes).toContain(
      'trivy did not report its database version: results were not cached',
    );
    expect(scans(workspace)).toHaveLength(2);
  });

  it('resolves tags to digests through the registry, and keys by reference (saying so) when it cannot', async () => {
    workspace = scanWorkspace({
      'deploy.yaml': deployment('web', [
        `${registry.host}/public/app:1.0`,
        `${registry.host}/missing/app:1.0`,
      ]),
    });
    const { report } = await scanJson(workspace, ['--cache-dir', path.join(workspace.root, 'cache')]);
    const found = report.images.find((image) => image.image.includes('/public/'));
    const missing = report.images.find((image) => image.image.includes('/missing/'));
    expect(found).toMatchObject({
      digest: DIGEST_OF('public/app', '1.0'),
      scannedAs: `${registry.host}/public/app@${DIGEST_OF('public/app', '1.0')}`,
      cacheKey: 'digest',
    });
    expect(missing).toMatchObject({ cacheKey: 'reference', scannedAs: `${registry.host}/missing/app:1.0` });
    expect(report.scan.notes).toContain(
      `1 image cached by reference, not digest (the registry did not give a digest): ${registry.host}/missing/app:1.0 (${registry.host} has no such manifest (404))`,
    );
    expect(scans(workspace).map((call) => call.args.at(-1))).toEqual(
      expect.arrayContaining([`${registry.host}/public/app@${DIGEST_OF('public/app', '1.0')}`]),
    );
  });

  it('applies the ignore file (active and expired), ignore-unfixed and the severity mapping', async () => {
    workspace = scanWorkspace({
      'deploy.yaml': deployment('web', ['nginx:1.25.3', 'registry.example.com/other/nginx:1']),
      '.kubegate-cve-ignore.yaml': `ignores:
  - id: CVE-2024-2961
    reason: iconv with ISO-2022-CN-EXT is never called
    expires: 2999-12-31
    images: [nginx]
  - id: cve-2023-4911
    reason: no setuid binaries
    expires: 2000-01-01
`,
    });
    const { report, code } = await scanJson(workspace, ['--no-resolve', '--no-cache']);
    expect(code).toBe(1);
    const findings = report.findings as VulnerabilityFinding[];
    const iconv = findings.filter((finding) => finding.vulnerability.id === 'CVE-2024-2961');
    // the ignore names nginx (docker.io/library/nginx): the other registry's nginx is not ignored
    expect(iconv.map((finding) => [finding.vulnerability.image, finding.exemption?.state])).toEqual([
      ['docker.io/library/nginx:1.25.3', 'active'],
      ['registry.example.com/other/nginx:1', undefined],
    ]);
    expect(iconv[0]!.exemption?.reason).toContain('.kubegate-cve-ignore.yaml:2');
    expect(
      findings
        .filter((finding) => finding.vulnerability.id === 'CVE-2023-4911')
        .every((f) => f.exemption?.state === 'expired'),
    ).toBe(true);
    expect(report.scan.notes).toContain(
      'the ignore of CVE-2023-4911 at .kubegate-cve-ignore.yaml:6 expired on 2000-01-01: it no longer ignores',
    );
    expect(report.scan.ignoreFile).toBe('.kubegate-cve-ignore.yaml');
    expect(report.images[0]!.ignored).toBe(1);

    const unfixed = await scanJson(workspace, ['--no-resolve', '--no-cache', '--ignore-unfixed']);
    const ids = new Set(
      (unfixed.report.findings as VulnerabilityFinding[]).map((finding) => finding.vulnerability.id),
    );
    expect(ids.has('CVE-2023-52425')).toBe(false);
    expect(ids.has('CVE-2011-3374')).toBe(false);
    expect(ids.has('CVE-2024-0727')).toBe(true);
    expect(unfixed.report.images[0]!.unfixedSkipped).toBe(2);

    const mapped = await scanJson(workspace, [
      '--no-resolve',
      '--no-cache',
      '--severity-tiers',
      'CRITICAL=medium,HIGH=medium,LOW=off',
    ]);
    expect(mapped.code).toBe(0);
    expect(mapped.report.summary).toMatchObject({ high: 0, gate: 'pass' });
    expect(
      (mapped.report.findings as VulnerabilityFinding[]).some((f) => f.vulnerability.severity === 'LOW'),
    ).toBe(false);
  });

  it('writes SARIF with one rule per CVE id, its help text and security-severity from the CVSS score', async () => {
    workspace = scanWorkspace({ 'deploy.yaml': deployment('web', ['nginx:1.25.3']) });
    const run = await cliAsync(workspace.root, ['scan', '--no-resolve', '--no-cache', '--format', 'sarif'], {
      env: workspace.env,
    });
    expect(run.code).toBe(1);
    const sarif = JSON.parse(run.stdout) as {
      runs: Array<{
        tool: {
          driver: {
            rules: Array<{
              id: string;
              help: { text: string };
              helpUri?: string;
              properties: Record<string, unknown>;
            }>;
          };
        };
        results: Array<{
          ruleId: string;
          ruleIndex: number;
          locations: Array<{ physicalLocation: { region: { startLine: number } } }>;
        }>;
      }>;
    };
    const [sarifRun] = sarif.runs;
    const rules = sarifRun!.tool.driver.rules;
    expect(rules.map((rule) => rule.id)).toEqual([
      'CVE-2011-3374',
      'CVE-2023-4911',
      'CVE-2023-52425',
      'CVE-2024-0727',
      'CVE-2024-2961',
    ]);
    const iconv = rules.find((rule) => rule.id === 'CVE-2024-2961')!;
    expect(iconv.properties['security-severity']).toBe('8.1');
    expect(iconv.help.text).toContain('libc6 2.36-9+deb12u3: fixed in 2.36-9+deb12u7');
    expect(iconv.helpUri).toBe('https://avd.aquasec.com/nvd/cve-2024-2961');
    for (const result of sarifRun!.results) {
      expect(rules[result.ruleIndex]!.id).toBe(result.ruleId);
      expect(result.locations[0]!.physicalLocation.region.startLine).toBe(imageLine(0));
    }
  });

  it('scans with grype, writes the markdown job summary, and gates on high', async () => {
    workspace = scanWorkspace({
      'deploy.yaml': deployment('web', ['nginx:1.25.3', 'registry.example.com/shop/clean:1']),
    });
    const summary = path.join(workspace.root, 'summary.md');
    const run = await cliAsync(
      workspace.root,
      ['scan', '--scanner', 'grype', '--no-resolve', '--no-cache', '--summary', summary],
      { env: workspace.env },
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      'docker.io/library/nginx:1.25.3: 1 critical, 1 high, 1 medium, 1 negligible, 1 unknown (2 fixable)',
    );
    const markdown = fs.readFileSync(summary, 'utf8');
    expect(markdown).toContain('| `docker.io/library/nginx:1.25.3` | scanned | 1 | 1 | 1 | 0 | 2 | 2 | 0 |');
    expect(markdown).toContain(
      '| `registry.example.com/shop/clean:1` | scanned | 0 | 0 | 0 | 0 | 0 | 0 | 0 |',
    );
    expect(markdown).toContain(
      '| [CVE-2024-2961](https://security-tracker.debian.org/tracker/CVE-2024-2961) | CRITICAL 8.1 | libc6 | 2.36-9+deb12u3 | 2.36-9+deb12u7 |',
    );
    expect(
      workspace
        .calls()
        .some((call) => call.name === 'grype' && call.args[0] === 'registry:docker.io/library/nginx:1.25.3'),
    ).toBe(true);
  });

  it('exits 2 with a clear message for a missing scanner, a bad ignore file and bad flags', async () => {
    workspace = scanWorkspace({ 'deploy.yaml': deployment('web', ['nginx:1.25.3']) });
    const missing = await cliAsync(
      workspace.root,
      ['scan', '--no-resolve', '--scanner-binary', './nope/trivy'],
      { env: workspace.env },
    );
    expect(missing.code).toBe(2);
    expect(missing.stdout).toContain('./nope/trivy:1: error: trivy not found (./nope/trivy)');
    fs.writeFileSync(
      path.join(workspace.root, 'ignores.yaml'),
      'ignores:\n  - id: CVE-1\n    reason: x\n    expires: 2025-02-30\n',
    );
    const badDate = await cliAsync(workspace.root, ['scan', '--ignore-file', 'ignores.yaml'], {
      env: workspace.env,
    });
    expect(badDate).toMatchObject({
      code: 2,
      stderr: 'kubegate: ignores.yaml:4: ignores.0.expires: 2025-02-30 is not a calendar date\n',
    });
    fs.writeFileSync(
      path.join(workspace.root, 'ignores.yaml'),
      'ignores:\n  - id: CVE-1\n    expires: 2025-02-01\n',
    );
    const noReason = await cliAsync(workspace.root, ['scan', '--ignore-file', 'ignores.yaml'], {
      env: workspace.env,
    });
    expect(noReason).toMatchObject({ code: 2, stderr: 'kubegate: ignores.yaml:2: ignores.0 needs reason\n' });
    expect(
      (await cliAsync(workspace.root, ['scan', '--scanner', 'clair'], { env: workspace.env })).code,
    ).toBe(2);
    const badTiers = await cliAsync(workspace.root, ['scan', '--severity-tiers', 'HIGH=urgent'], {
      env: workspace.env,
    });
    expect(badTiers.stderr).toContain('severity HIGH must map to high, medium, low or off');
    const secret = await cliAsync(workspace.root, ['scan', '--no-cache'], {
      env: { ...workspace.env, KUBEGATE_REGISTRY_CREDENTIALS: '{"ghcr.io": "me:p4ssw0rd' },
    });
    expect(secret.code).toBe(2);
    expect(secret.stderr).not.toContain('p4ssw0rd');
  });
});
