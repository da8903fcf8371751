/**
 * From scan output to reported findings, purely: vulnerabilities grouped by
 * id (one CVE in three packages is one finding), `ignore-unfixed`, the
 * severity → tier mapping, the CVE ignore file, then one `image/vulnerability`
 * finding per vulnerability and per place the image is used, located at that
 * manifest line. The fingerprint holds the resource, the field path and the
 * vulnerability id, not the digest: a rebuilt image that still has the CVE
 * keeps its finding "existing".
 */
import { fingerprint } from '../baseline/fingerprint.js';
import type { Finding, FindingExemption, Tier } from '../rules/types.js';
import type { SeverityTier } from './config.js';
import type { DeployedImage } from './images.js';
import type { IgnoreMatcher } from './ignore-file.js';
import { imageVulnerabilityRule } from './rule.js';
import { compareSeverity, isFixable, type Cvss, type Severity, type Vulnerability } from './vulnerability.js';

export interface AffectedPackage {
  readonly name: string;
  readonly installedVersion: string;
  readonly fixedVersions: readonly string[];
  readonly type?: string;
}

/** One vulnerability id in one image, all its packages together. */
export interface ImageVulnerability {
  readonly id: string;
  readonly severity: Severity;
  readonly tier: SeverityTier;
  readonly packages: readonly AffectedPackage[];
  readonly fixable: boolean;
  readonly cvss?: Cvss;
  readonly title?: string;
  readonly description?: string;
  readonly url?: string;
  /** set when the ignore file names it: active ignores keep it out of the gate, expired ones say so */
  readonly ignored?: {
    readonly state: 'active' | 'expired';
    readonly reason: string;
    readonly expires?: string;
    readonly where: string;
  };
}

export interface VulnerabilityFinding extends Finding {
  readonly vulnerability: {
    readonly id: string;
    readonly severity: Severity;
    readonly image: string;
    readonly packages: readonly AffectedPackage[];
    readonly cvss?: Cvss;
    readonly url?: string;
  };
}

export interface EvaluationPolicy {
  readonly severityTiers: Readonly<Record<Severity, SeverityTier>>;
  readonly ignoreUnfixed: boolean;
  readonly ignores: IgnoreMatcher;
}

export interface Evaluated {
  /** every vulnerability after ignore-unfixed, worst first */
  readonly vulnerabilities: ImageVulnerability[];
  /** vulnerabilities left out by ignore-unfixed */
  readonly unfixedSkipped: number;
}

export function evaluateVulnerabilities(
  image: string,
  found: readonly Vulnerability[],
  policy: EvaluationPolicy,
): Evaluated {
  const groups = new Map<string, Vulnerability[]>();
  for (const vulnerability of found) {
    const group = groups.get(vulnerability.id) ?? [];
    group.push(vulnerability);
    groups.set(vulnerability.id, group);
  }
  let unfixedSkipped = 0;
  const vulnerabilities: ImageVulnerability[] = [];
  for (const [id, all] of groups) {
    const entries = policy.ignoreUnfixed ? all.filter(isFixable) : all;
    if (entries.length === 0) {
      unfixedSkipped++;
      continue;
    }
    const severity = entries.map((entry) => entry.severity).sort(compareSeverity)[0]!;
    const cvss = entries
      .map((entry) => entry.cvss)
      .filter((entry) => entry !== undefined)
      .sort((a, b) => b.score - a.score)[0];
    const packages = dedupePackages(entries);
    const first = entries.find((entry) => entry.title) ?? entries[0]!;
    const describing = entries.find((entry) => entry.description);
    const linked = entries.find((entry) => entry.url);
    const match = policy.ignores.match(id, image);
    vulnerabilities.push({
      id,
      severity,
      tier: policy.severityTiers[severity],
      packages,
      fixable: packages.some((entry) => entry.fixedVersions.length > 0),
      ...(cvss ? { cvss } : {}),
      ...(first.title ? { title: first.title } : {}),
      ...(describing?.description ? { description: describing.description } : {}),
      ...(linked?.url ? { url: linked.url } : {}),
      ...(match
        ? {
            ignored: {
              state: match.state,
              reason: match.ignore.reason,
              ...(match.ignore.expires !== undefined ? { expires: match.ignore.expires } : {}),
              where: `${match.ignore.file}:${match.ignore.line}`,
            },
          }
        : {}),
    });
  }
  vulnerabilities.sort(
    (a, b) =>
      compareSeverity(a.severity, b.severity) ||
      (b.cvss?.score ?? -1) - (a.cvss?.score ?? -1) ||
      Number(b.fixable) - Number(a.fixable) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  return { vulnerabilities, unfixedSkipped };
}

function dedupePackages(entries: readonly Vulnerability[]): AffectedPackage[] {
  const byKey = new Map<string, AffectedPackage>();
  for (const entry of entries) {
    const key = `${entry.packageName}\u0000${entry.installedVersion}`;
    const known = byKey.get(key);
    const fixedVersions = [...new Set([...(known?.fixedVersions ?? []), ...entry.fixedVersions])];
    byKey.set(key, {
      name: entry.packageName,
      installedVersion: entry.installedVersion,
      fixedVersions,
      ...(entry.packageType ? { type: entry.packageType } : {}),
    });
  }
  return [...byKey.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** One finding per reported vulnerability and per use of the image. */
export function vulnerabilityFindings(
  deployed: DeployedImage,
  vulnerabilities: readonly ImageVulnerability[],
): VulnerabilityFinding[] {
  const findings: VulnerabilityFinding[] = [];
  for (const vulnerability of vulnerabilities) {
    if (vulnerability.tier === 'off') continue;
    const tier: Tier = vulnerability.tier;
    for (const use of deployed.uses) {
      const exemption: FindingExemption | undefined = vulnerability.ignored
        ? {
            source: 'config',
            reason: `${vulnerability.ignored.reason} (CVE ignore file ${vulnerability.ignored.where})`,
            ...(vulnerability.ignored.expires !== undefined
              ? { expires: vulnerability.ignored.expires }
              : {}),
            state: vulnerability.ignored.state,
          }
        : undefined;
      findings.push({
        ruleId: imageVulnerabilityRule.id,
        tier,
        title: imageVulnerabilityRule.title,
        message: vulnerabilityMessage(use.site, deployed.image, vulnerability),
        resource: use.resource,
        location: { file: use.file, line: use.line, column: use.column },
        path: use.path,
        fingerprint: fingerprint(imageVulnerabilityRule.id, use.resource, `${use.path}#${vulnerability.id}`),
        status: 'new',
        ...(exemption ? { exemption } : {}),
        vulnerability: {
          id: vulnerability.id,
          severity: vulnerability.severity,
          image: deployed.image,
          packages: vulnerability.packages,
          ...(vulnerability.cvss ? { cvss: vulnerability.cvss } : {}),
          ...(vulnerability.url ? { url: vulnerability.url } : {}),
        },
      });
    }
  }
  return findings;
}

export function vulnerabilityMessage(site: string, image: string, vulnerability: ImageVulnerability): string {
  const score = vulnerability.cvss ? `, CVSS ${vulnerability.cvss.score.toFixed(1)}` : '';
  const packages = vulnerability.packages
    .slice(0, 3)
    .map(
      (entry) =>
        `${entry.name} ${entry.installedVersion}`.trim() +
        (entry.fixedVersions.length > 0 ? ` (fixed in ${entry.fixedVersions.join(', ')})` : ' (no fix yet)'),
    )
    .join(', ');
  const more =
    vulnerability.packages.length > 3 ? ` and ${vulnerability.packages.length - 3} more packages` : '';
  return `${site} image "${image}" has ${vulnerability.id} (${vulnerability.severity}${score}) in ${packages}${more}`;
}
