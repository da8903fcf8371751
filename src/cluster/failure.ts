/** The failures that mean "the cluster could not be used": could not evaluate (exit 2), never a pass. */
import { ClusterUnavailableError } from './api.js';
import { WaitTimeout } from './clock.js';
import { ClusterStartError } from './kind.js';

export function isClusterFailure(
  error: unknown,
): error is ClusterStartError | ClusterUnavailableError | WaitTimeout {
  return (
    error instanceof ClusterStartError ||
    error instanceof ClusterUnavailableError ||
    error instanceof WaitTimeout
  );
}
