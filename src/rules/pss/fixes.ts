/**
 * Mechanical fixes for Pod Security violations: where the violation names a
 * field whose safe value is unambiguous, the fix sets it. Anything that needs
 * a person's judgement (which capability to keep, which volume type to use)
 * gets no fix, only the remediation text.
 */
import type { FieldPath } from '../../model/path.js';
import type { Fix } from '../types.js';

/** safe value by the last key of the violating path (and, for nested ones, its parent) */
const SAFE_VALUES: ReadonlyArray<{ parent?: string; key: string; value: unknown }> = [
  { key: 'runAsNonRoot', value: true },
  { key: 'allowPrivilegeEscalation', value: false },
  { key: 'privileged', value: false },
  { key: 'hostNetwork', value: false },
  { key: 'hostPID', value: false },
  { key: 'hostIPC', value: false },
  { parent: 'capabilities', key: 'drop', value: ['ALL'] },
  { parent: 'seccompProfile', key: 'type', value: 'RuntimeDefault' },
  { key: 'seccompProfile', value: { type: 'RuntimeDefault' } },
  { key: 'procMount', value: 'Default' },
];

export function fixForViolation(_checkId: string, path: FieldPath): Fix | undefined {
  const key = path[path.length - 1];
  const parent = path[path.length - 2];
  const entry = SAFE_VALUES.find(
    (candidate) => candidate.key === key && (candidate.parent === undefined || candidate.parent === parent),
  );
  if (!entry || typeof key !== 'string') return undefined;
  return { description: `set ${key} to ${JSON.stringify(entry.value)}`, set: [{ path, value: entry.value }] };
}
