import { describe, expect, test } from 'vitest';
import { brief, check, fixture } from './support.js';

const RULE = 'runtime/falco-override';

describe(RULE, () => {
  test('deprecated append and enabled-only forms, override misuse, updates before the definition', () => {
    expect(brief(check({ 'o.yaml': fixture('falco/override.yaml') }, { rules: [RULE] }))).toEqual([
      '9 [1].append: rule "Base": append: true is deprecated; write override: {condition: append} instead',
      '13 [2].enabled: rule "Base": a rule with only enabled is the deprecated way to turn a rule on or off; write override: {enabled: replace}',
      '16 [3].append: rule "Base": append and override cannot be used together: keep override and remove append',
      '23 [4].override.output: rule "Base": override names output (append) but the item has no output',
      '24 [4].condition: rule "Base": condition is set but not named under override: Falco refuses it; add condition: append or condition: replace',
      '28 [5].override.priority: rule "Base": priority cannot be appended to; use replace',
      '29 [5].override.tags: rule "Base": override operation for tags must be append or replace, not "merge"',
      '39 [7].override.desc: macro "base_macro": desc cannot be replaced (a macro overrides condition)',
      '42 [8]: macro "updated_before_defined" updates a macro that is only defined later, at o.yaml:47: Falco fails with "no macro by that name already exists"; move the update after the definition',
      '51 [10].override: rule "Base": override must be a mapping of key to append or replace',
    ]);
  });

  test('a correct rules file is silent', () => {
    expect(check({ 'good.yaml': fixture('falco/good.yaml') }, { rules: [RULE] })).toEqual([]);
  });
});
