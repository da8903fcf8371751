/**
 * Grype adapter. `grype registry:<ref> -o json` prints:
 *   { matches: [{ vulnerability: { id, severity ("Critical"…"Negligible", "Unknown"), description,
 *       dataSource, urls, cvss: [{ source, type, version, vector, metrics: { baseScore } }],
 *       fix: { versions: [...], state: "fixed" | "not-fixed" | "wont-fix" | "unknown" } },
 *     relatedVulnerabilities: [{ id, cvss, … }],
 *     artifact: { name, version, type, purl } }],
 *   source: { type: "image", target: { userInput, manifestDigest, repoDigests } },
 *   distro: { name, version }, descriptor: { name, version, db: { … } } }
 * A distribution record often carries no CVSS while its related NVD record
 * does: the score is taken from there. `grype db status -o json` prints
 * { schemaVersion, built, checksum, … }.
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

export const grypeAdapter: ScannerAdapter = {
  name: 'grype',
  prepareArgs: () => ['db', 'update'],
  databaseArgs: () => ['db', 'status', '-o', 'json'],
  parseDatabaseVersion(output) {
    let status: unknown;
    try {
      status = JSON.parse(output) as unknown;
    } catch {
      // grype before db status -o json printed "Built:  2024-01-02 …" lines
      const built = /^Built:\s*(.+)$/m.exec(output)?.[1]?.trim();
      const schema = /^Schema:\s*(.+)$/m.exec(output)?.[1]?.trim();
      return built ? `grype-db/${schema ?? '?'}/${built}` : undefined;
    }
    const built = text(field(status, 'built'));
    if (!built) return undefined;
    const schema = field(status, 'schemaVersion');
    return `grype-db/${typeof schema === 'string' || typeof schema === 'number' ? schema : '?'}/${built}`;
  },
  // registry: reads the image from its registry, without a Docker daemon
  scanArgs: (reference) => [`registry:${reference}`, '-o', 'json', '--quiet'],
  // the database was brought up to date once before the scans
  scanEnv: { GRYPE_DB_AUTO_UPDATE: 'false' },
  parseReport: parseGrypeReport,
};

export function parseGrypeReport(output: string): ScanOutput {
  const { report, items: matches } = parseReportList(output, 'grype', 'matches');
  const vulnerabilities: Vulnerability[] = [];
  for (const match of matches) {
    const vulnerability = field(match, 'vulnerability');
    const id = text(field(vulnerability, 'id'));
    if (!id) continue;
    const artifact = field(match, 'artifact');
    const fix = field(vulnerability, 'fix');
    const fixedVersions = list(field(fix, 'versions')).filter(
      (version): version is string => typeof version === 'string' && version.trim() !== '',
    );
    const state = text(field(fix, 'state'));
    const cvss =
      grypeCvss(field(vulnerability, 'cvss')) ??
      list(field(match, 'relatedVulnerabilities'))
        .map((related) => grypeCvss(field(related, 'cvss')))
        .find((found) => found !== undefined);
    const description =
      text(field(vulnerability, 'description')) ??
      list(field(match, 'relatedVulnerabilities'))
        .map((related) => text(field(related, 'description')))
        .find((found) => found !== undefined);
    const url = text(field(vulnerability, 'dataSource')) ?? text(list(field(vulnerability, 'urls'))[0]);
    const packageType = text(field(artifact, 'type'));
    vulnerabilities.push({
      id,
      severity: normalizeSeverity(field(vulnerability, 'severity')),
      packageName: text(field(artifact, 'name')) ?? '(unknown package)',
      installedVersion: text(field(artifact, 'version')) ?? '',
      ...(packageType ? { packageType } : {}),
      // a "fixed" state without versions still says nothing about which version to move to
      fixedVersions: state === undefined || state === 'fixed' ? fixedVersions : [],
      ...(description ? { description } : {}),
      ...(url ? { url } : {}),
      ...(cvss ? { cvss } : {}),
    });
  }
  const target = field(field(report, 'source'), 'target');
  const digest =
    text(field(target, 'manifestDigest')) ??
    list(field(target, 'repoDigests'))
      .map((entry) => (typeof entry === 'string' ? /@(sha256:[a-f0-9]{64})$/.exec(entry)?.[1] : undefined))
      .find((found) => found !== undefined);
  const distro = field(report, 'distro');
  const os = [text(field(distro, 'name')), text(field(distro, 'version'))].filter(Boolean).join(' ');
  return {
    vulnerabilities,
    ...(digest && /^sha256:[a-f0-9]{64}$/.test(digest) ? { digest } : {}),
    ...(os ? { os } : {}),
  };
}

/** The primary (NVD) score when listed, else the highest; CVSS v3 over v2. */
function grypeCvss(value: unknown): Cvss | undefined {
  const entries = list(value)
    .map((entry) => {
      const base = score(field(field(entry, 'metrics'), 'baseScore'));
      if (base === undefined) return undefined;
      const vector = text(field(entry, 'vector'));
      const source = text(field(entry, 'source'));
      const version = text(field(entry, 'version')) ?? '';
      const primary = text(field(entry, 'type')) === 'Primary';
      return {
        cvss: { score: base, ...(vector ? { vector } : {}), ...(source ? { source } : {}) },
        version,
        primary,
      };
    })
    .filter((entry) => entry !== undefined)
    .sort(
      (a, b) =>
        Number(b.primary) - Number(a.primary) ||
        Number(b.version.startsWith('3')) - Number(a.version.startsWith('3')) ||
        b.cvss.score - a.cvss.score,
    );
  return entries[0]?.cvss;
}
