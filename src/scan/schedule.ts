/**
 * The Action's `mode: schedule`: scan everything deployed, then keep GitHub
 * issues in step with the result, and fail only on news.
 *
 * Issues: one per affected image (or one tracking issue), each found again
 * by a hidden fingerprint marker in its body and the label. An affected
 * image's issue is created, or updated in place (reopened if it was
 * closed), and closed once the image is clean or no longer deployed; an
 * image that could not be scanned leaves its issue alone. Two open issues
 * with one fingerprint (a race of two runs) are folded into the older one.
 *
 * The previous run's gating findings live in the issue itself (a second
 * hidden marker), so no state is kept elsewhere: the job fails (exit 1) when
 * a finding at or above fail-on (high by default) is not in that state, so
 * the schedule pages only on news. Exit 2 when any image could not be
 * evaluated, whatever else happened.
 */
import { createHash } from 'node:crypto';
import { formatImageReference, parseImageReference } from '../engines/image-ref.js';
import { tierFails } from '../report/report.js';
import type { Settings } from '../config/settings.js';
import type { IssueMode } from './config.js';
import { SCAN_DEFAULTS } from './config.js';
import type { ImageVulnerability, VulnerabilityFinding } from './findings.js';
import { IssueApiError, type IssueClient, type TrackedIssue } from './issues.js';
import { prepareScan, type PrepareDependencies, type ScanFlags } from './options.js';
import {
  cell,
  formatScanMarkdown,
  formatScanSarif,
  vulnerabilityRow,
  type ImageResult,
  type ScanReport,
} from './report.js';
import { runScan } from './run-scan.js';

const MARKER_PREFIX = '<!-- kubegate-scan:';
const STATE_PREFIX = '<!-- kubegate-scan-state:';
const MAX_ROWS = 150;

export interface IssueSyncOptions {
  readonly mode: IssueMode;
  readonly label: string;
}

export interface NewFinding {
  readonly image: string;
  readonly id: string;
  readonly severity: string;
  readonly tier: string;
}

export interface IssueSyncResult {
  readonly created: number[];
  readonly updated: number[];
  readonly reopened: number[];
  readonly closed: number[];
  /** gating findings that the previous run did not have */
  readonly news: NewFinding[];
}

/** The image as an issue tracks it: repository and tag (a new digest of the same tag is the same issue). */
export function issueImageKey(image: string): string {
  const parsed = parseImageReference(image);
  if (!parsed.ok) return image;
  const { digest: _digest, ...withoutDigest } = parsed.reference;
  return formatImageReference(parsed.reference.tag !== undefined ? withoutDigest : parsed.reference);
}

export function imageFingerprint(key: string): string {
  return createHash('sha256').update(`image\u0000${key}`).digest('hex').slice(0, 24);
}

interface IssueState {
  /** image key → gating vulnerability ids */
  images: Record<string, string[]>;
}

export function readMarker(body: string): string | undefined {
  const start = body.indexOf(MARKER_PREFIX);
  if (start < 0) return undefined;
  const end = body.indexOf(' -->', start);
  return end < 0 ? undefined : body.slice(start + MARKER_PREFIX.length, end).trim();
}

export function readState(body: string): IssueState {
  const start = body.indexOf(STATE_PREFIX);
  if (start < 0) return { images: {} };
  const end = body.indexOf(' -->', start);
  try {
    const json = Buffer.from(body.slice(start + STATE_PREFIX.length, end).trim(), 'base64url').toString(
      'utf8',
    );
    const parsed = JSON.parse(json) as { images?: unknown };
    const images: Record<string, string[]> = {};
    if (typeof parsed.images === 'object' && parsed.images !== null) {
      for (const [key, ids] of Object.entries(parsed.images))
        if (Array.isArray(ids)) images[key] = ids.filter((id): id is string => typeof id === 'string');
    }
    return { images };
  } catch {
    // an edited or damaged marker: treat as no previous state (everything gating is news once)
    return { images: {} };
  }
}

function stateMarker(state: IssueState): string {
  return `${STATE_PREFIX}${Buffer.from(JSON.stringify(state)).toString('base64url')} -->`;
}

interface ImageView {
  readonly key: string;
  readonly result: ImageResult;
  /** reported, not actively ignored, worst first */
  readonly reported: ImageVulnerability[];
  readonly gating: Set<string>;
}

function imageViews(report: ScanReport): Map<string, ImageView[]> {
  const gatingByImage = new Map<string, Set<string>>();
  for (const finding of report.findings as VulnerabilityFinding[]) {
    if (!finding.vulnerability || finding.exemption?.state === 'active') continue;
    if (!tierFails(finding.tier, report.summary.failOn)) continue;
    const set = gatingByImage.get(finding.vulnerability.image) ?? new Set<string>();
    set.add(finding.vulnerability.id);
    gatingByImage.set(finding.vulnerability.image, set);
  }
  // several deployed references (two digests of one tag) can share an issue key
  const views = new Map<string, ImageView[]>();
  for (const result of report.images) {
    const key = issueImageKey(result.image);
    const reported = result.vulnerabilities.filter(
      (vulnerability) => vulnerability.tier !== 'off' && vulnerability.ignored?.state !== 'active',
    );
    const list = views.get(key) ?? [];
    list.push({ key, result, reported, gating: gatingByImage.get(result.image) ?? new Set() });
    views.set(key, list);
  }
  return views;
}

export async function syncIssues(
  report: ScanReport,
  client: IssueClient,
  options: IssueSyncOptions,
): Promise<IssueSyncResult> {
  const outcome: IssueSyncResult = { created: [], updated: [], reopened: [], closed: [], news: [] };
  const issues = (await client.listIssues(options.label)).filter(
    (issue) => readMarker(issue.body) !== undefined,
  );
  const views = imageViews(report);
  // when a source did not render, images may be missing from the report: closing their issues would be wrong
  const inventoryComplete = !report.errors.some(
    (error) =>
      !report.images.some((image) =>
        image.uses.some((use) => use.file === error.file && use.line === error.line),
      ),
  );
  if (options.mode === 'tracking') {
    await syncTracking(report, client, options, issues, views, inventoryComplete, outcome);
  } else {
    await syncPerImage(report, client, options, issues, views, inventoryComplete, outcome);
  }
  return outcome;
}

async function syncPerImage(
  report: ScanReport,
  client: IssueClient,
  options: IssueSyncOptions,
  issues: readonly TrackedIssue[],
  views: Map<string, ImageView[]>,
  inventoryComplete: boolean,
  outcome: IssueSyncResult,
): Promise<void> {
  const byMarker = groupByMarker(issues);
  const seen = new Set<string>();
  for (const [key, group] of views) {
    const marker = `image:${imageFingerprint(key)}`;
    seen.add(marker);
    const existing = byMarker.get(marker) ?? [];
    if (group.some((view) => view.result.status === 'failed')) continue;
    const primary = choosePrimary(existing);
    await closeDuplicates(client, existing, primary, outcome);
    const affected = group.some((view) => view.reported.length > 0);
    if (!affected) {
      if (primary?.state === 'open') {
        await client.updateIssue(primary.number, {
          body: cleanBody(marker, key, 'no longer has reported vulnerabilities'),
          state: 'closed',
        });
        outcome.closed.push(primary.number);
      }
      continue;
    }
    const previous = new Set(primary ? (readState(primary.body).images[key] ?? []) : []);
    const gating = new Set(group.flatMap((view) => [...view.gating]));
    collectNews(key, group, gating, previous, outcome);
    const title = `kubegate: vulnerabilities in ${key}`;
    const body = imageBody(marker, key, group, report, { images: { [key]: [...gating].sort() } });
    await upsert(client, options, primary, title, body, outcome);
  }
  if (!inventoryComplete) return;
  for (const [marker, existing] of byMarker) {
    if (seen.has(marker) || !marker.startsWith('image:')) continue;
    for (const issue of existing.filter((candidate) => candidate.state === 'open')) {
      const key =
        /`([^`]+)`/.exec(issue.title)?.[1] ?? issue.title.replace(/^kubegate: vulnerabilities in /, '');
      await client.updateIssue(issue.number, {
        body: cleanBody(marker, key, 'is no longer deployed'),
        state: 'closed',
      });
      outcome.closed.push(issue.number);
    }
  }
}

async function syncTracking(
  report: ScanReport,
  client: IssueClient,
  options: IssueSyncOptions,
  issues: readonly TrackedIssue[],
  views: Map<string, ImageView[]>,
  inventoryComplete: boolean,
  outcome: IssueSyncResult,
): Promise<void> {
  const marker = 'tracking';
  const existing = groupByMarker(issues).get(marker) ?? [];
  const primary = choosePrimary(existing);
  await closeDuplicates(client, existing, primary, outcome);
  const previous = primary ? readState(primary.body) : { images: {} };
  const state: IssueState = { images: {} };
  const affected: ImageView[][] = [];
  const failed: ImageView[][] = [];
  for (const [key, group] of views) {
    if (group.some((view) => view.result.status === 'failed')) {
      // not evaluated: keep what the previous run knew, so that it is not news next time
      if (previous.images[key]) state.images[key] = previous.images[key];
      failed.push(group);
      continue;
    }
    const gating = new Set(group.flatMap((view) => [...view.gating]));
    collectNews(key, group, gating, new Set(previous.images[key] ?? []), outcome);
    if (group.some((view) => view.reported.length > 0)) {
      affected.push(group);
      state.images[key] = [...gating].sort();
    }
  }
  if (!inventoryComplete)
    for (const [key, ids] of Object.entries(previous.images)) if (!views.has(key)) state.images[key] = ids;
  if (affected.length === 0 && failed.length === 0 && inventoryComplete) {
    if (primary?.state === 'open') {
      await client.updateIssue(primary.number, {
        body: `${MARKER_PREFIX}${marker} -->\nkubegate's scheduled scan finds no reported vulnerabilities in the deployed images any more.\n${stateMarker({ images: {} })}\n`,
        state: 'closed',
      });
      outcome.closed.push(primary.number);
    }
    return;
  }
  if (affected.length === 0 && !primary) return;
  const lines = [
    `${MARKER_PREFIX}${marker} -->`,
    `kubegate's scheduled scan found known vulnerabilities in ${affected.length} deployed image${affected.length === 1 ? '' : 's'}. This issue is updated in place and closed when every image is clean.`,
    '',
    '| image | critical | high | medium | low | other | fixable |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const group of affected) {
    for (const view of group) {
      const counts = view.result.counts;
      lines.push(
        `| \`${view.result.image}\` | ${counts.CRITICAL} | ${counts.HIGH} | ${counts.MEDIUM} | ${counts.LOW} | ${counts.NEGLIGIBLE + counts.UNKNOWN} | ${view.result.fixable} |`,
      );
    }
  }
  let rows = 0;
  for (const group of affected) {
    lines.push(
      '',
      `### \`${group[0]!.key}\``,
      '',
      usesList(group),
      '',
      '| vulnerability | severity | package | installed | fixed in |',
      '| --- | --- | --- | --- | --- |',
    );
    for (const vulnerability of mergedVulnerabilities(group)) {
      if (rows++ >= MAX_ROWS) break;
      lines.push(vulnerabilityRow(vulnerability));
    }
  }
  if (rows > MAX_ROWS)
    lines.push('', `… more vulnerabilities than fit here: see the job summary and the SARIF results.`);
  if (failed.length > 0)
    lines.push(
      '',
      `Not scanned in the last run: ${failed.map((group) => `\`${group[0]!.key}\``).join(', ')}.`,
    );
  lines.push('', footer(report), stateMarker(state), '');
  await upsert(
    client,
    options,
    primary,
    'kubegate: vulnerabilities in deployed images',
    lines.join('\n'),
    outcome,
  );
}

function collectNews(
  key: string,
  group: readonly ImageView[],
  gating: ReadonlySet<string>,
  previous: ReadonlySet<string>,
  outcome: IssueSyncResult,
): void {
  for (const id of [...gating].sort()) {
    if (previous.has(id)) continue;
    const vulnerability = group.flatMap((view) => view.reported).find((candidate) => candidate.id === id);
    outcome.news.push({
      image: key,
      id,
      severity: vulnerability?.severity ?? 'UNKNOWN',
      tier: vulnerability?.tier ?? 'high',
    });
  }
}

async function upsert(
  client: IssueClient,
  options: IssueSyncOptions,
  primary: TrackedIssue | undefined,
  title: string,
  body: string,
  outcome: IssueSyncResult,
): Promise<void> {
  if (!primary) {
    const created = await client.createIssue({ title, body, labels: [options.label] });
    outcome.created.push(created.number);
    return;
  }
  if (primary.state === 'closed') {
    await client.updateIssue(primary.number, { title, body, state: 'open' });
    outcome.reopened.push(primary.number);
    return;
  }
  // unchanged issues are not touched: no edit history, no noise
  if (primary.body === body && primary.title === title) return;
  await client.updateIssue(primary.number, { title, body });
  outcome.updated.push(primary.number);
}

function groupByMarker(issues: readonly TrackedIssue[]): Map<string, TrackedIssue[]> {
  const grouped = new Map<string, TrackedIssue[]>();
  for (const issue of issues) {
    const marker = readMarker(issue.body)!;
    const list = grouped.get(marker) ?? [];
    list.push(issue);
    grouped.set(marker, list);
  }
  return grouped;
}

/** The oldest open issue, else the newest closed one. */
function choosePrimary(issues: readonly TrackedIssue[]): TrackedIssue | undefined {
  const open = issues.filter((issue) => issue.state === 'open').sort((a, b) => a.number - b.number);
  if (open.length > 0) return open[0];
  return [...issues].sort((a, b) => b.number - a.number)[0];
}

async function closeDuplicates(
  client: IssueClient,
  issues: readonly TrackedIssue[],
  primary: TrackedIssue | undefined,
  outcome: IssueSyncResult,
): Promise<void> {
  if (!primary) return;
  for (const issue of issues) {
    if (issue.number === primary.number || issue.state !== 'open') continue;
    await client.updateIssue(issue.number, {
      body: `Duplicate of #${primary.number}: kubegate keeps one issue per image.\n`,
      state: 'closed',
    });
    outcome.closed.push(issue.number);
  }
}

function mergedVulnerabilities(group: readonly ImageView[]): ImageVulnerability[] {
  const seen = new Map<string, ImageVulnerability>();
  for (const view of group)
    for (const vulnerability of view.reported)
      if (!seen.has(vulnerability.id)) seen.set(vulnerability.id, vulnerability);
  return [...seen.values()];
}

function usesList(group: readonly ImageView[]): string {
  const uses = group.flatMap((view) => view.result.uses);
  return `Deployed at: ${uses
    .slice(0, 20)
    .map(
      (use) =>
        `\`${use.file}:${use.line}\` ${use.resource.kind} ${use.resource.namespace ? `${use.resource.namespace}/` : ''}${use.resource.name} (${cell(use.site)})`,
    )
    .join('; ')}${uses.length > 20 ? `; and ${uses.length - 20} more` : ''}`;
}

function imageBody(
  marker: string,
  key: string,
  group: readonly ImageView[],
  report: ScanReport,
  state: IssueState,
): string {
  const vulnerabilities = mergedVulnerabilities(group);
  const lines = [
    `${MARKER_PREFIX}${marker} -->`,
    `kubegate's scheduled scan found ${vulnerabilities.length} known vulnerabilit${vulnerabilities.length === 1 ? 'y' : 'ies'} in \`${key}\`. This issue is updated in place and closed when the image is clean.`,
    '',
    usesList(group),
    '',
    '| vulnerability | severity | package | installed | fixed in |',
    '| --- | --- | --- | --- | --- |',
    ...vulnerabilities.slice(0, MAX_ROWS).map(vulnerabilityRow),
  ];
  if (vulnerabilities.length > MAX_ROWS)
    lines.push(
      '',
      `… and ${vulnerabilities.length - MAX_ROWS} more: see the job summary and the SARIF results.`,
    );
  const digests = group.map((view) => view.result.digest).filter((digest) => digest !== undefined);
  if (digests.length > 0)
    lines.push(
      '',
      `Scanned digest${digests.length > 1 ? 's' : ''}: ${digests.map((digest) => `\`${digest}\``).join(', ')}.`,
    );
  lines.push('', footer(report), stateMarker(state), '');
  return lines.join('\n');
}

function footer(report: ScanReport): string {
  return `Scanner: ${report.scan.scanner}${report.scan.database ? ` (database \`${report.scan.database}\`)` : ''}. To accept a vulnerability, add it with a reason and an expiry date to ${report.scan.ignoreFile ? `\`${report.scan.ignoreFile}\`` : 'the CVE ignore file (`.kubegate-cve-ignore.yaml`)'}.`;
}

function cleanBody(marker: string, key: string, why: string): string {
  return `${MARKER_PREFIX}${marker} -->\nkubegate's scheduled scan: \`${key}\` ${why}. Closed automatically; it reopens if vulnerabilities come back.\n${stateMarker({ images: {} })}\n`;
}

export interface ScheduledScanInput {
  readonly settings: Settings;
  readonly flags: ScanFlags;
  readonly issues: { readonly mode?: IssueMode; readonly label?: string };
  readonly client: IssueClient;
  readonly dependencies: PrepareDependencies;
}

export interface ScheduledScanOutcome {
  readonly report: ScanReport;
  /** undefined when the issues could not be synchronised (see issueError) */
  readonly issues?: IssueSyncResult;
  readonly issueError?: string;
  /** 2 when an image could not be evaluated or the issues could not be kept; 1 on new gating findings; else 0 */
  readonly exitCode: 0 | 1 | 2;
  /** markdown for the job summary */
  readonly summary: string;
  readonly sarif: string;
}

/**
 * The entry the Action calls for `mode: schedule`. Throws only for unusable
 * options (ScanOptionsError, ConfigError, IgnoreFileError: exit 2 with the message).
 */
export async function runScheduledScan(input: ScheduledScanInput): Promise<ScheduledScanOutcome> {
  const prepared = prepareScan(input.settings, input.flags, input.dependencies);
  const report = await runScan(prepared.options, prepared.environment);
  const config = input.settings.config.scan?.issues ?? {};
  const options: IssueSyncOptions = {
    mode: input.issues.mode ?? config.mode ?? SCAN_DEFAULTS.issueMode,
    label: input.issues.label ?? config.label ?? SCAN_DEFAULTS.issueLabel,
  };
  let issues: IssueSyncResult | undefined;
  let issueError: string | undefined;
  try {
    issues = await syncIssues(report, input.client, options);
  } catch (error) {
    if (!(error instanceof IssueApiError)) throw error;
    issueError = error.message;
  }
  const exitCode: 0 | 1 | 2 =
    report.errors.length > 0 || issueError !== undefined ? 2 : issues && issues.news.length > 0 ? 1 : 0;
  return {
    report,
    ...(issues ? { issues } : {}),
    ...(issueError !== undefined ? { issueError } : {}),
    exitCode,
    summary: formatScanMarkdown(report) + scheduleSummary(issues, issueError),
    sarif: formatScanSarif(report),
  };
}

function scheduleSummary(issues: IssueSyncResult | undefined, issueError: string | undefined): string {
  const lines = ['', '### Issues', ''];
  if (issueError !== undefined) {
    lines.push(`Issues could not be updated: ${cell(issueError)}`);
    return `${lines.join('\n')}\n`;
  }
  if (!issues) return '';
  const list = (numbers: number[]) => (numbers.length > 0 ? numbers.map((n) => `#${n}`).join(', ') : 'none');
  lines.push(
    `Created ${list(issues.created)}; updated ${list(issues.updated)}; reopened ${list(issues.reopened)}; closed ${list(issues.closed)}.`,
    '',
    issues.news.length > 0
      ? `**New since the previous run** (these fail the job): ${issues.news.map((entry) => `${entry.id} in \`${entry.image}\``).join(', ')}`
      : 'Nothing new at the gating tier since the previous run.',
  );
  return `${lines.join('\n')}\n`;
}
