/**
 * What triggered the run, from the runner's environment and the event
 * payload file: the repository, the pull request (number, base and head
 * commits, whether it comes from a fork) or the workflow run whose artifact
 * is to be posted. The payload is checked field by field; a payload that
 * lacks what the mode needs is an error, not a guess.
 */
import fs from 'node:fs';
import { isRecord } from '../model/objects.js';
import type { ModeInput } from './inputs.js';

export type Mode = 'pr' | 'push' | 'schedule';

export interface PullRequestEvent {
  readonly number: number;
  readonly baseSha: string;
  readonly headSha: string;
  /** `owner/name` of the head repository; differs from the base for forks */
  readonly headRepository: string;
  readonly baseRepository: string;
  readonly isFork: boolean;
}

export interface WorkflowRunEvent {
  readonly id: number;
  /** the event that triggered the run whose artifact is posted (pull_request) */
  readonly event: string;
  readonly headSha: string;
  readonly headRepository: string;
  readonly conclusion: string | null;
  /** empty for pull requests from forks: GitHub does not fill it in then */
  readonly pullRequests: readonly number[];
}

export interface ActionContext {
  readonly eventName: string;
  readonly owner: string;
  readonly repo: string;
  readonly serverUrl: string;
  readonly apiUrl: string;
  /** the commit the workflow runs on (GITHUB_SHA) */
  readonly sha?: string;
  readonly workspace: string;
  /** where report files go: RUNNER_TEMP, else the system's temporary folder */
  readonly tempDir: string;
  readonly pullRequest?: PullRequestEvent;
  readonly workflowRun?: WorkflowRunEvent;
}

export class EventError extends Error {
  override name = 'EventError';
}

/** Event payloads are small; a huge one is not an event the runner wrote. */
const MAX_EVENT_BYTES = 25 * 1024 * 1024;

export function readContext(
  env: Readonly<Record<string, string | undefined>>,
  defaults: { cwd: string; tempDir: string },
): ActionContext {
  const eventName = env.GITHUB_EVENT_NAME ?? '';
  const repository = env.GITHUB_REPOSITORY ?? '';
  const [owner, repo, ...rest] = repository.split('/');
  if (!owner || !repo || rest.length > 0) {
    throw new EventError(`GITHUB_REPOSITORY must be owner/name, not "${repository}"`);
  }
  let payload: unknown = {};
  const eventPath = env.GITHUB_EVENT_PATH;
  if (eventPath) {
    try {
      const size = fs.statSync(eventPath).size;
      if (size > MAX_EVENT_BYTES) throw new EventError(`event payload ${eventPath} is ${size} bytes`);
      payload = JSON.parse(fs.readFileSync(eventPath, 'utf8'));
    } catch (error) {
      if (error instanceof EventError) throw error;
      throw new EventError(`cannot read the event payload ${eventPath}: ${(error as Error).message}`);
    }
  }
  return {
    eventName,
    owner,
    repo,
    serverUrl: (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, ''),
    apiUrl: (env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/+$/, ''),
    ...(env.GITHUB_SHA ? { sha: env.GITHUB_SHA } : {}),
    workspace: env.GITHUB_WORKSPACE || defaults.cwd,
    tempDir: env.RUNNER_TEMP || defaults.tempDir,
    ...parsePayload(eventName, payload),
  };
}

export function parsePayload(
  eventName: string,
  payload: unknown,
): { pullRequest?: PullRequestEvent; workflowRun?: WorkflowRunEvent } {
  if (!isRecord(payload)) throw new EventError('the event payload is not a JSON object');
  if (isRecord(payload.pull_request)) return { pullRequest: pullRequestOf(payload.pull_request) };
  if (eventName === 'workflow_run' && isRecord(payload.workflow_run)) {
    return { workflowRun: workflowRunOf(payload.workflow_run) };
  }
  return {};
}

function pullRequestOf(pr: Record<string, unknown>): PullRequestEvent {
  const number = pr.number;
  if (typeof number !== 'number' || !Number.isSafeInteger(number) || number <= 0) {
    throw new EventError('pull_request.number is missing from the event payload');
  }
  const head = isRecord(pr.head) ? pr.head : {};
  const base = isRecord(pr.base) ? pr.base : {};
  const headSha = sha(head.sha, 'pull_request.head.sha');
  const baseSha = sha(base.sha, 'pull_request.base.sha');
  const headRepository = fullName(head.repo);
  const baseRepository = fullName(base.repo);
  const forkFlag = isRecord(head.repo) && head.repo.fork === true;
  return {
    number,
    baseSha,
    headSha,
    headRepository,
    baseRepository,
    // a deleted fork has no head repository: treat it as a fork
    isFork:
      headRepository === '' || headRepository.toLowerCase() !== baseRepository.toLowerCase() || forkFlag,
  };
}

function workflowRunOf(run: Record<string, unknown>): WorkflowRunEvent {
  const id = typeof run.id === 'number' ? run.id : 0;
  const pulls = Array.isArray(run.pull_requests) ? run.pull_requests : [];
  return {
    id,
    event: typeof run.event === 'string' ? run.event : '',
    headSha: sha(run.head_sha, 'workflow_run.head_sha'),
    headRepository: fullName(run.head_repository),
    conclusion: typeof run.conclusion === 'string' ? run.conclusion : null,
    pullRequests: pulls.flatMap((pull) =>
      isRecord(pull) && typeof pull.number === 'number' ? [pull.number] : [],
    ),
  };
}

function sha(value: unknown, name: string): string {
  if (typeof value !== 'string' || !/^[0-9a-f]{40}(?:[0-9a-f]{24})?$/.test(value)) {
    throw new EventError(`${name} is missing from the event payload or is not a commit id`);
  }
  return value;
}

function fullName(repo: unknown): string {
  return isRecord(repo) && typeof repo.full_name === 'string' ? repo.full_name : '';
}

/**
 * auto: pull_request and pull_request_target review the change; push gates
 * and uploads SARIF; schedule and workflow_dispatch re-scan. Other events
 * (merge_group, release...) gate like a push.
 */
export function resolveMode(input: ModeInput, eventName: string): Mode {
  if (input !== 'auto') return input;
  if (eventName === 'pull_request' || eventName === 'pull_request_target') return 'pr';
  if (eventName === 'schedule' || eventName === 'workflow_dispatch') return 'schedule';
  return 'push';
}
