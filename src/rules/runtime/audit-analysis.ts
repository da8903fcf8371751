/**
 * The audit policies of a run, read once, and the probe requests grouped by
 * the policy rule that decides them, so that each finding can name the first
 * matching rule and its line.
 */
import { evaluateAuditPolicy, type AuditDecision } from '../../engines/audit/evaluate.js';
import {
  readAuditPolicy,
  type AuditPolicy,
  type AuditRule,
  type PolicyProblem,
} from '../../engines/audit/policy.js';
import { isRecord } from '../../model/objects.js';
import { resourceLabel, type Probe } from './audit-probes.js';
import { lineOf, type ContentSource } from './sources.js';

export interface PolicySource {
  readonly source: ContentSource;
  readonly policy: AuditPolicy;
  /** why the API server would refuse the policy; semantic rules skip a refused policy */
  readonly problems: readonly PolicyProblem[];
}

export interface AuditAnalysis {
  readonly policies: readonly PolicySource[];
}

export function auditAnalysis(sources: readonly ContentSource[]): AuditAnalysis {
  return {
    policies: sources.map((source) => ({
      source,
      ...readAuditPolicy(isRecord(source.value) ? source.value : {}),
    })),
  };
}

/** Probes that got a decision the caller objects to, grouped by the deciding rule (undefined: no rule matched). */
export interface DecidedGroup {
  readonly rule?: AuditRule;
  readonly decision: AuditDecision;
  readonly probes: Probe[];
}

export function failingProbes(
  policy: AuditPolicy,
  probes: readonly Probe[],
  fails: (probe: Probe, decision: AuditDecision) => boolean,
): DecidedGroup[] {
  const groups = new Map<number, DecidedGroup>();
  for (const probe of probes) {
    const decision = evaluateAuditPolicy(policy, probe.request);
    if (!fails(probe, decision)) continue;
    const key = decision.rule?.index ?? -1;
    let group = groups.get(key);
    if (!group) {
      group = { ...(decision.rule ? { rule: decision.rule } : {}), decision, probes: [] };
      groups.set(key, group);
    }
    group.probes.push(probe);
  }
  return [...groups.values()];
}

/** `rules[2] (line 14, level RequestResponse)`, the way findings name the deciding rule. */
export function describeRule(source: ContentSource, rule: AuditRule): string {
  return `rules[${rule.index}] (line ${lineOf(source, ['rules', rule.index])}, level ${rule.level})`;
}

/**
 * What the probes of a group asked, compactly: `get, list secrets; create
 * tokenreviews.authentication.k8s.io`, with the users when not all were hit.
 */
export function describeRequests(probes: readonly Probe[], allUsers: readonly string[]): string {
  const byResource = new Map<string, Set<string>>();
  const users = new Set<string>();
  for (const probe of probes) {
    const label = resourceLabel(probe.resource);
    const verbs = byResource.get(label) ?? new Set<string>();
    verbs.add(probe.verb);
    byResource.set(label, verbs);
    users.add(probe.user.name);
  }
  const parts = [...byResource].map(([label, verbs]) => `${[...verbs].join(', ')} ${label}`);
  const more = parts.length - 4;
  const shown = more > 0 ? [...parts.slice(0, 4), `${more} more resource${more === 1 ? '' : 's'}`] : parts;
  const who = allUsers.every((user) => users.has(user)) ? '' : ` (by ${[...users].join(', ')})`;
  return `${shown.join('; ')}${who}`;
}
