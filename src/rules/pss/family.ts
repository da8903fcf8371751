/**
 * Pod Security Standards as a rule family: every pod template is evaluated at
 * the configured level and version, and each violation is reported under the
 * upstream check id (`pss/<checkId>`), with the template's path prefix so the
 * finding lands on the right line for every workload kind.
 */
import type { RuleFamily, RuleInfo } from '../types.js';
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

export const pssFamily: RuleFamily = {
  rules,
  analyze(context, emit) {
    if (!rules.some((rule) => context.isEnabled(rule.id))) return;
    const { level, version } = context.settings.pss;
    for (const template of context.podTemplates) {
      for (const violation of evaluatePodSecurity(template, level, version)) {
        const path = [...template.prefix, ...violation.path];
        const fix = fixForViolation(violation.checkId, path);
        emit({
          ruleId: `pss/${violation.checkId}`,
          object: template.object,
          path,
          message: violation.message,
          ...(fix ? { fix } : {}),
        });
      }
    }
  },
};
