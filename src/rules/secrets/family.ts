/**
 * Secrets handling: credentials written into env vars, Secret objects
 * committed in plain text, and Secrets handed to containers as env vars
 * instead of files. No message, path or fix of this family ever carries a
 * secret value: only names of variables, keys and Secrets.
 */
import type { RuleFamily } from '../types.js';
import { committedSecretFindings, committedSecretRule } from './committed-secret.js';
import { credentialNameMatcher } from './credential-names.js';
import { envFromSecretFindings, envFromSecretRule } from './env-from-secret.js';
import { envLiteralCredentialRule, literalCredentialFindings } from './env-literal-credential.js';

export const secretsFamily: RuleFamily = {
  rules: [envLiteralCredentialRule, committedSecretRule, envFromSecretRule],
  analyze(context, emit) {
    if (context.isEnabled(envLiteralCredentialRule.id)) {
      const isCredentialName = credentialNameMatcher(context.settings);
      for (const template of context.podTemplates)
        literalCredentialFindings(template, isCredentialName).forEach(emit);
    }
    if (context.isEnabled(committedSecretRule.id)) {
      for (const object of context.objects) committedSecretFindings(object).forEach(emit);
    }
    if (context.isEnabled(envFromSecretRule.id)) {
      for (const template of context.podTemplates) envFromSecretFindings(template).forEach(emit);
    }
  },
};
