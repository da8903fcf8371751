/**
 * Registry credentials from the environment, for private registries:
 *  - KUBEGATE_REGISTRY_CREDENTIALS: JSON, registry host → "user:password" or
 *    { "username": …, "password": … } (a GitHub secret in the workflow);
 *  - the Docker config ($DOCKER_CONFIG/config.json, else ~/.docker/config.json),
 *    `auths.<host>.auth` (base64 "user:password"), which docker/login-action writes.
 * Credential helpers are not run. Values are never printed.
 */
import fs from 'node:fs';
import path from 'node:path';

export interface RegistryCredential {
  readonly username: string;
  readonly password: string;
}

export interface RegistryCredentials {
  lookup(domain: string): RegistryCredential | undefined;
}

export class CredentialsError extends Error {
  override name = 'CredentialsError';
}

export const NO_CREDENTIALS: RegistryCredentials = { lookup: () => undefined };

export function environmentCredentials(
  env: Readonly<Record<string, string | undefined>>,
): RegistryCredentials {
  const table = new Map<string, RegistryCredential>();
  for (const [host, credential] of dockerConfigCredentials(env)) table.set(host, credential);
  const json = env.KUBEGATE_REGISTRY_CREDENTIALS;
  if (json !== undefined && json.trim() !== '') {
    let parsed: unknown;
    try {
      parsed = JSON.parse(json) as unknown;
    } catch {
      // the value is a secret: say what is wrong, not what it is
      throw new CredentialsError('KUBEGATE_REGISTRY_CREDENTIALS is not valid JSON');
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
      throw new CredentialsError(
        'KUBEGATE_REGISTRY_CREDENTIALS must be a JSON object of registry host to credentials',
      );
    for (const [host, value] of Object.entries(parsed)) {
      const credential = asCredential(value);
      if (!credential)
        throw new CredentialsError(
          `KUBEGATE_REGISTRY_CREDENTIALS["${host}"] must be "user:password" or { "username", "password" }`,
        );
      table.set(normalizeHost(host), credential);
    }
  }
  return { lookup: (domain) => table.get(normalizeHost(domain)) };
}

function asCredential(value: unknown): RegistryCredential | undefined {
  if (typeof value === 'string') {
    const colon = value.indexOf(':');
    return colon > 0 ? { username: value.slice(0, colon), password: value.slice(colon + 1) } : undefined;
  }
  if (typeof value === 'object' && value !== null) {
    const { username, password } = value as Record<string, unknown>;
    if (typeof username === 'string' && typeof password === 'string') return { username, password };
  }
  return undefined;
}

function dockerConfigCredentials(
  env: Readonly<Record<string, string | undefined>>,
): Map<string, RegistryCredential> {
  const found = new Map<string, RegistryCredential>();
  const folder = env.DOCKER_CONFIG ?? (env.HOME ? path.join(env.HOME, '.docker') : undefined);
  if (!folder) return found;
  let config: unknown;
  try {
    config = JSON.parse(fs.readFileSync(path.join(folder, 'config.json'), 'utf8')) as unknown;
  } catch {
    return found;
  }
  const auths = (config as { auths?: unknown } | null)?.auths;
  if (typeof auths !== 'object' || auths === null) return found;
  for (const [key, entry] of Object.entries(auths as Record<string, unknown>)) {
    const auth = (entry as { auth?: unknown } | null)?.auth;
    if (typeof auth !== 'string') continue;
    const credential = asCredential(Buffer.from(auth, 'base64').toString('utf8'));
    if (credential) found.set(normalizeHost(key), credential);
  }
  return found;
}

/** `https://index.docker.io/v1/` and `index.docker.io` are docker.io; scheme and path dropped. */
function normalizeHost(key: string): string {
  const host = key
    .replace(/^[a-z]+:\/\//i, '')
    .split('/')[0]!
    .toLowerCase();
  return host === 'index.docker.io' || host === 'registry-1.docker.io' ? 'docker.io' : host;
}
