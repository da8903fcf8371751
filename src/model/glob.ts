/**
 * Globs for rule ids and resource names: `*` matches any run of characters
 * (slashes included, so `*` alone matches every rule id), `?` one character.
 * Everything else is literal.
 */
export function globToRegExp(glob: string): RegExp {
  let source = '';
  for (const ch of glob) {
    if (ch === '*') source += '.*';
    else if (ch === '?') source += '.';
    else source += ch.replace(/[\\^$.|+()[\]{}]/g, '\\$&');
  }
  return new RegExp(`^${source}$`, 's');
}

export function matchesAnyGlob(value: string, globs: readonly string[]): boolean {
  return globs.some((glob) => globToRegExp(glob).test(value));
}

/** A matcher compiled once, for hot loops. */
export function compileGlobs(globs: readonly string[]): (value: string) => boolean {
  const patterns = globs.map(globToRegExp);
  return (value) => patterns.some((pattern) => pattern.test(value));
}
