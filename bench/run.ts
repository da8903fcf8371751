/**
 * `npm run bench`: generates the corpus, then measures
 *  - load only and load+check, each in a fresh process (objects/s, peak memory),
 *  - the whole `kubegate check` process from the built dist/cli.js, wall time and peak memory.
 * Figures go in the README. Not a test: it asserts nothing, it measures.
 */
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { writeCorpus } from './corpus.js';

const root = path.resolve(import.meta.dirname, '..');
const work = path.join(root, '.bench');
const corpus = path.join(work, 'corpus');
const runs = Number(process.env.BENCH_RUNS ?? 5);
// the load/check ratio is a small difference of two noisy times: more runs, paired
const stagePasses = Number(process.env.BENCH_STAGE_RUNS ?? 11);

const bytes = writeCorpus(corpus);
console.log(
  `corpus: 10,000 objects, ${(bytes / 1e6).toFixed(2)} MB in 100 files (${os.cpus().length} cores, Node ${process.version})`,
);

await build({
  entryPoints: [path.join(root, 'bench/stages.ts')],
  outfile: path.join(work, 'stages.mjs'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  logLevel: 'warning',
  banner: { js: "import { createRequire as __r } from 'node:module'; const require = __r(import.meta.url);" },
});

interface StageResult {
  ms: number;
  objects: number;
  findings: number;
  maxRssMb: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/**
 * Alternate the stages run by run (load, check, check with the whole
 * catalogue, ...) so that a busy moment of the machine touches them alike,
 * and take medians.
 */
const STAGES = [
  { key: 'load', args: ['load', corpus] },
  { key: 'pss', args: ['check', corpus, 'pss/*'] },
  { key: 'all', args: ['check', corpus] },
] as const;

const stageRuns = new Map<string, StageResult[]>();
for (let i = 0; i < stagePasses; i++) {
  for (const { key, args } of STAGES) {
    const child = spawnSync(process.execPath, [path.join(work, 'stages.mjs'), ...args], { encoding: 'utf8' });
    if (child.status !== 0) throw new Error(child.stderr);
    stageRuns.set(key, [...(stageRuns.get(key) ?? []), JSON.parse(child.stdout) as StageResult]);
  }
}
function stage(key: string): StageResult {
  const results = stageRuns.get(key)!;
  return {
    ...results[0]!,
    ms: median(results.map((r) => r.ms)),
    maxRssMb: Math.max(...results.map((r) => r.maxRssMb)),
  };
}

const load = stage('load');
const rate = (result: StageResult) => Math.round((result.objects / result.ms) * 1000).toLocaleString('en-US');
console.log(
  `load only                  : ${load.ms.toFixed(0)} ms, ${rate(load)} objects/s, peak ${load.maxRssMb.toFixed(0)} MB (medians of ${stagePasses} passes)`,
);
for (const [key, label] of [
  ['pss', 'load+check, pss/*         '],
  ['all', 'load+check, whole catalogue'],
] as const) {
  const check = stage(key);
  // each pass ran load and check one after the other: their ratio, pass by pass
  const paired = stageRuns.get(key)!.map((result, pass) => result.ms / stageRuns.get('load')![pass]!.ms);
  console.log(
    `${label}: ${check.ms.toFixed(0)} ms, ${rate(check)} objects/s, peak ${check.maxRssMb.toFixed(0)} MB, ${check.findings} findings (${(check.ms / load.ms).toFixed(2)}x load only; pass by pass median ${median(paired).toFixed(2)}x, ${Math.min(...paired).toFixed(2)}-${Math.max(...paired).toFixed(2)}x)`,
  );
}

// the whole process, from the built CLI, outside this repository (its .kubegate.yaml is for the examples)
for (const [label, extra] of [
  ['pss/*         ', ['--rules', 'pss/*']],
  ['whole catalogue', []],
] as const) {
  const wall: number[] = [];
  let peakKb = 0;
  let exitCode: number | null = null;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const child = spawnSync(
      process.execPath,
      [
        '--import',
        path.join(root, 'bench/peak-rss.mjs'),
        path.join(root, 'dist/cli.js'),
        'check',
        'corpus',
        '--format',
        'json',
        '--output',
        'report.json',
        '--fail-on',
        'none',
        ...extra,
      ],
      { encoding: 'utf8', cwd: work },
    );
    wall.push(performance.now() - started);
    exitCode = child.status;
    const match = /kubegate-bench-max-rss-kb (\d+)/.exec(child.stderr);
    peakKb = Math.max(peakKb, Number(match?.[1] ?? 0));
  }
  console.log(
    `kubegate check --format json, whole process (${label}): ${median(wall).toFixed(0)} ms median of ${runs}, peak ${(peakKb / 1024).toFixed(0)} MB, exit ${exitCode}`,
  );
}

const { benchRender } = await import('./render.js');
await benchRender();

const { benchRulesBeyondPss } = await import('./rules-beyond-pss.js');
benchRulesBeyondPss(runs);

const { benchNetpol } = await import('./netpol.js');
await benchNetpol();

const { benchRbac } = await import('./rbac.js');
await benchRbac(runs);

const { benchRuntime } = await import('./runtime.js');
benchRuntime();

const { benchGithub } = await import('./github.js');
await benchGithub(runs);

const { benchScan } = await import('./scan.js');
await benchScan();
