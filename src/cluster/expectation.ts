/**
 * A recorded connectivity expectation: a truth table as
 * `kubegate netpol matrix --format json` writes it (version 1), probed
 * instead of the one computed from the manifests (`--expect` of
 * `kubegate cluster`, the Action's `connectivity-expectation`).
 */
import fs from 'node:fs';
import type { TruthTable } from '../engines/netpol/matrix.js';

/** Reads and checks a truth table; throws an Error saying what is wrong with it. */
export function readExpectation(file: string): TruthTable {
  let value: unknown;
  try {
    value = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`cannot read the expected truth table: ${(error as Error).message}`);
  }
  const table = value as Partial<TruthTable> | null;
  if (
    table === null ||
    typeof table !== 'object' ||
    table.version !== 1 ||
    !Array.isArray(table.pods) ||
    !Array.isArray(table.probes) ||
    !Array.isArray(table.namespaces)
  )
    throw new Error('not a version 1 truth table (kubegate netpol matrix --format json)');
  const ids = new Set(table.pods.map((pod) => pod.id));
  for (const probe of table.probes) {
    if (
      !ids.has(probe.from) ||
      !ids.has(probe.to) ||
      (probe.expected !== 'allow' && probe.expected !== 'deny')
    )
      throw new Error(`probe ${JSON.stringify(probe)} names an unknown pod or expectation`);
  }
  return table as TruthTable;
}
