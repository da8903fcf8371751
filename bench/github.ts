/**
 * The Action's own work on top of the check, on the 10,000-object corpus
 * treated as one pull request that adds every object (the worst case: every
 * finding is new and on a changed line):
 *  - review candidates: grouping, one verified suggestion per group,
 *  - the PR's files as pulls/files lists them (every file one added hunk), parsed,
 *  - the summary comment, and the secret redactor (built, then applied),
 *  - the whole Action process (bundled entry, push mode, no GitHub) beside the CLI's `check`.
 * Not a test: it asserts nothing, it measures.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { DEFAULT_SETTINGS } from '../src/config/settings.js';
import { reviewCandidates } from '../src/github/candidates.js';
import { diffFromPullFiles } from '../src/github/diff.js';
import { Redactor, secretValues } from '../src/github/redact.js';
import { loadSources } from '../src/render/loader.js';
import { summaryMarkdown } from '../src/report/markdown.js';
import { buildReport } from '../src/report/report.js';
import { ruleCatalogue } from '../src/rules/catalogue.js';
import { analyze } from '../src/rules/engine.js';
import { writeCorpus } from './corpus.js';

const root = path.resolve(import.meta.dirname, '..');

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function timed<T>(runs: number, work: () => T): { ms: number; value: T } {
  const times: number[] = [];
  let value!: T;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    value = work();
    times.push(performance.now() - started);
  }
  return { ms: median(times), value };
}

export async function benchGithub(runs = Number(process.env.BENCH_RUNS ?? 5)): Promise<void> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'kubegate-bench-github-'));
  try {
    const corpus = path.join(work, 'corpus');
    writeCorpus(corpus);
    const loaded = loadSources([corpus], { cwd: work });
    const findings = analyze(loaded.objects, DEFAULT_SETTINGS);
    const texts = new Map<string, string>();
    const readText = (file: string) => {
      if (!texts.has(file)) texts.set(file, fs.readFileSync(path.join(work, file), 'utf8'));
      return texts.get(file);
    };
    const report = buildReport({
      findings,
      errors: [],
      failOn: 'high',
      newOnly: true,
      objects: loaded.objects.length,
      files: loaded.files,
      skippedDocuments: 0,
      skippedCharts: [],
    });

    const candidates = timed(runs, () => reviewCandidates(findings, { readText, isUnsafeLine: () => false }));
    const suggested = candidates.value.filter((candidate) => candidate.suggestion).length;
    // the worst groups above have no mechanical fix (digests, policies): measure suggestions on those that do
    const fixable = findings.filter((finding) => finding.fix);
    const withFixes = timed(runs, () => reviewCandidates(fixable, { readText, isUnsafeLine: () => false }));
    const fixedGroups = withFixes.value.filter((candidate) => candidate.suggestion).length;

    // every file added: one hunk with every line
    const files = [...new Set(loaded.objects.map((object) => object.file))].map((file) => {
      const lines = readText(file)!.split('\n');
      return {
        filename: file,
        status: 'added',
        patch: [`@@ -0,0 +1,${lines.length} @@`, ...lines.map((l) => `+${l}`)].join('\n'),
      };
    });
    const patchBytes = files.reduce((sum, file) => sum + file.patch.length, 0);
    const diff = timed(runs, () => diffFromPullFiles(files));

    const rules = new Map(ruleCatalogue().map((rule) => [rule.id, rule]));
    const summary = timed(runs, () =>
      summaryMarkdown(report, {
        rules,
        comparedWith: 'main',
        linkTo: (f, l) => `https://github.com/o/r/blob/x/${f}#L${l}`,
      }),
    );
    const redactor = timed(
      runs,
      () => new Redactor(secretValues(loaded.objects.map((object) => object.value))),
    );
    const redact = timed(runs, () => redactor.value.redact(summary.value));

    console.log(
      `github: ${findings.length.toLocaleString('en-US')} new findings on ${loaded.objects.length.toLocaleString('en-US')} objects, median of ${runs}`,
    );
    console.log(
      `  review candidates with verified suggestions: ${candidates.ms.toFixed(0)} ms (${candidates.value.length.toLocaleString('en-US')} comments, ${suggested.toLocaleString('en-US')} with a suggestion; ${((candidates.ms * 1000) / candidates.value.length).toFixed(0)} µs each)`,
    );
    console.log(
      `  the same for findings with a fix: ${withFixes.ms.toFixed(0)} ms (${withFixes.value.length.toLocaleString('en-US')} comments, ${fixedGroups.toLocaleString('en-US')} with a verified suggestion; ${((withFixes.ms * 1000) / withFixes.value.length).toFixed(0)} µs each)`,
    );
    console.log(
      `  PR files (${files.length} files, ${(patchBytes / 1e6).toFixed(1)} MB of patches) to line map: ${diff.ms.toFixed(0)} ms · summary comment: ${summary.ms.toFixed(1)} ms (${summary.value.length.toLocaleString('en-US')} chars) · redactor: built ${redactor.ms.toFixed(0)} ms (${redactor.value.size} values), applied ${redact.ms.toFixed(2)} ms`,
    );

    // the whole Action process, push mode (no comments), against the CLI
    const bundle = path.join(work, 'action', 'main.js');
    await build({
      entryPoints: [path.join(root, 'src/main.ts'), path.join(root, 'src/cli.ts')],
      outdir: path.dirname(bundle),
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      logLevel: 'warning',
      banner: {
        js: "import { createRequire as __r } from 'node:module'; const require = __r(import.meta.url);",
      },
    });
    const walls = { action: [] as number[], cli: [] as number[] };
    for (let i = 0; i < runs; i++) {
      fs.writeFileSync(path.join(work, 'output'), ''); // the runner creates it
      let started = performance.now();
      const action = spawnSync(process.execPath, [bundle], {
        cwd: work,
        encoding: 'utf8',
        env: {
          PATH: process.env.PATH,
          GITHUB_EVENT_NAME: 'push',
          GITHUB_REPOSITORY: 'o/r',
          GITHUB_WORKSPACE: work,
          RUNNER_TEMP: path.join(work, 'runner'),
          GITHUB_OUTPUT: path.join(work, 'output'),
          INPUT_PATHS: 'corpus',
          'INPUT_FAIL-ON': 'none',
        },
      });
      walls.action.push(performance.now() - started);
      if (action.status !== 0) throw new Error(`the Action failed: ${action.stdout}${action.stderr}`);
      started = performance.now();
      spawnSync(
        process.execPath,
        [
          path.join(path.dirname(bundle), 'cli.js'),
          'check',
          'corpus',
          '--format',
          'json',
          '--output',
          'report.json',
        ],
        { cwd: work },
      );
      walls.cli.push(performance.now() - started);
    }
    console.log(
      `  whole Action process (push mode: check, JSON, SARIF, annotations, job summary): ${median(walls.action).toFixed(0)} ms · kubegate check --format json: ${median(walls.cli).toFixed(0)} ms`,
    );
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await benchGithub();
