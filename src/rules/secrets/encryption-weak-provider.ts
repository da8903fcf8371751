/*
 * secrets/encryption-weak-provider (medium)
 * Fields: resources[].providers[0] of an EncryptionConfiguration (the provider that encrypts writes)
 * Fires: aescbc, aesgcm, or kms with apiVersion v1 (the default). kms v2 is
 * what the Kubernetes documentation recommends.
 */
import { formatGroupResource, type EncryptionProvider } from '../../engines/encryption/configuration.js';
import type { FieldPath } from '../../model/path.js';
import { findingAt } from '../runtime/types.js';
import { isAccepted, type EncryptionRule } from './encryption-family.js';

const ID = 'secrets/encryption-weak-provider';

const WEAKNESS = {
  aescbc:
    'aescbc (AES-CBC with PKCS#7 padding) is open to padding oracle attacks, and its key sits in this file on every control-plane host',
  aesgcm:
    'aesgcm uses random nonces, so its key must be rotated every 200,000 writes or nonces repeat and the encryption breaks, and its key sits in this file on every control-plane host',
  kmsV1:
    'kms apiVersion v1 is deprecated since Kubernetes 1.28 and off by default from 1.29 (slow, one KMS call per object)',
} as const;

function weakness(provider: EncryptionProvider): { text: string; path: FieldPath } | undefined {
  const type = provider.types[0];
  if (type === 'aescbc' || type === 'aesgcm') return { text: WEAKNESS[type], path: [...provider.path, type] };
  if (type === 'kms' && provider.kms?.apiVersion === 'v1')
    return { text: WEAKNESS.kmsV1, path: [...provider.path, 'kms'] };
  return undefined;
}

export const encryptionWeakProvider: EncryptionRule = {
  info: {
    id: ID,
    tier: 'medium',
    title: 'Encryption at rest should use KMS v2',
    rationale:
      'aescbc is vulnerable to padding oracle attacks, aesgcm breaks without key rotation every 200,000 writes, and both keep the key beside the data on the control plane; kms v1 is deprecated. KMS v2 keeps the key in an external KMS and is the recommended provider.',
    remediation:
      'Make kms with apiVersion: v2 the first provider (keep the old provider after it until every object is rewritten), then remove the old keys.',
  },
  check(configurations, emit) {
    for (const configuration of configurations) {
      if (!isAccepted(configuration)) continue;
      for (const entry of configuration.config.entries) {
        const writer = entry.providers[0];
        const weak = writer && weakness(writer);
        if (!weak) continue;
        const resources = entry.resources.map(formatGroupResource).join(', ');
        emit(
          findingAt(
            ID,
            configuration.source,
            weak.path,
            `resources[${entry.index}] (${resources}) is encrypted with a weak provider: ${weak.text}; use kms with apiVersion v2`,
          ),
        );
      }
    }
  },
};
