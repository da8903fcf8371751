/**
 * mode schedule through the Action's entry: the image re-scan with a fake
 * scanner, issues kept through an in-memory issues API, the gate failing only
 * on news, and SARIF and the job summary written.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runAction, type ActionIO } from '../../src/github/action.js';
import type { IssueClient, TrackedIssue } from '../../src/scan/issues.js';
import { deployment, scanWorkspace, type ScanWorkspace } from '../scan/support.js';

let workspace: ScanWorkspace | undefined;
afterEach(() => workspace?.remove());

function memoryIssues(): IssueClient & { issues: TrackedIssue[]; writes: number } {
  const store = {
    issues: [] as TrackedIssue[],
    writes: 0,
    async listIssues() {
      return store.issues;
    },
    async createIssue(issue: { title: string; body: string }) {
      store.writes++;
      const created: TrackedIssue = {
        number: store.issues.length + 1,
        title: issue.title,
        body: issue.body,
        state: 'open',
      };
      store.issues.push(created);
      return created;
    },
    async updateIssue(number: number, change: { title?: string; body?: string; state?: 'open' | 'closed' }) {
      store.writes++;
      store.issues = store.issues.map((issue) => (issue.number === number ? { ...issue, ...change } : issue));
    },
  };
  return store;
}

function io(root: string, env: Record<string, string>, issues: IssueClient, inputs: Record<string, string>) {
  const record = { failed: [] as string[], outputs: {} as Record<string, string>, summary: '' };
  const actionIO: ActionIO = {
    env: {
      ...env,
      GITHUB_EVENT_NAME: 'schedule',
      GITHUB_REPOSITORY: 'shop/deploy',
      GITHUB_WORKSPACE: root,
      GITHUB_API_URL: 'http://127.0.0.1:9',
    },
    cwd: root,
    tempDir: path.join(root, '.tmp'),
    input: (name) => inputs[name] ?? '',
    info: () => undefined,
    warning: () => undefined,
    annotate: () => undefined,
    setOutput: (name, value) => (record.outputs[name] = value),
    writeJobSummary: async (markdown) => {
      record.summary += markdown;
    },
    setFailed: (message) => record.failed.push(message),
    setSecret: () => undefined,
    createClient: () => {
      throw new Error('the pull-request client is not used on a schedule');
    },
    createIssueClient: () => issues,
  };
  return { actionIO, record };
}

describe('mode: schedule', () => {
  it('scans, opens issues, fails on news, and stays quiet on the next night', async () => {
    workspace = scanWorkspace({
      'deploy/web.yaml': deployment('web', ['registry.example.com/shop/nginx:1.25']),
      // no network here: do not ask the registry for digests
      '.kubegate.yaml': 'scan:\n  registry:\n    resolve: false\n',
    });
    fs.mkdirSync(path.join(workspace.root, '.tmp'));
    const issues = memoryIssues();
    const inputs = {
      paths: 'deploy',
      'github-token': 'ghs_test',
      'cache-dir': '.cache',
      'sarif-file': 'out/scan.sarif',
      mode: 'auto',
    };
    const env = workspace.env;

    const first = io(workspace.root, env, issues, { ...inputs });
    const firstResult = await runAction(first.actionIO);
    expect(firstResult.outcome, first.record.failed.join('\n')).toBe('fail');
    expect(issues.issues.filter((issue) => issue.state === 'open')).toHaveLength(1);
    expect(JSON.parse(fs.readFileSync(path.join(workspace.root, 'out/scan.sarif'), 'utf8')).version).toBe(
      '2.1.0',
    );
    expect(first.record.summary).toContain('registry.example.com/shop/nginx');

    const writes = issues.writes;
    const second = io(workspace.root, env, issues, { ...inputs });
    expect((await runAction(second.actionIO)).outcome).toBe('pass');
    expect(issues.writes).toBe(writes);
  });

  it('without a token it could not evaluate (exit 2), never a silent pass', async () => {
    workspace = scanWorkspace({
      'deploy/web.yaml': deployment('web', ['registry.example.com/shop/nginx:1.25']),
    });
    fs.mkdirSync(path.join(workspace.root, '.tmp'));
    const run = io(workspace.root, workspace.env, memoryIssues(), { paths: 'deploy', mode: 'schedule' });
    expect((await runAction(run.actionIO)).outcome).toBe('error');
    expect(run.record.failed[0]).toMatch(/could not evaluate: mode schedule needs a github-token/);
  });
});
