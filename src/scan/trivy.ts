/**
 * Trivy adapter. `trivy image --format json` prints a report (SchemaVersion 2):
 *   { ArtifactName, Metadata: { OS: { Family, Name }, RepoDigests: ["repo@sha256:…"] },
 *     Results: [{ Target, Class, Type,
 *       Vulnerabilities: [{ VulnerabilityID, PkgName, InstalledVersion, FixedVersion ("1.2, 1.3"),
 *         Status, Severity, SeveritySource, Title, Description, PrimaryURL,
 *         CVSS: { <source>: { V2Score, V2Vector, V3Score, V3Vector, V40Score, V40Vector } } }] }] }
 * Results is left out for an image with nothing to report, and Vulnerabilities
 * is null or absent for a target without any: both read as "none found".
 * `trivy version --format json` prints { Version, VulnerabilityDB: { Version, UpdatedAt, … } }.
 */
import {
  field,
  list,
  normalizeSeverity,
  score,
  text,
  type Cvss,
  type ScanOutput,
  type Vulnerability,
  parseReportList,
} from './vulnerability.js';
import type { ScannerAdapter } from './scanner.js';

export const trivyAdapter: ScannerAdapter = {
  name: 'trivy',
  // one database download before the parallel scans, which then all read the same database
  prepareArgs: () => ['image', '--download-db-only', '--quiet'],
  databaseArgs: () => ['version', '--format', 'json'],
  parseDatabaseVersion(output) {
    const db = field(safeJson(output), 'VulnerabilityDB');
    const updated = text(field(db, 'UpdatedAt'));
    if (!updated) return undefined;
    const schema = field(db, 'Version');
    return `trivy-db/${typeof schema === 'number' ? schema : '?'}/${updated}`;
  },
  scanArgs: (reference, timeoutSeconds) => [
    'image',
    '--format',
    'json',
    '--quiet',
    '--scanners',
    'vuln',
    '--skip-db-update',
    '--timeout',
    `${timeoutSeconds}s`,
    reference,
  ],
  scanEnv: {},
  parseReport: parseTrivyReport,
};

export function parseTrivyReport(output: string): ScanOutput {
  const { report, items: results } = parseReportList(output, 'trivy', 'Results');
  const vulnerabilities: Vulnerability[] = [];
  for (const result of results) {
    const packageType = text(field(result, 'Type'));
    for (const entry of list(field(result, 'Vulnerabilities'))) {
      const id = text(field(entry, 'VulnerabilityID'));
      if (!id) continue;
      const fixed = text(field(entry, 'FixedVersion'));
      const cvss = trivyCvss(field(entry, 'CVSS'), text(field(entry, 'SeveritySource')));
      const title = text(field(entry, 'Title'));
      const description = text(field(entry, 'Description'));
      const url = text(field(entry, 'PrimaryURL'));
      vulnerabilities.push({
        id,
        severity: normalizeSeverity(field(entry, 'Severity')),
        packageName: text(field(entry, 'PkgName')) ?? '(unknown package)',
        installedVersion: text(field(entry, 'InstalledVersion')) ?? '',
        ...(packageType ? { packageType } : {}),
        fixedVersions: fixed
          ? fixed
              .split(',')
              .map((version) => version.trim())
              .filter((version) => version !== '')
          : [],
        ...(title ? { title } : {}),
        ...(description ? { description } : {}),
        ...(url ? { url } : {}),
        ...(cvss ? { cvss } : {}),
      });
    }
  }
  const metadata = field(report, 'Metadata');
  const repoDigest = list(field(metadata, 'RepoDigests'))
    .map((entry) => (typeof entry === 'string' ? /@(sha256:[a-f0-9]{64})$/.exec(entry)?.[1] : undefined))
    .find((digest) => digest !== undefined);
  const os = field(metadata, 'OS');
  const osName = [text(field(os, 'Family')), text(field(os, 'Name'))].filter(Boolean).join(' ');
  return {
    vulnerabilities,
    ...(repoDigest ? { digest: repoDigest } : {}),
    ...(osName ? { os: osName } : {}),
  };
}

/** The severity source's own score first (it set the severity), then NVD's, then the highest. */
function trivyCvss(value: unknown, severitySource: string | undefined): Cvss | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const candidates: Cvss[] = [];
  const order = Object.keys(value).sort((a, b) => rank(a) - rank(b));
  for (const source of order) {
    const entry = field(value, source);
    const v3 = score(field(entry, 'V3Score'));
    const v4 = score(field(entry, 'V40Score'));
    const v2 = score(field(entry, 'V2Score'));
    const chosen = v3 ?? v4 ?? v2;
    if (chosen === undefined) continue;
    const vector = text(
      field(entry, v3 !== undefined ? 'V3Vector' : v4 !== undefined ? 'V40Vector' : 'V2Vector'),
    );
    candidates.push({ score: chosen, source, ...(vector ? { vector } : {}) });
  }
  return candidates[0];

  function rank(source: string): number {
    if (source === severitySource) return 0;
    if (source === 'nvd') return 1;
    return 2;
  }
}

function safeJson(output: string): unknown {
  try {
    return JSON.parse(output) as unknown;
  } catch {
    return undefined;
  }
}
