/** `kubegate rules [--format text|json|markdown]`: the rule catalogue. */
import { parseArgs } from 'node:util';
import { ruleCatalogue } from '../rules/catalogue.js';
import type { RuleInfo } from '../rules/types.js';
import { UsageError, type CliIO } from './io.js';

export const RULES_USAGE = `Usage: kubegate rules [--format text|json|markdown]

Lists every rule: id, default tier, title, what it protects against, how to fix.
`;

export function runRules(args: string[], io: CliIO): number {
  let format: string;
  try {
    const { values } = parseArgs({
      args,
      strict: true,
      options: { format: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
    if (values.help) {
      io.stdout(RULES_USAGE);
      return 0;
    }
    format = values.format ?? 'text';
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const rules = ruleCatalogue();
  if (format === 'json') io.stdout(`${JSON.stringify({ rules }, null, 2)}\n`);
  else if (format === 'markdown') io.stdout(rulesMarkdown(rules));
  else if (format === 'text') io.stdout(rulesText(rules));
  else throw new UsageError(`--format must be one of text, json, markdown, not "${format}"`);
  return 0;
}

function rulesText(rules: readonly RuleInfo[]): string {
  const width = Math.max(...rules.map((rule) => rule.id.length)) + 2;
  return `${rules.map((rule) => `${rule.id.padEnd(width)}${rule.tier.padEnd(8)}${rule.title}`).join('\n')}\n`;
}

function rulesMarkdown(rules: readonly RuleInfo[]): string {
  const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  const lines = ['| Rule | Tier | Title |', '| --- | --- | --- |'];
  for (const rule of rules)
    lines.push(`| [\`${rule.id}\`](#${anchor(rule.id)}) | ${rule.tier} | ${cell(rule.title)} |`);
  for (const rule of rules) {
    lines.push(
      '',
      `### ${rule.id}`,
      '',
      `**${rule.title}** (tier ${rule.tier})`,
      '',
      `Why: ${rule.rationale}`,
      '',
      `Fix: ${rule.remediation}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

function anchor(id: string): string {
  return id
    .toLowerCase()
    .replace(/[^a-z0-9_ -]/g, '')
    .replace(/ /g, '-');
}
