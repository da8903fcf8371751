/*
 * secrets/env-from-secret (medium)
 * Fields: spec.{initContainers,containers,ephemeralContainers}[*].env[*].valueFrom.secretKeyRef,
 *         spec.{initContainers,containers,ephemeralContainers}[*].envFrom[*].secretRef
 * Fires: a Secret reaches the container as environment variables rather than as files.
 */
import type { PodTemplate } from '../../model/workloads.js';
import { podContainers } from '../pss/containers.js';
import { asList, asObject, asText, quote } from '../pss/pod.js';
import type { RawFinding, RuleInfo } from '../types.js';

const ID = 'secrets/env-from-secret';

export const envFromSecretRule: RuleInfo = {
  id: ID,
  tier: 'medium',
  title: 'Secrets should be mounted as files, not injected as env vars',
  rationale:
    'Environment variables leak: they are inherited by every child process, printed by crash reporters, debug endpoints and `env` in a shell, and readable from /proc/<pid>/environ; a mounted Secret stays in one file with its own permissions and is updated in place on rotation.',
  remediation:
    'Mount the Secret as a volume (volumes[].secret, or a projected volume) with defaultMode 0400 and read the value from the file; most libraries accept a *_FILE variable that points at it.',
};

export function envFromSecretFindings(template: PodTemplate): RawFinding[] {
  const findings: RawFinding[] = [];
  for (const container of podContainers(template)) {
    const base = [...template.prefix, ...container.path];
    const who = `container ${quote(container.name)}`;
    asList(container.fields.env).forEach((entry, index) => {
      const variable = asObject(entry);
      const ref = asObject(asObject(variable?.valueFrom)?.secretKeyRef);
      if (!variable || !ref) return;
      findings.push({
        ruleId: ID,
        object: template.object,
        path: [...base, 'env', index, 'valueFrom', 'secretKeyRef'],
        message: `${who} reads key ${quote(asText(ref.key))} of Secret ${quote(asText(ref.name))} into env var ${quote(asText(variable.name))}`,
      });
    });
    asList(container.fields.envFrom).forEach((entry, index) => {
      const ref = asObject(asObject(entry)?.secretRef);
      if (!ref) return;
      findings.push({
        ruleId: ID,
        object: template.object,
        path: [...base, 'envFrom', index, 'secretRef'],
        message: `${who} injects every key of Secret ${quote(asText(ref.name))} as env vars`,
      });
    });
  }
  return findings;
}
