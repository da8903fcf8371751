/**
 * Versions of a check that leave some pods out entirely (Windows pods, pods in
 * a user namespace). The exemption is visible to the evaluator because
 * upstream's overrides make it reach further: when an overriding restricted
 * check exempts a pod, the baseline checks it overrides do not run either.
 */
import type { PodView, PssViolation, VersionedCheck } from './types.js';

export interface ExemptingVersionedCheck extends VersionedCheck {
  readonly exemptsPod: (pod: PodView) => boolean;
}

export function exempting(
  minimumVersion: number,
  exemptsPod: (pod: PodView) => boolean,
  evaluate: (pod: PodView) => PssViolation[],
): ExemptingVersionedCheck {
  return { minimumVersion, exemptsPod, evaluate: (pod) => (exemptsPod(pod) ? [] : evaluate(pod)) };
}

function isExempting(implementation: VersionedCheck): implementation is ExemptingVersionedCheck {
  return typeof (implementation as Partial<ExemptingVersionedCheck>).exemptsPod === 'function';
}

export function exemptsPod(implementation: VersionedCheck, pod: PodView): boolean {
  return isExempting(implementation) && implementation.exemptsPod(pod);
}
