/**
 * `npm start -- <command> ...`: the built CLI, with helm and kubectl from the
 * npm package the tests use when they are not on PATH, so the README's first
 * command renders the example chart and overlay on a fresh clone too.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { findTool } from '../src/render/render.js';
import { ensureTestTools } from '../test/helpers/tools.js';

const root = path.resolve(import.meta.dirname, '..');
const env: Record<string, string | undefined> = { ...process.env };
if (!findTool(env.KUBEGATE_HELM, 'helm', env) || !findTool(env.KUBEGATE_KUBECTL, 'kubectl', env)) {
  try {
    const tools = ensureTestTools();
    env.KUBEGATE_HELM ??= tools.helm;
    env.KUBEGATE_KUBECTL ??= tools.kubectl;
  } catch {
    // without the dev dependencies kubegate says itself that helm or kubectl is missing
  }
}
const run = spawnSync(process.execPath, [path.join(root, 'dist/cli.js'), ...process.argv.slice(2)], {
  stdio: 'inherit',
  env,
});
process.exitCode = run.status ?? 2;
