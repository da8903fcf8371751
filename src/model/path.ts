/**
 * Field paths. A path is a list of map keys and sequence indexes from an
 * object's root; it is formatted the way the JSON contract shows it:
 * `spec.template.spec.containers[0].securityContext.runAsNonRoot`.
 */
export type PathSegment = string | number;
export type FieldPath = readonly PathSegment[];

const PLAIN_KEY = /^[A-Za-z_$][A-Za-z0-9_$-]*$/;

export function formatPath(path: FieldPath): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (isPlainKey(segment)) out += out === '' ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}

// the same few keys recur in every path: remember the answer (bounded, since keys come from input)
const plainKeys = new Map<string, boolean>();

function isPlainKey(segment: string): boolean {
  let plain = plainKeys.get(segment);
  if (plain === undefined) {
    plain = PLAIN_KEY.test(segment);
    if (plainKeys.size < 10_000) plainKeys.set(segment, plain);
  }
  return plain;
}
