/**
 * Updating an earlier item (falco `rule_loader_reader.cpp`, decode_overrides):
 *
 *   override:               a mapping of key to `append` or `replace`
 *     condition: append
 *
 * A list may override `items`, a macro `condition` (either operation). A rule
 * may append to condition, output, desc, tags, exceptions and replace those
 * plus priority, enabled, warn_evttypes, skip-if-unknown-filter. Every key
 * named under override must be present in the item, and every overridable
 * key present must be named under override. `append: true` is the deprecated
 * form of the same (Falco warns), cannot be combined with override, and so is
 * a rule carrying only `enabled` (use `override: {enabled: replace}`).
 */
import { isRecord } from '../../model/objects.js';
import { scalarProblem } from './fields.js';
import { falcoBoolean, type FalcoItem, type ItemProblem } from './items.js';

const RULE_APPENDABLE = ['condition', 'output', 'desc', 'tags', 'exceptions'];
const RULE_REPLACEABLE = [
  'condition',
  'output',
  'desc',
  'priority',
  'tags',
  'exceptions',
  'enabled',
  'warn_evttypes',
  'skip-if-unknown-filter',
];

function overridable(item: FalcoItem): { append: string[]; replace: string[] } {
  if (item.kind === 'list') return { append: ['items'], replace: ['items'] };
  if (item.kind === 'macro') return { append: ['condition'], replace: ['condition'] };
  return { append: RULE_APPENDABLE, replace: RULE_REPLACEABLE };
}

/**
 * How Falco applies a list, macro or rule item: `define` (new, or silently
 * replacing an earlier one of the same name), `redefine` (a list or macro
 * with `override: replace`, replacing on purpose), or an update of an earlier
 * item that must already exist: `append`, `replace` (a rule's selective
 * replace), `enable`.
 */
export type UpdateKind = 'define' | 'redefine' | 'append' | 'replace' | 'enable';

export function updateKind(item: FalcoItem): UpdateKind {
  if (item.fields.override !== undefined) {
    // an override that is not a mapping is refused (overrideProblems); it still means "update"
    const operations = isRecord(item.fields.override) ? Object.values(item.fields.override) : [];
    if (operations.includes('append')) return 'append';
    return item.kind === 'rule' ? 'replace' : 'redefine';
  }
  if (falcoBoolean(item.fields.append) === true) return 'append';
  if (
    item.kind === 'rule' &&
    ['condition', 'output', 'desc', 'priority'].every((key) => item.fields[key] === undefined) &&
    item.fields.enabled !== undefined
  )
    return 'enable';
  return 'define';
}

export function overrideProblems(item: FalcoItem): ItemProblem[] {
  if (item.kind !== 'rule' && item.kind !== 'macro' && item.kind !== 'list') return [];
  const problems: ItemProblem[] = [];
  const at = item.path;
  const fields = item.fields;
  const append = falcoBoolean(fields.append);
  if (fields.append !== undefined && append === undefined)
    problems.push({ path: [...at, 'append'], message: 'append must be true or false' });

  if (fields.override === undefined) {
    if (append === true) {
      const keys = overridable(item).append.filter((key) => fields[key] !== undefined);
      const suggestion = (keys.length > 0 ? keys : overridable(item).append.slice(0, 1))
        .map((key) => `${key}: append`)
        .join(', ');
      problems.push({
        path: [...at, 'append'],
        message: `append: true is deprecated; write override: {${suggestion}} instead`,
        deprecated: true,
      });
    } else if (updateKind(item) === 'enable') {
      problems.push({
        path: [...at, 'enabled'],
        message:
          'a rule with only enabled is the deprecated way to turn a rule on or off; write override: {enabled: replace}',
        deprecated: true,
      });
    }
    return problems;
  }

  const override = fields.override;
  if (!isRecord(override)) {
    problems.push({
      path: [...at, 'override'],
      message: 'override must be a mapping of key to append or replace',
    });
    return problems;
  }
  if (append === true)
    problems.push({
      path: [...at, 'append'],
      message: 'append and override cannot be used together: keep override and remove append',
    });
  const allowed = overridable(item);
  for (const [key, operation] of Object.entries(override)) {
    const keyPath = [...at, 'override', key];
    if (operation === 'append') {
      if (!allowed.append.includes(key)) {
        problems.push({
          path: keyPath,
          message: allowed.replace.includes(key)
            ? `${key} cannot be appended to; use replace`
            : `${key} cannot be overridden (a ${item.kind} overrides ${allowed.replace.join(', ')})`,
        });
        continue;
      }
    } else if (operation === 'replace') {
      if (!allowed.replace.includes(key)) {
        problems.push({
          path: keyPath,
          message: `${key} cannot be replaced (a ${item.kind} overrides ${allowed.replace.join(', ')})`,
        });
        continue;
      }
    } else {
      problems.push({
        path: keyPath,
        message: `override operation for ${key} must be append or replace, not ${JSON.stringify(operation)}`,
      });
      continue;
    }
    if (fields[key] === undefined)
      problems.push({
        path: keyPath,
        message: `override names ${key} (${String(operation)}) but the item has no ${key}`,
      });
    else if (['condition', 'output', 'desc', 'priority'].includes(key)) {
      const problem = scalarProblem(fields, key, false);
      if (problem) problems.push({ path: [...at, key], message: problem });
    } else if (
      ['enabled', 'warn_evttypes', 'skip-if-unknown-filter'].includes(key) &&
      falcoBoolean(fields[key]) === undefined
    )
      problems.push({ path: [...at, key], message: `${key} must be true or false` });
  }
  if (item.kind === 'rule') {
    const named = new Set(Object.keys(override));
    for (const key of RULE_REPLACEABLE) {
      if (fields[key] !== undefined && !named.has(key))
        problems.push({
          path: [...at, key],
          message: `${key} is set but not named under override: Falco refuses it; add ${key}: append or ${key}: replace`,
        });
    }
  }
  return problems;
}
