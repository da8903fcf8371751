import { describe, expect, test } from 'vitest';
import { brief, check, fixture } from './support.js';

const RULE = 'runtime/falco-required-fields';

describe(RULE, () => {
  test('reports each missing, empty or mistyped field and each unknown item, at its line', () => {
    const findings = check(
      { 'rules/required.yaml': fixture('falco/required-fields.yaml') },
      { rules: [RULE] },
    );
    expect(brief(findings)).toEqual([
      '1 [0].output: rule "No output": missing required key output',
      '7 [1].desc: rule "Empty desc": desc must not be empty',
      '11 [1].tags: rule "Empty desc": tags must be a list',
      '13 [2].condition: macro "no_condition": missing required key condition',
      '15 [3].macro: macro "bad-name": macro name "bad-name" is not an identifier (letters first, then letters, digits, _): conditions cannot reference it',
      '19 [4].items: list "items_not_a_list": items must be a list',
      '21 [5].list: list "no items": list name "no items" contains blanks, quotes, parentheses, = or ,',
      '21 [5].items: list "no items": missing required key items',
      '23 [6]: item 7: item has none of the keys rule, macro, list, required_engine_version, required_plugin_versions: Falco skips it',
      '25 [7]: item 8: each item of a Falco rules file must be a mapping (rule, macro or list)',
      '27 [8]: rule "Nothing at all": rule has none of condition, output, desc, priority: a new rule needs all four',
      '29 [9].required_engine_version: required_engine_version: required_engine_version "latest" is neither a number nor an x.y.z version',
      '32 [10].required_plugin_versions[0].version: required_plugin_versions: missing required key version',
    ]);
    expect(findings.every((finding) => finding.tier === 'low')).toBe(true);
    expect(findings[0]!.resource).toEqual({ apiVersion: '', kind: 'File', name: 'rules/required.yaml#0' });
  });

  test('a correct rules file is silent', () => {
    expect(check({ 'good.yaml': fixture('falco/good.yaml') }, { rules: [RULE] })).toEqual([]);
  });
});
