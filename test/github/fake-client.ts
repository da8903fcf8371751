/**
 * An in-memory GitHubClient: the state of one pull request, every call
 * recorded, and failures on demand (a status for all writes, or 422 for
 * reviews that touch given lines).
 */
import {
  GitHubApiError,
  type GitHubClient,
  type IssueComment,
  type NewReviewComment,
  type PullRequestInfo,
  type ReviewComment,
  type ReviewThread,
} from '../../src/github/client.js';
import type { PullFile } from '../../src/github/diff.js';

export class FakeGitHub implements GitHubClient {
  readonly calls: string[] = [];
  readonly reviewComments: Array<ReviewComment & { startLine?: number }> = [];
  readonly issueComments: IssueComment[] = [];
  readonly reviews: Array<{ commitId: string; body: string; comments: NewReviewComment[] }> = [];
  readonly threads: Array<ReviewThread & { isResolved: boolean }> = [];
  files: PullFile[] = [];
  pull: PullRequestInfo = {
    number: 1,
    headSha: 'h'.repeat(40),
    baseSha: 'b'.repeat(40),
    headRepository: 'acme/shop',
    state: 'open',
  };
  /** every write fails with this status */
  writeStatus: number | undefined;
  /** reads fail with this status */
  readStatus: number | undefined;
  /** comments on these lines are off the diff as far as "GitHub" knows */
  offDiff: Array<{ path: string; line: number }> = [];
  private nextId = 1;

  private read<T>(name: string, value: T): Promise<T> {
    this.calls.push(name);
    if (this.readStatus !== undefined)
      return Promise.reject(new GitHubApiError(this.readStatus, `${name}: refused`));
    return Promise.resolve(value);
  }

  private write(name: string): void {
    this.calls.push(name);
    if (this.writeStatus !== undefined)
      throw new GitHubApiError(this.writeStatus, `${name}: ${this.writeStatus}`);
  }

  private isOffDiff(comment: NewReviewComment): boolean {
    return this.offDiff.some(
      (off) =>
        off.path === comment.path &&
        off.line >= (comment.startLine ?? comment.line) &&
        off.line <= comment.line,
    );
  }

  private store(comment: NewReviewComment): void {
    const id = this.nextId++;
    this.reviewComments.push({
      id,
      body: comment.body,
      path: comment.path,
      line: comment.line,
      ...(comment.startLine !== undefined ? { startLine: comment.startLine } : {}),
    });
    this.threads.push({ id: `T${id}`, isResolved: false, commentIds: [id] });
  }

  getPullRequest(): Promise<PullRequestInfo> {
    return this.read('getPullRequest', this.pull);
  }
  listPullFiles(): Promise<PullFile[]> {
    return this.read('listPullFiles', this.files);
  }
  listReviewComments(): Promise<ReviewComment[]> {
    return this.read(
      'listReviewComments',
      this.reviewComments.map((comment) => ({ ...comment })),
    );
  }
  async createReview(
    _pull: number,
    review: { commitId: string; body: string; comments: NewReviewComment[] },
  ): Promise<void> {
    this.write('createReview');
    if (review.comments.some((comment) => this.isOffDiff(comment))) {
      throw new GitHubApiError(422, 'Unprocessable Entity: Line could not be resolved');
    }
    this.reviews.push(review);
    for (const comment of review.comments) this.store(comment);
  }
  async createReviewComment(_pull: number, _commit: string, comment: NewReviewComment): Promise<void> {
    this.write('createReviewComment');
    if (this.isOffDiff(comment)) throw new GitHubApiError(422, 'Validation Failed');
    this.store(comment);
  }
  async updateReviewComment(id: number, body: string): Promise<void> {
    this.write('updateReviewComment');
    const comment = this.reviewComments.find((candidate) => candidate.id === id);
    if (!comment) throw new GitHubApiError(404, 'Not Found');
    this.reviewComments[this.reviewComments.indexOf(comment)] = { ...comment, body };
  }
  listIssueComments(): Promise<IssueComment[]> {
    return this.read(
      'listIssueComments',
      this.issueComments.map((comment) => ({ ...comment })),
    );
  }
  async createIssueComment(_pull: number, body: string): Promise<IssueComment> {
    this.write('createIssueComment');
    const comment = { id: this.nextId++, body, authorType: 'Bot' };
    this.issueComments.push(comment);
    return comment;
  }
  async updateIssueComment(id: number, body: string): Promise<void> {
    this.write('updateIssueComment');
    const comment = this.issueComments.find((candidate) => candidate.id === id);
    if (!comment) throw new GitHubApiError(404, 'Not Found');
    this.issueComments[this.issueComments.indexOf(comment)] = { ...comment, body };
  }
  listReviewThreads(): Promise<ReviewThread[]> {
    return this.read(
      'listReviewThreads',
      this.threads.map((thread) => ({ ...thread })),
    );
  }
  async resolveReviewThread(id: string): Promise<void> {
    this.write('resolveReviewThread');
    const thread = this.threads.find((candidate) => candidate.id === id);
    if (thread) thread.isResolved = true;
  }
}
