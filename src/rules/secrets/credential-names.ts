/**
 * Which environment variable names look like credentials. Patterns are globs
 * (`*` any run of characters, `?` one), from secrets.credentialEnvPatterns in
 * the config or the defaults below; the config list replaces the defaults.
 * Names and patterns are compared case-insensitively and without the
 * separators '_', '-' and '.', so `*API_KEY*` also matches `apiKey` and
 * `api-key`. A name that ends in _FILE, _FILENAME, _PATH or _DIR points at
 * where a credential is kept (a mounted file: the recommended way), so it is
 * never a credential itself.
 */
import type { Settings } from '../../config/settings.js';
import { compileGlobs } from '../../model/glob.js';

export const DEFAULT_CREDENTIAL_ENV_PATTERNS: readonly string[] = [
  '*PASSWORD*',
  '*PASSWD*',
  '*PASSPHRASE*',
  '*SECRET*',
  '*TOKEN*',
  '*API_KEY*',
  '*PRIVATE_KEY*',
  '*CREDENTIAL*',
  '*ACCESS_KEY*',
  '*AUTH_KEY*',
  '*SIGNING_KEY*',
  '*ENCRYPTION_KEY*',
  '*CONNECTION_STRING*',
];

const POINTER_SUFFIX = /[_.-](FILE|FILENAME|PATH|DIR)$/i;

/** `db_Password-1` → `DBPASSWORD1`: the form names and patterns are compared in */
function normalise(text: string): string {
  return text.toUpperCase().replace(/[-_.]/g, '');
}

export function credentialNameMatcher(settings: Settings): (name: string) => boolean {
  const patterns = settings.config.secrets?.credentialEnvPatterns ?? DEFAULT_CREDENTIAL_ENV_PATTERNS;
  const matches = compileGlobs(patterns.map(normalise));
  return (name) => !POINTER_SUFFIX.test(name) && matches(normalise(name));
}
