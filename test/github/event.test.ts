import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { EventError, parsePayload, readContext, resolveMode } from '../../src/github/event.js';
import { InputError, parseInputs } from '../../src/github/inputs.js';
import { tempTree } from '../helpers/temp-tree.js';

const HEAD = '1'.repeat(40);
const BASE = '2'.repeat(40);

function pullRequest(headRepo: string | null, fork = false) {
  return {
    number: 12,
    pull_request: {
      number: 12,
      head: { sha: HEAD, repo: headRepo === null ? null : { full_name: headRepo, fork } },
      base: { sha: BASE, repo: { full_name: 'acme/shop' } },
    },
  };
}

describe('parseInputs', () => {
  const inputs = (values: Record<string, string>) => parseInputs((name) => values[name] ?? '');

  it('has the documented defaults', () => {
    expect(inputs({})).toEqual({
      paths: ['.'],
      mode: 'auto',
      comment: 'review',
      cluster: 'none',
      clusterOptions: { keepCluster: false },
      scan: {},
    });
  });

  it('reads paths separated by spaces or lines, and every other input', () => {
    expect(
      inputs({
        paths: 'deploy\n  charts/shop  overlays/prod\n',
        config: 'ci/kubegate.yaml',
        'fail-on': 'Medium',
        mode: 'pr',
        'base-ref': 'origin/main',
        'new-only': 'False',
        comment: 'summary',
        'sarif-file': 'out/kubegate.sarif',
        'github-token': 'ghs_x',
        cluster: 'kind',
        'keep-cluster': 'true',
        'kind-node-image': 'kindest/node:v1.31.0',
        cni: 'Calico',
        'probe-image': 'registry.example.com/agnhost:2.53',
        connectivity: 'false',
        'connectivity-expectation': 'ci/expected.json',
        'comment-from': 'artifact',
        scanner: 'Grype',
        'scanner-binary': '/opt/grype',
        'cache-dir': '.kubegate-cache',
        'ignore-file': '.kubegate-ignore.yaml',
        'ignore-unfixed': 'true',
        'severity-tiers': 'CRITICAL=high',
        issues: 'tracking',
        'issue-label': 'cve',
      }),
    ).toEqual({
      scan: {
        scanner: 'grype',
        scannerBinary: '/opt/grype',
        cacheDir: '.kubegate-cache',
        ignoreFile: '.kubegate-ignore.yaml',
        ignoreUnfixed: true,
        severityTiers: 'CRITICAL=high',
        issues: 'tracking',
        issueLabel: 'cve',
      },
      paths: ['deploy', 'charts/shop', 'overlays/prod'],
      config: 'ci/kubegate.yaml',
      failOn: 'medium',
      mode: 'pr',
      baseRef: 'origin/main',
      newOnly: false,
      comment: 'summary',
      sarifFile: 'out/kubegate.sarif',
      token: 'ghs_x',
      cluster: 'kind',
      clusterOptions: {
        keepCluster: true,
        nodeImage: 'kindest/node:v1.31.0',
        cni: 'calico',
        probeImage: 'registry.example.com/agnhost:2.53',
        connectivity: false,
        expectation: 'ci/expected.json',
      },
      commentFrom: 'artifact',
    });
    expect(
      inputs({ cluster: 'kubeconfig', kubeconfig: 'ci/kubeconfig', 'kube-context': 'staging' })
        .clusterOptions,
    ).toEqual({ kubeconfig: 'ci/kubeconfig', context: 'staging', keepCluster: false });
  });

  it('refuses a cluster knob where it would do nothing, and bad cluster values, naming the input', () => {
    expect(() => inputs({ cni: 'calico' })).toThrow(
      new InputError('cni: only used with cluster: kind or kubeconfig (cluster is none)'),
    );
    expect(() => inputs({ 'keep-cluster': 'true', connectivity: 'false' })).toThrow(
      /^keep-cluster, connectivity: only used with cluster: kind or kubeconfig/,
    );
    expect(() => inputs({ cluster: 'kind', kubeconfig: 'k', 'kube-context': 'c' })).toThrow(
      new InputError('kubeconfig, kube-context: only used with cluster: kubeconfig, not kind'),
    );
    expect(() => inputs({ cluster: 'kubeconfig', 'keep-cluster': 'true', cni: 'calico' })).toThrow(
      new InputError('keep-cluster, cni: only used with cluster: kind, not kubeconfig'),
    );
    expect(() => inputs({ cluster: 'kind', cni: 'cilium' })).toThrow(
      new InputError('cni must be one of kindnet, calico, not "cilium"'),
    );
    expect(() => inputs({ cluster: 'kind', 'keep-cluster': 'yes' })).toThrow(
      /^keep-cluster must be true or false, not "yes"/,
    );
    expect(() => inputs({ cluster: 'kind', connectivity: 'off' })).toThrow(
      /^connectivity must be true or false/,
    );
    expect(() => inputs({ cluster: 'kind', 'kind-node-image': '--help' })).toThrow(
      /^kind-node-image: "--help" is not an image reference/,
    );
    expect(() => inputs({ cluster: 'kind', 'probe-image': 'agnhost 2.53' })).toThrow(/^probe-image: /);
  });

  it('refuses values outside the allowed ones, naming the input', () => {
    expect(() => inputs({ 'fail-on': 'critical' })).toThrow(
      new InputError('fail-on must be one of high, medium, low, none, not "critical"'),
    );
    expect(() => inputs({ mode: 'nightly' })).toThrow(/^mode must be one of auto, pr, push, schedule/);
    expect(() => inputs({ comment: 'all' })).toThrow(/^comment must be one of review, summary, none/);
    expect(() => inputs({ cluster: 'eks' })).toThrow(/^cluster must be one of none, kind, kubeconfig/);
    expect(() => inputs({ scanner: 'clair' })).toThrow(/^scanner must be one of trivy, grype/);
    expect(() => inputs({ issues: 'one' })).toThrow(/^issues must be one of per-image, tracking/);
    expect(() => inputs({ 'new-only': 'yes' })).toThrow(/^new-only must be true or false/);
    // nothing that a git or check command would read as an option
    expect(() => inputs({ paths: 'deploy --config=/etc/passwd' })).toThrow(
      /paths: "--config=\/etc\/passwd" is not a path/,
    );
    expect(() => inputs({ 'base-ref': '--upload-pack=x' })).toThrow(/base-ref/);
  });
});

describe('parsePayload', () => {
  it('reads a pull request from the repository itself', () => {
    expect(parsePayload('pull_request', pullRequest('acme/shop'))).toEqual({
      pullRequest: {
        number: 12,
        headSha: HEAD,
        baseSha: BASE,
        headRepository: 'acme/shop',
        baseRepository: 'acme/shop',
        isFork: false,
      },
    });
  });

  it('knows a fork: another repository, the fork flag, or a deleted head repository', () => {
    expect(parsePayload('pull_request', pullRequest('mallory/shop')).pullRequest?.isFork).toBe(true);
    expect(parsePayload('pull_request_target', pullRequest('acme/shop', true)).pullRequest?.isFork).toBe(
      true,
    );
    expect(parsePayload('pull_request', pullRequest(null)).pullRequest?.isFork).toBe(true);
  });

  it('refuses a pull request payload without what the review needs', () => {
    const broken = pullRequest('acme/shop');
    broken.pull_request.head.sha = 'HEAD~1';
    expect(() => parsePayload('pull_request', broken)).toThrow(
      /pull_request\.head\.sha is missing from the event payload or is not a commit id/,
    );
    expect(() => parsePayload('pull_request', { pull_request: { head: {}, base: {} } })).toThrow(
      /pull_request\.number/,
    );
    expect(() => parsePayload('push', [])).toThrow(/not a JSON object/);
  });

  it('reads a workflow run, whose pull request list is empty for forks', () => {
    const payload = {
      workflow_run: {
        id: 5,
        event: 'pull_request',
        head_sha: HEAD,
        conclusion: 'failure',
        head_repository: { full_name: 'mallory/shop' },
        pull_requests: [],
      },
    };
    expect(parsePayload('workflow_run', payload)).toEqual({
      workflowRun: {
        id: 5,
        event: 'pull_request',
        headSha: HEAD,
        headRepository: 'mallory/shop',
        conclusion: 'failure',
        pullRequests: [],
      },
    });
  });

  it('needs nothing from push and schedule payloads', () => {
    expect(parsePayload('push', { ref: 'refs/heads/main' })).toEqual({});
    expect(parsePayload('schedule', {})).toEqual({});
  });
});

describe('resolveMode', () => {
  it('maps events to modes in auto, and keeps an explicit mode', () => {
    expect(resolveMode('auto', 'pull_request')).toBe('pr');
    expect(resolveMode('auto', 'pull_request_target')).toBe('pr');
    expect(resolveMode('auto', 'push')).toBe('push');
    expect(resolveMode('auto', 'merge_group')).toBe('push');
    expect(resolveMode('auto', 'schedule')).toBe('schedule');
    expect(resolveMode('auto', 'workflow_dispatch')).toBe('schedule');
    expect(resolveMode('push', 'pull_request')).toBe('push');
  });
});

describe('readContext', () => {
  let remove: (() => void) | undefined;
  afterEach(() => remove?.());

  it('reads the runner’s environment and the event file', () => {
    const tree = tempTree({ 'event.json': JSON.stringify(pullRequest('acme/shop')) });
    remove = tree.remove;
    const context = readContext(
      {
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_EVENT_PATH: path.join(tree.root, 'event.json'),
        GITHUB_REPOSITORY: 'acme/shop',
        GITHUB_API_URL: 'https://ghe.example.com/api/v3/',
        GITHUB_WORKSPACE: '/work/space',
        RUNNER_TEMP: '/runner/temp',
      },
      { cwd: '/cwd', tempDir: '/tmp' },
    );
    expect(context).toMatchObject({
      eventName: 'pull_request',
      owner: 'acme',
      repo: 'shop',
      apiUrl: 'https://ghe.example.com/api/v3',
      serverUrl: 'https://github.com',
      workspace: '/work/space',
      tempDir: '/runner/temp',
      pullRequest: { number: 12 },
    });
  });

  it('says what is wrong with the environment', () => {
    expect(() => readContext({ GITHUB_REPOSITORY: 'acme' }, { cwd: '/', tempDir: '/tmp' })).toThrow(
      new EventError('GITHUB_REPOSITORY must be owner/name, not "acme"'),
    );
    const tree = tempTree({ 'event.json': '{not json' });
    remove = tree.remove;
    expect(() =>
      readContext(
        { GITHUB_REPOSITORY: 'acme/shop', GITHUB_EVENT_PATH: path.join(tree.root, 'event.json') },
        { cwd: '/', tempDir: '/tmp' },
      ),
    ).toThrow(/cannot read the event payload .*event\.json/);
  });
});
