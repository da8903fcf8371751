/** Small builders for the check tests: a pod from its spec, and one check run at one version. */
import { formatPath } from '../../../src/model/path.js';
import { implementationFor } from '../../../src/rules/pss/index.js';
import type { PodView, PssCheck, PssViolation } from '../../../src/rules/pss/types.js';

export function pod(spec: Record<string, unknown>, metadata: Record<string, unknown> = {}): PodView {
  return { metadata, spec };
}

/** A pod with one regular container carrying the given securityContext. */
export function podWithContainer(
  securityContext: Record<string, unknown>,
  spec: Record<string, unknown> = {},
): PodView {
  return pod({ containers: [{ name: 'app', image: 'app:1', securityContext }], ...spec });
}

export function violationsAt(check: PssCheck, version: number, podView: PodView): PssViolation[] {
  const implementation = implementationFor(check, version);
  if (!implementation) throw new Error(`${check.id} has no implementation at v1.${version}`);
  return implementation.evaluate(podView);
}

export function appliesAt(check: PssCheck, version: number): boolean {
  return implementationFor(check, version) !== undefined;
}

/** Formatted paths, the way reports show them. */
export function pathsOf(violations: readonly PssViolation[]): string[] {
  return violations.map((violation) => formatPath(violation.path));
}

export function messagesOf(violations: readonly PssViolation[]): string[] {
  return violations.map((violation) => violation.message);
}
