import { describe, expect, test } from 'vitest';
import { readFalcoItems } from '../../../src/engines/falco/items.js';
import { buildRuleset, expandedWords, type FalcoFile } from '../../../src/engines/falco/ruleset.js';
import { DEFAULT_DETECTIONS, detectionCoverage } from '../../../src/engines/falco/detections.js';

const file = (name: string, items: unknown[]): FalcoFile<string> => ({
  source: name,
  items: readFalcoItems(items),
});
const rule = (name: string, condition: string, extra: Record<string, unknown> = {}) => ({
  rule: name,
  desc: 'd',
  condition,
  output: 'o',
  priority: 'Notice',
  ...extra,
});

describe('Falco ruleset, in load order', () => {
  test('a macro sees only macros defined before it, across files', () => {
    const ruleset = buildRuleset([
      file('a.yaml', [{ macro: 'uses_b', condition: 'b and evt.type = open' }]),
      file('b.yaml', [{ macro: 'b', condition: 'proc.name = x' }]),
    ]);
    expect(ruleset.forwardReferences.map((ref) => [ref.ref.file.source, ref.name, ref.path])).toEqual([
      ['a.yaml', 'b', [0, 'condition']],
    ]);
  });

  test('appending to a macro after the one it uses makes it visible (visibility moves)', () => {
    const ruleset = buildRuleset([
      file('a.yaml', [
        { macro: 'm', condition: 'evt.type = open' },
        { macro: 'later', condition: 'evt.type = read' },
        { macro: 'm', override: { condition: 'append' }, condition: 'or later' },
      ]),
    ]);
    expect(ruleset.forwardReferences).toEqual([]);
  });

  test('a redefinition keeps the first position: it does not see macros defined in between', () => {
    const ruleset = buildRuleset([
      file('a.yaml', [
        { macro: 'm', condition: 'evt.type = open' },
        { macro: 'between', condition: 'evt.type = read' },
        // redefined after `between`: its visibility moves past it, so this is fine
        { macro: 'm', override: { condition: 'replace' }, condition: 'between' },
      ]),
    ]);
    expect(ruleset.forwardReferences).toEqual([]);
    expect(ruleset.macros.get('m')!.index).toBe(0);
  });

  test('rules may reference later macros; lists naming later lists are literal', () => {
    const ruleset = buildRuleset([
      file('a.yaml', [
        rule('r', 'later_macro and proc.name in (later_list)'),
        { list: 'early', items: ['later_list', 'bash'] },
        { macro: 'later_macro', condition: 'evt.type = execve' },
        { list: 'later_list', items: ['sh'] },
      ]),
    ]);
    expect(ruleset.forwardReferences.map((ref) => [ref.kind, ref.name, ref.path])).toEqual([
      ['list', 'later_list', [1, 'items', 0]],
    ]);
  });

  test('names defined nowhere are taken to come from files loaded before: not reported', () => {
    const ruleset = buildRuleset([
      file('a.yaml', [{ macro: 'm', condition: 'spawned_process and container' }]),
    ]);
    expect(ruleset.forwardReferences).toEqual([]);
    expect(ruleset.lateTargets).toEqual([]);
  });

  test('duplicates: a second definition without override, not an override or append', () => {
    const ruleset = buildRuleset([
      file('a.yaml', [rule('r', 'evt.type = open'), { list: 'l', items: ['a'] }]),
      file('b.yaml', [
        rule('r', 'evt.type = read'),
        { list: 'l', override: { items: 'replace' }, items: ['b'] },
        { rule: 'r', override: { condition: 'append' }, condition: 'and x' },
      ]),
    ]);
    expect(
      ruleset.duplicates.map((d) => [d.ref.file.source, d.earlier.file.source, d.ref.item.name]),
    ).toEqual([['b.yaml', 'a.yaml', 'r']]);
  });

  test('updates of an item defined only later are reported; of an outside item, not', () => {
    const ruleset = buildRuleset([
      file('a.yaml', [
        { rule: 'later', override: { enabled: 'replace' }, enabled: false },
        { rule: 'outside', override: { enabled: 'replace' }, enabled: false },
        rule('later', 'evt.type = open'),
      ]),
    ]);
    expect(ruleset.lateTargets.map((late) => late.ref.item.name)).toEqual(['later']);
  });

  test('enabled state follows definitions, enabled-only items and enabled overrides', () => {
    const ruleset = buildRuleset([
      file('a.yaml', [
        rule('a', 'x.y = 1', { enabled: false }),
        rule('b', 'x.y = 1'),
        { rule: 'b', enabled: false },
        rule('c', 'x.y = 1', { enabled: false }),
        { rule: 'c', override: { enabled: 'replace' }, enabled: true },
      ]),
    ]);
    expect(['a', 'b', 'c'].map((name) => ruleset.rules.get(name)!.enabled)).toEqual([false, false, true]);
  });

  test('expanded words follow macros and lists, appended and replaced conditions', () => {
    const ruleset = buildRuleset([
      file('a.yaml', [
        { list: 'inner', items: ['/etc/shadow'] },
        { list: 'outer', items: ['inner', '/etc/sudoers'] },
        { macro: 'sensitive', condition: 'fd.name in (outer)' },
        rule('r', 'evt.type = openat'),
        { rule: 'r', override: { condition: 'append' }, condition: 'and sensitive' },
        rule('s', 'evt.type = read'),
        { rule: 's', override: { condition: 'replace' }, condition: 'evt.type = write' },
      ]),
    ]);
    const words = expandedWords(ruleset, ruleset.rules.get('r')!);
    expect([...words]).toEqual(
      expect.arrayContaining(['openat', 'sensitive', 'outer', 'inner', '/etc/shadow', '/etc/sudoers']),
    );
    const replaced = expandedWords(ruleset, ruleset.rules.get('s')!);
    expect(replaced.has('write')).toBe(true);
    expect(replaced.has('read')).toBe(false);
  });

  test('detections match by name (any case) or by every term group of the expanded condition', () => {
    const ruleset = buildRuleset([
      file('a.yaml', [
        { macro: 'spawned_process', condition: 'evt.type in (execve, execveat)' },
        rule('my shell rule', 'spawned_process and container.id != host and proc.name in (bash)'),
        rule('READ SENSITIVE FILE UNTRUSTED', 'evt.type = openat'),
        rule('writes', 'evt.is_open_write=true and fd.directory in (/usr/bin/)', { enabled: false }),
      ]),
    ]);
    const coverage = detectionCoverage(ruleset, DEFAULT_DETECTIONS);
    expect(coverage.map((entry) => entry.coveredBy?.name)).toEqual([
      'my shell rule',
      'READ SENSITIVE FILE UNTRUSTED',
      undefined, // the only candidate is disabled
    ]);
  });
});
