/**
 * Pod Security Standards as a rule family: every pod template is evaluated
 * at the level and version its Namespace enforces when that Namespace is in
 * the input (a `privileged` namespace checks nothing), else at the configured
 * default; each violation is reported under the upstream check id
 * (`pss/<checkId>`), with the template's path prefix so the finding lands on
 * the right line for every workload kind.
 */
import { namespacePodSecurity } from '../../model/namespaces.js';
import { isRecord } from '../../model/objects.js';
import type { RuleFamily, RuleInfo } from '../types.js';
import type { PssLevel, PssVersion } from './types.js';
import { parsePssVersion } from './version.js';
import { PSS_CHECKS, evaluatePodSecurity } from './index.js';
import { fixForViolation } from './fixes.js';

export const PSS_TIER = 'medium';

const rules: RuleInfo[] = PSS_CHECKS.map((check) => ({
  id: `pss/${check.id}`,
  tier: PSS_TIER,
  title: check.title,
  rationale: check.rationale,
  remediation: check.remediation,
}));

/** check id to rule id, made once: a finding per violation would otherwise build the string again */
const RULE_IDS = new Map(PSS_CHECKS.map((check) => [check.id, `pss/${check.id}`]));

export const pssFamily: RuleFamily = {
  rules,
  analyze(context, emit) {
    if (!rules.some((rule) => context.isEnabled(rule.id))) return;
    const namespaces = namespacePodSecurity(context.objects);
    // one policy per namespace, not per pod
    const policies = new Map<string | undefined, { level: PssLevel; version: PssVersion } | undefined>();
    const policyFor = (namespace: string | undefined) => {
      if (!policies.has(namespace)) policies.set(namespace, namespacePolicy(namespace));
      return policies.get(namespace);
    };
    const namespacePolicy = (
      namespace: string | undefined,
    ): { level: PssLevel; version: PssVersion } | undefined => {
      const enforced = namespace !== undefined ? namespaces.get(namespace) : undefined;
      if (enforced?.level === undefined) return context.settings.pss;
      if (enforced.level === 'privileged') return undefined;
      // as admission does: a level without a version means latest, and a label it
      // cannot parse fails closed at restricted:latest
      const latest = parsePssVersion('latest');
      let version: PssVersion;
      try {
        version = enforced.version === undefined ? latest : parsePssVersion(enforced.version);
      } catch {
        return { level: 'restricted', version: latest };
      }
      if (enforced.level !== 'baseline' && enforced.level !== 'restricted')
        return { level: 'restricted', version: latest };
      return { level: enforced.level, version };
    };
    for (const template of context.podTemplates) {
      const metadata = template.object.value.metadata;
      const policy = policyFor(
        isRecord(metadata) && typeof metadata.namespace === 'string' ? metadata.namespace : undefined,
      );
      if (!policy) continue;
      for (const violation of evaluatePodSecurity(template, policy.level, policy.version)) {
        const path = template.prefix.concat(violation.path);
        const ruleId = RULE_IDS.get(violation.checkId)!;
        const fix = fixForViolation(violation.checkId, path);
        const { object } = template;
        emit(
          fix
            ? { ruleId, object, path, message: violation.message, fix }
            : { ruleId, object, path, message: violation.message },
        );
      }
    }
  },
};
