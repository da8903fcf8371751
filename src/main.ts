/**
 * Action entry: wires the runner (@actions/core) and GitHub (Octokit) into
 * runAction, the only place that touches process globals for the Action.
 * Everything it does is in src/github/action.ts.
 */
import * as core from '@actions/core';
import os from 'node:os';
import { runAction } from './github/action.js';
import { octokitClient } from './github/octokit-client.js';

try {
  const result = await runAction({
    env: process.env,
    cwd: process.cwd(),
    tempDir: os.tmpdir(),
    input: (name) => core.getInput(name),
    info: (message) => core.info(message),
    warning: (message) => core.warning(message),
    annotate: (level, message, place) => {
      const properties = place
        ? {
            file: place.file,
            startLine: place.line,
            ...(place.column !== undefined ? { startColumn: place.column } : {}),
            ...(place.title !== undefined ? { title: place.title } : {}),
          }
        : {};
      if (level === 'error') core.error(message, properties);
      else if (level === 'warning') core.warning(message, properties);
      else core.notice(message, properties);
    },
    setOutput: (name, value) => core.setOutput(name, value),
    writeJobSummary: async (markdown) => {
      // outside a runner (no GITHUB_STEP_SUMMARY) there is no job summary to write
      if (!process.env.GITHUB_STEP_SUMMARY) return;
      await core.summary.addRaw(markdown, true).write();
    },
    setFailed: (message) => core.setFailed(message),
    setSecret: (value) => core.setSecret(value),
    createClient: (options) => octokitClient(options),
    // a cancelled workflow (SIGINT, then SIGTERM) still deletes the kind cluster
    cluster: { signals: process, exit: (code) => process.exit(code) },
  });
  if (result.outcome === 'fail' || result.outcome === 'error') process.exitCode = 1;
} catch (error) {
  // runAction reports its own failures; this is the last guard: one line, never a stack trace
  core.setFailed(
    `kubegate could not evaluate: internal error: ${error instanceof Error ? error.message : String(error)}`,
  );
}
