/**
 * Encryption at rest as a rule family (secrets/encryption-*): every
 * EncryptionConfiguration (apiserver.config.k8s.io/v1) in the repository, as
 * a plain file or embedded in a ConfigMap or Helm values the configuration
 * names, read the way kube-apiserver reads it. A configuration the API server
 * refuses (see engines/encryption/configuration.ts, and resources masked by an
 * earlier wildcard) is reported as an error, exit code 2: what it would
 * encrypt cannot be said. Its inline keys are still findings.
 */
import {
  readEncryptionConfiguration,
  type ConfigProblem,
  type EncryptionConfig,
} from '../../engines/encryption/configuration.js';
import { maskedResources, type MaskedResource } from '../../engines/encryption/resolve.js';
import { formatGroupResource } from '../../engines/encryption/configuration.js';
import { isRecord } from '../../model/objects.js';
import { reportRefusals, reportUnreadable, runtimeSources, type ContentSource } from '../runtime/sources.js';
import type { AnalysisContext, RawFinding, RuleFamily, RuleInfo } from '../types.js';
import { encryptionInlineKey } from './encryption-inline-key.js';
import { encryptionSecretsPlaintext } from './encryption-secrets-plaintext.js';
import { encryptionWeakProvider } from './encryption-weak-provider.js';

export interface EncryptionSource {
  readonly source: ContentSource;
  readonly config: EncryptionConfig;
  /** what makes the API server refuse the file */
  readonly problems: readonly ConfigProblem[];
  readonly masked: readonly MaskedResource[];
}

export interface EncryptionRule {
  readonly info: RuleInfo;
  check(configurations: readonly EncryptionSource[], emit: (finding: RawFinding) => void): void;
}

/** The API server starts with it: no problems, nothing masked. */
export function isAccepted(configuration: EncryptionSource): boolean {
  return configuration.problems.length === 0 && configuration.masked.length === 0;
}

export const ENCRYPTION_RULES: readonly EncryptionRule[] = [
  encryptionSecretsPlaintext,
  encryptionWeakProvider,
  encryptionInlineKey,
];

export const encryptionFamily: RuleFamily = {
  rules: ENCRYPTION_RULES.map((rule) => rule.info),
  analyze(context, emit) {
    const active = ENCRYPTION_RULES.filter((rule) => context.isEnabled(rule.info.id));
    if (active.length === 0) return;
    const sources = runtimeSources(context);
    reportUnreadable(context, sources);
    const configurations = sources.encryption.map((source): EncryptionSource => {
      const { config, problems } = readEncryptionConfiguration(isRecord(source.value) ? source.value : {});
      // the API server validates first and builds its transformers (where masking shows) only after
      return { source, config, problems, masked: problems.length === 0 ? maskedResources(config) : [] };
    });
    for (const configuration of configurations) reportRefusal(context, configuration);
    for (const rule of active) rule.check(configurations, emit);
  },
};

/** Why the API server would refuse the configuration: its problems, and resources masked by a wildcard. */
function reportRefusal(context: AnalysisContext, configuration: EncryptionSource): void {
  const masking = configuration.masked.map(({ entry, resource, maskedBy }) => ({
    path: resource.path,
    message: `${formatGroupResource(resource)} in resources[${entry.index}] is masked by ${maskedBy.text}, listed earlier; move the specific entry above the wildcard`,
  }));
  reportRefusals(
    context,
    configuration.source,
    [...configuration.problems, ...masking],
    'encryption configuration',
  );
}
