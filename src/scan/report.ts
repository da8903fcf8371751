/**
 * The scan report: the JSON report of DESIGN.md (version 1, findings,
 * errors, summary, gate) plus what only a scan has: the scanner and its
 * database, the cache, notes (images keyed by reference, expired ignores),
 * and one entry per image (status, counts by severity, fixable, every
 * vulnerability). Written as text, JSON, SARIF (one rule per CVE id) or the
 * markdown job summary.
 */
import type { ReportingDescriptor } from 'sarif';
import type { ResourceRef } from '../model/objects.js';
import type { Report } from '../report/report.js';
import { formatSarif } from '../report/sarif.js';
import type { Finding } from '../rules/types.js';
import { KUBEGATE_VERSION } from '../version.js';
import type { SeverityTier } from './config.js';
import type { ImageVulnerability, VulnerabilityFinding } from './findings.js';
import { imageVulnerabilityRule } from './rule.js';
import type { CacheKeyKind } from './cache.js';
import { SEVERITIES, type Severity } from './vulnerability.js';

export interface ImageResultUse {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly resource: ResourceRef;
  readonly site: string;
  readonly path: string;
}

export interface ImageResult {
  /** normalised reference as deployed */
  readonly image: string;
  /** what the scanner was given: repository@digest when the digest is known */
  readonly scannedAs: string;
  readonly digest?: string;
  readonly cacheKey: CacheKeyKind;
  /** why the digest is unknown (registry unreachable, 404, needs credentials) */
  readonly digestNote?: string;
  readonly cached: boolean;
  readonly status: 'scanned' | 'failed';
  readonly error?: string;
  readonly os?: string;
  readonly uses: readonly ImageResultUse[];
  /** distinct vulnerabilities by severity, without the actively ignored ones */
  readonly counts: Record<Severity, number>;
  readonly fixable: number;
  /** actively ignored by the ignore file */
  readonly ignored: number;
  /** left out by ignore-unfixed */
  readonly unfixedSkipped: number;
  readonly vulnerabilities: readonly ImageVulnerability[];
}

export interface ScanReport extends Report {
  scan: {
    scanner: string;
    database?: string;
    /** the cache folder, or off */
    cache: string;
    ignoreUnfixed: boolean;
    severityTiers: Record<Severity, SeverityTier>;
    ignoreFile?: string;
    notes: string[];
  };
  images: ImageResult[];
}

export function formatScanJson(report: ScanReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

/** GitHub buckets security-severity: > 9.0 critical, >= 7.0 high, >= 4.0 medium, > 0 low */
const SEVERITY_SCORE: Record<Severity, string | undefined> = {
  CRITICAL: '9.5',
  HIGH: '8.0',
  MEDIUM: '5.5',
  LOW: '2.0',
  NEGLIGIBLE: '0.5',
  UNKNOWN: undefined,
};

export function formatScanSarif(report: ScanReport): string {
  return formatSarif(report, {
    rules: [],
    toolVersion: KUBEGATE_VERSION,
    extraRules: vulnerabilityRules(report),
    sarifRuleId: (finding: Finding) => (finding as Partial<VulnerabilityFinding>).vulnerability?.id,
  });
}

/** One SARIF rule per vulnerability id, its help text from the scanner and its severity from the CVSS score. */
export function vulnerabilityRules(report: ScanReport): ReportingDescriptor[] {
  const byId = new Map<string, ImageVulnerability>();
  for (const image of report.images)
    for (const vulnerability of image.vulnerabilities)
      if (!byId.has(vulnerability.id) && vulnerability.tier !== 'off')
        byId.set(vulnerability.id, vulnerability);
  const used = new Set(
    report.findings.map((finding) => (finding as Partial<VulnerabilityFinding>).vulnerability?.id),
  );
  return [...byId.values()]
    .filter((vulnerability) => used.has(vulnerability.id))
    .sort((a, b) => (a.id < b.id ? -1 : 1))
    .map((vulnerability) => {
      const severityScore = vulnerability.cvss
        ? vulnerability.cvss.score.toFixed(1)
        : SEVERITY_SCORE[vulnerability.severity];
      const description = clip(vulnerability.description ?? vulnerability.title ?? vulnerability.id, 2000);
      const fixes = vulnerability.packages
        .map(
          (entry) =>
            `${entry.name} ${entry.installedVersion}: ${entry.fixedVersions.length > 0 ? `fixed in ${entry.fixedVersions.join(', ')}` : 'no fix yet'}`,
        )
        .join('\n');
      const cvssText = vulnerability.cvss
        ? `CVSS ${vulnerability.cvss.score.toFixed(1)}${vulnerability.cvss.vector ? ` (${vulnerability.cvss.vector})` : ''}${vulnerability.cvss.source ? ` from ${vulnerability.cvss.source}` : ''}`
        : 'no CVSS score given';
      return {
        id: vulnerability.id,
        name: `ImageVulnerability${vulnerability.id.replace(/[^A-Za-z0-9]/g, '')}`,
        shortDescription: {
          text: clip(vulnerability.title ?? `${vulnerability.id} (${vulnerability.severity})`, 200),
        },
        fullDescription: { text: description },
        ...(vulnerability.url ? { helpUri: vulnerability.url } : {}),
        help: {
          text: `${description}\n\nSeverity ${vulnerability.severity}, ${cvssText}.\n\nAffected packages:\n${fixes}\n\nRemediation: ${imageVulnerabilityRule.remediation}`,
          markdown: `${description}\n\n**Severity:** ${vulnerability.severity}, ${cvssText}\n\n| package | installed | fixed in |\n| --- | --- | --- |\n${vulnerability.packages
            .map(
              (entry) =>
                `| ${cell(entry.name)} | ${cell(entry.installedVersion)} | ${cell(entry.fixedVersions.join(', ') || 'no fix yet')} |`,
            )
            .join('\n')}\n\n**Remediation:** ${imageVulnerabilityRule.remediation}`,
        },
        defaultConfiguration: {
          level:
            vulnerability.tier === 'high' ? 'error' : vulnerability.tier === 'medium' ? 'warning' : 'note',
        },
        properties: {
          tags: ['security', 'vulnerability', 'container-image', vulnerability.severity.toLowerCase()],
          ...(severityScore !== undefined ? { 'security-severity': severityScore } : {}),
          precision: 'high',
        },
      };
    });
}

export function formatScanText(report: ScanReport): string {
  const lines: string[] = [];
  for (const image of report.images) {
    if (image.status === 'failed') {
      lines.push(`${image.image}: NOT SCANNED: ${image.error ?? 'unknown error'}`);
      continue;
    }
    const counts = SEVERITIES.filter((severity) => image.counts[severity] > 0)
      .map((severity) => `${image.counts[severity]} ${severity.toLowerCase()}`)
      .join(', ');
    lines.push(
      `${image.image}: ${counts || 'no vulnerabilities'}${image.fixable > 0 ? ` (${image.fixable} fixable)` : ''}${image.ignored > 0 ? `, ${image.ignored} ignored` : ''}${image.cached ? ' [cached]' : ''}`,
    );
  }
  if (report.images.length > 0) lines.push('');
  for (const finding of report.findings) {
    const state =
      finding.exemption?.state === 'active'
        ? ' [ignored]'
        : finding.exemption?.state === 'expired'
          ? ` [ignore expired ${finding.exemption.expires}]`
          : '';
    lines.push(
      `${finding.location.file}:${finding.location.line}: ${finding.tier}: ${finding.message}${state}`,
    );
  }
  for (const error of report.errors) lines.push(`${error.file}:${error.line}: error: ${error.message}`);
  for (const note of report.scan.notes) lines.push(`note: ${note}`);
  const s = report.summary;
  lines.push(
    `${report.images.length} images (${report.images.filter((image) => image.status === 'failed').length} not scanned), ${s.high} high, ${s.medium} medium, ${s.low} low; gate ${s.gate}`,
  );
  return `${lines.join('\n')}\n`;
}

/** The job summary: a table per image, then the worst vulnerabilities of each with their fixed versions. */
export function formatScanMarkdown(report: ScanReport, worstPerImage = 5): string {
  const lines: string[] = ['## kubegate image scan', ''];
  lines.push(
    `Scanner **${report.scan.scanner}**${report.scan.database ? `, database ${code(report.scan.database)}` : ''}; gate **${report.summary.gate}** (fail on ${report.summary.failOn}); ${report.summary.high} high, ${report.summary.medium} medium, ${report.summary.low} low.`,
    '',
  );
  if (report.images.length === 0) {
    lines.push('No images found in the manifests.');
  } else {
    lines.push('| image | status | critical | high | medium | low | other | fixable | ignored |');
    lines.push('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
    for (const image of report.images) {
      const other = image.counts.NEGLIGIBLE + image.counts.UNKNOWN;
      lines.push(
        `| ${code(image.image)} | ${image.status === 'failed' ? '**not scanned**' : image.cached ? 'cached' : 'scanned'} | ${image.counts.CRITICAL} | ${image.counts.HIGH} | ${image.counts.MEDIUM} | ${image.counts.LOW} | ${other} | ${image.fixable} | ${image.ignored} |`,
      );
    }
  }
  for (const image of report.images) {
    if (image.status === 'failed') {
      lines.push('', `### ${code(image.image)}`, '', `Not scanned: ${cell(image.error ?? 'unknown error')}`);
      continue;
    }
    const worst = image.vulnerabilities.filter((v) => v.ignored?.state !== 'active').slice(0, worstPerImage);
    if (worst.length === 0) continue;
    lines.push(
      '',
      `### ${code(image.image)}`,
      '',
      '| vulnerability | severity | package | installed | fixed in |',
      '| --- | --- | --- | --- | --- |',
    );
    for (const vulnerability of worst) lines.push(vulnerabilityRow(vulnerability));
  }
  if (report.errors.length > 0) {
    lines.push('', '### Errors', '');
    for (const error of report.errors)
      lines.push(`- ${code(`${error.file}:${error.line}`)} ${cell(error.message)}`);
  }
  if (report.scan.notes.length > 0) {
    lines.push('', '### Notes', '');
    for (const note of report.scan.notes) lines.push(`- ${cell(note)}`);
  }
  return `${lines.join('\n')}\n`;
}

export function vulnerabilityRow(vulnerability: ImageVulnerability): string {
  const first = vulnerability.packages[0];
  const more = vulnerability.packages.length > 1 ? ` +${vulnerability.packages.length - 1}` : '';
  const id = vulnerability.url ? `[${vulnerability.id}](${vulnerability.url})` : vulnerability.id;
  const score = vulnerability.cvss ? ` ${vulnerability.cvss.score.toFixed(1)}` : '';
  const fixed = vulnerability.packages.flatMap((entry) => entry.fixedVersions);
  return `| ${id} | ${vulnerability.severity}${score} | ${cell(first?.name ?? '')}${more} | ${cell(first?.installedVersion ?? '')} | ${cell(fixed.join(', ') || 'no fix yet')} |`;
}

function code(value: string): string {
  return `\`${value.replace(/`/g, "'")}\``;
}

/** Text inside a markdown table cell: no pipes or newlines, and no HTML from scanner data. */
export function cell(value: string): string {
  return value
    .replace(/[\r\n]+/g, ' ')
    .replace(/\|/g, '\\|')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

function clip(value: string, max: number): string {
  return value.length > max ? `${value.slice(0, max - 1)}…` : value;
}
