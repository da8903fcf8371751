/**
 * Exemptions: accepted findings, so that only what is new or unaccepted
 * blocks (no alert fatigue), but never silently. Each exemption carries a
 * reason, and may carry an owner and an expiry date after which it stops
 * exempting and the report says so.
 *
 * Two sources: the config file (rule glob + resource globs), and an
 * annotation on the resource itself, `kubegate.io/exempt.<rule-id>:
 * "<reason>"`. Kubernetes allows one slash in an annotation key, so the rule
 * id's slash may be written as a dot (`kubegate.io/exempt.pss.privileged`);
 * the literal form is read too. The config can forbid inline exemptions;
 * they are then reported as refused.
 */
import type { ExemptionConfig } from '../config/config-file.js';
import { globToRegExp } from '../model/glob.js';
import { isRecord, type SourceObject } from '../model/objects.js';
import type { Finding, FindingExemption } from '../rules/types.js';

export const INLINE_EXEMPTION_PREFIX = 'kubegate.io/exempt.';

export interface ExemptionPolicy {
  readonly exemptions: readonly ExemptionConfig[];
  readonly allowInline: boolean;
  /** today, as YYYY-MM-DD (UTC) */
  readonly today: string;
}

/** Inline exemptions of an object, by rule id. */
export function inlineExemptions(object: SourceObject['value']): Map<string, string> {
  const found = new Map<string, string>();
  const metadata = isRecord(object.metadata) ? object.metadata : undefined;
  const annotations = metadata && isRecord(metadata.annotations) ? metadata.annotations : {};
  for (const [key, value] of Object.entries(annotations)) {
    if (!key.startsWith(INLINE_EXEMPTION_PREFIX) || typeof value !== 'string') continue;
    const written = key.slice(INLINE_EXEMPTION_PREFIX.length);
    const ruleId = written.includes('/') ? written : written.replace('.', '/');
    found.set(ruleId, value.trim());
  }
  return found;
}

export function applyExemptions(
  findings: readonly Finding[],
  inlineByResource: ReadonlyMap<string, ReadonlyMap<string, string>>,
  policy: ExemptionPolicy,
): Finding[] {
  const compiled = policy.exemptions.map((exemption) => ({
    exemption,
    rule: globToRegExp(exemption.rule),
    kind: globToRegExp(exemption.resource?.kind ?? '*'),
    namespace: globToRegExp(exemption.resource?.namespace ?? '*'),
    name: globToRegExp(exemption.resource?.name ?? '*'),
  }));
  return findings.map((finding) => {
    const configured = compiled.find(
      (entry) =>
        entry.rule.test(finding.ruleId) &&
        entry.kind.test(finding.resource.kind) &&
        entry.namespace.test(finding.resource.namespace ?? '') &&
        entry.name.test(finding.resource.name),
    );
    let exemption: FindingExemption | undefined;
    if (configured) {
      const { reason, owner, expires } = configured.exemption;
      const expired = expires !== undefined && expires < policy.today;
      exemption = {
        source: 'config',
        reason,
        ...(owner !== undefined ? { owner } : {}),
        ...(expires !== undefined ? { expires } : {}),
        state: expired ? 'expired' : 'active',
      };
    } else {
      const reason = inlineByResource.get(resourceKey(finding))?.get(finding.ruleId);
      if (reason !== undefined && reason !== '') {
        exemption = { source: 'annotation', reason, state: policy.allowInline ? 'active' : 'refused' };
      }
    }
    return exemption ? { ...finding, exemption } : finding;
  });
}

export function resourceKey(finding: Pick<Finding, 'resource'>): string {
  const { kind, namespace, name } = finding.resource;
  return `${kind}/${namespace ?? ''}/${name}`;
}

export function isExempted(finding: Finding): boolean {
  return finding.exemption?.state === 'active';
}

export function todayUtc(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
