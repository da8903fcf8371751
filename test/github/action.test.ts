/**
 * runAction with a fake runner and a fake GitHub: the gate and its messages,
 * the files and outputs, annotations, and the checks of the comment-from
 * flow. The full pull request flow, with the bundled entry point and a
 * GitHub stand-in over HTTP, is test/action/action.e2e.test.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runAction, type ActionIO, type AnnotationLevel } from '../../src/github/action.js';
import { bundleOf, writeBundle } from '../../src/github/bundle.js';
import { buildReport } from '../../src/report/report.js';
import { tempTree } from '../helpers/temp-tree.js';
import { FakeGitHub } from './fake-client.js';

const PRIVILEGED = `apiVersion: v1
kind: Pod
metadata:
  name: web
  namespace: shop
spec:
  containers:
    - name: app
      image: registry.example.com/web@sha256:${'a'.repeat(64)}
      securityContext:
        allowPrivilegeEscalation: false
        runAsNonRoot: true
        capabilities:
          drop: [ALL]
        seccompProfile:
          type: RuntimeDefault
        privileged: true
`;
const CONFIG = 'rules:\n  "netpol/*": { enabled: false }\n  "workload/*": { enabled: false }\n';

interface FakeRunner {
  io: ActionIO;
  outputs: Record<string, string>;
  annotations: Array<{ level: AnnotationLevel; message: string; file?: string; line?: number }>;
  logs: string[];
  failed: string[];
  summaries: string[];
  clients: FakeGitHub[];
}

let removals: Array<() => void> = [];
afterEach(() => {
  for (const remove of removals) remove();
  removals = [];
});

function workspace(files: Record<string, string>): string {
  const tree = tempTree({ '.kubegate.yaml': CONFIG, ...files });
  removals.push(tree.remove);
  return tree.root;
}

function runner(root: string, inputs: Record<string, string>, env: Record<string, string> = {}): FakeRunner {
  const fake: Omit<FakeRunner, 'io'> = {
    outputs: {},
    annotations: [],
    logs: [],
    failed: [],
    summaries: [],
    clients: [],
  };
  const io: ActionIO = {
    env: {
      GITHUB_EVENT_NAME: 'push',
      GITHUB_REPOSITORY: 'acme/shop',
      GITHUB_WORKSPACE: root,
      GITHUB_SHA: 'c'.repeat(40),
      RUNNER_TEMP: path.join(root, '.runner'),
      ...env,
    },
    cwd: root,
    tempDir: path.join(root, '.tmp'),
    input: (name) => inputs[name] ?? '',
    info: (message) => fake.logs.push(message),
    warning: (message) => fake.logs.push(`warning: ${message}`),
    annotate: (level, message, place) =>
      fake.annotations.push({ level, message, ...(place ? { file: place.file, line: place.line } : {}) }),
    setOutput: (name, value) => (fake.outputs[name] = value),
    writeJobSummary: async (markdown) => {
      fake.summaries.push(markdown);
    },
    setFailed: (message) => fake.failed.push(message),
    setSecret: () => undefined,
    createClient: () => {
      const client = new FakeGitHub();
      fake.clients.push(client);
      return client;
    },
    today: '2026-01-15',
  };
  return { ...fake, io };
}

describe('runAction: the gate', () => {
  it('fails a push with a one-line reason, writes JSON and SARIF, sets the outputs and comments nowhere', async () => {
    const root = workspace({ 'deploy/web.yaml': PRIVILEGED });
    const fake = runner(root, { paths: 'deploy', 'fail-on': 'medium', 'sarif-file': 'out/kubegate.sarif' });
    const result = await runAction(fake.io);
    expect(result.outcome).toBe('fail');
    expect(fake.failed).toEqual([
      'kubegate gate failed: 1 finding at or above medium (worst: pss/privileged at deploy/web.yaml:17)',
    ]);
    expect(fake.outputs).toMatchObject({ gate: 'fail', medium: '1', high: '0', low: '0', new: '1' });
    expect(fake.outputs.sarif).toBe(path.join(root, 'out/kubegate.sarif'));
    const sarif = JSON.parse(fs.readFileSync(fake.outputs.sarif!, 'utf8')) as {
      runs: Array<{ results: Array<{ ruleId: string }> }>;
    };
    expect(sarif.runs[0]!.results.map((r) => r.ruleId)).toEqual(['pss/privileged']);
    const report = JSON.parse(fs.readFileSync(fake.outputs.report!, 'utf8')) as { summary: { gate: string } };
    expect(report.summary.gate).toBe('fail');
    expect(fake.outputs).not.toHaveProperty('review-artifact');
    expect(fake.clients).toEqual([]);
    expect(fake.annotations).toEqual([
      {
        level: 'warning',
        message: 'pss/privileged: container "app" must not set securityContext.privileged=true',
        file: 'deploy/web.yaml',
        line: 17,
      },
    ]);
    expect(fake.summaries[0]).toMatch(/^### kubegate: ❌ gate failed/);
  });

  it('passes below fail-on, saying so', async () => {
    const root = workspace({ 'deploy/web.yaml': PRIVILEGED });
    const fake = runner(root, { paths: 'deploy', 'fail-on': 'high' });
    const result = await runAction(fake.io);
    expect(result.outcome).toBe('pass');
    expect(fake.failed).toEqual([]);
    expect(fake.logs).toContain('kubegate gate passed: 1 finding below high (fail-on high)');
    expect(fake.outputs.gate).toBe('pass');
  });

  it('annotates the worst first, at most ten per level', async () => {
    const many = Array.from({ length: 12 }, (_, i) => PRIVILEGED.replace('name: web', `name: web${i}`)).join(
      '---\n',
    );
    const root = workspace({ 'deploy/web.yaml': many });
    const fake = runner(root, { paths: 'deploy', 'fail-on': 'medium' });
    await runAction(fake.io);
    expect(fake.annotations.filter((a) => a.level === 'warning')).toHaveLength(10);
    expect(fake.logs).toContain(
      '2 more findings are not annotated (GitHub shows ten per level); see the job summary',
    );
  });

  it('fails with "could not evaluate", not a policy message, when input cannot be read', async () => {
    const root = workspace({
      'deploy/web.yaml': PRIVILEGED,
      'deploy/bad.yaml': 'kind: Pod\nmetadata: {name: a\n',
    });
    const fake = runner(root, { paths: 'deploy' });
    const result = await runAction(fake.io);
    expect(result.outcome).toBe('error');
    expect(fake.failed).toHaveLength(1);
    expect(fake.failed[0]).toMatch(
      /^kubegate could not evaluate: 1 input could not be read or rendered; first: deploy\/bad\.yaml:\d+: /,
    );
    expect(fake.outputs.gate).toBe('error');
    expect(fake.annotations[0]).toMatchObject({ level: 'error', file: 'deploy/bad.yaml' });
  });

  it('fails with "could not evaluate" for bad inputs, a bad config, a wrong mode or an unavailable cluster', async () => {
    const cases: Array<[Record<string, string>, Record<string, string>, string | RegExp]> = [
      [
        { 'fail-on': 'critical' },
        {},
        'kubegate could not evaluate: fail-on must be one of high, medium, low, none, not "critical"',
      ],
      [
        { config: 'missing.yaml' },
        {},
        'kubegate could not evaluate: missing.yaml:1: cannot read config file: ENOENT',
      ],
      [
        { mode: 'pr' },
        {},
        'kubegate could not evaluate: mode pr needs a pull_request or pull_request_target event, not "push"',
      ],
      [
        { cluster: 'kind', mode: 'schedule' },
        {},
        'kubegate could not evaluate: cluster: "kind" runs in modes pr and push, not in mode schedule',
      ],
      [
        { cni: 'calico' },
        {},
        'kubegate could not evaluate: cni: only used with cluster: kind or kubeconfig (cluster is none)',
      ],
      [
        { 'new-only': 'true' },
        {},
        'kubegate could not evaluate: new-only needs a base: set base-ref, or run on a pull request',
      ],
      [
        {},
        { GITHUB_REPOSITORY: 'no-slash' },
        'kubegate could not evaluate: GITHUB_REPOSITORY must be owner/name, not "no-slash"',
      ],
    ];
    for (const [inputs, env, message] of cases) {
      const root = workspace({ 'deploy/web.yaml': PRIVILEGED });
      const fake = runner(root, { paths: 'deploy', ...inputs }, env);
      const result = await runAction(fake.io);
      expect(result.outcome).toBe('error');
      expect(fake.failed).toHaveLength(1);
      if (typeof message === 'string') expect(fake.failed[0]).toBe(message);
      else expect(fake.failed[0]).toMatch(message);
      expect(fake.outputs.gate).toBe('error');
    }
  });

  it('reports an internal error as "could not evaluate", never as a pass', async () => {
    const root = workspace({ 'deploy/web.yaml': PRIVILEGED });
    const fake = runner(root, { paths: 'deploy' });
    const result = await runAction({
      ...fake.io,
      input: (name) => {
        if (name === 'github-token') throw new Error('runner exploded');
        return name === 'paths' ? 'deploy' : '';
      },
    });
    expect(result.outcome).toBe('error');
    expect(fake.failed).toEqual(['kubegate could not evaluate: internal error: runner exploded']);
  });

  it('keeps secret values out of annotations, logs, outputs, the job summary and the files', async () => {
    const secret = 'pw-7d1e0c55a9';
    const root = workspace({
      'deploy/secret.yaml': `apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\n  namespace: shop\nstringData:\n  password: ${secret}\n`,
      // a container named like the password: its findings' messages would carry it
      'deploy/web.yaml': PRIVILEGED.replace('name: app', `name: ${secret}`),
    });
    const fake = runner(root, { paths: 'deploy', 'fail-on': 'medium' });
    await runAction(fake.io);
    const files = [fake.outputs.report!, fake.outputs.sarif!].map((file) => fs.readFileSync(file, 'utf8'));
    const everything = JSON.stringify([
      fake.annotations,
      fake.logs,
      fake.outputs,
      fake.failed,
      fake.summaries,
      files,
    ]);
    expect(everything).toContain('container \\"[redacted]\\" must not set securityContext.privileged=true');
    expect(everything).not.toContain(secret);
  });
});

describe('runAction: comment-from', () => {
  const HEAD = 'd'.repeat(40);

  function artifactIn(root: string, overrides: { repository?: string; headSha?: string } = {}): string {
    const folder = path.join(root, 'artifact');
    writeBundle(
      path.join(folder, 'kubegate-review.json'),
      bundleOf({
        repository: overrides.repository ?? 'acme/shop',
        pullRequest: 1,
        headSha: overrides.headSha ?? HEAD,
        baseSha: 'b'.repeat(40),
        report: buildReport({
          findings: [],
          errors: [],
          failOn: 'high',
          newOnly: true,
          objects: 0,
          files: 0,
          skippedDocuments: 0,
          skippedCharts: [],
        }),
        candidates: [],
        sections: [{ title: 'Connectivity', markdown: 'graph <!-- kubegate:summary --> @team' }],
      }),
    );
    return folder;
  }

  function workflowRun(root: string, pullRequests: number[] = []) {
    const event = path.join(root, 'event.json');
    fs.writeFileSync(
      event,
      JSON.stringify({
        workflow_run: {
          id: 1,
          event: 'pull_request',
          head_sha: HEAD,
          conclusion: 'success',
          head_repository: { full_name: 'mallory/shop' },
          pull_requests: pullRequests.map((number) => ({ number })),
        },
      }),
    );
    return { GITHUB_EVENT_NAME: 'workflow_run', GITHUB_EVENT_PATH: event };
  }

  async function post(
    root: string,
    env: Record<string, string>,
    setup: (client: FakeGitHub) => void = () => undefined,
  ) {
    const fake = runner(root, { 'comment-from': 'artifact', 'github-token': 't' }, env);
    const io: ActionIO = {
      ...fake.io,
      createClient: (options) => {
        const client = fake.io.createClient(options) as FakeGitHub;
        client.pull = { ...client.pull, headSha: HEAD, headRepository: 'mallory/shop' };
        setup(client);
        return client;
      },
    };
    return { fake, result: await runAction(io) };
  }

  it('posts the summary of an artifact that matches the run and the pull request, sections defused', async () => {
    const root = workspace({});
    artifactIn(root);
    const { fake, result } = await post(root, workflowRun(root));
    expect(result.outcome).toBe('posted');
    const client = fake.clients[0]!;
    expect(client.calls[0]).toBe('getPullRequest');
    expect(client.issueComments).toHaveLength(1);
    const body = client.issueComments[0]!.body;
    expect(body).toContain('#### Connectivity\n\ngraph &lt;!-- kubegate:summary --> @\u200bteam');
    expect(body.match(/<!-- kubegate:summary -->/g)).toHaveLength(1);
  });

  it('refuses an artifact for another repository, another commit, or a pull request at another commit', async () => {
    const refusals: Array<[() => void, ((client: FakeGitHub) => void) | undefined, RegExp]> = [];
    const root = workspace({});
    refusals.push([
      () => artifactIn(root, { repository: 'mallory/shop' }),
      undefined,
      /it is for mallory\/shop, this is acme\/shop/,
    ]);
    refusals.push([
      () => artifactIn(root, { headSha: 'e'.repeat(40) }),
      undefined,
      /it is for commit e+, the workflow run was for d+/,
    ]);
    refusals.push([
      () => artifactIn(root),
      (client) => (client.pull = { ...client.pull, headSha: 'f'.repeat(40) }),
      /pull request #1 is at f+, not at the artifact's d+/,
    ]);
    refusals.push([
      () => artifactIn(root),
      (client) => (client.readStatus = 404),
      /pull request #1: getPullRequest: refused/,
    ]);
    for (const [write, setup, reason] of refusals) {
      write();
      const { fake, result } = await post(root, workflowRun(root), setup);
      expect(result.outcome).toBe('refused');
      expect(fake.logs.join('\n')).toMatch(reason);
      expect(fake.failed).toEqual([]);
      for (const client of fake.clients) {
        expect(client.calls.filter((call) => call.startsWith('create') || call.startsWith('update'))).toEqual(
          [],
        );
      }
    }
  });

  it('refuses an artifact for a pull request the run was not for', async () => {
    const root = workspace({});
    artifactIn(root);
    const { result } = await post(root, workflowRun(root, [2]));
    expect(result).toMatchObject({
      outcome: 'refused',
      message: expect.stringMatching(/was for pull request #2, not #1/),
    });
  });

  it('runs only in a workflow_run job, and fails on an artifact that is not one', async () => {
    const root = workspace({ 'artifact/kubegate-review.json': '{"kind": "kubegate-review"}' });
    const wrongEvent = await post(root, { GITHUB_EVENT_NAME: 'pull_request' });
    expect(wrongEvent.fake.failed[0]).toMatch(
      /^kubegate could not evaluate: comment-from posts the artifact of a pull_request run from a workflow_run job/,
    );
    const invalid = await post(root, workflowRun(root));
    expect(invalid.fake.failed[0]).toMatch(
      /^kubegate could not evaluate: .*kubegate-review\.json is not a kubegate review artifact/,
    );
  });
});
