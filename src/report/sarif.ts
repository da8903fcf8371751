/**
 * SARIF 2.1.0 as GitHub code scanning reads it: every rule in the catalogue
 * with help text and a security-severity by tier, results with real regions
 * (the line to change, not line 1), a stable partial fingerprint, and input
 * errors as tool execution notifications. Valid with zero results too.
 */
import type { Log, ReportingDescriptor, Result } from 'sarif';
import type { RuleInfo, Tier } from '../rules/types.js';
import type { Report } from './report.js';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

/** GitHub buckets security-severity: >= 7.0 high, >= 4.0 medium, > 0 low */
const SECURITY_SEVERITY: Record<Tier, string> = { high: '8.0', medium: '5.5', low: '3.0' };
const LEVEL: Record<Tier, Result.level> = { high: 'error', medium: 'warning', low: 'note' };

export interface SarifOptions {
  readonly rules: readonly RuleInfo[];
  readonly toolVersion: string;
  /** rules that are not in the catalogue, e.g. one per CVE id for image/vulnerability findings */
  readonly extraRules?: readonly ReportingDescriptor[];
  /** the SARIF rule a finding is reported under, when not its ruleId (a CVE id) */
  readonly sarifRuleId?: (finding: Report['findings'][number]) => string | undefined;
}

export function formatSarif(report: Report, options: SarifOptions): string {
  return `${JSON.stringify(buildSarif(report, options), null, 2)}\n`;
}

export function buildSarif(report: Report, options: SarifOptions): Log {
  const tiers = new Map(report.findings.map((finding) => [finding.ruleId, finding.tier]));
  const rules: ReportingDescriptor[] = options.rules.map((rule) => {
    const tier = tiers.get(rule.id) ?? rule.tier;
    return {
      id: rule.id,
      name: rule.id.replace(/[^A-Za-z0-9]+(.)?/g, (_, next: string | undefined) =>
        (next ?? '').toUpperCase(),
      ),
      shortDescription: { text: rule.title },
      fullDescription: { text: rule.rationale },
      help: {
        text: `${rule.rationale}\n\nRemediation: ${rule.remediation}`,
        markdown: `**Why:** ${rule.rationale}\n\n**Remediation:** ${rule.remediation}`,
      },
      defaultConfiguration: { level: LEVEL[tier] },
      properties: {
        tags: ['security', 'kubernetes', tier],
        'security-severity': SECURITY_SEVERITY[tier],
        precision: 'high',
      },
    };
  });
  rules.push(...(options.extraRules ?? []));
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const sarifRuleOf = (finding: Report['findings'][number]) =>
    options.sarifRuleId?.(finding) ?? finding.ruleId;
  const results: Result[] = report.findings
    .filter((finding) => finding.status !== 'fixed')
    .map((finding) => ({
      ruleId: sarifRuleOf(finding),
      ruleIndex: ruleIndex.get(sarifRuleOf(finding)) ?? -1,
      level: LEVEL[finding.tier],
      message: { text: finding.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: encodeUri(finding.location.file), uriBaseId: '%SRCROOT%' },
            region: { startLine: finding.location.line, startColumn: finding.location.column },
          },
          logicalLocations: [
            {
              fullyQualifiedName: `${finding.resource.kind}/${finding.resource.namespace ? `${finding.resource.namespace}/` : ''}${finding.resource.name}:${finding.path}`,
              kind: 'member',
            },
          ],
        },
      ],
      partialFingerprints: { 'kubegate/v1': finding.fingerprint },
      properties: { status: finding.status, path: finding.path },
    }));
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'kubegate',
            semanticVersion: options.toolVersion,
            rules,
          },
        },
        results,
        invocations: [
          {
            executionSuccessful: report.errors.length === 0,
            toolExecutionNotifications: report.errors.map((error) => ({
              level: 'error' as const,
              message: { text: error.message },
              locations: [
                {
                  physicalLocation: {
                    artifactLocation: { uri: encodeUri(error.file), uriBaseId: '%SRCROOT%' },
                    region: { startLine: error.line, ...(error.column ? { startColumn: error.column } : {}) },
                  },
                },
              ],
            })),
          },
        ],
      },
    ],
  };
}

/** SARIF uris are URI references: encode each path segment, keep the slashes. */
function encodeUri(file: string): string {
  return file.split('/').map(encodeURIComponent).join('/');
}
