import { describe, expect, test } from 'vitest';
import { brief, check, fixture } from './support.js';

const RULE = 'runtime/falco-forward-reference';

describe(RULE, () => {
  test('macros using later macros and lists naming later lists; rules and appended macros are fine', () => {
    expect(brief(check({ 'f.yaml': fixture('falco/forward-reference.yaml') }, { rules: [RULE] }))).toEqual([
      '2 [0].condition: macro "uses_later_macro" references macro "later_macro", which is defined only later (f.yaml:4): Falco fails to load it with "Undefined macro"',
      '8 [2].items[1]: list "uses_later_list" references list "later_list", which is defined only later (f.yaml:10): Falco reads "later_list" here as a literal value, not as the list\'s items',
    ]);
  });

  test('across files, in file order: a later file may use an earlier one, not the reverse', () => {
    const early = '- macro: uses_base\n  condition: base_macro\n';
    const base = '- macro: base_macro\n  condition: evt.type = open\n';
    expect(check({ 'a.yaml': base, 'b.yaml': early }, { rules: [RULE] })).toEqual([]);
    expect(brief(check({ 'a.yaml': early, 'b.yaml': base }, { rules: [RULE] }))).toEqual([
      '2 [0].condition: macro "uses_base" references macro "base_macro", which is defined only later (b.yaml:1): Falco fails to load it with "Undefined macro"',
    ]);
  });

  test('a correct rules file is silent', () => {
    expect(check({ 'good.yaml': fixture('falco/good.yaml') }, { rules: [RULE] })).toEqual([]);
  });
});
