/*
 * secrets/committed-secret (medium)
 * Fields: data and stringData of v1 Secret objects
 * Fires: a Secret holds a non-empty value that is not SOPS-encrypted. A value is
 * encrypted when it is an ENC[...] string (SOPS writes one per value, and a `sops:`
 * block of metadata at the top level); a plain value in a SOPS file (left out by
 * unencrypted_suffix or encrypted_regex) is plain text all the same.
 * One finding per section, naming the keys; never the values.
 */
import { isRecord, type SourceObject } from '../../model/objects.js';
import { quote, quoteAll } from '../pss/pod.js';
import type { RawFinding, RuleInfo } from '../types.js';

const ID = 'secrets/committed-secret';

export const committedSecretRule: RuleInfo = {
  id: ID,
  tier: 'medium',
  title: 'Secrets must not be committed in plain text',
  rationale:
    'A Secret in the repository is readable by everyone who can clone it, and its values stay in git history forever; base64 in `data` is an encoding, not encryption.',
  remediation:
    'Rotate the values, remove the Secret from the repository and commit a SealedSecret (Bitnami sealed-secrets) or an ExternalSecret (External Secrets Operator, pointing at your vault) instead, or encrypt the file with SOPS.',
};

const SOPS_VALUE = /^ENC\[.+\]$/s;
const SOPS_METADATA_KEYS = ['mac', 'lastmodified', 'version'];

export function committedSecretFindings(object: SourceObject): RawFinding[] {
  const { apiVersion, kind } = object.value;
  if (apiVersion !== 'v1' || kind !== 'Secret') return [];
  const sops = object.value.sops;
  const sopsFile = isRecord(sops) && SOPS_METADATA_KEYS.some((key) => key in sops);
  const name = isRecord(object.value.metadata) ? String(object.value.metadata.name ?? '') : '';
  const findings: RawFinding[] = [];
  for (const section of ['data', 'stringData'] as const) {
    const values = object.value[section];
    if (!isRecord(values)) continue;
    const plain = Object.keys(values).filter((key) => isPlainValue(values[key]));
    if (plain.length === 0) continue;
    const count = plain.length === 1 ? 'a value' : `${plain.length} values`;
    const note = sopsFile ? ' that SOPS left unencrypted' : '';
    findings.push({
      ruleId: ID,
      object,
      path: [section],
      message: `Secret ${quote(name)} commits ${count} in plain text${note} in ${section} (${plain.length === 1 ? 'key' : 'keys'} ${quoteAll(plain)})`,
    });
  }
  return findings;
}

function isPlainValue(value: unknown): boolean {
  if (value === null || value === undefined || value === '') return false;
  return !(typeof value === 'string' && SOPS_VALUE.test(value));
}
