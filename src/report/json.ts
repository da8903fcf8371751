/**
 * The JSON report. `sections` adds top-level fields after the contract's
 * (the cluster stage's `cluster`); it never replaces one of them.
 *
 * The text is JSON.stringify(report, null, 2) and a newline. A report with
 * tens of thousands of findings is tens of megabytes of it, so it can also be
 * produced in pieces (jsonChunks) and written without ever holding the whole
 * text, or its UTF-8 copy, in memory.
 */
import fs from 'node:fs';
import type { Report } from './report.js';

export function formatJson(report: Report, sections: Readonly<Record<string, unknown>> = {}): string {
  return [...jsonChunks(report, sections)].join('');
}

/** The same text as formatJson, a top-level field or a few hundred array elements at a time. */
export function* jsonChunks(
  report: Report,
  sections: Readonly<Record<string, unknown>> = {},
): Generator<string> {
  const added = Object.entries(sections).filter(([key]) => !(key in report));
  const value: Record<string, unknown> = { ...report, ...Object.fromEntries(added) };
  let first = true;
  for (const [key, field] of Object.entries(value)) {
    const head = `${first ? '{\n' : ',\n'}  ${JSON.stringify(key)}: `;
    if (Array.isArray(field) && field.length > 0) {
      yield head;
      yield* arrayInPieces(field);
    } else {
      // as JSON.stringify does, a field without a JSON form is left out
      const text = JSON.stringify(field, null, 2);
      if (text === undefined) continue;
      yield head + text.replaceAll('\n', '\n  ');
    }
    first = false;
  }
  yield first ? '{}\n' : '\n}\n';
}

const PIECE = 256;
// a slice of the array, stringified one level down, comes out already at the array's indent
const WRAP_HEAD = '{\n  "x": [\n';
const WRAP_TAIL = '\n  ]\n}';

/** A non-empty array that is a top-level field, as JSON.stringify lays it out at that depth. */
function* arrayInPieces(array: readonly unknown[]): Generator<string> {
  yield '[';
  for (let start = 0; start < array.length; start += PIECE) {
    const wrapped = JSON.stringify({ x: array.slice(start, start + PIECE) }, null, 2);
    yield (start === 0 ? '\n' : ',\n') + wrapped.slice(WRAP_HEAD.length, -WRAP_TAIL.length);
  }
  yield '\n  ]';
}

/** Writes the JSON report to a file in batches of about a megabyte. */
export function writeJsonFile(
  file: string,
  report: Report,
  sections: Readonly<Record<string, unknown>> = {},
): void {
  const fd = fs.openSync(file, 'w');
  try {
    writeInBatches(jsonChunks(report, sections), (batch) => fs.writeSync(fd, batch));
  } finally {
    fs.closeSync(fd);
  }
}

export function writeInBatches(chunks: Iterable<string>, write: (batch: string) => void): void {
  let pending: string[] = [];
  let size = 0;
  for (const chunk of chunks) {
    pending.push(chunk);
    size += chunk.length;
    if (size >= 1 << 20) {
      write(pending.join(''));
      pending = [];
      size = 0;
    }
  }
  if (pending.length > 0) write(pending.join(''));
}
