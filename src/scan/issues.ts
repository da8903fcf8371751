/**
 * GitHub issues as the schedule mode keeps them: a small client interface
 * (three calls), so the issue logic runs against a stand-in in tests and
 * against Octokit in the Action. Bound to one repository.
 */
export interface TrackedIssue {
  readonly number: number;
  readonly title: string;
  readonly body: string;
  readonly state: 'open' | 'closed';
}

export interface IssueClient {
  /** every issue (open and closed, not pull requests) carrying the label */
  listIssues(label: string): Promise<TrackedIssue[]>;
  createIssue(issue: { title: string; body: string; labels: string[] }): Promise<TrackedIssue>;
  updateIssue(
    number: number,
    change: { title?: string; body?: string; state?: 'open' | 'closed' },
  ): Promise<void>;
}

export class IssueApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'IssueApiError';
  }
}
