/**
 * The GitHub API as kubegate uses it: a small interface, so the Action's
 * logic runs against a fake in tests and against Octokit in the Action. The
 * client is bound to one repository. Every method throws GitHubApiError with
 * the HTTP status when GitHub says no.
 */
import type { PullFile } from './diff.js';

export interface PullRequestInfo {
  readonly number: number;
  readonly headSha: string;
  readonly baseSha: string;
  /** `owner/name` of the repository the head branch is in */
  readonly headRepository: string;
  readonly state: string;
}

export interface ReviewComment {
  readonly id: number;
  readonly body: string;
  readonly path: string;
  /** null when the comment is outdated (its line is no longer in the diff) */
  readonly line: number | null;
  /** set on replies; kubegate's own comments start threads */
  readonly inReplyTo?: number;
}

export interface IssueComment {
  readonly id: number;
  readonly body: string;
  /** `Bot` for the workflow token's github-actions[bot] */
  readonly authorType?: string;
}

export interface NewReviewComment {
  readonly path: string;
  /** last line of the comment (head side) */
  readonly line: number;
  /** first line, for a comment spanning several lines */
  readonly startLine?: number;
  readonly body: string;
}

export interface ReviewThread {
  /** GraphQL node id */
  readonly id: string;
  readonly isResolved: boolean;
  /** REST ids of the comments in the thread */
  readonly commentIds: readonly number[];
}

export interface GitHubClient {
  getPullRequest(pull: number): Promise<PullRequestInfo>;
  /** every file of the PR (paginated; GitHub lists at most 3000) */
  listPullFiles(pull: number): Promise<PullFile[]>;
  listReviewComments(pull: number): Promise<ReviewComment[]>;
  /** one review (event COMMENT) with its inline comments; 422 when any comment is off the diff */
  createReview(
    pull: number,
    review: { commitId: string; body: string; comments: NewReviewComment[] },
  ): Promise<void>;
  createReviewComment(pull: number, commitId: string, comment: NewReviewComment): Promise<void>;
  updateReviewComment(commentId: number, body: string): Promise<void>;
  listIssueComments(pull: number): Promise<IssueComment[]>;
  createIssueComment(pull: number, body: string): Promise<IssueComment>;
  updateIssueComment(commentId: number, body: string): Promise<void>;
  /** review threads through GraphQL (REST has no threads) */
  listReviewThreads(pull: number): Promise<ReviewThread[]>;
  resolveReviewThread(threadId: string): Promise<void>;
}

export class GitHubApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'GitHubApiError';
  }

  /** the token may not write here: a fork's pull request, or read-only permissions */
  get isPermissionDenied(): boolean {
    return this.status === 401 || this.status === 403 || this.status === 404;
  }
}

/**
 * Every text kubegate sends passes through `clean` first (secret values
 * removed): a guard at the last step before the network.
 */
export function cleaningClient(client: GitHubClient, clean: (text: string) => string): GitHubClient {
  const comment = (c: NewReviewComment): NewReviewComment => ({ ...c, body: clean(c.body) });
  return {
    getPullRequest: (pull) => client.getPullRequest(pull),
    listPullFiles: (pull) => client.listPullFiles(pull),
    listReviewComments: (pull) => client.listReviewComments(pull),
    createReview: (pull, review) =>
      client.createReview(pull, {
        commitId: review.commitId,
        body: clean(review.body),
        comments: review.comments.map(comment),
      }),
    createReviewComment: (pull, commitId, c) => client.createReviewComment(pull, commitId, comment(c)),
    updateReviewComment: (id, body) => client.updateReviewComment(id, clean(body)),
    listIssueComments: (pull) => client.listIssueComments(pull),
    createIssueComment: (pull, body) => client.createIssueComment(pull, clean(body)),
    updateIssueComment: (id, body) => client.updateIssueComment(id, clean(body)),
    listReviewThreads: (pull) => client.listReviewThreads(pull),
    resolveReviewThread: (id) => client.resolveReviewThread(id),
  };
}
