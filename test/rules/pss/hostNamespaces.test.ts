import { describe, expect, test } from 'vitest';
import { hostNamespacesCheck } from '../../../src/rules/pss/hostNamespaces.js';
import { messagesOf, pathsOf, pod, violationsAt } from './support.js';

describe('hostNamespaces', () => {
  test('allows false and unset', () => {
    expect(violationsAt(hostNamespacesCheck, 0, pod({ hostNetwork: false, hostPID: false }))).toEqual([]);
    expect(violationsAt(hostNamespacesCheck, 0, pod({}))).toEqual([]);
  });

  test('reports each shared namespace at its own field', () => {
    const violations = violationsAt(
      hostNamespacesCheck,
      37,
      pod({ hostNetwork: true, hostPID: true, hostIPC: true }),
    );
    expect(pathsOf(violations)).toEqual(['spec.hostNetwork', 'spec.hostPID', 'spec.hostIPC']);
    expect(messagesOf(violations)[0]).toBe('pod must not set spec.hostNetwork=true');
  });

  test('ignores non-boolean junk the API would reject anyway', () => {
    expect(violationsAt(hostNamespacesCheck, 37, pod({ hostPID: 'yes' }))).toEqual([]);
  });
});
