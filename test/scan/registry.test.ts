import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseImageReference, type ImageReference } from '../../src/engines/image-ref.js';
import { environmentCredentials, NO_CREDENTIALS } from '../../src/scan/credentials.js';
import { apiHost, parseChallenge, registryResolver } from '../../src/scan/registry.js';
import { DIGEST_OF, RegistryStandIn, SECRET, USER } from './registry-stand-in.js';

const registry = new RegistryStandIn();
beforeAll(() => registry.start());
afterAll(() => registry.stop());

function ref(text: string): ImageReference {
  const parsed = parseImageReference(text);
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.reference;
}

const credentials = () =>
  environmentCredentials({
    KUBEGATE_REGISTRY_CREDENTIALS: JSON.stringify({ [registry.host]: `${USER}:${SECRET}` }),
  });

describe('digest resolution through the registry API', () => {
  it('reads Docker-Content-Digest from a HEAD with all four manifest media types', async () => {
    const resolver = registryResolver({ timeoutMs: 2000, credentials: NO_CREDENTIALS });
    expect(await resolver.resolve(ref(`${registry.host}/open/app:1.0`))).toEqual({
      ok: true,
      digest: DIGEST_OF('open/app', '1.0'),
    });
    const head = registry.requests.find((request) => request.url === '/v2/open/app/manifests/1.0')!;
    expect(head.method).toBe('HEAD');
  });

  it('answers a 401 Bearer challenge with an anonymous token for the repository scope, then reuses it', async () => {
    const resolver = registryResolver({ timeoutMs: 2000, credentials: NO_CREDENTIALS });
    const before = registry.requests.length;
    expect(await resolver.resolve(ref(`${registry.host}/public/app:2.0`))).toEqual({
      ok: true,
      digest: DIGEST_OF('public/app', '2.0'),
    });
    const made = registry.requests.slice(before);
    expect(made.map((request) => `${request.method} ${request.url.split('?')[0]}`)).toEqual([
      'HEAD /v2/public/app/manifests/2.0',
      'GET /token',
      'HEAD /v2/public/app/manifests/2.0',
    ]);
    expect(made[1]!.url).toContain('scope=repository%3Apublic%2Fapp%3Apull');
    expect(made[1]!.authorization).toBeUndefined();
    // a second tag of the repository goes straight in with the token
    const again = registry.requests.length;
    expect((await resolver.resolve(ref(`${registry.host}/public/app:2.1`))).ok).toBe(true);
    expect(registry.requests.slice(again)).toHaveLength(1);
  });

  it('sends credentials from the environment to the token service of a private registry', async () => {
    const anonymous = registryResolver({ timeoutMs: 2000, credentials: NO_CREDENTIALS });
    const refused = await anonymous.resolve(ref(`${registry.host}/private/app:1.0`));
    expect(refused).toEqual({ ok: false, reason: expect.stringContaining('needs credentials') });
    const resolver = registryResolver({ timeoutMs: 2000, credentials: credentials() });
    expect(await resolver.resolve(ref(`${registry.host}/private/app:1.0`))).toEqual({
      ok: true,
      digest: DIGEST_OF('private/app', '1.0'),
    });
  });

  it('answers a Basic challenge with the credentials, and says so when there are none', async () => {
    expect(
      await registryResolver({ timeoutMs: 2000, credentials: credentials() }).resolve(
        ref(`${registry.host}/basic/app:3`),
      ),
    ).toEqual({ ok: true, digest: DIGEST_OF('basic/app', '3') });
    const without = await registryResolver({ timeoutMs: 2000, credentials: NO_CREDENTIALS }).resolve(
      ref(`${registry.host}/basic/app:3`),
    );
    expect(without.ok).toBe(false);
  });

  it('reports a 404 and a timeout as reasons, never as a digest', async () => {
    const resolver = registryResolver({ timeoutMs: 300, credentials: NO_CREDENTIALS });
    expect(await resolver.resolve(ref(`${registry.host}/missing/app:1.0`))).toEqual({
      ok: false,
      reason: `${registry.host} has no such manifest (404)`,
    });
    const started = Date.now();
    expect(await resolver.resolve(ref(`${registry.host}/slow/app:1.0`))).toEqual({
      ok: false,
      reason: `${registry.host} unreachable: timed out`,
    });
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('needs no request for a reference pinned by digest, and uses latest for a reference without tag', async () => {
    const before = registry.requests.length;
    const digest = `sha256:${'a'.repeat(64)}`;
    const resolver = registryResolver({ timeoutMs: 2000, credentials: NO_CREDENTIALS });
    expect(await resolver.resolve(ref(`${registry.host}/open/app:1@${digest}`))).toEqual({
      ok: true,
      digest,
    });
    expect(registry.requests.length).toBe(before);
    expect(await resolver.resolve(ref(`${registry.host}/open/app`))).toEqual({
      ok: true,
      digest: DIGEST_OF('open/app', 'latest'),
    });
  });

  it('speaks to Docker Hub at registry-1.docker.io and parses challenges with quoted commas', () => {
    expect(apiHost('docker.io')).toBe('registry-1.docker.io');
    expect(
      parseChallenge(
        'Bearer realm="https://auth.docker.io/token",service="registry.docker.io",scope="repository:library/nginx:pull,push"',
      ),
    ).toEqual({
      scheme: 'bearer',
      params: {
        realm: 'https://auth.docker.io/token',
        service: 'registry.docker.io',
        scope: 'repository:library/nginx:pull,push',
      },
    });
  });
});

describe('registry credentials from the environment', () => {
  it('reads KUBEGATE_REGISTRY_CREDENTIALS in both forms, and refuses bad JSON without echoing it', () => {
    const table = environmentCredentials({
      KUBEGATE_REGISTRY_CREDENTIALS: JSON.stringify({
        'ghcr.io': 'me:token-1',
        'https://index.docker.io/v1/': { username: 'hub', password: 'token-2' },
      }),
    });
    expect(table.lookup('ghcr.io')).toEqual({ username: 'me', password: 'token-1' });
    expect(table.lookup('docker.io')).toEqual({ username: 'hub', password: 'token-2' });
    expect(() => environmentCredentials({ KUBEGATE_REGISTRY_CREDENTIALS: '{"x": s3cr3t-value' })).toThrow(
      /not valid JSON/,
    );
    try {
      environmentCredentials({ KUBEGATE_REGISTRY_CREDENTIALS: '{"x": s3cr3t-value' });
    } catch (error) {
      expect((error as Error).message).not.toContain('s3cr3t');
    }
  });
});
