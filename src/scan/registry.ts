/**
 * Tag → digest through the registry's HTTP API (OCI distribution spec):
 * HEAD /v2/<name>/manifests/<tag> with the Accept headers of the four
 * manifest media types, reading Docker-Content-Digest. A 401 with
 * `WWW-Authenticate: Bearer realm=…,service=…,scope=…` is answered with the
 * token flow (anonymous for public images; with credentials from the
 * environment for private ones); a Basic challenge with the credentials
 * themselves. Docker Hub's API lives at registry-1.docker.io. Loopback
 * registries (localhost, 127.0.0.1, ::1) are spoken to over plain HTTP, as
 * Docker does. Any failure is a reason, never a throw: the scan then keys its
 * cache by reference and says so.
 */
import type { ImageReference } from '../engines/image-ref.js';
import type { RegistryCredentials } from './credentials.js';

export const MANIFEST_MEDIA_TYPES = [
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
  'application/vnd.docker.distribution.manifest.v2+json',
] as const;

export type DigestResolution =
  { readonly ok: true; readonly digest: string } | { readonly ok: false; readonly reason: string };

export interface RegistryOptions {
  readonly timeoutMs: number;
  readonly credentials: RegistryCredentials;
  /** registries spoken to over plain HTTP besides the loopback ones */
  readonly plainHttp?: readonly string[];
}

export interface DigestResolver {
  resolve(reference: ImageReference): Promise<DigestResolution>;
}

const DIGEST = /^sha256:[a-f0-9]{64}$|^sha384:[a-f0-9]{96}$|^sha512:[a-f0-9]{128}$/;

export function registryResolver(options: RegistryOptions): DigestResolver {
  // one token per registry and repository for the whole run
  const tokens = new Map<string, string>();
  return {
    async resolve(reference) {
      if (reference.digest !== undefined) return { ok: true, digest: reference.digest };
      if (reference.domain === '') return { ok: false, reason: 'the reference names no registry' };
      const host = apiHost(reference.domain);
      const scheme = isPlainHttp(reference.domain, options.plainHttp ?? []) ? 'http' : 'https';
      const url = `${scheme}://${host}/v2/${reference.path}/manifests/${reference.tag ?? 'latest'}`;
      const credential = options.credentials.lookup(reference.domain);
      const tokenKey = `${reference.domain}/${reference.path}`;
      try {
        let response = await head(url, tokens.get(tokenKey), options.timeoutMs);
        if (response.status === 401) {
          const challenge = parseChallenge(response.headers.get('www-authenticate') ?? '');
          let authorization: string | undefined;
          if (challenge?.scheme === 'bearer') {
            const token = await fetchToken(challenge.params, reference.path, credential, options.timeoutMs);
            if (!token.ok) return token;
            authorization = `Bearer ${token.token}`;
            tokens.set(tokenKey, authorization);
          } else if (challenge?.scheme === 'basic' && credential) {
            authorization = basic(credential);
          } else {
            return {
              ok: false,
              reason: credential
                ? `${reference.domain} refused the credentials (401)`
                : `${reference.domain} needs credentials (401); set them in KUBEGATE_REGISTRY_CREDENTIALS or the Docker config`,
            };
          }
          response = await head(url, authorization, options.timeoutMs);
        }
        if (response.status === 404)
          return { ok: false, reason: `${reference.domain} has no such manifest (404)` };
        if (response.status === 401 || response.status === 403)
          return { ok: false, reason: `${reference.domain} denied access (${response.status})` };
        if (response.status < 200 || response.status >= 300)
          return { ok: false, reason: `${reference.domain} answered HTTP ${response.status}` };
        const digest = response.headers.get('docker-content-digest')?.trim();
        if (!digest || !DIGEST.test(digest))
          return { ok: false, reason: `${reference.domain} sent no valid Docker-Content-Digest header` };
        return { ok: true, digest };
      } catch (error) {
        return { ok: false, reason: `${reference.domain} unreachable: ${networkReason(error)}` };
      }
    },
  };
}

/** No registry requests (--no-resolve, air-gapped runners): digests only from the references themselves. */
export const OFFLINE_RESOLVER: DigestResolver = {
  resolve: (reference) =>
    Promise.resolve(
      reference.digest !== undefined
        ? { ok: true, digest: reference.digest }
        : { ok: false, reason: 'digest resolution is turned off' },
    ),
};

/** Where a registry's API is: Docker Hub's is not at docker.io. */
export function apiHost(domain: string): string {
  return domain === 'docker.io' ? 'registry-1.docker.io' : domain;
}

function isPlainHttp(domain: string, plainHttp: readonly string[]): boolean {
  const host = domain.startsWith('[') ? domain.slice(0, domain.indexOf(']') + 1) : domain.split(':')[0]!;
  return (
    host === 'localhost' ||
    host === '127.0.0.1' ||
    host === '[::1]' ||
    plainHttp.some((entry) => entry.toLowerCase() === domain.toLowerCase())
  );
}

async function head(url: string, authorization: string | undefined, timeoutMs: number): Promise<Response> {
  const response = await fetch(url, {
    method: 'HEAD',
    headers: {
      Accept: MANIFEST_MEDIA_TYPES.join(', '),
      ...(authorization ? { Authorization: authorization } : {}),
    },
    redirect: 'follow',
    signal: AbortSignal.timeout(timeoutMs),
  });
  await response.body?.cancel();
  return response;
}

interface Challenge {
  readonly scheme: string;
  readonly params: Readonly<Record<string, string>>;
}

/** `Bearer realm="https://auth.docker.io/token",service="registry.docker.io",scope="repository:x:pull"` */
export function parseChallenge(header: string): Challenge | undefined {
  const match = /^\s*([A-Za-z]+)\s*(.*)$/s.exec(header);
  if (!match) return undefined;
  const params: Record<string, string> = {};
  const pattern = /([A-Za-z_]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^,\s]*))/g;
  for (const param of match[2]!.matchAll(pattern)) {
    params[param[1]!.toLowerCase()] = (param[2] ?? param[3] ?? '').replace(/\\(.)/g, '$1');
  }
  return { scheme: match[1]!.toLowerCase(), params };
}

async function fetchToken(
  params: Readonly<Record<string, string>>,
  repository: string,
  credential: { username: string; password: string } | undefined,
  timeoutMs: number,
): Promise<{ ok: true; token: string } | { ok: false; reason: string }> {
  const realm = params.realm;
  let url: URL;
  try {
    url = new URL(realm ?? '');
  } catch {
    return { ok: false, reason: 'the registry sent a token challenge without a usable realm' };
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopback(url.hostname))) {
    return { ok: false, reason: `the registry's token realm ${url.origin} is not HTTPS` };
  }
  if (params.service) url.searchParams.set('service', params.service);
  url.searchParams.set('scope', params.scope ?? `repository:${repository}:pull`);
  const response = await fetch(url, {
    headers: credential ? { Authorization: basic(credential) } : {},
    signal: AbortSignal.timeout(timeoutMs),
  });
  if (response.status === 401 || response.status === 403) {
    await response.body?.cancel();
    return {
      ok: false,
      reason: credential
        ? `the token service refused the credentials (${response.status})`
        : `the token service needs credentials (${response.status}); set them in KUBEGATE_REGISTRY_CREDENTIALS or the Docker config`,
    };
  }
  if (!response.ok) {
    await response.body?.cancel();
    return { ok: false, reason: `the token service answered HTTP ${response.status}` };
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    return { ok: false, reason: 'the token service sent something that is not JSON' };
  }
  const record = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  const token = typeof record.token === 'string' ? record.token : record.access_token;
  if (typeof token !== 'string' || token === '')
    return { ok: false, reason: 'the token service sent no token' };
  return { ok: true, token };
}

function isLoopback(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '127.0.0.1' || hostname === '[::1]';
}

function basic(credential: { username: string; password: string }): string {
  return `Basic ${Buffer.from(`${credential.username}:${credential.password}`).toString('base64')}`;
}

function networkReason(error: unknown): string {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError'))
    return 'timed out';
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
}
