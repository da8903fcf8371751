/**
 * GitHubClient on Octokit: REST for pull request files, reviews and
 * comments, GraphQL for review threads. The API address comes from the
 * runner (GITHUB_API_URL; GraphQL is beside it, as Octokit derives it for
 * github.com and GitHub Enterprise Server alike), so the tests' local
 * stand-in works the same way. Each request has a time limit; errors become
 * GitHubApiError with GitHub's own message and never the request body.
 */
import { Octokit } from '@octokit/rest';
import type { PullFile } from './diff.js';
import {
  GitHubApiError,
  type GitHubClient,
  type IssueComment,
  type NewReviewComment,
  type ReviewComment,
  type ReviewThread,
} from './client.js';
import { KUBEGATE_VERSION } from '../version.js';

export interface OctokitClientOptions {
  readonly token: string;
  /** REST base, e.g. https://api.github.com */
  readonly apiUrl: string;
  readonly owner: string;
  readonly repo: string;
  /** per request, milliseconds */
  readonly timeoutMs?: number;
}

const THREADS_QUERY = `query($owner: String!, $repo: String!, $pull: Int!, $after: String) {
  repository(owner: $owner, name: $repo) {
    pullRequest(number: $pull) {
      reviewThreads(first: 100, after: $after) {
        pageInfo { hasNextPage endCursor }
        nodes { id isResolved comments(first: 1) { nodes { databaseId } } }
      }
    }
  }
}`;

const RESOLVE_MUTATION = `mutation($thread: ID!) {
  resolveReviewThread(input: { threadId: $thread }) { thread { id isResolved } }
}`;

interface ThreadsResponse {
  repository: {
    pullRequest: {
      reviewThreads: {
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
        nodes: Array<{ id: string; isResolved: boolean; comments: { nodes: Array<{ databaseId: number }> } }>;
      };
    } | null;
  } | null;
}

/** Octokit for GITHUB_API_URL and a token, every request with a time limit. */
export function newOctokit(options: { token: string; apiUrl: string; timeoutMs?: number }): Octokit {
  const octokit = new Octokit({
    auth: options.token,
    baseUrl: options.apiUrl.replace(/\/+$/, ''),
    userAgent: `kubegate/${KUBEGATE_VERSION}`,
  });
  const timeoutMs = options.timeoutMs ?? 30_000;
  octokit.hook.before('request', (request) => {
    request.request = { ...request.request, signal: AbortSignal.timeout(timeoutMs) };
  });
  return octokit;
}

export function octokitClient(options: OctokitClientOptions): GitHubClient {
  const octokit = newOctokit(options);
  const repo = { owner: options.owner, repo: options.repo };

  const call = async <T>(what: string, run: () => Promise<T>): Promise<T> => {
    try {
      return await run();
    } catch (error) {
      throw asApiError(what, error);
    }
  };
  const graphql = async <T>(query: string, variables: Record<string, unknown>): Promise<T> => {
    try {
      return await octokit.graphql<T>(query, variables);
    } catch (error) {
      const errors = (error as { errors?: Array<{ message?: string; type?: string }> }).errors;
      if (!Array.isArray(errors) || errors.length === 0) throw error;
      const first = errors[0]!;
      const denied = first.type === 'FORBIDDEN' || /not accessible|permission/i.test(first.message ?? '');
      throw new GitHubApiError(denied ? 403 : 422, `GraphQL: ${first.message ?? 'error'}`);
    }
  };

  return {
    getPullRequest: (pull) =>
      call(`get pull request #${pull}`, async () => {
        const { data } = await octokit.rest.pulls.get({ ...repo, pull_number: pull });
        return {
          number: data.number,
          headSha: data.head.sha,
          baseSha: data.base.sha,
          headRepository: data.head.repo?.full_name ?? '',
          state: data.state,
        };
      }),
    listPullFiles: (pull) =>
      call(`list files of #${pull}`, async () => {
        const files = await octokit.paginate(octokit.rest.pulls.listFiles, {
          ...repo,
          pull_number: pull,
          per_page: 100,
        });
        return files.map((file): PullFile => ({
          filename: file.filename,
          status: file.status,
          ...(file.previous_filename ? { previousFilename: file.previous_filename } : {}),
          ...(file.patch !== undefined ? { patch: file.patch } : {}),
        }));
      }),
    listReviewComments: (pull) =>
      call(`list review comments of #${pull}`, async () => {
        const comments = await octokit.paginate(octokit.rest.pulls.listReviewComments, {
          ...repo,
          pull_number: pull,
          per_page: 100,
        });
        return comments.map((comment): ReviewComment => ({
          id: comment.id,
          body: comment.body,
          path: comment.path,
          line: comment.line ?? null,
          ...(comment.in_reply_to_id ? { inReplyTo: comment.in_reply_to_id } : {}),
        }));
      }),
    createReview: (pull, review) =>
      call(`create a review on #${pull}`, async () => {
        await octokit.rest.pulls.createReview({
          ...repo,
          pull_number: pull,
          commit_id: review.commitId,
          event: 'COMMENT',
          body: review.body,
          comments: review.comments.map(reviewCommentFields),
        });
      }),
    createReviewComment: (pull, commitId, comment) =>
      call(`comment on ${comment.path}:${comment.line}`, async () => {
        await octokit.rest.pulls.createReviewComment({
          ...repo,
          pull_number: pull,
          commit_id: commitId,
          ...reviewCommentFields(comment),
        });
      }),
    updateReviewComment: (commentId, body) =>
      call(`update review comment ${commentId}`, async () => {
        await octokit.rest.pulls.updateReviewComment({ ...repo, comment_id: commentId, body });
      }),
    listIssueComments: (pull) =>
      call(`list comments of #${pull}`, async () => {
        const comments = await octokit.paginate(octokit.rest.issues.listComments, {
          ...repo,
          issue_number: pull,
          per_page: 100,
        });
        return comments.map((comment): IssueComment => ({
          id: comment.id,
          body: comment.body ?? '',
          ...(comment.user?.type ? { authorType: comment.user.type } : {}),
        }));
      }),
    createIssueComment: (pull, body) =>
      call(`comment on #${pull}`, async () => {
        const { data } = await octokit.rest.issues.createComment({ ...repo, issue_number: pull, body });
        return {
          id: data.id,
          body: data.body ?? body,
          ...(data.user?.type ? { authorType: data.user.type } : {}),
        };
      }),
    updateIssueComment: (commentId, body) =>
      call(`update comment ${commentId}`, async () => {
        await octokit.rest.issues.updateComment({ ...repo, comment_id: commentId, body });
      }),
    listReviewThreads: (pull) =>
      call(`list review threads of #${pull}`, async () => {
        const threads: ReviewThread[] = [];
        let after: string | null = null;
        // at most 50 pages: 5,000 threads is more than any pull request kubegate comments on
        for (let page = 0; page < 50; page++) {
          const data: ThreadsResponse = await graphql<ThreadsResponse>(THREADS_QUERY, {
            ...repo,
            pull,
            after,
          });
          const connection = data.repository?.pullRequest?.reviewThreads;
          if (!connection) break;
          for (const node of connection.nodes) {
            threads.push({
              id: node.id,
              isResolved: node.isResolved,
              commentIds: node.comments.nodes.map((comment) => comment.databaseId),
            });
          }
          if (!connection.pageInfo.hasNextPage) break;
          after = connection.pageInfo.endCursor;
        }
        return threads;
      }),
    resolveReviewThread: (threadId) =>
      call('resolve a review thread', async () => {
        await graphql(RESOLVE_MUTATION, { thread: threadId });
      }),
  };
}

function reviewCommentFields(comment: NewReviewComment) {
  return {
    path: comment.path,
    line: comment.line,
    side: 'RIGHT' as const,
    ...(comment.startLine !== undefined && comment.startLine < comment.line
      ? { start_line: comment.startLine, start_side: 'RIGHT' as const }
      : {}),
    body: comment.body,
  };
}

function asApiError(what: string, error: unknown): GitHubApiError {
  if (error instanceof GitHubApiError) return new GitHubApiError(error.status, `${what}: ${error.message}`);
  const status =
    typeof (error as { status?: unknown }).status === 'number' ? (error as { status: number }).status : 0;
  const data = (error as { response?: { data?: unknown } }).response?.data;
  const message =
    typeof data === 'object' && data !== null && typeof (data as { message?: unknown }).message === 'string'
      ? (data as { message: string }).message
      : error instanceof Error && error.name === 'TimeoutError'
        ? 'timed out'
        : status === 0 && error instanceof Error
          ? error.message.split('\n')[0]!
          : `HTTP ${status}`;
  return new GitHubApiError(status, `${what}: ${status ? `${status} ` : ''}${message}`);
}
