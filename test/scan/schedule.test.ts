import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src/config/settings.js';
import { octokitIssueClient } from '../../src/scan/octokit-issues.js';
import { issueImageKey, readState, runScheduledScan } from '../../src/scan/schedule.js';
import type { IssueMode } from '../../src/scan/config.js';
import { IssuesStandIn } from './github-issues-stand-in.js';
import { deployment, scanWorkspace, type ScanWorkspace } from './support.js';

const TOKEN = 'ghs_test-token';
let github: IssuesStandIn;
let workspace: ScanWorkspace;

beforeAll(async () => {
  github = new IssuesStandIn(TOKEN);
  await github.start();
});
afterAll(() => github.stop());
beforeEach(() => {
  github.issues.length = 0;
  github.requests.length = 0;
});
afterEach(() => workspace?.remove());

function schedule(mode: IssueMode = 'per-image', token = TOKEN) {
  return runScheduledScan({
    settings: DEFAULT_SETTINGS,
    flags: { noResolve: true, noCache: true, retries: 0, timeoutSeconds: 5 },
    issues: { mode },
    client: octokitIssueClient({ token, apiUrl: github.url, owner: 'acme', repo: 'deploy', timeoutMs: 5000 }),
    dependencies: { cwd: workspace.root, env: workspace.env, retryDelayMs: 0 },
  });
}

function setImages(images: string[]): void {
  fs.writeFileSync(path.join(workspace.root, 'deploy.yaml'), deployment('web', images));
}

describe('scheduled re-scan with GitHub issues', () => {
  it('creates one issue per affected image, never a duplicate, updates in place and closes when clean', async () => {
    workspace = scanWorkspace({
      'deploy.yaml': deployment('web', ['nginx:1.25.3', 'registry.example.com/shop/clean:1']),
    });
    github.addPullRequest('a pull request with the label', 'kubegate-scan');

    const first = await schedule();
    expect(first.exitCode).toBe(1); // everything at the high tier is news on the first run
    expect(first.issues!.created).toHaveLength(1);
    expect(first.issues!.news.map((entry) => entry.id)).toEqual([
      'CVE-2023-4911',
      'CVE-2023-52425',
      'CVE-2024-2961',
    ]);
    const issue = github.issues.find((candidate) => !candidate.pull_request)!;
    expect(issue.title).toBe('kubegate: vulnerabilities in docker.io/library/nginx:1.25.3');
    expect(issue.labels).toEqual([{ name: 'kubegate-scan' }]);
    expect(issue.body).toContain('<!-- kubegate-scan:image:');
    expect(issue.body).toContain(
      '| [CVE-2024-2961](https://avd.aquasec.com/nvd/cve-2024-2961) | CRITICAL 8.1 | libc6 | 2.36-9+deb12u3 | 2.36-9+deb12u7 |',
    );
    expect(issue.body).toContain('`deploy.yaml:11` Deployment shop/web');
    expect(readState(issue.body).images['docker.io/library/nginx:1.25.3']).toEqual([
      'CVE-2023-4911',
      'CVE-2023-52425',
      'CVE-2024-2961',
    ]);

    // the same findings again: no new issue, no edit, the job passes (nothing new)
    const writesBefore = github.requests.filter((request) => request.method !== 'GET').length;
    const second = await schedule();
    expect(second.exitCode).toBe(0);
    expect(second.issues).toMatchObject({ created: [], updated: [], closed: [], news: [] });
    expect(github.issues.filter((candidate) => !candidate.pull_request)).toHaveLength(1);
    expect(github.requests.filter((request) => request.method !== 'GET').length).toBe(writesBefore);

    // a second image arrives whose findings are all low tier (UNKNOWN severities): an issue, but no news
    setImages(['registry.example.com/shop/odd:2.0', 'nginx:1.25.3']);
    const third = await schedule();
    expect(third.issues!.created).toHaveLength(1); // odd:2.0 is a new image
    expect(third.exitCode).toBe(0); // odd's findings are UNKNOWN severity, low tier: not gating

    // nginx no longer deployed, odd clean of gating findings but still affected
    setImages(['registry.example.com/shop/odd:2.0']);
    const fourth = await schedule();
    expect(fourth.issues!.closed).toEqual([issue.number]);
    expect(github.issues.find((candidate) => candidate.number === issue.number)!.state).toBe('closed');
    expect(github.issues.find((candidate) => candidate.number === issue.number)!.body).toContain(
      'is no longer deployed',
    );

    // nginx comes back: the closed issue is reopened, not duplicated, and its CVEs are news again
    setImages(['nginx:1.25.3', 'registry.example.com/shop/odd:2.0']);
    const fifth = await schedule();
    expect(fifth.issues!.reopened).toEqual([issue.number]);
    expect(fifth.issues!.created).toEqual([]);
    expect(fifth.exitCode).toBe(1);
    expect(github.issues.filter((candidate) => !candidate.pull_request)).toHaveLength(2);
  });

  it('leaves the issue of an image that could not be scanned alone, and exits 2', async () => {
    workspace = scanWorkspace({ 'deploy.yaml': deployment('web', ['nginx:1.25.3']) });
    await schedule();
    const [issue] = github.issues;
    const before = JSON.stringify(github.issues);
    // same image name now crashes the scanner: fake it with a bin that fails
    fs.writeFileSync(
      path.join(workspace.bin, 'trivy'),
      '#!/bin/sh\ncase "$1" in version) echo "{}";; image) case "$*" in *download-db-only*) exit 0;; esac; echo "FATAL boom" >&2; exit 1;; esac\n',
    );
    const failed = await schedule();
    expect(failed.exitCode).toBe(2);
    expect(failed.report.errors[0]!.message).toContain('FATAL boom');
    expect(JSON.stringify(github.issues)).toBe(before);
    expect(issue!.state).toBe('open');
    expect(failed.summary).toContain('**not scanned**');
  });

  it('keeps one tracking issue in tracking mode, and closes it when every image is clean', async () => {
    workspace = scanWorkspace({
      'deploy.yaml': deployment('web', ['nginx:1.25.3', 'registry.example.com/shop/odd:2.0']),
    });
    const first = await schedule('tracking');
    expect(first.exitCode).toBe(1);
    expect(github.issues).toHaveLength(1);
    expect(github.issues[0]!.title).toBe('kubegate: vulnerabilities in deployed images');
    expect(github.issues[0]!.body).toContain('| `docker.io/library/nginx:1.25.3` | 1 | 2 | 1 | 1 | 0 | 3 |');
    const second = await schedule('tracking');
    expect(second.exitCode).toBe(0);
    expect(github.issues).toHaveLength(1);
    setImages(['registry.example.com/shop/clean:1']);
    const third = await schedule('tracking');
    expect(third.issues!.closed).toEqual([github.issues[0]!.number]);
    expect(github.issues[0]!.state).toBe('closed');
  });

  it('folds duplicate open issues of one image into the oldest', async () => {
    workspace = scanWorkspace({ 'deploy.yaml': deployment('web', ['nginx:1.25.3']) });
    await schedule();
    const original = github.issues[0]!;
    github.issues.push({ ...original, number: 99, labels: [...original.labels] });
    const again = await schedule();
    expect(again.issues!.closed).toEqual([99]);
    expect(github.issues.find((issue) => issue.number === 99)!.body).toContain(
      `Duplicate of #${original.number}`,
    );
  });

  it('fails with exit 2 and the API message, not the token, when GitHub refuses', async () => {
    workspace = scanWorkspace({ 'deploy.yaml': deployment('web', ['nginx:1.25.3']) });
    const outcome = await schedule('per-image', 'wrong-token');
    expect(outcome.exitCode).toBe(2);
    expect(outcome.issueError).toContain('401 Bad credentials');
    expect(outcome.summary).not.toContain('wrong-token');
  });

  it('tracks a tag, not its digest', () => {
    expect(issueImageKey(`nginx:1.25@sha256:${'a'.repeat(64)}`)).toBe('docker.io/library/nginx:1.25');
    expect(issueImageKey(`ghcr.io/a/b@sha256:${'a'.repeat(64)}`)).toBe(
      `ghcr.io/a/b@sha256:${'a'.repeat(64)}`,
    );
  });
});
