/**
 * Action entry. For now the Action runs the same check as the CLI on the
 * configured paths, writes the JSON report and SARIF, sets the outputs and
 * fails the step by the gate. Review comments and the pull-request flow are
 * the GitHub layer's work (src/github/).
 */
import * as core from '@actions/core';
import fs from 'node:fs';
import path from 'node:path';
import { parseCheckOptions, checkReport } from './commands/check.js';
import { ConfigError } from './config/config-file.js';
import { UsageError } from './commands/io.js';
import { formatJson } from './report/json.js';
import { formatSarif } from './report/sarif.js';
import { ruleCatalogue } from './rules/catalogue.js';
import { KUBEGATE_VERSION } from './version.js';

function actionArgs(): string[] {
  const args = core
    .getInput('paths')
    .split(/\s+/)
    .filter((p) => p !== '');
  const pairs: Array<[string, string]> = [
    ['config', '--config'],
    ['fail-on', '--fail-on'],
    ['base-ref', '--base'],
  ];
  for (const [input, flag] of pairs) {
    const value = core.getInput(input);
    if (value !== '') args.push(flag, value);
  }
  if (core.getInput('new-only') === 'true' && core.getInput('base-ref') !== '') args.push('--new-only');
  return args;
}

function run(): void {
  const cwd = process.env.GITHUB_WORKSPACE ?? process.cwd();
  const io = { cwd, env: process.env, stdout: () => undefined, stderr: () => undefined, isTTY: false };
  let options;
  try {
    options = parseCheckOptions(actionArgs(), io);
  } catch (error) {
    if (error instanceof ConfigError)
      return couldNotEvaluate(`${error.file}:${error.line}: ${error.message}`);
    if (error instanceof UsageError) return couldNotEvaluate(error.message);
    throw error;
  }
  const report = checkReport(options, cwd);
  const outputDir = process.env.RUNNER_TEMP ?? cwd;
  const reportFile = path.join(outputDir, 'kubegate-report.json');
  fs.writeFileSync(reportFile, formatJson(report));
  const sarifFile = core.getInput('sarif-file') || path.join(outputDir, 'kubegate.sarif');
  fs.writeFileSync(
    path.resolve(cwd, sarifFile),
    formatSarif(report, { rules: ruleCatalogue(), toolVersion: KUBEGATE_VERSION }),
  );

  const s = report.summary;
  core.setOutput('high', s.high);
  core.setOutput('medium', s.medium);
  core.setOutput('low', s.low);
  core.setOutput('gate', s.gate);
  core.setOutput('report', reportFile);
  core.setOutput('sarif', sarifFile);
  for (const finding of report.findings.filter((f) => f.status === 'new').slice(0, 50)) {
    const annotate =
      finding.tier === 'high' ? core.error : finding.tier === 'medium' ? core.warning : core.notice;
    annotate(`${finding.ruleId}: ${finding.message}`, {
      file: finding.location.file,
      startLine: finding.location.line,
      startColumn: finding.location.column,
      title: finding.title,
    });
  }
  for (const error of report.errors) core.error(error.message, { file: error.file, startLine: error.line });

  if (s.gate === 'error')
    return couldNotEvaluate(`${report.errors.length} input(s) could not be read; see the annotations`);
  if (s.gate === 'fail') {
    core.setFailed(
      `kubegate gate failed: ${s.high} high, ${s.medium} medium, ${s.low} low finding(s) at or above fail-on ${s.failOn}`,
    );
  } else core.info(`kubegate gate passed (fail-on ${s.failOn})`);
}

function couldNotEvaluate(reason: string): void {
  core.setOutput('gate', 'error');
  core.setFailed(`kubegate could not evaluate: ${reason}`);
}

try {
  run();
} catch (error) {
  couldNotEvaluate(`internal error: ${error instanceof Error ? error.message : String(error)}`);
}
