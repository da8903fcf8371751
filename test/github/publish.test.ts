import { describe, expect, it } from 'vitest';
import type { ReviewCandidate } from '../../src/github/candidates.js';
import { lineDigest } from '../../src/github/diff.js';
import { parseFindingMarker, SUMMARY_MARKER } from '../../src/github/markers.js';
import { publish, type PublishInput } from '../../src/github/publish.js';
import { buildReport, type Report } from '../../src/report/report.js';
import type { Finding, Tier } from '../../src/rules/types.js';
import { FakeGitHub } from './fake-client.js';

const HEAD = 'a'.repeat(40);
const FILE = 'deploy/web.yaml';
/** the head of deploy/web.yaml as the fake PR has it: line n reads `line n` */
const text = (line: number) => `line ${line}`;

/** a patch whose hunk covers head lines from..to, all added */
function patch(from: number, to: number): string {
  const lines = Array.from({ length: to - from + 1 }, (_, i) => `+${text(from + i)}`);
  return [`@@ -${from},0 +${from},${to - from + 1} @@`, ...lines].join('\n');
}

let counter = 0;
function finding(line: number, tier: Tier = 'medium', status: Finding['status'] = 'new'): Finding {
  counter++;
  return {
    ruleId: 'pss/privileged',
    tier,
    title: 'Containers must not run privileged',
    message: `finding ${counter}`,
    resource: { apiVersion: 'v1', kind: 'Pod', namespace: 'shop', name: `web${counter}` },
    location: { file: FILE, line, column: 5 },
    path: 'spec.containers[0].securityContext.privileged',
    fingerprint: counter.toString(16).padStart(32, '0'),
    status,
  };
}

function candidate(
  findings: Finding[],
  suggestion?: { start: number; end: number; lines: string[] },
): ReviewCandidate {
  const line = findings[0]!.location.line;
  return {
    path: FILE,
    line,
    fingerprints: findings.map((f) => f.fingerprint),
    lineDigest: lineDigest(text(line)),
    ...(suggestion
      ? {
          suggestion: {
            startLine: suggestion.start,
            endLine: suggestion.end,
            originalDigests: Array.from({ length: suggestion.end - suggestion.start + 1 }, (_, i) =>
              lineDigest(text(suggestion.start + i)),
            ),
            lines: suggestion.lines,
          },
        }
      : {}),
  };
}

function reportOf(findings: Finding[], errors: Report['errors'] = []): Report {
  return buildReport({
    findings,
    errors,
    failOn: 'medium',
    newOnly: true,
    objects: 1,
    files: 1,
    skippedDocuments: 0,
    skippedCharts: [],
  });
}

function setup(hunk: [number, number] = [1, 100]) {
  const github = new FakeGitHub();
  github.files = [{ filename: FILE, status: 'modified', patch: patch(hunk[0], hunk[1]) }];
  const log = { infos: [] as string[], warnings: [] as string[] };
  const run = (report: Report, candidates: ReviewCandidate[], overrides: Partial<PublishInput> = {}) =>
    publish({
      client: github,
      pull: 1,
      headSha: HEAD,
      report,
      candidates,
      rules: new Map(),
      comment: 'review',
      summary: {},
      log: { info: (m) => log.infos.push(m), warning: (m) => log.warnings.push(m) },
      ...overrides,
    });
  return { github, log, run };
}

describe('publish: inline comments', () => {
  it('posts one review with a comment per candidate on the diff, and its suggestion', async () => {
    const { github, run } = setup();
    const a = finding(10);
    const b = finding(20);
    const result = await run(reportOf([a, b]), [
      candidate([a], { start: 10, end: 11, lines: ['fixed 10', 'fixed 11'] }),
      candidate([b]),
    ]);
    expect(github.reviews).toHaveLength(1);
    expect(github.reviews[0]!.commitId).toBe(HEAD);
    const [first, second] = github.reviews[0]!.comments;
    expect(first).toMatchObject({ path: FILE, startLine: 10, line: 11 });
    expect(first!.body).toContain('```suggestion\nfixed 10\nfixed 11\n```');
    expect(parseFindingMarker(first!.body)).toEqual({ state: 'open', fingerprints: [a.fingerprint] });
    expect(second).toMatchObject({ path: FILE, line: 20 });
    expect(second).not.toHaveProperty('startLine');
    expect(result.commentedInline).toEqual(new Set([a.fingerprint, b.fingerprint]));
    expect(result.newComments).toBe(2);
  });

  it('does not comment off the diff, nor where the head reads differently from the evaluated file', async () => {
    const { github, run } = setup([1, 30]);
    const offDiff = finding(40);
    const moved = finding(5);
    const onDiff = finding(6);
    const result = await run(reportOf([offDiff, moved, onDiff]), [
      candidate([offDiff]),
      { ...candidate([moved]), lineDigest: lineDigest('something else') },
      candidate([onDiff]),
    ]);
    expect(github.reviews[0]!.comments.map((c) => c.line)).toEqual([6]);
    expect(result.notes.join(' ')).toContain(
      '2 new finding locations are outside the lines this pull request changes',
    );
  });

  it('keeps the comment but drops a suggestion that leaves the hunk or whose lines changed', async () => {
    const { github, run } = setup([1, 10]);
    const a = finding(10);
    const b = finding(5);
    await run(reportOf([a, b]), [
      candidate([a], { start: 10, end: 11, lines: ['x'] }),
      {
        ...candidate([b], { start: 5, end: 5, lines: ['y'] }),
        suggestion: { startLine: 5, endLine: 5, originalDigests: [lineDigest('old')], lines: ['y'] },
      },
    ]);
    const comments = github.reviews[0]!.comments;
    expect(comments.map((c) => c.line)).toEqual([10, 5]);
    expect(comments.every((c) => !c.body.includes('```suggestion'))).toBe(true);
  });

  it('posts at most 30 comments, the worst first, and says the rest are in the summary', async () => {
    const { github, run } = setup();
    const findings = Array.from({ length: 40 }, (_, i) => finding(i + 1, i >= 35 ? 'high' : 'low'));
    const result = await run(
      reportOf(findings),
      findings.map((f) => candidate([f])),
    );
    const comments = github.reviews[0]!.comments;
    expect(comments).toHaveLength(30);
    expect(comments.slice(0, 5).map((c) => c.line)).toEqual([36, 37, 38, 39, 40]);
    expect(result.notes.join(' ')).toContain('10 more new findings on changed lines are listed here');
  });

  it('comments nothing twice: a re-run posts no review, a new finding on a commented line comes alone', async () => {
    const { github, run } = setup();
    const a = finding(10);
    await run(reportOf([a]), [candidate([a], { start: 10, end: 10, lines: ['fixed'] })]);
    const again = await run(reportOf([a]), [candidate([a], { start: 10, end: 10, lines: ['fixed'] })]);
    expect(github.reviews).toHaveLength(1);
    expect(again.newComments).toBe(0);
    expect(again.commentedInline).toEqual(new Set([a.fingerprint]));

    const b = finding(10);
    await run(reportOf([a, b]), [candidate([a, b], { start: 10, end: 10, lines: ['fixed both'] })]);
    expect(github.reviews).toHaveLength(2);
    const comment = github.reviews[1]!.comments[0]!;
    expect(parseFindingMarker(comment.body)?.fingerprints).toEqual([b.fingerprint]);
    // the suggestion was made for both findings: shown with only one of them, it would say too little
    expect(comment.body).not.toContain('```suggestion');
  });

  it('posts the comments one by one when GitHub refuses the review for a line off its diff', async () => {
    const { github, run, log } = setup();
    github.offDiff = [{ path: FILE, line: 20 }];
    const findings = [finding(10), finding(20), finding(30)];
    const result = await run(
      reportOf(findings),
      findings.map((f) => candidate([f])),
    );
    expect(github.calls.filter((c) => c === 'createReview')).toHaveLength(1);
    expect(github.reviews).toHaveLength(0);
    expect(github.reviewComments.map((c) => c.line)).toEqual([10, 30]);
    expect(result.commentedInline).toEqual(new Set([findings[0]!.fingerprint, findings[2]!.fingerprint]));
    expect(log.infos.join('\n')).toContain(`not commented inline (${FILE}:20 is not in the diff)`);
    expect(result.summaryPosted).toBe(true);
  });
});

describe('publish: fixed findings', () => {
  it('marks a comment fixed and resolves its thread once its findings are gone', async () => {
    const { github, run } = setup();
    const gone = finding(10);
    const stays = finding(20);
    await run(reportOf([gone, stays]), [candidate([gone]), candidate([stays])]);
    const result = await run(reportOf([stays]), [candidate([stays])]);
    expect(result.fixedComments).toBe(1);
    const fixed = github.reviewComments.find((c) => c.body.includes(gone.fingerprint))!;
    expect(parseFindingMarker(fixed.body)).toEqual({ state: 'fixed', fingerprints: [gone.fingerprint] });
    expect(fixed.body).toContain(`✅ **Fixed** in \`${HEAD.slice(0, 12)}\``);
    expect(github.threads.find((t) => t.commentIds.includes(fixed.id))!.isResolved).toBe(true);
    expect(github.threads.filter((t) => t.isResolved)).toHaveLength(1);
    // a fixed comment is not fixed again
    await run(reportOf([stays]), [candidate([stays])]);
    expect(github.calls.filter((c) => c === 'updateReviewComment')).toHaveLength(1);
  });

  it('resolves nothing when the evaluation was incomplete', async () => {
    const { github, run } = setup();
    const a = finding(10);
    await run(reportOf([a]), [candidate([a])]);
    await run(reportOf([], [{ file: FILE, line: 3, message: 'bad YAML' }]), []);
    expect(github.calls).not.toContain('updateReviewComment');
    expect(github.threads.some((t) => t.isResolved)).toBe(false);
  });
});

describe('publish: the sticky summary', () => {
  it('creates one summary, updates it in place, and leaves it alone when nothing changed', async () => {
    const { github, run } = setup();
    const a = finding(10);
    await run(reportOf([a]), [candidate([a])]);
    expect(github.issueComments).toHaveLength(1);
    expect(github.issueComments[0]!.body.startsWith(`${SUMMARY_MARKER}\n### kubegate: ❌ gate failed`)).toBe(
      true,
    );
    const id = github.issueComments[0]!.id;
    await run(reportOf([a]), [candidate([a])]);
    expect(github.calls).not.toContain('updateIssueComment');
    await run(reportOf([]), []);
    expect(github.issueComments).toHaveLength(1);
    expect(github.issueComments[0]!.id).toBe(id);
    expect(github.issueComments[0]!.body).toContain('✅ gate passed');
  });

  it('prefers the summary a bot wrote over a person quoting the marker', async () => {
    const { github, run } = setup();
    github.issueComments.push({ id: 500, body: `${SUMMARY_MARKER}\nquoted by a person`, authorType: 'User' });
    github.issueComments.push({ id: 501, body: `${SUMMARY_MARKER}\nold summary`, authorType: 'Bot' });
    await run(reportOf([]), [], { comment: 'summary' });
    expect(github.issueComments.find((c) => c.id === 500)!.body).toContain('quoted by a person');
    expect(github.issueComments.find((c) => c.id === 501)!.body).toContain('gate passed');
    // summary only: no inline comments were even looked at
    expect(github.calls).not.toContain('listPullFiles');
  });
});

describe('publish: when GitHub says no', () => {
  it('stops writing on a read-only token without throwing, and says so', async () => {
    const { github, run, log } = setup();
    github.writeStatus = 403;
    const a = finding(10);
    const result = await run(reportOf([a]), [candidate([a])]);
    expect(result.readOnly).toBe(true);
    expect(result.summaryPosted).toBe(false);
    expect(github.calls.filter((c) => c.startsWith('create') || c.startsWith('update'))).toEqual([
      'createReview',
    ]);
    expect(log.warnings.join('\n')).toContain('kubegate cannot write to this pull request');
  });

  it('posts the summary without inline comments when the diff cannot be read', async () => {
    const { github, run } = setup();
    const a = finding(10);
    github.listPullFiles = () => Promise.reject(new Error('socket hang up'));
    const result = await run(reportOf([a]), [candidate([a])]);
    expect(github.reviews).toHaveLength(0);
    expect(result.summaryPosted).toBe(true);
    expect(github.issueComments[0]!.body).toContain('The pull request diff could not be read');
  });

  it('carries on after a server error on one write', async () => {
    const { github, run, log } = setup();
    const a = finding(10);
    github.createReview = () => Promise.reject(new Error('502 Bad Gateway'));
    const result = await run(reportOf([a]), [candidate([a])]);
    expect(result.readOnly).toBe(false);
    expect(result.summaryPosted).toBe(true);
    expect(log.warnings.join('\n')).toContain('kubegate could not post the review: 502 Bad Gateway');
  });
});
