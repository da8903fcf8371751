/*
 * secrets/env-literal-credential (medium)
 * Fields: spec.{initContainers,containers,ephemeralContainers}[*].env[*].value
 * Fires: an env var whose name looks like a credential (credential-names.ts) has a
 * literal, non-empty value. valueFrom is fine; so is a value made only of $(VAR)
 * references to other variables. The value itself is never reported.
 */
import type { PodTemplate } from '../../model/workloads.js';
import { podContainers } from '../pss/containers.js';
import { asList, asObject, asText, isSet, quote } from '../pss/pod.js';
import type { RawFinding, RuleInfo } from '../types.js';

const ID = 'secrets/env-literal-credential';

export const envLiteralCredentialRule: RuleInfo = {
  id: ID,
  tier: 'medium',
  title: 'Credentials must not be written as literal env values',
  rationale:
    'A credential written in a manifest is readable by everyone with access to the repository, its forks, CI logs and the rendered object (kubectl get -o yaml shows it to anyone who can read the workload), and it stays in git history after it is removed.',
  remediation:
    'Rotate the credential, move it to a Secret managed outside git (ExternalSecret, SealedSecret or SOPS) and mount it as a file, or at least reference it with env[].valueFrom.secretKeyRef.',
};

/** only $(NAME) references: Kubernetes expands them from other variables, nothing is written here */
const ONLY_REFERENCES = /^(?:\$\([A-Za-z_][A-Za-z0-9_.-]*\))+$/;

export function literalCredentialFindings(
  template: PodTemplate,
  isCredentialName: (name: string) => boolean,
): RawFinding[] {
  const findings: RawFinding[] = [];
  for (const container of podContainers(template)) {
    asList(container.fields.env).forEach((entry, index) => {
      const variable = asObject(entry);
      const name = asText(variable?.name);
      if (!variable || !isCredentialName(name) || !isLiteral(variable.value)) return;
      findings.push({
        ruleId: ID,
        object: template.object,
        path: [...template.prefix, ...container.path, 'env', index, 'value'],
        // the name only: the value must never reach any output
        message: `container ${quote(container.name)} sets credential-like env var ${quote(name)} to a literal value`,
      });
    });
  }
  return findings;
}

function isLiteral(value: unknown): boolean {
  if (!isSet(value)) return false;
  const text = asText(value);
  return text !== '' && !ONLY_REFERENCES.test(text);
}
