/**
 * Raw access to a pod template as the checks need it. The YAML is not
 * validated, so every accessor checks the type it expects; a field that is
 * absent or null counts as unset, the way a nil pointer does upstream.
 */
import type { PodView } from './types.js';

export type RawObject = Record<string, unknown>;

export function asObject(value: unknown): RawObject | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as RawObject)
    : undefined;
}

export function asList(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}

export function isSet(value: unknown): boolean {
  return value !== undefined && value !== null;
}

/** A scalar as text: YAML may hand over a number or boolean where the API has a string. */
export function asText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return '';
}

export function annotationsOf(pod: PodView): RawObject {
  return asObject(pod.metadata.annotations) ?? {};
}

/** spec.os.name: upstream exempts Windows pods from the Linux-only restricted checks from v1.25. */
export function isWindowsPod(pod: PodView): boolean {
  return asObject(pod.spec.os)?.name === 'windows';
}

/** hostUsers: false gives the pod its own user namespace, so root inside it is unprivileged on the node. */
export function inUserNamespace(pod: PodView): boolean {
  return pod.spec.hostUsers === false;
}

export function quote(text: string): string {
  return JSON.stringify(text);
}

export function quoteAll(texts: readonly string[]): string {
  return texts.map(quote).join(', ');
}
