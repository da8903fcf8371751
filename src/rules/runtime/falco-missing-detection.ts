/*
 * runtime/falco-missing-detection (low)
 * When runtime detection is expected (runtime.expectDetection) or the
 * repository ships Falco rules, enabled rules cover every expected detection
 * (runtime.detections; by default a shell spawned in a container, reads of
 * sensitive files such as /etc/shadow, writes below binary directories),
 * matched by rule name or by condition content, macros and lists expanded.
 */
import {
  DEFAULT_DETECTIONS,
  detectionCoverage,
  type ExpectedDetection,
} from '../../engines/falco/detections.js';
import type { SourceDocument } from '../../model/objects.js';
import { findingAt, type RuntimeRule } from './types.js';

const ID = 'runtime/falco-missing-detection';

/** Where a finding about the repository as a whole is reported when it has no Falco rules file at all. */
const REPOSITORY: SourceDocument = {
  file: '.',
  documentIndex: 0,
  line: 1,
  value: null,
  locate: () => ({ line: 1, column: 1 }),
};

export const falcoMissingDetection: RuntimeRule = {
  info: {
    id: ID,
    tier: 'low',
    title: 'Falco rules must cover the expected detections',
    rationale:
      'Without a rule for it, an attacker opening a shell in a container, reading /etc/shadow or dropping a binary into /usr/bin leaves no alert: runtime detection is only as good as the behaviours it covers.',
    remediation:
      'Add (or enable) a Falco rule for each missing detection, e.g. Falco’s own "Terminal shell in container", "Read sensitive file untrusted" and "Write below binary dir", or list the detections your rules cover in runtime.detections.',
  },
  check(input, emit) {
    const shipsRules = input.falco.files.length > 0;
    if (!shipsRules && input.config.expectDetection !== true) return;
    const detections: readonly ExpectedDetection[] = input.config.detections ?? DEFAULT_DETECTIONS;
    const anchor = input.falco.files[0]?.source;
    for (const { detection, coveredBy } of detectionCoverage(input.falco.ruleset, detections)) {
      if (coveredBy) continue;
      if (anchor)
        emit(
          findingAt(
            ID,
            anchor,
            [],
            `no enabled Falco rule detects ${detection.name}: ${howMatched(detection)}`,
          ),
        );
      else
        emit({
          ruleId: ID,
          object: REPOSITORY,
          path: [],
          message: `runtime detection is expected (runtime.expectDetection) but the repository ships no Falco rules: nothing detects ${detection.name}`,
        });
    }
  },
};

function howMatched(detection: ExpectedDetection): string {
  const parts: string[] = [];
  if (detection.ruleNames && detection.ruleNames.length > 0)
    parts.push(`no rule is named ${detection.ruleNames.map((name) => `"${name}"`).join(' or ')}`);
  const groups = detection.conditionTerms ?? [];
  if (groups.length > 0) {
    const shown = groups.map((group) => {
      const terms = group.length > 4 ? [...group.slice(0, 4), '…'] : group;
      return group.length > 1 ? `(${terms.join(' or ')})` : terms[0]!;
    });
    parts.push(`no condition uses ${shown.join(' and ')}`);
  }
  return parts.join(', and ');
}
