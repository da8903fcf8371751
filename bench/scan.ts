/**
 * Scan benchmark: 200 distinct images used by 1,000 workloads, scanned by the
 * fake scanner of the tests (a Node process printing the recorded trivy
 * report, 6 vulnerabilities) with parallelism 2, first with an empty cache,
 * then from the cache. Measures kubegate's own overhead (render, process
 * management, parsing, findings, report), not a real scanner's.
 * `npx tsx bench/scan.ts` runs it alone; bench/run.ts calls benchScan().
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { runCli } from '../src/commands/run.js';

const root = path.resolve(import.meta.dirname, '..');

export async function benchScan(): Promise<void> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'kubegate-bench-scan-'));
  try {
    const bin = path.join(work, 'bin');
    fs.mkdirSync(bin);
    fs.copyFileSync(path.join(root, 'test/fixtures/scan/fake-scanner.mjs'), path.join(bin, 'trivy'));
    fs.chmodSync(path.join(bin, 'trivy'), 0o755);
    const docs: string[] = [];
    for (let i = 0; i < 1000; i++)
      docs.push(
        `apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: app-${i}, namespace: ns-${i % 20}}\nspec:\n  template:\n    spec:\n      containers:\n        - name: app\n          image: registry.example.com/team-${i % 200}/app:1.${i % 200}\n`,
      );
    fs.writeFileSync(path.join(work, 'deploy.yaml'), docs.join('---\n'));
    const env = {
      PATH: `${bin}${path.delimiter}${path.dirname(process.execPath)}`,
      FAKE_SCANNER_FIXTURES: path.join(root, 'test/fixtures/scan'),
    };
    const run = async (label: string) => {
      const started = performance.now();
      let output = '';
      const code = await runCli(
        [
          'scan',
          'deploy.yaml',
          '--no-resolve',
          '--cache-dir',
          'cache',
          '--format',
          'json',
          '--parallel',
          '2',
        ],
        { cwd: work, env, stdout: (text) => (output += text), stderr: () => {}, isTTY: false },
      );
      const ms = performance.now() - started;
      const report = JSON.parse(output) as { findings: unknown[]; images: unknown[] };
      console.log(
        `scan ${label}: ${ms.toFixed(0)} ms for ${report.images.length} images / 1,000 workloads, ${report.findings.length} findings, exit ${code}`,
      );
    };
    await run('(200 images, empty cache, 2 scanner processes at a time)');
    await run('(200 images, all cached)');
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await benchScan();
