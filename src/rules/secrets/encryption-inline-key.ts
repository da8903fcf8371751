/*
 * secrets/encryption-inline-key (medium)
 * Fields: resources[].providers[].{aescbc,aesgcm,secretbox}.keys[].secret of an EncryptionConfiguration
 * Fires: key material written in the file (valid base64), whichever provider
 * position it holds. A template expression (${...}, {{ ... }}) filled in at
 * deploy time is not key material. The finding names the key, never its value.
 */
import { findingAt } from '../runtime/types.js';
import type { EncryptionRule } from './encryption-family.js';

const ID = 'secrets/encryption-inline-key';

export const encryptionInlineKey: EncryptionRule = {
  info: {
    id: ID,
    tier: 'medium',
    title: 'Encryption keys must not be committed',
    rationale:
      'An encryption key in the repository is readable by everyone who can clone it and stays in git history: with an etcd backup it decrypts every Secret it was meant to protect.',
    remediation:
      'Rotate the key, remove it from the repository and use kms with apiVersion v2, or render the file on the control plane from a secret store at deploy time.',
  },
  check(configurations, emit) {
    for (const { source, config } of configurations) {
      for (const entry of config.entries)
        for (const provider of entry.providers)
          for (const key of provider.keys) {
            if (key.secret !== 'inline') continue;
            const type =
              provider.types.find((candidate) => candidate !== 'identity' && candidate !== 'kms') ?? 'key';
            const name = key.name !== undefined ? `"${key.name}"` : `#${key.index + 1}`;
            emit(
              findingAt(
                ID,
                source,
                [...key.path, 'secret'],
                `${type} key ${name} (resources[${entry.index}].providers[${provider.index}]) is written in this file: whoever can read the repository can decrypt what it protects`,
              ),
            );
          }
    }
  },
};
