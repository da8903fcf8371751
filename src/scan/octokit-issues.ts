/**
 * IssueClient on Octokit, built the way the Action's own client is: the API
 * address from the runner (GITHUB_API_URL, so GitHub Enterprise Server and
 * the tests' stand-in work alike), the token, a time limit per request.
 * Errors carry GitHub's message, never the request body or the token.
 */
import { newOctokit } from '../github/octokit-client.js';
import { IssueApiError, type IssueClient, type TrackedIssue } from './issues.js';

export interface OctokitIssueOptions {
  readonly token: string;
  /** REST base, e.g. https://api.github.com */
  readonly apiUrl: string;
  readonly owner: string;
  readonly repo: string;
  readonly timeoutMs?: number;
}

export function octokitIssueClient(options: OctokitIssueOptions): IssueClient {
  const octokit = newOctokit(options);
  const repo = { owner: options.owner, repo: options.repo };
  const call = async <T>(what: string, run: () => Promise<T>): Promise<T> => {
    try {
      return await run();
    } catch (error) {
      throw apiError(what, error);
    }
  };
  const asIssue = (data: {
    number: number;
    title: string;
    body?: string | null;
    state: string;
  }): TrackedIssue => ({
    number: data.number,
    title: data.title,
    body: data.body ?? '',
    state: data.state === 'closed' ? 'closed' : 'open',
  });
  return {
    listIssues: (label) =>
      call(`list issues labelled ${label}`, async () => {
        const issues = await octokit.paginate(octokit.rest.issues.listForRepo, {
          ...repo,
          labels: label,
          state: 'all',
          per_page: 100,
        });
        return issues.filter((issue) => !issue.pull_request).map(asIssue);
      }),
    createIssue: (issue) =>
      call('create an issue', async () => {
        const { data } = await octokit.rest.issues.create({ ...repo, ...issue });
        return asIssue(data);
      }),
    updateIssue: (number, change) =>
      call(`update issue #${number}`, async () => {
        await octokit.rest.issues.update({
          ...repo,
          issue_number: number,
          ...change,
          ...(change.state === 'closed' ? { state_reason: 'completed' as const } : {}),
          ...(change.state === 'open' ? { state_reason: 'reopened' as const } : {}),
        });
      }),
  };
}

function apiError(what: string, error: unknown): IssueApiError {
  const status =
    typeof (error as { status?: unknown }).status === 'number' ? (error as { status: number }).status : 0;
  const data = (error as { response?: { data?: unknown } }).response?.data;
  const message =
    typeof data === 'object' && data !== null && typeof (data as { message?: unknown }).message === 'string'
      ? (data as { message: string }).message
      : error instanceof Error && error.name === 'TimeoutError'
        ? 'timed out'
        : error instanceof Error
          ? error.message.split('\n')[0]!
          : `HTTP ${status}`;
  return new IssueApiError(status, `${what}: ${status ? `${status} ` : ''}${message}`);
}
