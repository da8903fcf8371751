/**
 * The Action, start to finish, with the runner and GitHub behind one
 * injectable interface (main.ts wires @actions/core and Octokit):
 *
 *   inputs, event ─▶ mode ─▶ [kind cluster starts] ─▶ check ─▶ [cluster stage]
 *     ─▶ report files (JSON, SARIF, review artifact)
 *     ─▶ outputs, annotations ─▶ review + sticky summary (pull requests)
 *     ─▶ job summary ─▶ gate
 *
 * With `cluster: kind` the kind cluster is started before the check (which
 * is synchronous), so it boots while the manifests render; the cluster stage
 * then runs on what the check rendered, and its findings join the report,
 * counted and gated like the static ones. The cluster is deleted at the end
 * whatever happens, unless `keep-cluster`; a cluster that cannot be started
 * or reached is "could not evaluate", never a pass.
 *
 * The job's result is the gate: a policy failure fails with a one-line
 * reason, and "could not evaluate" (bad input, bad config, render failure)
 * fails with a different, explicit message; nothing passes silently. Posting
 * comments never decides the result: when GitHub refuses (a fork's read-only
 * token), the findings still reach annotations, the job summary and the
 * review artifact. Every text that leaves passes through the redactor.
 *
 * With `comment-from`, the Action only posts a review artifact made by an
 * earlier pull_request run (the workflow_run half of the fork-safe pattern):
 * it checks the artifact against GitHub and never reads the PR's code.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FetchText } from '../cluster/calico.js';
import type { Clock } from '../cluster/clock.js';
import { resolveWithOverrides } from '../cluster/config.js';
import { readExpectation } from '../cluster/expectation.js';
import { isClusterFailure } from '../cluster/failure.js';
import type { SignalSource } from '../cluster/kind.js';
import { spawnRunner, type ProcessRunner } from '../cluster/process.js';
import type { ClusterSession } from '../cluster/session.js';
import type { ClusterStageResult } from '../cluster/stage.js';
import { UsageError } from '../commands/io.js';
import type { TruthTable } from '../engines/netpol/matrix.js';
import { ConfigError } from '../config/config-file.js';
import type { SourceObject } from '../model/objects.js';
import { renderSources } from '../render/render.js';
import { writeJsonFile } from '../report/json.js';
import {
  gateReason,
  gatingFindings,
  neutralizeMarkdown,
  summaryMarkdown,
  type ExtraSection,
} from '../report/markdown.js';
import { withFindings, type Report } from '../report/report.js';
import { formatSarif } from '../report/sarif.js';
import { ruleCatalogue } from '../rules/catalogue.js';
import type { RuleInfo, Tier } from '../rules/types.js';
import { KUBEGATE_VERSION } from '../version.js';
import { BUNDLE_FILE, BundleError, bundleOf, readBundle, writeBundle, type ReviewBundle } from './bundle.js';
import { reviewCandidates } from './candidates.js';
import { cleaningClient, GitHubApiError, type GitHubClient } from './client.js';
import { EventError, readContext, resolveMode, type ActionContext } from './event.js';
import { evaluate, EvaluateError, type Evaluation } from './evaluate.js';
import { InputError, parseInputs, type ActionInputs } from './inputs.js';
import { publish, type PublishResult } from './publish.js';
import { Redactor } from './redact.js';
import { clusterSection, extraSections } from './sections.js';
import { octokitIssueClient } from '../scan/octokit-issues.js';
import type { IssueClient } from '../scan/issues.js';
import { ScanOptionsError } from '../scan/options.js';
import { IgnoreFileError } from '../scan/ignore-file.js';
import { runScheduledScan } from '../scan/schedule.js';
import { loadSettings } from '../scan/settings.js';

export type AnnotationLevel = 'error' | 'warning' | 'notice';

export interface AnnotationPlace {
  readonly file: string;
  readonly line: number;
  readonly column?: number;
  readonly title?: string;
}

/** The runner and GitHub as the Action sees them. */
export interface ActionIO {
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
  readonly tempDir: string;
  /** an input as the runner passes it, '' when unset */
  readonly input: (name: string) => string;
  readonly info: (message: string) => void;
  readonly warning: (message: string) => void;
  readonly annotate: (level: AnnotationLevel, message: string, place?: AnnotationPlace) => void;
  readonly setOutput: (name: string, value: string) => void;
  readonly writeJobSummary: (markdown: string) => Promise<void>;
  readonly setFailed: (message: string) => void;
  /** hides a value in the runner's logs (the token) */
  readonly setSecret: (value: string) => void;
  readonly createClient: (options: {
    token: string;
    apiUrl: string;
    owner: string;
    repo: string;
  }) => GitHubClient;
  /** YYYY-MM-DD, for exemption expiry (today by default) */
  readonly today?: string;
  /** the issues API for mode schedule (Octokit by default) */
  readonly createIssueClient?: (options: {
    token: string;
    apiUrl: string;
    owner: string;
    repo: string;
  }) => IssueClient;
  /** the cluster stage's outside world (cluster: kind or kubeconfig); real processes and network by default */
  readonly cluster?: ActionClusterDeps;
}

export interface ActionClusterDeps {
  /** runs kind */
  readonly runner?: ProcessRunner;
  /** the process's signals: a cancelled run deletes the kind cluster (main.ts passes process) */
  readonly signals?: SignalSource;
  readonly exit?: (code: number) => void;
  /** downloads Calico's manifest */
  readonly fetchText?: FetchText;
  readonly clock?: Clock;
  /** where ~/.kube/config is looked for */
  readonly homeDir?: string;
}

export interface ActionResult {
  /** the gate, or 'posted' for a comment-from run */
  readonly outcome: 'pass' | 'fail' | 'error' | 'posted' | 'refused';
  readonly message: string;
  readonly published?: PublishResult;
}

/** GitHub shows at most ten annotations of each level per step. */
const ANNOTATIONS_PER_LEVEL = 10;
const LEVEL: Record<Tier, AnnotationLevel> = { high: 'error', medium: 'warning', low: 'notice' };
const TIER_RANK: Record<Tier, number> = { high: 0, medium: 1, low: 2 };
const JOB_SUMMARY_MAX_CHARS = 500_000;

export async function runAction(io: ActionIO): Promise<ActionResult> {
  // nothing is known to be secret before the manifests are read; after, everything is cleaned
  let redactor = new Redactor([]);
  const clean = (text: string) => redactor.redact(text);
  const out: ActionIO = {
    ...io,
    info: (message) => io.info(clean(message)),
    warning: (message) => io.warning(clean(message)),
    annotate: (level, message, place) =>
      io.annotate(
        level,
        clean(message),
        place && { ...place, ...(place.title !== undefined ? { title: clean(place.title) } : {}) },
      ),
    writeJobSummary: (markdown) => io.writeJobSummary(clean(markdown)),
    setFailed: (message) => io.setFailed(clean(message)),
    setOutput: (name, value) => io.setOutput(name, clean(value)),
  };
  const couldNotEvaluate = (reason: string): ActionResult => {
    try {
      out.setOutput('gate', 'error');
    } catch {
      // the runner's output file is what failed: the failure message below still says why
    }
    const message = `kubegate could not evaluate: ${reason}`;
    out.setFailed(message);
    return { outcome: 'error', message };
  };

  let session: ClusterSession | undefined;
  try {
    const inputs = parseInputs(io.input);
    if (inputs.token) io.setSecret(inputs.token);
    const context = readContext(io.env, { cwd: io.cwd, tempDir: io.tempDir });
    if (inputs.commentFrom !== undefined) return await postArtifact(inputs, context, out);

    const mode = resolveMode(inputs.mode, context.eventName);
    if (mode === 'pr' && !context.pullRequest) {
      throw new EventError(
        `mode pr needs a pull_request or pull_request_target event, not "${context.eventName || 'none'}"`,
      );
    }
    if (mode === 'schedule') {
      if (inputs.cluster !== 'none')
        throw new InputError(`cluster: "${inputs.cluster}" runs in modes pr and push, not in mode schedule`);
      return await scheduledScan(inputs, context, io, out, couldNotEvaluate);
    }
    const pr = mode === 'pr' ? context.pullRequest : undefined;
    // started first: the kind cluster boots while the (synchronous) check runs
    const cluster = inputs.cluster !== 'none' ? await startCluster(inputs, context, io, out) : undefined;
    session = cluster?.session;
    const evaluation = evaluate({
      inputs,
      mode,
      workspace: context.workspace,
      ...(pr ? { pullRequestBase: pr.baseSha } : {}),
      env: io.env,
      ...(io.today !== undefined ? { today: io.today } : {}),
    });
    redactor = evaluation.redactor;
    let report = evaluation.report;
    const sections = extraSections(evaluation);
    const notes: string[] = [];
    let stage: ClusterStageResult | undefined;
    if (session) {
      if (report.summary.gate === 'error') {
        notes.push('The cluster stage did not run: some manifests could not be read or rendered.');
      } else {
        // compared with a base, the check rendered only what the change touches; the
        // connectivity test needs every workload a changed policy may select
        const wholeTree =
          evaluation.comparedWith !== undefined && cluster?.connectivity && !cluster.expectation
            ? renderWholeTree(evaluation, context.workspace, io.env, notes)
            : undefined;
        stage = await session.run({
          objects: evaluation.headObjects,
          ...(wholeTree ? { connectivityObjects: wholeTree } : {}),
          settings: evaluation.options.settings,
          ...(cluster?.expectation ? { expectation: cluster.expectation } : {}),
          ...(io.today !== undefined ? { today: io.today } : {}),
        });
        report = withFindings(report, stage.findings);
        sections.push(clusterSection(stage.summary));
        for (const error of stage.summary.cleanupErrors)
          out.warning(`kubegate cluster stage cleanup failed: ${error}`);
      }
    }
    const rules = new Map(ruleCatalogue().map((rule) => [rule.id, rule]));
    const commit = pr?.headSha ?? context.sha;
    const linkTo = commit ? blobLink(context, commit) : undefined;

    // files first: they exist whatever happens to the comments
    const outputDir = path.join(context.tempDir, 'kubegate');
    fs.mkdirSync(outputDir, { recursive: true });
    const safeReport = redactor.redactDeep(report);
    const reportFile = path.join(outputDir, 'kubegate-report.json');
    writeJsonFile(reportFile, safeReport, stage ? { cluster: redactor.redactDeep(stage.summary) } : {});
    const sarifFile = inputs.sarifFile
      ? path.resolve(context.workspace, inputs.sarifFile)
      : path.join(outputDir, 'kubegate.sarif');
    fs.mkdirSync(path.dirname(sarifFile), { recursive: true });
    fs.writeFileSync(
      sarifFile,
      formatSarif(safeReport, { rules: [...rules.values()], toolVersion: KUBEGATE_VERSION }),
    );
    let bundle: ReviewBundle | undefined;
    let bundleFile: string | undefined;
    if (pr) {
      bundle = bundleOf({
        repository: `${context.owner}/${context.repo}`,
        pullRequest: pr.number,
        headSha: pr.headSha,
        baseSha: pr.baseSha,
        report: safeReport,
        candidates: reviewCandidates(report.findings, {
          readText: evaluation.readText,
          isUnsafeLine: (line) => redactor.reveals(line),
        }),
        sections,
      });
      bundleFile = path.join(outputDir, BUNDLE_FILE);
      writeBundle(bundleFile, redactor.redactDeep(bundle));
    }
    setOutputs(out, report, {
      report: reportFile,
      sarif: sarifFile,
      ...(bundleFile ? { bundle: bundleFile } : {}),
    });
    annotate(out, report, mode === 'pr');

    // the pull request
    let published: PublishResult | undefined;
    const commentMode = inputs.comment;
    if (pr && bundle && commentMode !== 'none') {
      const token = inputs.token ?? io.env.GITHUB_TOKEN;
      if (!token) {
        notes.push('No github-token: nothing was posted to the pull request.');
        out.warning('kubegate has no github-token, so it cannot comment on the pull request');
      } else {
        published = await publishSafely(out, notes, () =>
          publish({
            pull: pr.number,
            headSha: pr.headSha,
            report: safeReport,
            candidates: bundle.candidates,
            rules,
            comment: commentMode,
            summary: {
              ...(linkTo ? { linkTo } : {}),
              ...(evaluation.comparedWith ? { comparedWith: evaluation.comparedWith } : {}),
              ...(commit ? { commit } : {}),
              sections,
            },
            log: { info: out.info, warning: out.warning },
            client: cleaningClient(
              io.createClient({ token, apiUrl: context.apiUrl, owner: context.owner, repo: context.repo }),
              clean,
            ),
          }),
        );
        notes.push(...(published?.notes ?? []));
        if (published?.readOnly) {
          notes.push(
            `Comments could not be posted${pr.isFork ? ' (a pull request from a fork gets a read-only token)' : ' (the token is read-only)'}. The findings are in the annotations, in this summary and in the review artifact ${bundleFile}; the workflow_run pattern in kubegate's docs/action.md posts it safely.`,
          );
        }
      }
    }

    await out.writeJobSummary(
      summaryMarkdown(report, {
        rules,
        ...(linkTo ? { linkTo } : {}),
        ...(evaluation.comparedWith ? { comparedWith: evaluation.comparedWith } : {}),
        ...(commit ? { commit } : {}),
        ...(published ? { commentedInline: published.commentedInline } : {}),
        sections,
        notes,
        maxChars: JOB_SUMMARY_MAX_CHARS,
      }),
    );
    return { ...gate(out, report), ...(published ? { published } : {}) };
  } catch (error) {
    if (
      error instanceof InputError ||
      error instanceof EventError ||
      error instanceof EvaluateError ||
      error instanceof UsageError ||
      error instanceof BundleError
    ) {
      return couldNotEvaluate(error.message);
    }
    if (error instanceof ConfigError)
      return couldNotEvaluate(`${error.file}:${error.line}: ${error.message}`);
    if (isClusterFailure(error)) return couldNotEvaluate(`cluster: ${error.message}`);
    const detail = error instanceof Error ? error.message : String(error);
    if (io.env.KUBEGATE_DEBUG && error instanceof Error && error.stack) out.info(error.stack);
    return couldNotEvaluate(`internal error: ${detail}`);
  } finally {
    // the kind cluster goes whatever happened (a no-op when the stage deleted it)
    for (const error of (await session?.close()) ?? [])
      out.warning(`kubegate could not delete the kind cluster: ${error}`);
  }
}

/**
 * The cluster target from the inputs and the config file's `cluster:`
 * section; a kind cluster starts at once. The cluster code (and its
 * Kubernetes client) is loaded only here, so runs without a cluster do not
 * pay for it.
 */
async function startCluster(
  inputs: ActionInputs,
  context: ActionContext,
  io: ActionIO,
  out: ActionIO,
): Promise<{ session: ClusterSession; connectivity: boolean; expectation?: TruthTable }> {
  const options = inputs.clusterOptions;
  const settings = loadSettings(inputs.config, context.workspace);
  const config = resolveWithOverrides(settings.config.cluster, {
    ...(options.nodeImage !== undefined ? { nodeImage: options.nodeImage } : {}),
    ...(options.cni !== undefined ? { cni: options.cni } : {}),
    ...(options.probeImage !== undefined ? { probeImage: options.probeImage } : {}),
    ...(options.connectivity !== undefined ? { connectivity: options.connectivity } : {}),
  });
  let expectation: TruthTable | undefined;
  if (options.expectation !== undefined) {
    if (!config.connectivity)
      throw new InputError('connectivity-expectation: the connectivity probes are off (connectivity: false)');
    try {
      expectation = readExpectation(path.resolve(context.workspace, options.expectation));
    } catch (error) {
      throw new InputError(`connectivity-expectation: ${options.expectation}: ${(error as Error).message}`);
    }
  }
  const deps = io.cluster ?? {};
  const { startClusterSession } = await import('../cluster/session.js');
  const session = startClusterSession({
    target:
      inputs.cluster === 'kind'
        ? { mode: 'kind', keepCluster: options.keepCluster }
        : {
            mode: 'kubeconfig',
            kubeconfigPath: path.resolve(
              context.workspace,
              options.kubeconfig ??
                (io.env.KUBECONFIG?.split(path.delimiter)[0] ||
                  path.join(deps.homeDir ?? (io.env.HOME || os.homedir()), '.kube', 'config')),
            ),
            ...(options.context !== undefined ? { context: options.context } : {}),
          },
    config,
    runner: deps.runner ?? spawnRunner,
    ...(deps.signals ? { signals: deps.signals } : {}),
    ...(deps.exit ? { exit: deps.exit } : {}),
    ...(deps.fetchText ? { fetchText: deps.fetchText } : {}),
    ...(deps.clock ? { clock: deps.clock } : {}),
    log: (line) => out.info(line),
  });
  return { session, connectivity: config.connectivity, ...(expectation ? { expectation } : {}) };
}

/**
 * Every source under the paths, rendered at the head. When one cannot be
 * rendered (it is not part of the change, or the check would have said so),
 * the connectivity test keeps to what the change touches, and says so.
 */
function renderWholeTree(
  evaluation: Evaluation,
  workspace: string,
  env: ActionIO['env'],
  notes: string[],
): readonly SourceObject[] | undefined {
  const { paths, settings } = evaluation.options;
  const rendered = renderSources(paths, {
    cwd: workspace,
    config: settings.config.render ?? {},
    maxFileBytes: settings.maxFileBytes,
    env,
  });
  if (rendered.errors.length === 0) return rendered.objects;
  const first = rendered.errors[0]!;
  notes.push(
    `The connectivity test covers only the sources this change touches: ${first.file}:${first.line} could not be rendered (${first.message}).`,
  );
  return undefined;
}

/** Posting never decides the job: whatever goes wrong in it is a warning and a note. */
async function publishSafely(
  out: ActionIO,
  notes: string[],
  run: () => Promise<PublishResult>,
): Promise<PublishResult | undefined> {
  try {
    return await run();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    out.warning(`kubegate could not comment on the pull request: ${reason}`);
    notes.push(`Comments could not be posted: ${reason}`);
    return undefined;
  }
}

function gate(out: ActionIO, report: Report): ActionResult {
  const s = report.summary;
  if (s.gate === 'error') {
    const first = report.errors[0];
    const where = first ? `; first: ${first.file}:${first.line}: ${first.message}` : '';
    const message = `kubegate could not evaluate: ${report.errors.length} input${report.errors.length === 1 ? '' : 's'} could not be read or rendered${where}`;
    out.setFailed(message);
    return { outcome: 'error', message };
  }
  if (s.gate === 'fail') {
    const worst = gatingFindings(report)[0];
    const at = worst ? ` (worst: ${worst.ruleId} at ${worst.location.file}:${worst.location.line})` : '';
    const message = `kubegate gate failed: ${gateReason(report)}${at}`;
    out.setFailed(message);
    return { outcome: 'fail', message };
  }
  const message = `kubegate gate passed: ${gateReason(report)}${s.failOn === 'none' ? '' : ` (fail-on ${s.failOn})`}`;
  out.info(message);
  return { outcome: 'pass', message };
}

function setOutputs(
  out: ActionIO,
  report: Report,
  files: { report?: string; sarif?: string; bundle?: string },
): void {
  const s = report.summary;
  out.setOutput('high', String(s.high));
  out.setOutput('medium', String(s.medium));
  out.setOutput('low', String(s.low));
  out.setOutput('new', String(s.new));
  out.setOutput('existing', String(s.existing));
  out.setOutput('fixed', String(s.fixed));
  out.setOutput('gate', s.gate);
  if (files.report) out.setOutput('report', files.report);
  if (files.sarif) out.setOutput('sarif', files.sarif);
  if (files.bundle) out.setOutput('review-artifact', files.bundle);
}

/** Errors first, then the findings the gate counts (new ones on a pull request), worst first. */
function annotate(out: ActionIO, report: Report, newOnly: boolean): void {
  const used: Record<AnnotationLevel, number> = { error: 0, warning: 0, notice: 0 };
  for (const error of report.errors.slice(0, ANNOTATIONS_PER_LEVEL)) {
    used.error++;
    out.annotate('error', error.message, {
      file: error.file,
      line: error.line,
      ...(error.column !== undefined ? { column: error.column } : {}),
      title: 'kubegate could not evaluate this file',
    });
  }
  const findings = (newOnly ? report.findings.filter((f) => f.status === 'new') : gatingFindings(report))
    .filter((f) => f.status !== 'fixed' && f.exemption?.state !== 'active')
    .sort((a, b) => TIER_RANK[a.tier] - TIER_RANK[b.tier]);
  let left = 0;
  for (const finding of findings) {
    const level = LEVEL[finding.tier];
    if (used[level] >= ANNOTATIONS_PER_LEVEL) {
      left++;
      continue;
    }
    used[level]++;
    out.annotate(level, `${finding.ruleId}: ${finding.message}`, {
      file: finding.location.file,
      line: finding.location.line,
      column: finding.location.column,
      title: `kubegate: ${finding.title}`,
    });
  }
  if (left > 0)
    out.info(`${left} more findings are not annotated (GitHub shows ten per level); see the job summary`);
}

function blobLink(context: ActionContext, commit: string): (file: string, line: number) => string {
  const base = `${context.serverUrl}/${encodeURIComponent(context.owner)}/${encodeURIComponent(context.repo)}/blob/${commit}`;
  return (file, line) => `${base}/${file.split('/').map(encodeURIComponent).join('/')}#L${line}`;
}

/**
 * The workflow_run half of the fork-safe pattern: post an artifact made by a
 * pull_request run. The artifact is untrusted (the PR's code could have
 * written it), so what it claims is checked against the triggering run and
 * against GitHub before anything is posted; a mismatch posts nothing.
 */
async function postArtifact(
  inputs: ActionInputs,
  context: ActionContext,
  out: ActionIO,
): Promise<ActionResult> {
  const run = context.workflowRun;
  if (context.eventName !== 'workflow_run' || !run) {
    throw new EventError(
      `comment-from posts the artifact of a pull_request run from a workflow_run job, not from a ${context.eventName || 'run without an event'}`,
    );
  }
  const location = path.resolve(context.workspace, inputs.commentFrom!);
  const bundle = readBundle(location);
  const refuse = (reason: string): ActionResult => {
    const message = `kubegate did not post the review artifact: ${reason}`;
    out.warning(message);
    return { outcome: 'refused', message };
  };
  const repository = `${context.owner}/${context.repo}`;
  if (bundle.repository.toLowerCase() !== repository.toLowerCase()) {
    return refuse(`it is for ${bundle.repository}, this is ${repository}`);
  }
  if (bundle.headSha !== run.headSha) {
    return refuse(`it is for commit ${bundle.headSha}, the workflow run was for ${run.headSha}`);
  }
  if (run.pullRequests.length > 0 && !run.pullRequests.includes(bundle.pullRequest)) {
    return refuse(
      `the workflow run was for pull request ${run.pullRequests.map((n) => `#${n}`).join(', ')}, not #${bundle.pullRequest}`,
    );
  }
  if (inputs.comment === 'none') throw new InputError('comment-from with comment: none would post nothing');
  const token = inputs.token ?? out.env.GITHUB_TOKEN;
  if (!token) throw new InputError('comment-from needs a github-token that may write to pull requests');
  const client = cleaningClient(
    out.createClient({ token, apiUrl: context.apiUrl, owner: context.owner, repo: context.repo }),
    (text) => text,
  );
  let pull;
  try {
    pull = await client.getPullRequest(bundle.pullRequest);
  } catch (error) {
    if (error instanceof GitHubApiError)
      return refuse(`pull request #${bundle.pullRequest}: ${error.message}`);
    throw error;
  }
  if (pull.headSha !== run.headSha) {
    return refuse(
      `pull request #${pull.number} is at ${pull.headSha}, not at the artifact's ${run.headSha} (it moved on, or the artifact is not its own)`,
    );
  }
  if (run.headRepository && pull.headRepository.toLowerCase() !== run.headRepository.toLowerCase()) {
    return refuse(
      `pull request #${pull.number} comes from ${pull.headRepository}, the run from ${run.headRepository}`,
    );
  }

  const report = bundle.report;
  const rules = new Map<string, RuleInfo>(ruleCatalogue().map((rule) => [rule.id, rule]));
  const sections: ExtraSection[] = bundle.sections.map((section) => ({
    title: section.title,
    markdown: neutralizeMarkdown(section.markdown),
  }));
  const linkTo = blobLink(context, bundle.headSha);
  const notes =
    run.conclusion === 'failure' && report.summary.gate === 'pass'
      ? ['The pull_request run failed although this artifact says the gate passed: trust the run.']
      : [];
  const published = await publish({
    client,
    pull: pull.number,
    headSha: pull.headSha,
    report,
    candidates: bundle.candidates,
    rules,
    comment: inputs.comment,
    summary: { linkTo, comparedWith: bundle.baseSha, commit: bundle.headSha, sections, notes },
    log: { info: out.info, warning: out.warning },
  });
  setOutputs(out, report, {});
  await out.writeJobSummary(
    summaryMarkdown(report, {
      rules,
      linkTo,
      comparedWith: bundle.baseSha,
      commit: bundle.headSha,
      commentedInline: published.commentedInline,
      sections,
      notes: [`Posted from the artifact of pull request #${pull.number}.`, ...notes, ...published.notes],
      maxChars: JOB_SUMMARY_MAX_CHARS,
    }),
  );
  const message = `kubegate posted ${published.newComments} new inline comment${published.newComments === 1 ? '' : 's'} and ${published.summaryPosted ? 'the summary' : 'no summary'} on #${pull.number}`;
  out.info(message);
  return { outcome: 'posted', message, published };
}

/**
 * mode schedule: re-scan every image the manifests deploy, keep the GitHub
 * issues in step, write SARIF and the job summary, and fail only on news
 * (high-tier findings that were not there on the previous run).
 */
async function scheduledScan(
  inputs: ActionInputs,
  context: ActionContext,
  io: ActionIO,
  out: ActionIO,
  couldNotEvaluate: (reason: string) => ActionResult,
): Promise<ActionResult> {
  const token = inputs.token ?? io.env.GITHUB_TOKEN;
  if (!token)
    return couldNotEvaluate('mode schedule needs a github-token with issues: write to keep the issues');
  let outcome;
  try {
    const settings = loadSettings(inputs.config, context.workspace);
    outcome = await runScheduledScan({
      settings,
      flags: {
        paths: inputs.paths,
        ...(inputs.failOn !== undefined ? { failOn: inputs.failOn } : {}),
        ...(inputs.scan.scanner !== undefined ? { scanner: inputs.scan.scanner } : {}),
        ...(inputs.scan.scannerBinary !== undefined ? { binary: inputs.scan.scannerBinary } : {}),
        ...(inputs.scan.cacheDir !== undefined ? { cacheDir: inputs.scan.cacheDir } : {}),
        ...(inputs.scan.ignoreFile !== undefined ? { ignoreFile: inputs.scan.ignoreFile } : {}),
        ...(inputs.scan.ignoreUnfixed !== undefined ? { ignoreUnfixed: inputs.scan.ignoreUnfixed } : {}),
        ...(inputs.scan.severityTiers !== undefined ? { severityTiers: inputs.scan.severityTiers } : {}),
      },
      issues: {
        ...(inputs.scan.issues !== undefined ? { mode: inputs.scan.issues } : {}),
        ...(inputs.scan.issueLabel !== undefined ? { label: inputs.scan.issueLabel } : {}),
      },
      client: (io.createIssueClient ?? octokitIssueClient)({
        token,
        apiUrl: context.apiUrl,
        owner: context.owner,
        repo: context.repo,
      }),
      dependencies: {
        cwd: context.workspace,
        env: io.env,
        ...(io.today !== undefined ? { today: io.today } : {}),
      },
    });
  } catch (error) {
    if (error instanceof ScanOptionsError || error instanceof IgnoreFileError)
      return couldNotEvaluate(error.message);
    if (error instanceof ConfigError)
      return couldNotEvaluate(`${error.file}:${error.line}: ${error.message}`);
    throw error;
  }
  const outputDir = path.join(context.tempDir, 'kubegate');
  fs.mkdirSync(outputDir, { recursive: true });
  const sarifFile = inputs.sarifFile
    ? path.resolve(context.workspace, inputs.sarifFile)
    : path.join(outputDir, 'kubegate-scan.sarif');
  fs.mkdirSync(path.dirname(sarifFile), { recursive: true });
  fs.writeFileSync(sarifFile, outcome.sarif);
  out.setOutput('sarif', sarifFile);
  await out.writeJobSummary(outcome.summary);
  if (outcome.exitCode === 2) {
    return couldNotEvaluate(
      outcome.issueError ?? 'some images could not be scanned; see the job summary for which and why',
    );
  }
  out.setOutput('gate', outcome.exitCode === 1 ? 'fail' : 'pass');
  if (outcome.exitCode === 1) {
    const message =
      'kubegate gate failed: the image re-scan found new high-tier vulnerabilities (see the issues)';
    out.setFailed(message);
    return { outcome: 'fail', message };
  }
  return { outcome: 'pass', message: 'kubegate image re-scan: nothing new' };
}
