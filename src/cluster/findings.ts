/** Cluster verdicts as reported findings, located like static ones (rule tier and on/off from the config). */
import { fingerprint } from '../baseline/fingerprint.js';
import type { Settings } from '../config/settings.js';
import { resourceRef, type SourceObject } from '../model/objects.js';
import { formatPath, type FieldPath } from '../model/path.js';
import { effectiveRules } from '../rules/engine.js';
import type { Finding } from '../rules/types.js';

export type FindingSink = (ruleId: string, source: SourceObject, path: FieldPath, message: string) => void;

/** Collects findings; a rule turned off by the config or --rules emits nothing. */
export function findingCollector(settings: Settings): { findings: Finding[]; emit: FindingSink } {
  const rules = effectiveRules(settings);
  const findings: Finding[] = [];
  const seen = new Set<string>();
  const emit: FindingSink = (ruleId, source, path, message) => {
    const rule = rules.get(ruleId);
    if (!rule) throw new Error(`cluster rule ${ruleId} is not in the catalogue`);
    if (!rule.enabled) return;
    const resource = resourceRef(source.value);
    const { line, column, ...where } = source.locate(path);
    const file = 'file' in where && typeof where.file === 'string' ? where.file : source.file;
    const formatted = formatPath(path);
    const key = `${ruleId}\u0000${file}\u0000${line}\u0000${message}`;
    if (seen.has(key)) return;
    seen.add(key);
    findings.push({
      ruleId,
      tier: rule.tier,
      title: rule.title,
      message,
      resource,
      location: { file, line, column },
      path: formatted,
      // several verdicts can sit on one field (one per probe): the message tells them apart
      fingerprint: fingerprint(ruleId, resource, `${formatted}\u0000${message}`),
      status: 'new',
    });
  };
  return { findings, emit };
}
