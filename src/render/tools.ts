/**
 * Running helm and kustomize: the one place renderers start processes.
 *
 * What a pull request renders is untrusted. Every run gets an argument array
 * (no shell), a time limit, a private HOME and Helm folders (no user plugins,
 * repositories or credentials), an environment without the workflow's tokens,
 * and proxies pointing at a closed local port so that nothing reaches the
 * network.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface ToolResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly timedOut: boolean;
}

export interface ToolRunner {
  run(binary: string, args: readonly string[], options: { cwd: string; timeoutMs: number }): ToolResult;
}

/** An unroutable proxy: port 9 (discard) on loopback, where nothing listens. */
const DEAD_PROXY = 'http://127.0.0.1:9';
const MAX_OUTPUT_BYTES = 256 * 1024 * 1024;

/**
 * Synchronous on purpose: the check pipeline is synchronous end to end, and
 * helm and kustomize start no processes of their own once plugins and exec
 * functions are off, so killing the one child on time-out is enough.
 */
export function processToolRunner(): ToolRunner {
  return {
    run(binary, args, { cwd, timeoutMs }) {
      const home = fs.mkdtempSync(path.join(os.tmpdir(), 'kubegate-tool-'));
      try {
        const result = spawnSync(binary, args, {
          cwd,
          env: isolatedEnvironment(home),
          encoding: 'utf8',
          timeout: timeoutMs,
          killSignal: 'SIGKILL',
          maxBuffer: MAX_OUTPUT_BYTES,
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        const timedOut = (result.error as NodeJS.ErrnoException | undefined)?.code === 'ETIMEDOUT';
        return {
          code: result.status,
          stdout: result.stdout ?? '',
          stderr: result.error && !timedOut ? result.error.message : (result.stderr ?? ''),
          timedOut,
        };
      } finally {
        fs.rmSync(home, { recursive: true, force: true });
      }
    },
  };
}

function isolatedEnvironment(home: string): Record<string, string> {
  return {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: home,
    HELM_PLUGINS: path.join(home, 'plugins'),
    HELM_CACHE_HOME: path.join(home, 'cache'),
    HELM_CONFIG_HOME: path.join(home, 'config'),
    HELM_DATA_HOME: path.join(home, 'data'),
    HELM_REGISTRY_CONFIG: path.join(home, 'registry.json'),
    HELM_REPOSITORY_CONFIG: path.join(home, 'repositories.yaml'),
    HELM_REPOSITORY_CACHE: path.join(home, 'repository'),
    KUSTOMIZE_PLUGIN_HOME: path.join(home, 'kustomize-plugins'),
    HTTP_PROXY: DEAD_PROXY,
    HTTPS_PROXY: DEAD_PROXY,
    http_proxy: DEAD_PROXY,
    https_proxy: DEAD_PROXY,
    NO_PROXY: '',
    no_proxy: '',
  };
}
