/*
 * secrets/encryption-secrets-plaintext (medium)
 * Fields: resources[].resources and resources[].providers of an EncryptionConfiguration
 * Fires: Secrets resolve (exactly, then *., then *.*; earlier entries first)
 * to no entry, or to providers whose first is identity: new Secrets are
 * written to etcd in plain text.
 */
import { resolveResource, describeResolution } from '../../engines/encryption/resolve.js';
import { findingAt } from '../runtime/types.js';
import { isAccepted, type EncryptionRule } from './encryption-family.js';

const ID = 'secrets/encryption-secrets-plaintext';
const SECRETS = { group: '', resource: 'secrets' };

export const encryptionSecretsPlaintext: EncryptionRule = {
  info: {
    id: ID,
    tier: 'medium',
    title: 'Encryption at rest must encrypt Secrets',
    rationale:
      'Secrets not encrypted at rest are plain text in etcd, its backups and its disks: anyone with a snapshot or etcd access reads every credential in the cluster.',
    remediation:
      'List secrets in a resources entry whose first provider encrypts (kms with apiVersion v2), keeping identity last only to read data written before encryption was enabled.',
  },
  check(configurations, emit) {
    for (const configuration of configurations) {
      if (!isAccepted(configuration)) continue;
      const { source, config } = configuration;
      const resolution = resolveResource(config, SECRETS);
      if (!resolution.match) {
        emit(
          findingAt(
            ID,
            source,
            ['resources'],
            'no resources entry covers secrets (none lists secrets, *. or *.*): the API server stores Secrets in etcd in plain text',
          ),
        );
        continue;
      }
      const writer = resolution.providers[0];
      if (writer && writer.provider.types[0] === 'identity')
        emit(
          findingAt(
            ID,
            source,
            [...writer.provider.path, 'identity'],
            `identity is the first provider for secrets (${describeResolution(resolution)}): new Secrets are written to etcd in plain text; put an encrypting provider first and identity last`,
          ),
        );
    }
  },
};
