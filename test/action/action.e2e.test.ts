/**
 * End to end: the Action's entry point, bundled as it ships (esbuild, as
 * scripts/build.mjs does, into a temporary folder), run with node as the
 * runner runs it: a real pull_request event payload, INPUT_* variables, a git
 * workspace with the base and head commits, GITHUB_OUTPUT and
 * GITHUB_STEP_SUMMARY files, and GITHUB_API_URL pointing at a local GitHub
 * stand-in that records every request.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src/config/settings.js';
import { applyConfig, parseConfig } from '../../src/config/config-file.js';
import { parseManifests } from '../../src/render/loader.js';
import { analyze } from '../../src/rules/engine.js';
import { GitHubStandIn, type StoredReviewComment } from './github-stand-in.js';
import { BASE_FILES, CONFIG, firstPush, PLANTED_SECRET, PullRequestRepo } from './pull-request-repo.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const TOKEN = 'ghs_e2e-token-0123456789';
const OWNER = 'acme';
const REPO = 'shop';
const PULL = 7;

interface ActionRun {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  files: Record<string, string>;
}

let work: string;
let bundle: string;
let repo: PullRequestRepo;
let base: string;
let head1: string;
let head2: string;

beforeAll(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'kubegate-e2e-'));
  bundle = path.join(work, 'action', 'main.js');
  await build({
    entryPoints: [path.join(ROOT, 'src/main.ts')],
    outfile: bundle,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
    banner: {
      js: "import { createRequire as __kubegateRequire } from 'node:module';\nconst require = __kubegateRequire(import.meta.url);",
    },
  });
  repo = new PullRequestRepo(work);
  base = repo.commit(BASE_FILES, 'base');
  repo.git(['checkout', '-q', '-b', 'feature']);
  head1 = repo.commit(firstPush(BASE_FILES), 'first push');
  // the second push fixes the privileged flag
  head2 = repo.commit(
    { 'deploy/web.yaml': repo.read('deploy/web.yaml').replace('            privileged: true\n', '') },
    'second push',
  );
  repo.git(['checkout', '-q', head1]);
}, 60_000);

afterAll(() => {
  fs.rmSync(work, { recursive: true, force: true });
});

function pullRequestEvent(head: string, fork: boolean): unknown {
  return {
    action: 'synchronize',
    number: PULL,
    pull_request: {
      number: PULL,
      state: 'open',
      head: {
        sha: head,
        ref: 'feature',
        repo: { full_name: fork ? 'mallory/shop' : `${OWNER}/${REPO}`, fork },
      },
      base: { sha: base, ref: 'main', repo: { full_name: `${OWNER}/${REPO}`, fork: false } },
    },
    repository: { full_name: `${OWNER}/${REPO}`, name: REPO, owner: { login: OWNER } },
  };
}

/** Runs the bundled Action as the runner does, and collects everything it wrote. */
async function runAction(
  apiUrl: string,
  options: { event: unknown; eventName: string; head: string; inputs?: Record<string, string> },
): Promise<ActionRun> {
  const runDir = fs.mkdtempSync(path.join(work, 'run-'));
  const eventPath = path.join(runDir, 'event.json');
  fs.writeFileSync(eventPath, JSON.stringify(options.event));
  const outputFile = path.join(runDir, 'output');
  const summaryFile = path.join(runDir, 'summary.md');
  fs.writeFileSync(outputFile, '');
  fs.writeFileSync(summaryFile, '');
  const runnerTemp = path.join(runDir, 'temp');
  fs.mkdirSync(runnerTemp);
  repo.git(['checkout', '-q', options.head]);
  const inputs: Record<string, string> = {
    paths: 'deploy',
    'fail-on': 'medium',
    'github-token': TOKEN,
    comment: 'review',
    mode: 'auto',
    ...options.inputs,
  };
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: runDir,
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: options.eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
    GITHUB_WORKSPACE: repo.root,
    GITHUB_SHA: options.head,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: apiUrl,
    GITHUB_GRAPHQL_URL: `${apiUrl}/graphql`,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    RUNNER_TEMP: runnerTemp,
    ...Object.fromEntries(
      Object.entries(inputs).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value]),
    ),
  };
  const child = spawn(process.execPath, [bundle], { cwd: repo.root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const files: Record<string, string> = {};
  const walk = (folder: string) => {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else files[path.relative(runDir, full)] = fs.readFileSync(full, 'utf8');
    }
  };
  walk(runDir);
  return {
    code,
    stdout,
    stderr,
    outputs: parseOutputs(fs.readFileSync(outputFile, 'utf8')),
    summary: fs.readFileSync(summaryFile, 'utf8'),
    files,
  };
}

/** GITHUB_OUTPUT as @actions/core writes it: name<<delimiter, value, delimiter. */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<]+)<<(.+)$/.exec(lines[i]!);
    if (!match) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== match[2]; i++) value.push(lines[i]!);
    outputs[match[1]!] = value.join('\n');
  }
  return outputs;
}

function standIn(
  head: string,
  options: { readOnly?: boolean; staleLines?: Array<{ path: string; line: number }> } = {},
) {
  return new GitHubStandIn({
    owner: OWNER,
    repo: REPO,
    token: TOKEN,
    maxPerPage: 2, // every list takes several pages
    pull: {
      number: PULL,
      headSha: head,
      baseSha: base,
      headRepository: `${OWNER}/${REPO}`,
      files: repo.pullFiles(base, head),
    },
    ...options,
  });
}

function fingerprintsOf(comment: { body: string }): string[] {
  return /fingerprints=([0-9a-f,]+)/.exec(comment.body)?.[1]?.split(',') ?? [];
}

function suggestionOf(body: string): string[] | undefined {
  const match = /^(`{3,})suggestion\n([\s\S]*?)\n?\1$/m.exec(body);
  return match ? (match[2] === '' ? [] : match[2]!.split('\n')) : undefined;
}

/** Everything the Action sent or wrote, for the secret check. */
function everything(server: GitHubStandIn, run: ActionRun): string {
  return [
    ...server.requests.map((request) => `${request.method} ${request.url}\n${request.body}`),
    run.stdout,
    run.stderr,
    run.summary,
    JSON.stringify(run.outputs),
    ...Object.values(run.files),
  ].join('\n');
}

const settings = applyConfig(DEFAULT_SETTINGS, parseConfig(CONFIG, '.kubegate.yaml'));

describe('the Action on a pull request', () => {
  let server: GitHubStandIn;
  let apiUrl: string;
  const runs: ActionRun[] = [];

  beforeAll(async () => {
    server = standIn(head1);
    apiUrl = await server.start();
  });
  afterAll(async () => {
    await server.stop();
  });

  it('comments on new findings on diff lines only, with valid suggestions, and fails the gate', async () => {
    const run = await runAction(apiUrl, {
      event: pullRequestEvent(head1, false),
      eventName: 'pull_request',
      head: head1,
    });
    runs.push(run);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/::error::kubegate gate failed: \d+ new findings at or above medium/);
    expect(run.outputs.gate).toBe('fail');
    expect(Number(run.outputs.medium)).toBeGreaterThan(0);
    expect(fs.existsSync(run.outputs.report!)).toBe(true);
    expect(fs.existsSync(run.outputs.sarif!)).toBe(true);

    // the PR's files came page by page (the stand-in serves two a page)
    const filePages = server.requests.filter((r) =>
      r.url.startsWith(`/repos/${OWNER}/${REPO}/pulls/${PULL}/files`),
    );
    expect(filePages.length).toBeGreaterThan(2);
    expect(new Set(filePages.map((r) => new URL(r.url, apiUrl).searchParams.get('page') ?? '1')).size).toBe(
      filePages.length,
    );
    // one review, every comment on a head-side line of one hunk (the stand-in refuses anything else)
    expect(server.reviews).toHaveLength(1);
    expect(server.requests.filter((r) => r.status === 422)).toEqual([]);
    const comments = server.reviewComments;
    const commented = new Set(comments.map((comment) => comment.path));
    expect([...commented].sort()).toEqual(['deploy/cache.yaml', 'deploy/web.yaml', 'deploy/worker.yaml']);
    // the renamed object's finding is new but its line is not in the diff: the summary lists it instead
    expect(comments.some((comment) => comment.path === 'deploy/api.yaml')).toBe(false);
    const sticky = server.issueComments;
    expect(sticky).toHaveLength(1);
    expect(sticky[0]!.body).toMatch(/^<!-- kubegate:summary -->\n### kubegate: ❌ gate failed/);
    expect(sticky[0]!.body).toContain('deploy/api.yaml:20');
    expect(sticky[0]!.body).toContain('outside the lines this pull request changes');
    expect(run.summary).toContain('### kubegate: ❌ gate failed');
    expect(run.summary).toContain('| tier | new | existing | fixed |');

    // the privileged flag: one line, replaced by privileged: false
    const web = repo.read('deploy/web.yaml').split('\n');
    const privilegedLine = web.indexOf('            privileged: true') + 1;
    const privileged = comments.find(
      (comment) => comment.path === 'deploy/web.yaml' && comment.line === privilegedLine,
    );
    expect(privileged && suggestionOf(privileged.body)).toEqual(['            privileged: false']);

    // every suggestion, applied to the head, fixes its findings and breaks nothing
    const withSuggestions = comments.filter((comment) => suggestionOf(comment.body) !== undefined);
    expect(withSuggestions.length).toBeGreaterThanOrEqual(3);
    for (const comment of withSuggestions) assertSuggestionFixes(comment);
    // the worker's container gets all its missing securityContext fields in one suggestion
    const worker = comments.find((comment) => comment.path === 'deploy/worker.yaml')!;
    expect(fingerprintsOf(worker).length).toBeGreaterThanOrEqual(4);
  });

  it('posts no duplicates on a re-run and leaves the summary where it is', async () => {
    const before = { comments: server.reviewComments.length, summary: server.issueComments[0]!.body };
    const requestsBefore = server.requests.length;
    const run = await runAction(apiUrl, {
      event: pullRequestEvent(head1, false),
      eventName: 'pull_request',
      head: head1,
    });
    runs.push(run);
    expect(run.code).toBe(1);
    const writes = server.requests
      .slice(requestsBefore)
      .filter((r) => r.method !== 'GET' && !r.url.startsWith('/graphql'));
    expect(writes).toEqual([]);
    expect(server.reviews).toHaveLength(1);
    expect(server.reviewComments).toHaveLength(before.comments);
    expect(server.issueComments).toHaveLength(1);
    expect(server.issueComments[0]!.body).toBe(before.summary);
  });

  it('after a push that fixes a finding: its thread is resolved and the summary is updated in place', async () => {
    server.update({
      pull: {
        number: PULL,
        headSha: head2,
        baseSha: base,
        headRepository: `${OWNER}/${REPO}`,
        files: repo.pullFiles(base, head2),
      },
    });
    const summaryId = server.issueComments[0]!.id;
    const summaryBefore = server.issueComments[0]!.body;
    const requestsBefore = server.requests.length;
    const privileged = server.reviewComments.find(
      (comment) => suggestionOf(comment.body)?.[0] === '            privileged: false',
    )!;
    const run = await runAction(apiUrl, {
      event: pullRequestEvent(head2, false),
      eventName: 'pull_request',
      head: head2,
    });
    runs.push(run);
    expect(run.code).toBe(1);
    const requests = server.requests.slice(requestsBefore);
    // no new review: every remaining new finding was commented before
    expect(requests.filter((r) => r.method === 'POST' && r.url.includes('/reviews'))).toEqual([]);
    // the fixed comment: edited in place and its thread resolved through GraphQL
    expect(privileged.body).toMatch(/^<!-- kubegate:finding state=fixed /);
    expect(privileged.body).toContain(`✅ **Fixed** in \`${head2.slice(0, 12)}\``);
    const thread = server.threads.find((candidate) => candidate.commentIds.includes(privileged.id))!;
    expect(thread.isResolved).toBe(true);
    expect(server.threads.filter((candidate) => candidate.isResolved)).toHaveLength(1);
    // the summary: the same comment, edited
    expect(requests.some((r) => r.method === 'POST' && r.url.includes('/issues/'))).toBe(false);
    expect(
      requests.some((r) => r.method === 'PATCH' && r.url.endsWith(`/issues/comments/${summaryId}`)),
    ).toBe(true);
    expect(server.issueComments).toHaveLength(1);
    expect(server.issueComments[0]!.body).not.toBe(summaryBefore);
    expect(server.issueComments[0]!.body).toContain(head2.slice(0, 12));
  });

  it('never shows the planted secret value, in any request or output', () => {
    expect(runs).toHaveLength(3);
    for (const run of runs) expect(everything(server, run)).not.toContain(PLANTED_SECRET);
    // the sidecar's line carries the secret: it is commented, but without a suggestion that would copy it
    const sidecar = server.reviewComments.find((comment) => comment.body.includes('credential-like env var'));
    expect(sidecar).toBeDefined();
  });
});

describe('the Action when GitHub refuses', () => {
  it('degrades on a fork (403 on every write) without failing for it, and leaves the artifact to post', async () => {
    const server = standIn(head1, { readOnly: true });
    const apiUrl = await server.start();
    try {
      const run = await runAction(apiUrl, {
        event: pullRequestEvent(head1, true),
        eventName: 'pull_request',
        head: head1,
      });
      // the job fails for the gate only, with the gate's message
      expect(run.code).toBe(1);
      expect(run.stdout).toMatch(/::error::kubegate gate failed: /);
      expect(run.stdout).not.toMatch(/::error::.*(?:403|not accessible)/);
      // nothing was stored, writes were tried and refused
      expect(server.reviewComments).toEqual([]);
      expect(server.issueComments).toEqual([]);
      expect(server.requests.some((r) => r.method !== 'GET' && r.status === 403)).toBe(true);
      // the findings are in annotations, the job summary and the artifact
      expect(run.stdout).toMatch(/::warning [^\n]*file=deploy\/web\.yaml,line=\d+/);
      expect(run.summary).toContain(
        'Comments could not be posted (a pull request from a fork gets a read-only token)',
      );
      const artifact = JSON.parse(fs.readFileSync(run.outputs['review-artifact']!, 'utf8')) as {
        pullRequest: number;
      };
      expect(artifact.pullRequest).toBe(PULL);
      expect(everything(server, run)).not.toContain(PLANTED_SECRET);
    } finally {
      await server.stop();
    }
  });

  it('posts each comment on its own when the review is refused for one line off the diff', async () => {
    const web = firstPush(BASE_FILES)['deploy/web.yaml']!.split('\n');
    const stale = { path: 'deploy/web.yaml', line: web.indexOf('            privileged: true') + 1 };
    const server = standIn(head1, { staleLines: [stale] });
    const apiUrl = await server.start();
    try {
      const run = await runAction(apiUrl, {
        event: pullRequestEvent(head1, false),
        eventName: 'pull_request',
        head: head1,
      });
      expect(run.code).toBe(1);
      const reviewPosts = server.requests.filter((r) => r.method === 'POST' && r.url.endsWith('/reviews'));
      expect(reviewPosts.map((r) => r.status)).toEqual([422]);
      const single = server.requests.filter(
        (r) => r.method === 'POST' && r.url.endsWith(`/pulls/${PULL}/comments`),
      );
      expect(single.filter((r) => r.status === 422)).toHaveLength(1);
      expect(server.reviewComments.length).toBe(single.length - 1);
      expect(
        server.reviewComments.some((comment) => comment.line === stale.line && comment.path === stale.path),
      ).toBe(false);
      // the refused one is still in the summary, without the inline mark
      const line = server.issueComments[0]!.body.split('\n').find((text) =>
        text.includes(`deploy/web.yaml:${stale.line}`),
      );
      expect(line).toBeDefined();
      expect(line).not.toContain('💬');
    } finally {
      await server.stop();
    }
  });
});

describe('the workflow_run half of the fork-safe pattern (comment-from)', () => {
  it('posts a fork run artifact after checking it against GitHub, and refuses one that is not the run’s', async () => {
    // the pull_request run on the fork: read-only, writes the artifact
    const readOnly = standIn(head1, { readOnly: true });
    const readOnlyUrl = await readOnly.start();
    let artifactPath: string;
    try {
      const run = await runAction(readOnlyUrl, {
        event: pullRequestEvent(head1, true),
        eventName: 'pull_request',
        head: head1,
      });
      artifactPath = run.outputs['review-artifact']!;
    } finally {
      await readOnly.stop();
    }
    const downloaded = path.join(work, 'downloaded');
    fs.mkdirSync(downloaded, { recursive: true });
    fs.copyFileSync(artifactPath, path.join(downloaded, 'kubegate-review.json'));

    const server = standIn(head1);
    server.update({ pull: { ...standInPull(head1), headRepository: 'mallory/shop' } });
    const apiUrl = await server.start();
    const workflowRun = (headSha: string) => ({
      action: 'completed',
      workflow_run: {
        id: 99,
        event: 'pull_request',
        head_sha: headSha,
        conclusion: 'failure',
        head_repository: { full_name: 'mallory/shop' },
        pull_requests: [],
      },
      repository: { full_name: `${OWNER}/${REPO}` },
    });
    try {
      // a run for another commit: the artifact does not belong to it, nothing is posted
      const refused = await runAction(apiUrl, {
        event: workflowRun(head2),
        eventName: 'workflow_run',
        head: base,
        inputs: { 'comment-from': downloaded, paths: '' },
      });
      expect(refused.code).toBe(0);
      expect(refused.stdout).toMatch(
        /::warning::kubegate did not post the review artifact: it is for commit/,
      );
      expect(server.requests.filter((r) => r.method !== 'GET')).toEqual([]);

      const posted = await runAction(apiUrl, {
        event: workflowRun(head1),
        eventName: 'workflow_run',
        head: base,
        inputs: { 'comment-from': downloaded, paths: '' },
      });
      expect(posted.code).toBe(0);
      expect(
        server.requests.some((r) => r.method === 'GET' && r.url === `/repos/${OWNER}/${REPO}/pulls/${PULL}`),
      ).toBe(true);
      expect(server.reviews).toHaveLength(1);
      expect(server.reviewComments.length).toBeGreaterThan(0);
      expect(server.issueComments).toHaveLength(1);
      expect(server.issueComments[0]!.body).toContain('### kubegate: ❌ gate failed');
      expect(everything(server, posted)).not.toContain(PLANTED_SECRET);
    } finally {
      await server.stop();
    }
  });
});

function standInPull(head: string) {
  return {
    number: PULL,
    headSha: head,
    baseSha: base,
    headRepository: `${OWNER}/${REPO}`,
    files: repo.pullFiles(base, head),
  };
}

/**
 * Applies a comment's suggestion to the file at the head it was made for
 * (lines start_line..line replaced), parses the result and checks that the
 * findings named in the comment that have a fix are gone and no new one appeared.
 */
function assertSuggestionFixes(comment: StoredReviewComment): void {
  const text = repo.git(['show', `${comment.commit_id}:${comment.path}`]);
  const lines = text.split('\n');
  const start = (comment.start_line ?? comment.line) - 1;
  const patched = [
    ...lines.slice(0, start),
    ...suggestionOf(comment.body)!,
    ...lines.slice(comment.line),
  ].join('\n');
  const before = findingsOf(comment.path, text);
  const after = findingsOf(comment.path, patched);
  const named = new Set(fingerprintsOf(comment));
  const fixable = before.filter((finding) => named.has(finding.fingerprint) && finding.fix);
  expect(fixable.length).toBeGreaterThan(0);
  for (const finding of fixable) {
    expect(after.some((other) => other.fingerprint === finding.fingerprint)).toBe(false);
  }
  const left = new Set(after.map((finding) => finding.fingerprint));
  for (const fingerprint of left)
    expect(before.some((finding) => finding.fingerprint === fingerprint)).toBe(true);
}

function findingsOf(file: string, text: string) {
  const parsed = parseManifests(file, text);
  if ('error' in parsed) throw new Error(`${file}: ${parsed.error.message}`);
  return analyze(parsed.objects, settings);
}
