/**
 * The runtime tier as a rule family: Falco rules files (runtime/falco-*) and
 * the API server's audit policy (runtime/audit-*), wherever they appear:
 * plain files, or embedded in the ConfigMaps and Helm values the
 * configuration names. `falco -V` runs behind an injectable validator.
 * What cannot be evaluated (an audit policy the API server refuses, embedded
 * content that cannot be read) is reported as an error: exit code 2.
 */
import fs from 'node:fs';
import { findOnPath, processFalcoValidator } from '../../engines/falco/validator.js';
import type { RuleFamily } from '../types.js';
import { auditAnalysis } from './audit-analysis.js';
import { auditCatchAllNone } from './audit-catch-all-none.js';
import { auditRbacChanges } from './audit-rbac-changes.js';
import { auditRequestReceived } from './audit-request-received.js';
import { auditSecretPayloads } from './audit-secret-payloads.js';
import type { RuntimeConfig } from './config.js';
import { falcoAnalysis } from './falco-analysis.js';
import { falcoDuplicateName } from './falco-duplicate-name.js';
import { falcoExceptions } from './falco-exceptions.js';
import { falcoForwardReference } from './falco-forward-reference.js';
import { falcoMissingDetection } from './falco-missing-detection.js';
import { falcoOverride } from './falco-override.js';
import { falcoPriority } from './falco-priority.js';
import { falcoRequiredFields } from './falco-required-fields.js';
import { falcoValidation } from './falco-validation.js';
import { reportRefusals, reportUnreadable, runtimeConfig, runtimeSources } from './sources.js';
import type { RuntimeInput, RuntimeRule, ValidatorChoice } from './types.js';

export const RUNTIME_RULES: readonly RuntimeRule[] = [
  falcoRequiredFields,
  falcoPriority,
  falcoForwardReference,
  falcoDuplicateName,
  falcoExceptions,
  falcoOverride,
  falcoMissingDetection,
  falcoValidation,
  auditSecretPayloads,
  auditRbacChanges,
  auditCatchAllNone,
  auditRequestReceived,
];

export interface RuntimeFamilyOptions {
  /** how `falco -V` is found; the default looks at runtime.falco and PATH */
  readonly chooseValidator?: (config: RuntimeConfig) => ValidatorChoice;
}

export const DEFAULT_FALCO_TIMEOUT_SECONDS = 60;
const DEFAULT_BASE_RULES_FILES = ['/etc/falco/falco_rules.yaml'];

/** The default: runtime.falco.binary, else falco on PATH; none when validation is off or nothing is found. */
export function processValidatorChoice(
  config: RuntimeConfig,
  pathVariable = process.env.PATH,
): ValidatorChoice {
  const falco = config.falco ?? {};
  const mode = falco.validate ?? 'auto';
  if (mode === 'never') return { none: true };
  const binary = falco.binary ?? findOnPath('falco', pathVariable);
  if (binary === undefined)
    return mode === 'always'
      ? {
          missing:
            'runtime.falco.validate is always, but no falco binary is on PATH (set runtime.falco.binary)',
        }
      : { none: true };
  const baseRulesFiles =
    falco.baseRulesFiles ?? DEFAULT_BASE_RULES_FILES.filter((file) => fs.existsSync(file));
  return {
    validator: processFalcoValidator({
      binary,
      timeoutMs: (falco.timeoutSeconds ?? DEFAULT_FALCO_TIMEOUT_SECONDS) * 1000,
      baseRulesFiles,
    }),
  };
}

export function createRuntimeFamily(options: RuntimeFamilyOptions = {}): RuleFamily {
  const chooseValidator =
    options.chooseValidator ?? ((config: RuntimeConfig) => processValidatorChoice(config));
  return {
    rules: RUNTIME_RULES.map((rule) => rule.info),
    analyze(context, emit) {
      const active = RUNTIME_RULES.filter((rule) => context.isEnabled(rule.info.id));
      if (active.length === 0) return;
      const config = runtimeConfig(context);
      const sources = runtimeSources(context);
      reportUnreadable(context, sources);
      let choice: ValidatorChoice | undefined;
      const input: RuntimeInput = {
        config,
        sources,
        falco: falcoAnalysis(sources.falco),
        audit: auditAnalysis(sources.audit),
        validator: () => (choice ??= chooseValidator(config)),
      };
      // a policy the API server refuses cannot be evaluated: an error (exit 2), and the audit rules skip it
      if (active.some((rule) => rule.info.id.startsWith('runtime/audit-')))
        for (const { source, problems } of input.audit.policies)
          reportRefusals(context, source, problems, 'audit policy');
      for (const rule of active) rule.check(input, emit);
    },
  };
}

export const runtimeFamily: RuleFamily = createRuntimeFamily();
