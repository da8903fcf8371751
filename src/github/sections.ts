/**
 * Sections other stages add to the summary and the job summary: the RBAC
 * permission diff, the NetworkPolicy connectivity diff (a Mermaid graph),
 * and the cluster stage's verdicts (clusterSection).
 * Each contributor reads the evaluation (report, options, workspace, the
 * revision compared with) and returns a section or nothing. A contributor
 * that throws does not stop the review: its section says it could not be
 * computed, and the gate is decided by the findings as always.
 */
import { formatConnectivityTables } from '../cluster/connectivity.js';
import type { ClusterSummary } from '../cluster/stage.js';
import { RbacGraph } from '../engines/rbac/graph.js';
import { permissionDiff } from '../engines/rbac/permissions.js';
import { analyzePair, diffConnectivity } from '../engines/netpol/diff.js';
import { readNetpolInput } from '../engines/netpol/reachability.js';
import { escapeMarkdown, type ExtraSection } from '../report/markdown.js';
import { connectivityDiffMarkdown } from '../report/netpol-diff.js';
import { rbacDiffMarkdown } from '../report/rbac-diff.js';
import { netpolOptionsFromConfig } from '../rules/netpol/support.js';
import type { Evaluation } from './evaluate.js';

export type SectionContributor = (evaluation: Evaluation) => ExtraSection | undefined;

/** What each subject can do after the change that it could not before, and what it lost. */
export function permissionChanges(evaluation: Evaluation): ExtraSection | undefined {
  if (!evaluation.baseObjects) return undefined;
  const diff = permissionDiff(new RbacGraph(evaluation.baseObjects), new RbacGraph(evaluation.headObjects));
  if (diff.added.length === 0 && diff.removed.length === 0) return undefined;
  return { title: 'RBAC permission changes', markdown: rbacDiffMarkdown(diff) };
}

/** Who can reach whom after the change: a table, and a Mermaid graph of added and removed edges. */
export function connectivityChanges(evaluation: Evaluation): ExtraSection | undefined {
  if (!evaluation.baseObjects) return undefined;
  const { options } = netpolOptionsFromConfig(evaluation.options.settings.config);
  const pair = analyzePair(
    readNetpolInput(evaluation.baseObjects),
    readNetpolInput(evaluation.headObjects),
    options,
  );
  const diff = diffConnectivity(pair.base, pair.head);
  if (diff.added.length === 0 && diff.removed.length === 0 && diff.changed.length === 0) return undefined;
  // the table, and a Mermaid graph of the added and removed edges
  return { title: 'NetworkPolicy connectivity changes', markdown: connectivityDiffMarkdown(diff) };
}

/** Add a contributor here; sections appear in this order. */
export const SECTION_CONTRIBUTORS: readonly SectionContributor[] = [permissionChanges, connectivityChanges];

export function extraSections(
  evaluation: Evaluation,
  contributors: readonly SectionContributor[] = SECTION_CONTRIBUTORS,
): ExtraSection[] {
  const sections: ExtraSection[] = [];
  for (const contribute of contributors) {
    try {
      const section = contribute(evaluation);
      if (section) sections.push(section);
    } catch (error) {
      sections.push({
        title: contribute.name || 'section',
        markdown: `_Could not be computed: ${escapeMarkdown(error instanceof Error ? error.message : String(error))}_`,
      });
    }
  }
  return sections;
}

/** the tables' share of a section (the bundle caps a section at 60,000 characters) */
const MAX_TABLE_CHARS = 30_000;
const MAX_LISTED = 20;

/**
 * The cluster stage in the summary: what was dry-run and admitted, Pod
 * Security Admission disagreeing with the static pss/ rules (a kubegate
 * defect, shown, never hidden), and when observed connectivity differs from
 * the expectation, both truth tables (`.` allowed, `X` blocked).
 */
export function clusterSection(summary: ClusterSummary): ExtraSection {
  const s = summary;
  const plural = (n: number, word: string, words = `${word}s`) => `${n} ${n === 1 ? word : words}`;
  const lines: string[] = [
    `- **Dry-run** (${s.mode === 'kind' ? 'kind cluster' : 'existing cluster'}): ${plural(s.dryRun.objects, 'object')}, ${s.dryRun.accepted} accepted, ${s.dryRun.refused} refused, ${s.dryRun.skipped.length} skipped.`,
    `- **Pod Security Admission**: ${plural(s.podSecurity.pods, 'pod')}, ${plural(s.podSecurity.violations, 'violation')}.`,
    s.connectivity
      ? `- **Connectivity**: ${plural(s.connectivity.probes, 'probe')} from ${plural(s.connectivity.pods, 'pod')}, ${plural(s.connectivity.mismatches, 'mismatch', 'mismatches')}.`
      : '- **Connectivity**: not probed.',
    `- Timings: cluster start ${sec(s.timings.clusterStartMs)}, ready ${sec(s.timings.readyMs)}, dry-run ${sec(s.timings.dryRunMs)}, pod security ${sec(s.timings.podSecurityMs)}, probes ${sec(s.timings.probesMs)}, cleanup ${sec(s.timings.cleanupMs)}.`,
  ];
  const disagreements = s.podSecurity.disagreements;
  if (disagreements.length > 0) {
    lines.push(
      '',
      `**kubegate defect**: Pod Security Admission and the static \`pss/\` rules disagree on ${plural(disagreements.length, 'pod')}. Admission is the authority here; please report this to kubegate.`,
      '',
      '| where | object | policy | static pss/ | admission |',
      '| --- | --- | --- | --- | --- |',
    );
    for (const d of disagreements.slice(0, MAX_LISTED))
      lines.push(
        `| ${escapeMarkdown(`${d.file}:${d.line}`)} | ${escapeMarkdown(`${d.resource.kind}/${d.resource.name}`)} | ${escapeMarkdown(d.policy)} | ${escapeMarkdown(d.staticChecks.join(', ') || 'none')} | ${escapeMarkdown(d.admission || 'admitted')} |`,
      );
    if (disagreements.length > MAX_LISTED)
      lines.push('', `_${disagreements.length - MAX_LISTED} more in the JSON report (cluster.podSecurity)._`);
  }
  if (s.dryRun.skipped.length > 0) {
    lines.push('', 'Not dry-run:');
    for (const skipped of s.dryRun.skipped.slice(0, MAX_LISTED))
      lines.push(
        `- ${escapeMarkdown(`${skipped.file}:${skipped.line} ${skipped.resource.kind}/${skipped.resource.name}: ${skipped.text}`)}`,
      );
    if (s.dryRun.skipped.length > MAX_LISTED)
      lines.push(`- _${s.dryRun.skipped.length - MAX_LISTED} more in the JSON report_`);
  }
  for (const error of s.cleanupErrors) lines.push('', `Cleanup failed: ${escapeMarkdown(error)}`);
  const differing = (s.connectivity?.tables ?? []).filter((table) =>
    table.rows.some((row) => row.expected !== row.observed),
  );
  if (differing.length > 0) {
    let text = formatConnectivityTables(differing);
    if (text.length > MAX_TABLE_CHARS)
      text = `${text.slice(0, MAX_TABLE_CHARS)}\n... cut here: every table is in the JSON report (cluster.connectivity.tables)`;
    const fence = '`'.repeat(Math.max(3, longestRun(text, '`') + 1));
    lines.push(
      '',
      'Observed connectivity differs from the expectation (`.` allowed, `X` blocked, blank not probed; rows are sources):',
      '',
      `${fence}text`,
      text.trimEnd(),
      fence,
    );
  }
  return { title: 'Cluster stage', markdown: lines.join('\n') };
}

function longestRun(text: string, ch: string): number {
  let longest = 0;
  let run = 0;
  for (const c of text) {
    run = c === ch ? run + 1 : 0;
    longest = Math.max(longest, run);
  }
  return longest;
}

function sec(ms: number): string {
  return `${(ms / 1000).toFixed(1)}s`;
}
