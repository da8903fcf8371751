/**
 * Markdown for people reading a pull request: the summary (verdict, counts by
 * tier and status, the findings with links to their lines, extra sections
 * such as permission or connectivity diffs, how to exempt) and the body of an
 * inline review comment. Pure: a Report in, text out.
 *
 * Everything taken from manifests (names, messages, paths) is escaped, so a
 * resource called `@org/team` or `<img src=...>` cannot mention anyone, inject
 * HTML or forge the hidden markers the GitHub layer relies on.
 */
import type { Finding, RuleInfo, Tier } from '../rules/types.js';
import { tierFails, type Report } from './report.js';

/** A section another stage contributes (RBAC permission diff, NetworkPolicy connectivity graph). */
export interface ExtraSection {
  readonly title: string;
  /** trusted Markdown, shown as written (Mermaid blocks included) */
  readonly markdown: string;
}

export interface SummaryOptions {
  readonly rules: ReadonlyMap<string, RuleInfo>;
  /** link to a file's line at the evaluated commit; no link when undefined */
  readonly linkTo?: (file: string, line: number) => string | undefined;
  /** the revision the findings were compared with; without one, findings are not split by status */
  readonly comparedWith?: string;
  /** the evaluated commit, shown short */
  readonly commit?: string;
  /** fingerprints that have an inline review comment */
  readonly commentedInline?: ReadonlySet<string>;
  readonly sections?: readonly ExtraSection[];
  /** one-line notes shown under the verdict (e.g. why comments could not be posted) */
  readonly notes?: readonly string[];
  /** GitHub refuses comments over 65,536 characters; stay below with room for markers */
  readonly maxChars?: number;
}

export const DEFAULT_SUMMARY_MAX_CHARS = 60_000;
const TIER_ORDER: readonly Tier[] = ['high', 'medium', 'low'];
const TIER_RANK: Record<Tier, number> = { high: 0, medium: 1, low: 2 };
const TIER_BADGE: Record<Tier, string> = { high: '🔴 high', medium: '🟠 medium', low: '🔵 low' };
const STATUS_RANK = { new: 0, existing: 1, fixed: 2 } as const;

export function summaryMarkdown(report: Report, options: SummaryOptions): string {
  const maxChars = options.maxChars ?? DEFAULT_SUMMARY_MAX_CHARS;
  const s = report.summary;
  const compared = options.comparedWith !== undefined;
  const head: string[] = [];
  head.push(`### kubegate: ${verdictTitle(report)}`, '');
  const facts = [
    gateReason(report),
    `fail-on **${s.failOn}**`,
    ...(compared ? [`compared with \`${escapeCode(shortRevision(options.comparedWith!))}\``] : []),
    ...(s.newOnly ? ['gating on new findings only'] : []),
    ...(options.commit ? [`commit \`${escapeCode(shortRevision(options.commit))}\``] : []),
  ];
  head.push(facts.join(' · '), '');
  for (const note of options.notes ?? []) head.push(`> ${escapeMarkdown(note)}`, '');
  head.push(...countsTable(report, compared), '');

  if (report.errors.length > 0) {
    head.push('#### Could not evaluate', '');
    for (const error of report.errors.slice(0, 20)) {
      head.push(`- ${fileLink(error.file, error.line, options)}: ${escapeMarkdown(error.message)}`);
    }
    if (report.errors.length > 20) head.push(`- … and ${report.errors.length - 20} more`);
    head.push('');
  }

  const tail: string[] = [];
  for (const section of options.sections ?? []) {
    tail.push(`#### ${escapeMarkdown(section.title)}`, '', section.markdown.trim(), '');
  }
  tail.push(...exemptHelp(report));

  // the lists take what is left: sections that alone exceed the budget are left out with a note
  let fixedPart = `${head.join('\n')}\n${tail.join('\n')}`;
  if (fixedPart.length > maxChars * 0.8) {
    tail.length = 0;
    for (const section of options.sections ?? []) {
      tail.push(
        `#### ${escapeMarkdown(section.title)}`,
        '',
        '_Too large for a comment: see the job summary of the workflow run._',
        '',
      );
    }
    tail.push(...exemptHelp(report));
    fixedPart = `${head.join('\n')}\n${tail.join('\n')}`;
  }
  let budget = maxChars - fixedPart.length - 200;

  const lists: string[] = [];
  const ordered = [...report.findings].sort(byImportance);
  const groups: Array<{ title: string; findings: Finding[]; open: boolean }> = compared
    ? [
        { title: 'New findings', findings: ordered.filter((f) => f.status === 'new'), open: true },
        { title: 'Existing findings', findings: ordered.filter((f) => f.status === 'existing'), open: false },
        {
          title: 'Fixed by this change',
          findings: ordered.filter((f) => f.status === 'fixed'),
          open: false,
        },
      ]
    : [{ title: 'Findings', findings: ordered, open: true }];
  for (const group of groups) {
    if (group.findings.length === 0) continue;
    const lines: string[] = [];
    const opening = group.open
      ? [`#### ${group.title} (${group.findings.length})`, '']
      : [`<details><summary>${group.title} (${group.findings.length})</summary>`, ''];
    const closing = group.open ? [''] : ['', '</details>', ''];
    budget -= opening.join('\n').length + closing.join('\n').length + 2;
    let shown = 0;
    for (const finding of group.findings) {
      const line = findingLine(finding, options);
      if (line.length + 1 > budget - 120) break;
      lines.push(line);
      budget -= line.length + 1;
      shown++;
    }
    if (shown < group.findings.length) {
      const more = `- … and ${group.findings.length - shown} more: see the job summary, the SARIF upload or the JSON report`;
      lines.push(more);
      budget -= more.length + 1;
    }
    lists.push(...opening, ...lines, ...closing);
  }
  return `${[...head, ...lists, ...tail].join('\n').trimEnd()}\n`;
}

/** a commit id shortened as GitHub shows it; branch and tag names as they are */
function shortRevision(revision: string): string {
  return /^[0-9a-f]{40,64}$/.test(revision) ? revision.slice(0, 12) : revision;
}

function verdictTitle(report: Report): string {
  const gate = report.summary.gate;
  if (gate === 'error') return '⚠️ could not evaluate';
  return gate === 'fail' ? '❌ gate failed' : '✅ gate passed';
}

/** The one-line reason for the verdict. */
export function gateReason(report: Report): string {
  const s = report.summary;
  if (s.gate === 'error') {
    return `${report.errors.length} input${report.errors.length === 1 ? '' : 's'} could not be read, so the gate cannot pass`;
  }
  const failing = gatingFindings(report).filter((finding) => tierFails(finding.tier, s.failOn));
  if (s.gate === 'fail') {
    const which = s.newOnly ? 'new ' : '';
    return `${failing.length} ${which}finding${failing.length === 1 ? '' : 's'} at or above ${s.failOn}`;
  }
  const counted = gatingFindings(report).length;
  const findings = `${counted} ${s.newOnly ? 'new ' : ''}finding${counted === 1 ? '' : 's'}`;
  if (counted === 0) return `no ${s.newOnly ? 'new ' : ''}findings`;
  return s.failOn === 'none' ? `${findings}, none gating (fail-on none)` : `${findings} below ${s.failOn}`;
}

/** The findings the gate counts (not fixed, not exempted; new only when so configured), worst first. */
export function gatingFindings(report: Report): Finding[] {
  return report.findings
    .filter(
      (f) =>
        f.exemption?.state !== 'active' &&
        (f.status === 'new' || (f.status === 'existing' && !report.summary.newOnly)),
    )
    .sort(byImportance);
}

function countsTable(report: Report, compared: boolean): string[] {
  const count = (tier: Tier, status?: Finding['status']) =>
    report.findings.filter((f) => f.tier === tier && (status === undefined || f.status === status)).length;
  const exempted = report.findings.filter(
    (f) => f.exemption?.state === 'active' && f.status !== 'fixed',
  ).length;
  const note = exempted > 0 ? ['', `${exempted} of them exempted (accepted, not gating).`] : [];
  if (!compared) {
    return [
      '| tier | findings |',
      '| --- | ---: |',
      ...TIER_ORDER.map((tier) => `| ${TIER_BADGE[tier]} | ${count(tier)} |`),
      ...note,
    ];
  }
  return [
    '| tier | new | existing | fixed |',
    '| --- | ---: | ---: | ---: |',
    ...TIER_ORDER.map(
      (tier) =>
        `| ${TIER_BADGE[tier]} | ${count(tier, 'new')} | ${count(tier, 'existing')} | ${count(tier, 'fixed')} |`,
    ),
    ...note,
  ];
}

function findingLine(finding: Finding, options: SummaryOptions): string {
  const resource = finding.resource;
  const name = `${resource.kind} ${resource.namespace ? `${resource.namespace}/` : ''}${resource.name}`;
  // a fixed finding's line is in the base revision: no link to the head
  const where =
    finding.status === 'fixed'
      ? escapeMarkdown(`${finding.location.file}:${finding.location.line}`)
      : fileLink(finding.location.file, finding.location.line, options);
  const inline = options.commentedInline?.has(finding.fingerprint) ? ' 💬' : '';
  return `- ${TIER_BADGE[finding.tier]} \`${escapeCode(finding.ruleId)}\` ${where} · ${escapeMarkdown(name)}: ${escapeMarkdown(finding.message)}${exemptionNote(finding)}${inline}`;
}

function exemptionNote(finding: Finding): string {
  const exemption = finding.exemption;
  if (!exemption) return '';
  const reason = escapeMarkdown(exemption.reason);
  if (exemption.state === 'active') return ` _(exempted: ${reason})_`;
  if (exemption.state === 'expired')
    return ` _(exemption expired ${escapeMarkdown(exemption.expires ?? '')}: ${reason})_`;
  return ` _(inline exemption refused by the config: ${reason})_`;
}

function fileLink(file: string, line: number, options: SummaryOptions): string {
  const text = escapeMarkdown(`${file}:${line}`);
  const url = options.linkTo?.(file, line);
  return url ? `[${text}](${url})` : text;
}

function byImportance(a: Finding, b: Finding): number {
  return (
    STATUS_RANK[a.status] - STATUS_RANK[b.status] ||
    TIER_RANK[a.tier] - TIER_RANK[b.tier] ||
    (a.location.file < b.location.file ? -1 : a.location.file > b.location.file ? 1 : 0) ||
    a.location.line - b.location.line
  );
}

function exemptHelp(report: Report): string[] {
  const first = gatingFindings(report)[0] ?? report.findings[0];
  const rule = first?.ruleId ?? 'pss/privileged';
  const resource = first?.resource ?? { kind: 'Deployment', namespace: 'shop', name: 'web' };
  // names from manifests go into a code block: only plain ones, so nothing can close the fence
  const yamlText = (text: string, placeholder: string) =>
    JSON.stringify(/^[A-Za-z0-9_.:/*?-]{1,120}$/.test(text) ? text : placeholder);
  return [
    '<details><summary>How to exempt</summary>',
    '',
    'An exemption accepts a finding: it stays in the report, marked exempted, and no longer fails the gate. Every exemption carries a reason, and is reviewed like any change because it lives in the repository. In `.kubegate.yaml`:',
    '',
    '```yaml',
    'exemptions:',
    `  - rule: ${yamlText(rule, 'RULE')}          # a rule id or glob`,
    '    resource:                        # each part a glob, all optional',
    `      kind: ${yamlText(resource.kind, 'KIND')}`,
    ...(resource.namespace ? [`      namespace: ${yamlText(resource.namespace, 'NAMESPACE')}`] : []),
    `      name: ${yamlText(resource.name, 'NAME')}`,
    '    reason: "why this is accepted"',
    '    expires: "2030-01-31"            # optional: it stops exempting after this day',
    '    owner: "@team"                   # optional',
    '```',
    '',
    `Or on the resource itself (unless the config sets \`allowInlineExemptions: false\`): the annotation \`kubegate.io/exempt.${escapeCode(rule.replace('/', '.'))}: "<reason>"\`.`,
    '',
    'To change what fails the gate instead, move a rule to another tier or turn it off under `rules:` in `.kubegate.yaml`, or set the Action input `fail-on`.',
    '',
    '</details>',
    '',
  ];
}

/**
 * The body of one inline review comment: the findings on this line, each
 * with why it matters and how to fix it, and the suggestion block when the
 * fix is mechanical (already rendered by the caller).
 */
export function findingCommentMarkdown(
  findings: readonly Finding[],
  rules: ReadonlyMap<string, RuleInfo>,
  suggestion?: string,
): string {
  const lines: string[] = [];
  const shown = findings.slice(0, 20);
  for (const finding of shown) {
    lines.push(
      `**kubegate** · ${TIER_BADGE[finding.tier]} · \`${escapeCode(finding.ruleId)}\`: ${escapeMarkdown(finding.title)}`,
      '',
      escapeMarkdown(finding.message),
      '',
    );
  }
  if (findings.length > shown.length) lines.push(`… and ${findings.length - shown.length} more`, '');
  if (suggestion) {
    const described = findings.flatMap((f) => (f.fix ? [escapeMarkdown(f.fix.description)] : []));
    lines.push(`Suggested fix: ${[...new Set(described)].join('; ')}`, '', suggestion, '');
  }
  const explained = [...new Set(shown.map((f) => f.ruleId))].flatMap((id) => {
    const rule = rules.get(id);
    return rule
      ? [
          `\`${escapeCode(id)}\`: ${escapeMarkdown(rule.rationale)}`,
          '',
          `How to fix: ${escapeMarkdown(rule.remediation)}`,
          '',
        ]
      : [];
  });
  if (explained.length > 0) {
    lines.push('<details><summary>Why this matters</summary>', '', ...explained, '</details>');
  }
  return lines.join('\n').trimEnd();
}

/**
 * Text from manifests, safe inside Markdown prose: no emphasis, links, HTML,
 * table breaks or line breaks, and no @-mentions (a zero-width space after @).
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\r\n]+/g, ' ')
    .replace(/[\\`*_[\]|~]/g, (ch) => `\\${ch}`)
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/@(?=\w)/g, '@\u200b');
}

/** Text inside a code span: no backticks (they would close it), one line. */
function escapeCode(text: string): string {
  return text.replace(/[\r\n]+/g, ' ').replace(/`/g, "'");
}

/**
 * Markdown from a less trusted producer (an artifact from another workflow):
 * shown as Markdown, but it cannot forge kubegate's hidden markers or mention anyone.
 */
export function neutralizeMarkdown(markdown: string): string {
  return markdown
    .replace(/\r/g, '')
    .replace(/<!--/g, '&lt;!--')
    .replace(/@(?=\w)/g, '@\u200b');
}
