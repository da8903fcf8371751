/**
 * What the cluster stage needs from an API server, and nothing more. The
 * stage only ever talks to this interface: the unit tests pass a fake, the
 * contract tests the client-node adapter (kube-client.ts) against a loopback
 * server playing the API server.
 */
import type { KubeObject, ResourceRef } from '../model/objects.js';

/** A `Status` object as the API server returns it with an error (metav1.Status). */
export interface ApiStatus {
  readonly code: number;
  readonly reason?: string;
  readonly message: string;
  readonly details?: {
    readonly kind?: string;
    readonly name?: string;
    readonly group?: string;
    readonly causes?: ReadonlyArray<{
      readonly reason?: string;
      readonly message?: string;
      readonly field?: string;
    }>;
  };
}

export type ApiResult =
  | { readonly ok: true; readonly object?: KubeObject; readonly warnings: readonly string[] }
  | { readonly ok: false; readonly status: ApiStatus; readonly warnings: readonly string[] };

export interface WriteOptions {
  /** dryRun=All: every admission stage runs, nothing is stored */
  readonly dryRun: boolean;
}

export interface ExecResult {
  /** the command's exit code; undefined when the exec channel ended without one */
  readonly exitCode?: number;
  readonly stdout: string;
  readonly stderr: string;
}

export interface ClusterApi {
  /** server-side apply (PATCH application/apply-patch+yaml, fieldValidation=Strict) */
  apply(object: KubeObject, options: WriteOptions): Promise<ApiResult>;
  /** POST (for objects named by generateName, which apply cannot address) */
  create(object: KubeObject, options: WriteOptions): Promise<ApiResult>;
  /** undefined when the object (or its kind) does not exist */
  read(ref: ResourceRef): Promise<KubeObject | undefined>;
  list(apiVersion: string, kind: string, namespace?: string): Promise<KubeObject[]>;
  /** deletes; an object that is already gone is not an error */
  remove(ref: ResourceRef): Promise<void>;
  /** runs a command in a container (pods/exec) and waits for it to end or the time limit */
  exec(
    namespace: string,
    pod: string,
    container: string,
    command: readonly string[],
    timeoutMs: number,
  ): Promise<ExecResult>;
}

/** A transport failure (no HTTP answer at all): the stage cannot evaluate, exit 2. */
export class ClusterUnavailableError extends Error {
  override name = 'ClusterUnavailableError';
}

/** Status of a request that reached no API (discovery does not know the kind). */
export function kindNotServed(apiVersion: string, kind: string): ApiStatus {
  return {
    code: 404,
    reason: 'NotFound',
    message: `the server does not serve kind ${kind} in ${apiVersion}`,
    details: { kind },
  };
}
