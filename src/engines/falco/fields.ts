/**
 * What Falco requires of each item before it will load a rules file
 * (falco `rule_loader_reader.cpp`, `decode_val` / `decode_seq`): a value
 * that is present, not empty, a scalar (or a sequence of scalars where a list
 * is expected) and of the right type. A new rule needs condition, output,
 * desc and priority; a rule with none of those four is the deprecated
 * "enabled only" form and needs `enabled`. Rules that carry `override` or
 * `append` update an earlier rule, so they need only what they change
 * (see overrides.ts).
 */
import type { FieldPath } from '../../model/path.js';
import { falcoBoolean, scalarText, type FalcoItem, type ItemProblem } from './items.js';

// name rules Falco warns about (rule_loader_reader.cpp: RGX_IDENTIFIER, RGX_BARESTR)
const MACRO_NAME = /^[a-zA-Z]+[a-zA-Z0-9_]*$/;
const LIST_NAME = /^[^()"'\s=,]+$/;
const SEMVER = /^\d+\.\d+\.\d+$/;

export function requiredFieldProblems(item: FalcoItem): ItemProblem[] {
  const problems: ItemProblem[] = [];
  const at = (...path: FieldPath) => [...item.path, ...path];
  const fields = item.fields;
  const requireText = (key: string): string | undefined => {
    const problem = scalarProblem(fields, key, false);
    if (problem) problems.push({ path: at(key), message: problem });
    return scalarText(fields[key]);
  };
  switch (item.kind) {
    case 'not-a-mapping':
      problems.push({
        path: at(),
        message: 'each item of a Falco rules file must be a mapping (rule, macro or list)',
      });
      break;
    case 'unknown':
      problems.push({
        path: at(),
        message:
          'item has none of the keys rule, macro, list, required_engine_version, required_plugin_versions: Falco skips it',
      });
      break;
    case 'required_engine_version': {
      const version = requireText('required_engine_version');
      if (version !== undefined && version !== '' && !/^\d+$/.test(version) && !SEMVER.test(version))
        problems.push({
          path: at('required_engine_version'),
          message: `required_engine_version "${version}" is neither a number nor an x.y.z version`,
        });
      break;
    }
    case 'required_plugin_versions':
      problems.push(
        ...pluginVersionProblems(fields.required_plugin_versions, at('required_plugin_versions')),
      );
      break;
    case 'list': {
      const name = requireText('list');
      if (name && !LIST_NAME.test(name))
        problems.push({
          path: at('list'),
          message: `list name "${name}" contains blanks, quotes, parentheses, = or ,`,
        });
      problems.push(...sequenceProblems(fields, 'items', false, at()));
      break;
    }
    case 'macro': {
      const name = requireText('macro');
      if (name && !MACRO_NAME.test(name))
        problems.push({
          path: at('macro'),
          message: `macro name "${name}" is not an identifier (letters first, then letters, digits, _): conditions cannot reference it`,
        });
      requireText('condition');
      break;
    }
    case 'rule':
      requireText('rule');
      problems.push(...ruleFieldProblems(item));
      break;
  }
  return problems;
}

function ruleFieldProblems(item: FalcoItem): ItemProblem[] {
  const fields = item.fields;
  const at = (...path: FieldPath) => [...item.path, ...path];
  const problems: ItemProblem[] = [];
  const push = (key: string, message: string | undefined) => {
    if (message) problems.push({ path: at(key), message });
  };
  if (fields.override !== undefined) return problems; // overrides.ts checks the keys an override names
  if (falcoBoolean(fields.append) === true) {
    if (fields.condition === undefined && fields.exceptions === undefined)
      problems.push({
        path: at(),
        message: 'a rule with append: true must carry condition or exceptions to append',
      });
    if (fields.condition !== undefined) push('condition', scalarProblem(fields, 'condition', false));
    return problems;
  }
  const updates = ['condition', 'output', 'desc', 'priority'].filter((key) => fields[key] !== undefined);
  if (updates.length === 0) {
    // the deprecated form that only turns an earlier rule on or off
    if (fields.enabled === undefined)
      problems.push({
        path: at(),
        message: 'rule has none of condition, output, desc, priority: a new rule needs all four',
      });
    else if (falcoBoolean(fields.enabled) === undefined) push('enabled', 'enabled must be true or false');
    return problems;
  }
  for (const key of ['condition', 'output', 'desc', 'priority']) {
    const problem = scalarProblem(fields, key, false);
    if (problem) problems.push({ path: at(key), message: problem });
  }
  push('source', scalarProblem(fields, 'source', true));
  for (const key of ['enabled', 'warn_evttypes', 'skip-if-unknown-filter']) {
    if (fields[key] !== undefined && falcoBoolean(fields[key]) === undefined)
      push(key, `${key} must be true or false`);
  }
  problems.push(...sequenceProblems(fields, 'tags', true, at()));
  return problems;
}

/** Falco's decode_val: present (unless optional), not empty, a scalar, not an empty string. */
export function scalarProblem(
  fields: Readonly<Record<string, unknown>>,
  key: string,
  optional: boolean,
): string | undefined {
  const value = fields[key];
  if (value === undefined) return optional ? undefined : `missing required key ${key}`;
  if (value === null) return `${key} is empty`;
  if (scalarText(value) === undefined) return `${key} must be a single value, not a list or mapping`;
  if (scalarText(value) === '') return `${key} must not be empty`;
  return undefined;
}

/** Falco's decode_seq: a sequence of scalars. */
function sequenceProblems(
  fields: Readonly<Record<string, unknown>>,
  key: string,
  optional: boolean,
  itemPath: FieldPath,
): ItemProblem[] {
  const value = fields[key];
  if (value === undefined)
    return optional ? [] : [{ path: [...itemPath, key], message: `missing required key ${key}` }];
  if (!Array.isArray(value)) return [{ path: [...itemPath, key], message: `${key} must be a list` }];
  const problems: ItemProblem[] = [];
  value.forEach((entry, index) => {
    if (scalarText(entry) === undefined)
      problems.push({ path: [...itemPath, key, index], message: `${key} entries must be single values` });
  });
  return problems;
}

function pluginVersionProblems(value: unknown, path: FieldPath): ItemProblem[] {
  if (!Array.isArray(value)) return [{ path, message: 'required_plugin_versions must be a list' }];
  const problems: ItemProblem[] = [];
  const checkRequirement = (entry: unknown, entryPath: FieldPath) => {
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
      problems.push({
        path: entryPath,
        message: 'a plugin version requirement must be a mapping of name and version',
      });
      return false;
    }
    const fields = entry as Record<string, unknown>;
    for (const key of ['name', 'version']) {
      const problem = scalarProblem(fields, key, false);
      if (problem) problems.push({ path: [...entryPath, key], message: problem });
    }
    const version = scalarText(fields.version);
    if (version && !SEMVER.test(version))
      problems.push({
        path: [...entryPath, 'version'],
        message: `plugin version "${version}" is not an x.y.z version`,
      });
    return true;
  };
  value.forEach((entry, index) => {
    const entryPath = [...path, index];
    if (!checkRequirement(entry, entryPath)) return;
    const alternatives = (entry as Record<string, unknown>).alternatives;
    if (alternatives === undefined) return;
    if (!Array.isArray(alternatives)) {
      problems.push({ path: [...entryPath, 'alternatives'], message: 'alternatives must be a list' });
      return;
    }
    alternatives.forEach((alternative, k) =>
      checkRequirement(alternative, [...entryPath, 'alternatives', k]),
    );
  });
  return problems;
}
