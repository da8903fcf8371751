/*
 * runtime/audit-request-received (low)
 * The RequestReceived stage is omitted, policy-wide (omitStages) or by every
 * rule that logs: each request then yields one event when the response is
 * complete, instead of a second, near-identical one when it arrives.
 */
import { AUDIT_STAGES } from '../../engines/audit/policy.js';
import { lineOf } from './sources.js';
import { findingAt, type RuntimeRule } from './types.js';

const ID = 'runtime/audit-request-received';

export const auditRequestReceived: RuntimeRule = {
  info: {
    id: ID,
    tier: 'low',
    title: 'Audit policy should omit the RequestReceived stage',
    rationale:
      'Without omitting RequestReceived, every request is logged twice; the doubled volume costs storage and pushes backends to drop or sample events, which is how the one event that mattered gets lost.',
    remediation: 'Add omitStages: [RequestReceived] at the top of the policy.',
  },
  check(input, emit) {
    for (const { source, policy, problems } of input.audit.policies) {
      if (problems.length > 0 || policy.omitStages.includes('RequestReceived')) continue;
      const logging = policy.rules.filter(
        (rule) => rule.level !== 'None' && !rule.omitStages.includes('RequestReceived'),
      );
      if (logging.length === 0) continue;
      const named = logging
        .slice(0, 3)
        .map((rule) => `rules[${rule.index}] (line ${lineOf(source, ['rules', rule.index])})`)
        .join(', ');
      const more = logging.length > 3 ? ` and ${logging.length - 3} more` : '';
      const written = (source.value as Record<string, unknown>).omitStages !== undefined;
      const stages = AUDIT_STAGES.filter(
        (stage) => stage === 'RequestReceived' || policy.omitStages.includes(stage),
      );
      emit(
        findingAt(
          ID,
          source,
          written ? ['omitStages'] : [],
          `RequestReceived is not omitted: ${named}${more} log every request twice (when received and when complete); add RequestReceived to the policy's omitStages`,
          { description: 'omit RequestReceived policy-wide', set: [{ path: ['omitStages'], value: stages }] },
        ),
      );
    }
  },
};
