/**
 * The shape of a rule's `exceptions` (falco `rule_loader_reader.cpp`
 * read_rule_exceptions, `rule_loader_collector.cpp` validate_exception_info,
 * `rule_loader_compiler.cpp` build_rule_exception_infos):
 *
 *   exceptions:                      a list of mappings
 *     - name: known_proc             required, unique within the rule
 *       fields: [proc.name, fd.name] one field, or a list of fields
 *       comps: [=, startswith]       optional; a list as long as fields (default `=` each),
 *                                    or for a single field one of in, pmatch, intersects (default in)
 *       values:                      a list; for a list of fields each value is a list as long
 *         - [nginx, /var/log]        as fields, for a single field each value is one value
 *
 * An exception appended to an existing rule (append: true, or override
 * `exceptions: append`) may carry only a name and values when it extends an
 * exception of the same name; a new one needs fields too.
 */
import { isRecord } from '../../model/objects.js';
import type { FieldPath } from '../../model/path.js';
import { COMPARISON_OPERATORS } from './condition.js';
import { falcoBoolean, scalarText, type FalcoItem, type ItemProblem } from './items.js';

const SINGLE_FIELD_COMPARISONS = ['in', 'pmatch', 'intersects'];

export function exceptionProblems(item: FalcoItem): ItemProblem[] {
  if (item.kind !== 'rule') return [];
  const exceptions = item.fields.exceptions;
  if (exceptions === undefined || exceptions === null) return [];
  const path = [...item.path, 'exceptions'];
  if (!Array.isArray(exceptions)) return [{ path, message: 'exceptions must be a list' }];
  const override = isRecord(item.fields.override) ? item.fields.override : undefined;
  const appending = falcoBoolean(item.fields.append) === true || override?.exceptions === 'append';
  const problems: ItemProblem[] = [];
  const seen = new Set<string>();
  exceptions.forEach((exception, index) => {
    const at = [...path, index];
    if (!isRecord(exception)) {
      problems.push({
        path: at,
        message: 'each exception must be a mapping with name, fields, comps and values',
      });
      return;
    }
    const name = scalarText(exception.name);
    if (name === undefined || name === '') {
      problems.push({ path: at, message: 'exception has no name' });
    } else if (seen.has(name)) {
      problems.push({ path: [...at, 'name'], message: `exception "${name}" is defined twice in this rule` });
    } else seen.add(name);
    problems.push(...exceptionBodyProblems(exception, at, appending, name ?? `#${index + 1}`));
  });
  return problems;
}

type Entry = { list: false; value: string } | { list: true; items: Entry[] };
type ReadEntry = Entry | { invalid: string };

/** Falco's decode_exception_info_entry: a non-empty scalar, or a list of such entries. */
function readEntry(value: unknown): ReadEntry {
  if (Array.isArray(value)) {
    const items: Entry[] = [];
    for (const item of value) {
      const entry = readEntry(item);
      if ('invalid' in entry) return entry;
      items.push(entry);
    }
    return { list: true, items };
  }
  const text = scalarText(value);
  if (text === undefined) return { invalid: 'must be a value or a list of values' };
  if (text === '') return { invalid: 'must not be empty' };
  return { list: false, value: text };
}

function exceptionBodyProblems(
  exception: Record<string, unknown>,
  at: FieldPath,
  appending: boolean,
  name: string,
): ItemProblem[] {
  const problems: ItemProblem[] = [];
  const label = `exception "${name}"`;
  let fields: Entry | undefined;
  if (exception.fields === undefined) {
    // appending values to an exception the earlier rule already has
    if (!appending) problems.push({ path: at, message: `${label} has no fields` });
  } else {
    const read = readEntry(exception.fields);
    if ('invalid' in read)
      problems.push({ path: [...at, 'fields'], message: `${label}: fields ${read.invalid}` });
    else fields = read;
  }
  let comps: Entry | undefined;
  if (exception.comps !== undefined) {
    const read = readEntry(exception.comps);
    if ('invalid' in read)
      problems.push({ path: [...at, 'comps'], message: `${label}: comps ${read.invalid}` });
    else comps = read;
  }
  const values = exception.values;
  if (values !== undefined && !Array.isArray(values))
    problems.push({ path: [...at, 'values'], message: `${label}: values must be a list` });
  if (!fields) return problems;

  if (fields.list) {
    const count = fields.items.length;
    if (comps) {
      if (!comps.list)
        problems.push({
          path: [...at, 'comps'],
          message: `${label}: fields is a list, so comps must be a list too`,
        });
      else {
        if (comps.items.length !== count)
          problems.push({
            path: [...at, 'comps'],
            message: `${label}: ${count} fields but ${comps.items.length} comps; they must have equal length`,
          });
        comps.items.forEach((comp, k) => {
          if (!comp.list && !COMPARISON_OPERATORS.includes(comp.value))
            problems.push({
              path: [...at, 'comps', k],
              message: `${label}: "${comp.value}" is not a comparison operator`,
            });
        });
      }
    }
    if (Array.isArray(values)) {
      values.forEach((value, k) => {
        const entry = readEntry(value);
        if ('invalid' in entry)
          problems.push({ path: [...at, 'values', k], message: `${label}: value ${entry.invalid}` });
        else if (!entry.list || entry.items.length !== count)
          problems.push({
            path: [...at, 'values', k],
            message: `${label}: each value must be a list of ${count} (one per field)`,
          });
      });
    }
  } else {
    if (comps) {
      if (comps.list)
        problems.push({
          path: [...at, 'comps'],
          message: `${label}: fields is a single field, so comps must be one operator`,
        });
      else if (!SINGLE_FIELD_COMPARISONS.includes(comps.value))
        problems.push({
          path: [...at, 'comps'],
          message: `${label}: with a single field, comps must be one of ${SINGLE_FIELD_COMPARISONS.join(', ')}`,
        });
    }
    if (Array.isArray(values)) {
      values.forEach((value, k) => {
        const entry = readEntry(value);
        if ('invalid' in entry)
          problems.push({ path: [...at, 'values', k], message: `${label}: value ${entry.invalid}` });
        else if (entry.list)
          problems.push({
            path: [...at, 'values', k],
            message: `${label}: fields is a single field, so each value must be a single value`,
          });
      });
    }
  }
  return problems;
}
