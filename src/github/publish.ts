/**
 * Posting to a pull request: one review with inline comments on new findings
 * whose lines are in the diff (at most 30, worst first, each with its
 * suggestion when the replaced lines lie in one hunk), threads of findings
 * that are gone marked fixed and resolved, and one sticky summary comment
 * updated in place.
 *
 * Idempotent: every inline comment carries its findings' fingerprints, so a
 * re-run or a new push comments only on findings not commented yet. Never
 * fatal: GitHub saying no (a fork's read-only token, a comment off the diff,
 * an outage) is reported back and logged, and the gate decides the job.
 */
import type { Report } from '../report/report.js';
import {
  findingCommentMarkdown,
  summaryMarkdown,
  type ExtraSection,
  type SummaryOptions,
} from '../report/markdown.js';
import { suggestionMarkdown } from '../report/suggestion.js';
import type { Finding, RuleInfo, Tier } from '../rules/types.js';
import type { ReviewCandidate } from './candidates.js';
import { GitHubApiError, type GitHubClient, type NewReviewComment, type ReviewComment } from './client.js';
import { diffFromPullFiles, lineDigest, type DiffMap } from './diff.js';
import {
  findingMarker,
  fixedCommentBody,
  isSummaryComment,
  parseFindingMarker,
  REVIEW_MARKER,
  SUMMARY_MARKER,
  type FindingMarker,
} from './markers.js';

export const MAX_INLINE_COMMENTS = 30;

export interface Logger {
  info(message: string): void;
  warning(message: string): void;
}

export interface PublishInput {
  readonly client: GitHubClient;
  readonly pull: number;
  readonly headSha: string;
  readonly report: Report;
  readonly candidates: readonly ReviewCandidate[];
  readonly rules: ReadonlyMap<string, RuleInfo>;
  /** review: inline comments and the summary; summary: the summary only */
  readonly comment: 'review' | 'summary';
  readonly summary: Omit<SummaryOptions, 'commentedInline' | 'rules'> & {
    sections?: readonly ExtraSection[];
  };
  readonly log: Logger;
  readonly maxInlineComments?: number;
}

export interface PublishResult {
  /** fingerprints with an open inline comment after this run */
  readonly commentedInline: ReadonlySet<string>;
  readonly newComments: number;
  readonly fixedComments: number;
  readonly summaryPosted: boolean;
  /** GitHub refused to let this token write (fork pull request, read-only permissions) */
  readonly readOnly: boolean;
  /** what could not be done, for the job summary */
  readonly notes: readonly string[];
}

interface PlannedComment {
  readonly comment: NewReviewComment;
  readonly fingerprints: readonly string[];
  readonly tierRank: number;
}

class ReadOnlyToken extends Error {}

const TIER_RANK: Record<Tier, number> = { high: 0, medium: 1, low: 2 };

export async function publish(input: PublishInput): Promise<PublishResult> {
  const { client, pull, log } = input;
  const notes: string[] = [];
  let readOnly = false;
  let newComments = 0;
  let fixedComments = 0;
  let summaryPosted = false;
  const commentedInline = new Set<string>();
  const byFingerprint = new Map(input.report.findings.map((finding) => [finding.fingerprint, finding]));
  const current = new Set(
    input.report.findings
      .filter((finding) => finding.status !== 'fixed')
      .map((finding) => finding.fingerprint),
  );

  // GitHub refusing a write ends the writing, not the run
  const refused = (what: string, error: unknown): undefined => {
    if (error instanceof GitHubApiError && error.isPermissionDenied) {
      readOnly = true;
      log.warning(`kubegate cannot write to this pull request (${error.message}); see the job summary`);
      throw new ReadOnlyToken();
    }
    log.warning(`kubegate could not ${what}: ${describe(error)}`);
    return undefined;
  };
  const write: Write = async (what, action) => {
    if (readOnly) return undefined;
    try {
      return await action();
    } catch (error) {
      return refused(what, error);
    }
  };

  try {
    if (input.comment === 'review') {
      const diff = await readDiff(client, pull, log, notes);
      const existing = await readOwnComments(client, pull, log, notes);
      if (existing) {
        for (const [fingerprint] of existing.open) commentedInline.add(fingerprint);
        const planned = planComments(input, diff, existing.open, byFingerprint, notes);
        if (planned.length > 0) {
          const posted = await postReview(input, planned, refused, log);
          newComments = posted.length;
          for (const comment of posted) {
            for (const fingerprint of comment.fingerprints) commentedInline.add(fingerprint);
          }
        }
        // with an incomplete evaluation, a missing finding is not a fixed one
        if (input.report.summary.gate !== 'error') {
          fixedComments = await markFixed(input, existing.comments, current, write, log);
        }
      }
    }
    const inline = new Set([...commentedInline].filter((fingerprint) => current.has(fingerprint)));
    const body = `${SUMMARY_MARKER}\n${summaryMarkdown(input.report, {
      ...input.summary,
      rules: input.rules,
      commentedInline: inline,
      notes: [...(input.summary.notes ?? []), ...notes],
    })}`;
    summaryPosted =
      (await write('update the summary comment', () => upsertSummary(client, pull, body))) === true;
  } catch (error) {
    if (!(error instanceof ReadOnlyToken)) throw error;
  }
  return {
    commentedInline: new Set([...commentedInline].filter((fingerprint) => current.has(fingerprint))),
    newComments,
    fixedComments,
    summaryPosted,
    readOnly,
    notes,
  };
}

async function readDiff(client: GitHubClient, pull: number, log: Logger, notes: string[]): Promise<DiffMap> {
  try {
    return diffFromPullFiles(await client.listPullFiles(pull));
  } catch (error) {
    log.warning(`kubegate could not read the pull request's files: ${describe(error)}`);
    notes.push('The pull request diff could not be read, so no finding was commented inline.');
    return diffFromPullFiles([]);
  }
}

interface OwnComments {
  /** open kubegate comments by fingerprint */
  readonly open: Map<string, number>;
  readonly comments: Array<{ comment: ReviewComment; marker: FindingMarker }>;
}

async function readOwnComments(
  client: GitHubClient,
  pull: number,
  log: Logger,
  notes: string[],
): Promise<OwnComments | undefined> {
  const open = new Map<string, number>();
  const comments: OwnComments['comments'] = [];
  let all: ReviewComment[];
  try {
    all = await client.listReviewComments(pull);
  } catch (error) {
    // without them every finding would be commented again: better not to comment inline at all
    log.warning(`kubegate could not read the existing review comments: ${describe(error)}`);
    notes.push('The existing review comments could not be read, so no finding was commented inline.');
    return undefined;
  }
  for (const comment of all) {
    if (comment.inReplyTo !== undefined) continue;
    const marker = parseFindingMarker(comment.body);
    if (!marker) continue;
    comments.push({ comment, marker });
    if (marker.state === 'open')
      for (const fingerprint of marker.fingerprints) open.set(fingerprint, comment.id);
  }
  return { open, comments };
}

/** Candidates not commented yet whose lines are in the diff and read as they did when evaluated. */
function planComments(
  input: PublishInput,
  diff: DiffMap,
  open: ReadonlyMap<string, number>,
  byFingerprint: ReadonlyMap<string, Finding>,
  notes: string[],
): PlannedComment[] {
  const planned: PlannedComment[] = [];
  let offDiff = 0;
  for (const candidate of input.candidates) {
    const fresh = candidate.fingerprints.filter((fingerprint) => !open.has(fingerprint));
    const findings = fresh.flatMap((fingerprint) => {
      const finding = byFingerprint.get(fingerprint);
      return finding && finding.status === 'new' && finding.exemption?.state !== 'active' ? [finding] : [];
    });
    if (findings.length === 0) continue;
    if (!lineMatches(diff, candidate.path, candidate.line, candidate.lineDigest)) {
      offDiff++;
      continue;
    }
    // a suggestion written for findings partly commented before would fix more than this comment says
    const suggestion =
      fresh.length === candidate.fingerprints.length ? usableSuggestion(diff, candidate) : undefined;
    const body = `${findingMarker({ state: 'open', fingerprints: findings.map((f) => f.fingerprint) })}\n${findingCommentMarkdown(
      findings,
      input.rules,
      suggestion ? suggestionMarkdown(suggestion) : undefined,
    )}`;
    planned.push({
      comment: {
        path: candidate.path,
        line: suggestion ? suggestion.endLine : candidate.line,
        ...(suggestion && suggestion.startLine < suggestion.endLine
          ? { startLine: suggestion.startLine }
          : {}),
        body,
      },
      fingerprints: findings.map((finding) => finding.fingerprint),
      tierRank: Math.min(...findings.map((finding) => TIER_RANK[finding.tier])),
    });
  }
  const max = input.maxInlineComments ?? MAX_INLINE_COMMENTS;
  planned.sort((a, b) => a.tierRank - b.tierRank);
  if (planned.length > max) {
    notes.push(
      `${planned.length - max} more new findings on changed lines are listed here, not commented inline (at most ${max} comments a review).`,
    );
  }
  if (offDiff > 0) {
    notes.push(
      `${offDiff} new finding location${offDiff === 1 ? ' is' : 's are'} outside the lines this pull request changes, so ${offDiff === 1 ? 'it is' : 'they are'} listed here rather than commented inline.`,
    );
  }
  return planned.slice(0, max);
}

function lineMatches(diff: DiffMap, path: string, line: number, digest: string | undefined): boolean {
  if (!diff.canComment(path, line)) return false;
  const text = diff.textAt(path, line);
  return digest === undefined || (text !== undefined && lineDigest(text) === digest);
}

function usableSuggestion(
  diff: DiffMap,
  candidate: ReviewCandidate,
): { startLine: number; endLine: number; lines: readonly string[] } | undefined {
  const suggestion = candidate.suggestion;
  if (!suggestion) return undefined;
  const { startLine, endLine, originalDigests } = suggestion;
  if (startLine > candidate.line || endLine < candidate.line) return undefined;
  if (originalDigests.length !== endLine - startLine + 1) return undefined;
  if (!diff.canComment(candidate.path, startLine, endLine)) return undefined;
  // the PR's head must read exactly as the evaluated checkout did on every replaced line
  for (let line = startLine; line <= endLine; line++) {
    const text = diff.textAt(candidate.path, line);
    if (text === undefined || lineDigest(text) !== originalDigests[line - startLine]) return undefined;
  }
  return suggestion;
}

type Write = <T>(what: string, action: () => Promise<T>) => Promise<T | undefined>;
type Refused = (what: string, error: unknown) => undefined;

/**
 * One review with every comment. GitHub rejects the whole review (422) when
 * any comment is off the diff, e.g. when the PR moved on since its files were
 * read; then each comment is posted on its own and the ones GitHub still
 * rejects are left to the summary.
 */
async function postReview(
  input: PublishInput,
  planned: PlannedComment[],
  refused: Refused,
  log: Logger,
): Promise<PlannedComment[]> {
  const { client, pull, headSha } = input;
  const body = `${REVIEW_MARKER}\nkubegate found ${planned.length === 1 ? 'a new finding' : `${planned.length} new findings`} on lines this pull request changes; the summary comment has the full picture.`;
  try {
    await client.createReview(pull, { commitId: headSha, body, comments: planned.map((p) => p.comment) });
    return planned;
  } catch (error) {
    if (!(error instanceof GitHubApiError) || error.status !== 422)
      return refused('post the review', error) ?? [];
    log.info(`the review was refused (${error.message}); posting its comments one by one`);
  }
  const posted: PlannedComment[] = [];
  for (const plan of planned) {
    try {
      await client.createReviewComment(pull, headSha, plan.comment);
      posted.push(plan);
    } catch (error) {
      if (error instanceof GitHubApiError && error.status === 422) {
        log.info(`not commented inline (${plan.comment.path}:${plan.comment.line} is not in the diff)`);
        continue;
      }
      refused('post a review comment', error);
    }
  }
  return posted;
}

/** Comments whose findings are all gone: marked fixed in place, and their threads resolved. */
async function markFixed(
  input: PublishInput,
  comments: OwnComments['comments'],
  current: ReadonlySet<string>,
  write: Write,
  log: Logger,
): Promise<number> {
  const fixed = comments.filter(
    ({ marker }) =>
      marker.state === 'open' && marker.fingerprints.every((fingerprint) => !current.has(fingerprint)),
  );
  if (fixed.length === 0) return 0;
  let threads: Awaited<ReturnType<GitHubClient['listReviewThreads']>> | undefined;
  try {
    threads = await input.client.listReviewThreads(input.pull);
  } catch (error) {
    log.warning(
      `kubegate could not read review threads, so fixed findings stay unresolved: ${describe(error)}`,
    );
  }
  let count = 0;
  for (const { comment, marker } of fixed) {
    const updated = await write('mark a comment fixed', async () => {
      await input.client.updateReviewComment(
        comment.id,
        fixedCommentBody(comment.body, marker, input.headSha),
      );
      return true;
    });
    if (!updated) continue;
    count++;
    const thread = threads?.find((candidate) => candidate.commentIds.includes(comment.id));
    if (thread && !thread.isResolved) {
      await write('resolve a fixed thread', () => input.client.resolveReviewThread(thread.id));
    }
  }
  return count;
}

/** The summary comment: the one kubegate wrote before is edited, else one is created. */
async function upsertSummary(client: GitHubClient, pull: number, body: string): Promise<boolean> {
  const comments = await client.listIssueComments(pull);
  const own = comments.filter((comment) => isSummaryComment(comment.body));
  // prefer one written by a bot (the workflow token), in case a person quoted the marker
  const existing = own.find((comment) => comment.authorType === 'Bot') ?? own[0];
  if (existing) {
    if (existing.body !== body) await client.updateIssueComment(existing.id, body);
  } else {
    await client.createIssueComment(pull, body);
  }
  return true;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
