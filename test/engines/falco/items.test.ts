import { describe, expect, test } from 'vitest';
import { exceptionProblems } from '../../../src/engines/falco/exceptions.js';
import { requiredFieldProblems } from '../../../src/engines/falco/fields.js';
import { falcoBoolean, isFalcoRulesDocument, readFalcoItems } from '../../../src/engines/falco/items.js';
import { overrideProblems, updateKind } from '../../../src/engines/falco/overrides.js';
import { parseFalcoPriority, priorityProblem } from '../../../src/engines/falco/priority.js';

const one = (item: unknown) => readFalcoItems([item])[0]!;

describe('Falco items', () => {
  test('a rules file is a list with at least one Falco item; other lists and mappings are not', () => {
    expect(isFalcoRulesDocument([{ rule: 'r' }])).toBe(true);
    expect(isFalcoRulesDocument([{ name: 'x' }, { required_engine_version: 10 }])).toBe(true);
    expect(isFalcoRulesDocument([{ name: 'x' }])).toBe(false);
    expect(isFalcoRulesDocument({ rule: 'r' })).toBe(false);
  });

  test('the kind is the first of required_engine_version, required_plugin_versions, list, macro, rule present', () => {
    expect(one({ rule: 'r', macro: 'm' }).kind).toBe('macro');
    expect(one({ rule: 'r', list: 'l' }).kind).toBe('list');
    expect(one({ required_engine_version: 1, rule: 'r' }).kind).toBe('required_engine_version');
    expect(one({ other: 1 }).kind).toBe('unknown');
    expect(one('text').kind).toBe('not-a-mapping');
    // null entries are skipped by Falco; indexes keep their positions
    expect(readFalcoItems([null, { rule: 'r' }]).map((item) => item.index)).toEqual([1]);
  });

  test('booleans as yaml-cpp reads them', () => {
    expect(['yes', 'Yes', 'YES', 'on', 'y', 'true'].map(falcoBoolean)).toEqual(Array(6).fill(true));
    expect(['no', 'Off', 'N', 'false', false].map(falcoBoolean)).toEqual(Array(5).fill(false));
    expect(falcoBoolean('yEs')).toBeUndefined();
  });
});

describe('required fields', () => {
  const rule = { rule: 'r', desc: 'd', condition: 'c', output: 'o', priority: 'Notice' };

  test('a complete rule has no problems; each of the four missing is reported at its key', () => {
    expect(requiredFieldProblems(one(rule))).toEqual([]);
    for (const key of ['desc', 'condition', 'output', 'priority']) {
      const { [key]: _dropped, ...rest } = rule as Record<string, string>;
      expect(requiredFieldProblems(one(rest))).toEqual([
        { path: [0, key], message: `missing required key ${key}` },
      ]);
    }
  });

  test('values must be single, non-empty, and booleans must be booleans', () => {
    const problems = requiredFieldProblems(
      one({ ...rule, output: ['a'], desc: '', enabled: 'maybe', source: null, tags: [['nested']] }),
    );
    expect(problems.map((problem) => problem.message)).toEqual([
      'output must be a single value, not a list or mapping',
      'desc must not be empty',
      'source is empty',
      'enabled must be true or false',
      'tags entries must be single values',
    ]);
  });

  test('updates need only what they change', () => {
    expect(
      requiredFieldProblems(one({ rule: 'r', override: { priority: 'replace' }, priority: 'Debug' })),
    ).toEqual([]);
    expect(requiredFieldProblems(one({ rule: 'r', append: true, condition: 'and x' }))).toEqual([]);
    expect(requiredFieldProblems(one({ rule: 'r', enabled: false }))).toEqual([]);
    expect(requiredFieldProblems(one({ rule: 'r', append: true })).map((problem) => problem.message)).toEqual(
      ['a rule with append: true must carry condition or exceptions to append'],
    );
  });

  test('macro and list names follow the names Falco can reference', () => {
    expect(requiredFieldProblems(one({ macro: 'ok_1', condition: 'c' }))).toEqual([]);
    expect(requiredFieldProblems(one({ macro: '1bad', condition: 'c' }))[0]!.path).toEqual([0, 'macro']);
    expect(requiredFieldProblems(one({ list: '/usr/bin', items: [] }))).toEqual([]);
    expect(requiredFieldProblems(one({ list: 'a,b', items: [] }))[0]!.path).toEqual([0, 'list']);
  });

  test('engine and plugin versions', () => {
    expect(requiredFieldProblems(one({ required_engine_version: 17 }))).toEqual([]);
    expect(requiredFieldProblems(one({ required_engine_version: '0.39.0' }))).toEqual([]);
    expect(requiredFieldProblems(one({ required_engine_version: 'v1' }))).toHaveLength(1);
    expect(
      requiredFieldProblems(one({ required_plugin_versions: [{ name: 'json', version: '0.7.0' }] })),
    ).toEqual([]);
    expect(
      requiredFieldProblems(one({ required_plugin_versions: [{ name: 'json', version: 'latest' }] }))[0]!
        .message,
    ).toBe('plugin version "latest" is not an x.y.z version');
  });
});

describe('priorities', () => {
  test('the eight severities in any case, and info', () => {
    expect(parseFalcoPriority('EMERGENCY')).toBe('Emergency');
    expect(parseFalcoPriority('info')).toBe('Informational');
    expect(parseFalcoPriority('Informational')).toBe('Informational');
    expect(parseFalcoPriority('warn')).toBeUndefined();
    expect(priorityProblem(one({ rule: 'r', priority: 'warn' }))!.path).toEqual([0, 'priority']);
    expect(priorityProblem(one({ rule: 'r', priority: 'Warning' }))).toBeUndefined();
    // a macro has no priority to check
    expect(priorityProblem(one({ macro: 'm', priority: 'x', condition: 'c' }))).toBeUndefined();
  });
});

describe('exceptions', () => {
  const ruleWith = (exceptions: unknown, extra: Record<string, unknown> = {}) =>
    one({ rule: 'r', desc: 'd', condition: 'c', output: 'o', priority: 'Notice', exceptions, ...extra });
  const messages = (exceptions: unknown, extra?: Record<string, unknown>) =>
    exceptionProblems(ruleWith(exceptions, extra)).map((problem) => problem.message);

  test('well-formed exceptions pass: field lists with default or explicit comps, single fields', () => {
    expect(
      messages([
        { name: 'a', fields: ['proc.name', 'fd.name'], values: [['bash', '/tmp']] },
        { name: 'b', fields: ['proc.name', 'fd.name'], comps: ['=', 'in'], values: [['bash', ['/a', '/b']]] },
        { name: 'c', fields: 'proc.name', comps: 'pmatch', values: ['/usr'] },
        { name: 'd', fields: 'proc.name' },
      ]),
    ).toEqual([]);
    expect(messages(null)).toEqual([]);
  });

  test('a value per field, comps per field, known operators', () => {
    expect(messages([{ name: 'a', fields: ['x.y', 'z.w'], values: [['only-one']] }])).toEqual([
      'exception "a": each value must be a list of 2 (one per field)',
    ]);
    expect(messages([{ name: 'a', fields: ['x.y', 'z.w'], comps: ['='] }])).toEqual([
      'exception "a": 2 fields but 1 comps; they must have equal length',
    ]);
    expect(messages([{ name: 'a', fields: ['x.y'], comps: ['like'] }])).toEqual([
      'exception "a": "like" is not a comparison operator',
    ]);
    expect(messages([{ name: 'a', fields: 'x.y', comps: '=' }])).toEqual([
      'exception "a": with a single field, comps must be one of in, pmatch, intersects',
    ]);
  });

  test('appending values to an existing exception needs no fields; a new rule does', () => {
    expect(messages([{ name: 'a', values: ['v'] }])).toEqual(['exception "a" has no fields']);
    expect(messages([{ name: 'a', values: ['v'] }], { override: { exceptions: 'append' } })).toEqual([]);
    expect(messages([{ name: 'a', values: ['v'] }], { append: true })).toEqual([]);
  });
});

describe('overrides', () => {
  test('how an item applies', () => {
    expect(updateKind(one({ rule: 'r', desc: 'd' }))).toBe('define');
    expect(updateKind(one({ list: 'l', items: [], override: { items: 'replace' } }))).toBe('redefine');
    expect(updateKind(one({ list: 'l', items: [], override: { items: 'append' } }))).toBe('append');
    expect(updateKind(one({ rule: 'r', priority: 'Debug', override: { priority: 'replace' } }))).toBe(
      'replace',
    );
    expect(updateKind(one({ rule: 'r', append: 'yes', condition: 'x' }))).toBe('append');
    expect(updateKind(one({ rule: 'r', enabled: false }))).toBe('enable');
  });

  test('a valid override has no problems; deprecated forms are marked deprecated', () => {
    expect(
      overrideProblems(
        one({
          rule: 'r',
          override: { condition: 'append', enabled: 'replace' },
          condition: 'and x',
          enabled: false,
        }),
      ),
    ).toEqual([]);
    const deprecated = overrideProblems(one({ rule: 'r', append: true, condition: 'and x' }));
    expect(deprecated).toEqual([
      {
        path: [0, 'append'],
        message: 'append: true is deprecated; write override: {condition: append} instead',
        deprecated: true,
      },
    ]);
    expect(overrideProblems(one({ rule: 'r', enabled: false }))[0]!.deprecated).toBe(true);
  });

  test('what each kind may override, and how', () => {
    const messages = (item: unknown) => overrideProblems(one(item)).map((problem) => problem.message);
    expect(messages({ list: 'l', items: ['a'], override: { items: 'append' } })).toEqual([]);
    expect(messages({ macro: 'm', condition: 'c', override: { condition: 'prepend' } })).toEqual([
      'override operation for condition must be append or replace, not "prepend"',
    ]);
    expect(messages({ rule: 'r', enabled: true, override: { enabled: 'append' } })).toEqual([
      'enabled cannot be appended to; use replace',
    ]);
    expect(messages({ rule: 'r', source: 'x', override: { source: 'replace' } })).toEqual([
      'source cannot be replaced (a rule overrides condition, output, desc, priority, tags, exceptions, enabled, warn_evttypes, skip-if-unknown-filter)',
    ]);
  });
});
