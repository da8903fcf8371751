/**
 * A local stand-in for the GitHub API, for the end-to-end test: the REST
 * endpoints kubegate calls (pull request, files, review comments, reviews,
 * issue comments) and the GraphQL review-thread query and mutation. It
 * listens on 127.0.0.1 only, records every request, and answers like GitHub
 * where it matters: pagination with Link headers, 422 for a review comment
 * off the diff (which fails the whole review), 403 for a read-only token,
 * 401 without the right token.
 *
 * Its view of the diff is computed here, independently of kubegate's parser:
 * a comment is on the diff when its lines are head-side lines of one hunk.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface StandInFile {
  filename: string;
  status: string;
  previous_filename?: string;
  patch?: string;
}

export interface RecordedRequest {
  method: string;
  url: string;
  authorization: string | undefined;
  body: string;
  status: number;
}

export interface StoredReviewComment {
  id: number;
  node: string;
  path: string;
  line: number;
  start_line: number | null;
  commit_id: string;
  body: string;
  in_reply_to_id?: number;
}

export interface StoredIssueComment {
  id: number;
  body: string;
  user: { login: string; type: string };
}

export interface StandInPull {
  number: number;
  headSha: string;
  baseSha: string;
  headRepository: string;
  files: StandInFile[];
}

export interface StandInOptions {
  owner: string;
  repo: string;
  token: string;
  pull: StandInPull;
  /** every write answers 403, as for a fork's pull request */
  readOnly?: boolean;
  /** lines GitHub no longer takes although the patches list them (the PR moved on meanwhile) */
  staleLines?: Array<{ path: string; line: number }>;
  /** page size the stand-in serves at most, to make clients paginate */
  maxPerPage?: number;
}

export class GitHubStandIn {
  readonly requests: RecordedRequest[] = [];
  readonly reviewComments: StoredReviewComment[] = [];
  readonly issueComments: StoredIssueComment[] = [];
  readonly reviews: Array<{ id: number; body: string; commit_id: string; commentIds: number[] }> = [];
  /** review threads (GraphQL), one per top-level review comment */
  readonly threads: Array<{ id: string; isResolved: boolean; commentIds: number[] }> = [];
  private nextId = 1000;
  private server: http.Server | undefined;
  private baseUrl = '';

  constructor(private options: StandInOptions) {}

  /** the pull request after a push, or a different token situation for the next run */
  update(options: Partial<StandInOptions>): void {
    this.options = { ...this.options, ...options };
  }

  async start(): Promise<string> {
    this.server = http.createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const body = Buffer.concat(chunks).toString('utf8');
        const { status, json, headers } = this.handle(
          request.method ?? 'GET',
          request.url ?? '/',
          request.headers,
          body,
        );
        this.requests.push({
          method: request.method ?? 'GET',
          url: request.url ?? '/',
          authorization: request.headers.authorization,
          body,
          status,
        });
        response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
        response.end(JSON.stringify(json));
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    const { port } = this.server.address() as AddressInfo;
    this.baseUrl = `http://127.0.0.1:${port}`;
    return this.baseUrl;
  }

  async stop(): Promise<void> {
    if (!this.server) return;
    const server = this.server;
    this.server = undefined;
    server.closeAllConnections();
    await new Promise<void>((resolve, reject) =>
      server.close((error) => (error ? reject(error) : resolve())),
    );
  }

  private handle(
    method: string,
    rawUrl: string,
    headers: http.IncomingHttpHeaders,
    body: string,
  ): { status: number; json: unknown; headers?: Record<string, string> } {
    const url = new URL(rawUrl, 'http://stand-in');
    const auth = headers.authorization ?? '';
    if (auth !== `token ${this.options.token}` && auth !== `bearer ${this.options.token}`) {
      return { status: 401, json: { message: 'Bad credentials' } };
    }
    const { owner, repo, pull } = this.options;
    const repoPath = `/repos/${owner}/${repo}`;
    const write = method !== 'GET';
    if (write && this.options.readOnly && url.pathname !== '/graphql') {
      return { status: 403, json: { message: 'Resource not accessible by integration' } };
    }
    const parsed = body ? (JSON.parse(body) as Record<string, unknown>) : {};
    const p = url.pathname;

    if (method === 'GET' && p === `${repoPath}/pulls/${pull.number}`) {
      return {
        status: 200,
        json: {
          number: pull.number,
          state: 'open',
          head: { sha: pull.headSha, repo: { full_name: pull.headRepository } },
          base: { sha: pull.baseSha, repo: { full_name: `${owner}/${repo}` } },
        },
      };
    }
    if (method === 'GET' && p === `${repoPath}/pulls/${pull.number}/files`) return this.page(url, pull.files);
    if (method === 'GET' && p === `${repoPath}/pulls/${pull.number}/comments`) {
      return this.page(
        url,
        this.reviewComments.map((comment) => ({
          id: comment.id,
          body: comment.body,
          path: comment.path,
          line: comment.line,
          ...(comment.in_reply_to_id ? { in_reply_to_id: comment.in_reply_to_id } : {}),
        })),
      );
    }
    if (method === 'POST' && p === `${repoPath}/pulls/${pull.number}/reviews`) {
      const comments = (parsed.comments as Array<Record<string, unknown>> | undefined) ?? [];
      if (parsed.commit_id !== pull.headSha) {
        return {
          status: 422,
          json: { message: 'Unprocessable Entity', errors: ['commit_id is not part of the pull request'] },
        };
      }
      for (const comment of comments) {
        const problem = this.offDiff(comment);
        if (problem) return { status: 422, json: { message: 'Unprocessable Entity', errors: [problem] } };
      }
      const review = {
        id: this.nextId++,
        body: String(parsed.body ?? ''),
        commit_id: pull.headSha,
        commentIds: [] as number[],
      };
      for (const comment of comments) review.commentIds.push(this.storeComment(comment, pull.headSha).id);
      this.reviews.push(review);
      return { status: 200, json: { id: review.id, state: 'COMMENTED' } };
    }
    if (method === 'POST' && p === `${repoPath}/pulls/${pull.number}/comments`) {
      const problem = this.offDiff(parsed);
      if (problem) return { status: 422, json: { message: 'Validation Failed', errors: [problem] } };
      const stored = this.storeComment(parsed, String(parsed.commit_id));
      return {
        status: 201,
        json: { id: stored.id, body: stored.body, path: stored.path, line: stored.line },
      };
    }
    const reviewComment = new RegExp(`^${repoPath}/pulls/comments/(\\d+)$`).exec(p);
    if (method === 'PATCH' && reviewComment) {
      const stored = this.reviewComments.find((comment) => comment.id === Number(reviewComment[1]));
      if (!stored) return { status: 404, json: { message: 'Not Found' } };
      stored.body = String(parsed.body);
      return { status: 200, json: { id: stored.id, body: stored.body } };
    }
    if (method === 'GET' && p === `${repoPath}/issues/${pull.number}/comments`)
      return this.page(url, this.issueComments);
    if (method === 'POST' && p === `${repoPath}/issues/${pull.number}/comments`) {
      const stored = {
        id: this.nextId++,
        body: String(parsed.body),
        user: { login: 'github-actions[bot]', type: 'Bot' },
      };
      this.issueComments.push(stored);
      return { status: 201, json: stored };
    }
    const issueComment = new RegExp(`^${repoPath}/issues/comments/(\\d+)$`).exec(p);
    if (method === 'PATCH' && issueComment) {
      const stored = this.issueComments.find((comment) => comment.id === Number(issueComment[1]));
      if (!stored) return { status: 404, json: { message: 'Not Found' } };
      stored.body = String(parsed.body);
      return { status: 200, json: stored };
    }
    if (method === 'POST' && p === '/graphql') return this.graphql(parsed);
    return { status: 404, json: { message: 'Not Found' } };
  }

  private page(
    url: URL,
    items: unknown[],
  ): { status: number; json: unknown; headers?: Record<string, string> } {
    const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 30), this.options.maxPerPage ?? 100);
    const page = Number(url.searchParams.get('page') ?? 1);
    const slice = items.slice((page - 1) * perPage, page * perPage);
    const headers: Record<string, string> = {};
    if (page * perPage < items.length) {
      const next = new URL(url.toString());
      next.searchParams.set('page', String(page + 1));
      next.searchParams.set('per_page', String(perPage));
      headers.link = `<${this.baseUrl}${next.pathname}${next.search}>; rel="next"`;
    }
    return { status: 200, json: slice, headers };
  }

  /** why GitHub would refuse a comment at these lines, or undefined when it is on the diff */
  private offDiff(comment: Record<string, unknown>): string | undefined {
    const path = String(comment.path);
    const line = Number(comment.line);
    const start =
      comment.start_line === undefined || comment.start_line === null ? line : Number(comment.start_line);
    if (comment.side !== undefined && comment.side !== 'RIGHT')
      return 'only RIGHT side comments are expected';
    const file = this.options.pull.files.find((candidate) => candidate.filename === path);
    if (!file) return 'Path could not be resolved';
    const hunks = headSideHunks(file.patch ?? '');
    const hunk = hunks.find((lines) => lines.has(line));
    if (!hunk || start > line) return 'Line could not be resolved';
    for (let at = start; at <= line; at++) if (!hunk.has(at)) return 'Line could not be resolved';
    for (const stale of this.options.staleLines ?? []) {
      if (stale.path === path && stale.line >= start && stale.line <= line)
        return 'Line could not be resolved';
    }
    return undefined;
  }

  private storeComment(comment: Record<string, unknown>, commitId: string): StoredReviewComment {
    const id = this.nextId++;
    const stored: StoredReviewComment = {
      id,
      node: `PRRC_${id}`,
      path: String(comment.path),
      line: Number(comment.line),
      start_line: comment.start_line === undefined ? null : Number(comment.start_line),
      commit_id: commitId,
      body: String(comment.body),
    };
    this.reviewComments.push(stored);
    this.threads.push({ id: `PRRT_${id}`, isResolved: false, commentIds: [id] });
    return stored;
  }

  private graphql(request: Record<string, unknown>): { status: number; json: unknown } {
    const query = String(request.query ?? '');
    const variables = (request.variables ?? {}) as Record<string, unknown>;
    if (query.includes('resolveReviewThread')) {
      if (this.options.readOnly) {
        return {
          status: 200,
          json: {
            data: null,
            errors: [{ type: 'FORBIDDEN', message: 'Resource not accessible by integration' }],
          },
        };
      }
      const thread = this.threads.find((candidate) => candidate.id === variables.thread);
      if (!thread)
        return { status: 200, json: { data: null, errors: [{ type: 'NOT_FOUND', message: 'no thread' }] } };
      thread.isResolved = true;
      return {
        status: 200,
        json: { data: { resolveReviewThread: { thread: { id: thread.id, isResolved: true } } } },
      };
    }
    if (query.includes('reviewThreads')) {
      return {
        status: 200,
        json: {
          data: {
            repository: {
              pullRequest: {
                reviewThreads: {
                  pageInfo: { hasNextPage: false, endCursor: null },
                  nodes: this.threads.map((thread) => ({
                    id: thread.id,
                    isResolved: thread.isResolved,
                    comments: { nodes: thread.commentIds.slice(0, 1).map((id) => ({ databaseId: id })) },
                  })),
                },
              },
            },
          },
        },
      };
    }
    return { status: 200, json: { data: null, errors: [{ message: 'unknown query' }] } };
  }
}

/** Head-side line numbers of each hunk of a patch. */
function headSideHunks(patch: string): Array<Set<number>> {
  const hunks: Array<Set<number>> = [];
  let line = 0;
  for (const text of patch.split('\n')) {
    const header = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(text);
    if (header) {
      hunks.push(new Set());
      line = Number(header[1]);
    } else if (hunks.length > 0 && (text.startsWith(' ') || text.startsWith('+'))) {
      hunks[hunks.length - 1]!.add(line++);
    }
  }
  return hunks;
}
