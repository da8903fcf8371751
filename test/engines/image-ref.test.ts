import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import schema from '../../schema/kubegate.schema.json' with { type: 'json' };
import {
  admittingPattern,
  compileRegistryPattern,
  formatImageReference,
  parseImageReference,
  type ImageReference,
} from '../../src/engines/image-ref.js';

const SHA256 = 'sha256:' + 'a1'.repeat(32);
const SHA384 = 'sha384:' + 'b2'.repeat(48);
const SHA512 = 'sha512:' + 'c3'.repeat(64);

function parsed(text: string): ImageReference {
  const result = parseImageReference(text);
  if (!result.ok) throw new Error(`${text}: ${result.reason}`);
  return result.reference;
}

function reason(text: string): string {
  const result = parseImageReference(text);
  if (result.ok) throw new Error(`${text} parsed as ${JSON.stringify(result.reference)}`);
  return result.reason;
}

describe('parseImageReference: normalisation as the runtimes do it', () => {
  test.each([
    ['nginx', { domain: 'docker.io', path: 'library/nginx' }],
    ['nginx:1.27', { domain: 'docker.io', path: 'library/nginx', tag: '1.27' }],
    ['library/nginx', { domain: 'docker.io', path: 'library/nginx' }],
    ['docker.io/nginx', { domain: 'docker.io', path: 'library/nginx' }],
    ['index.docker.io/nginx:1', { domain: 'docker.io', path: 'library/nginx', tag: '1' }],
    ['docker.io/library/nginx', { domain: 'docker.io', path: 'library/nginx' }],
    ['bitnami/redis:7.2', { domain: 'docker.io', path: 'bitnami/redis', tag: '7.2' }],
    ['a/b/c/d', { domain: 'docker.io', path: 'a/b/c/d' }],
    ['registry-1.docker.io/x', { domain: 'registry-1.docker.io', path: 'x' }],
    ['localhost/app', { domain: 'localhost', path: 'app' }],
    ['localhost:5000/app:dev', { domain: 'localhost:5000', path: 'app', tag: 'dev' }],
    // one component is never a host: upstream reads this as the image "localhost" tagged 5000
    ['localhost:5000', { domain: 'docker.io', path: 'library/localhost', tag: '5000' }],
    ['registry.io:5000/team/app:1', { domain: 'registry.io:5000', path: 'team/app', tag: '1' }],
    ['192.168.1.10:5000/app', { domain: '192.168.1.10:5000', path: 'app' }],
    ['[::1]:5000/app', { domain: '[::1]:5000', path: 'app' }],
    ['[2001:db8::1]/app:v2', { domain: '[2001:db8::1]', path: 'app', tag: 'v2' }],
    // a first component that is not lowercase cannot be a repository, so it is a registry
    ['Registry/app', { domain: 'Registry', path: 'app' }],
    [
      'europe-west1-docker.pkg.dev/my-project/repo/img:1.0',
      {
        domain: 'europe-west1-docker.pkg.dev',
        path: 'my-project/repo/img',
        tag: '1.0',
      },
    ],
    ['foo__bar/a.b/c---d/e_f', { domain: 'docker.io', path: 'foo__bar/a.b/c---d/e_f' }],
    [`nginx@${SHA256}`, { domain: 'docker.io', path: 'library/nginx', digest: SHA256 }],
    [`registry.io/app:1.2@${SHA256}`, { domain: 'registry.io', path: 'app', tag: '1.2', digest: SHA256 }],
    [`registry.io/app@${SHA384}`, { domain: 'registry.io', path: 'app', digest: SHA384 }],
    [`registry.io/app@${SHA512}`, { domain: 'registry.io', path: 'app', digest: SHA512 }],
    ['app:_x', { domain: 'docker.io', path: 'library/app', tag: '_x' }],
    // upstream accepts a dotted first component that is no valid host, as a path without a registry
    ['my_registry.local/app', { domain: '', path: 'my_registry.local/app' }],
  ])('%s', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  test('tags up to 128 characters', () => {
    expect(parsed(`app:${'t'.repeat(128)}`).tag).toHaveLength(128);
    expect(reason(`app:${'t'.repeat(129)}`)).toBe('invalid reference format');
  });

  test('repository paths up to 255 characters, the registry not counted, library/ counted', () => {
    const path255 = `${'a'.repeat(127)}/${'b'.repeat(127)}`;
    expect(parsed(`registry.example.com:5000/${path255}`).path).toHaveLength(255);
    expect(reason(`registry.io/${path255}c`)).toMatch(/not be more than 255 characters/);
    expect(parsed('a'.repeat(247)).path).toHaveLength(255);
    expect(reason('a'.repeat(248))).toMatch(/not be more than 255 characters/);
  });
});

describe('parseImageReference: invalid references are reasons, never exceptions', () => {
  test.each([
    ['', /empty/],
    ['a'.repeat(64), /image ID/],
    ['team/App:1', /must be lowercase/],
    ['NGINX', /must be lowercase/],
    ['nginx:', /invalid reference format/],
    [':1.0', /invalid reference format/],
    ['nginx:-rc', /invalid reference format/],
    ['nginx:1.0:2.0', /invalid reference format/],
    ['-nginx', /invalid reference format/],
    ['team//app', /invalid reference format/],
    ['team/app/', /invalid reference format/],
    ['a..b/c', /invalid reference format/],
    ['app name', /invalid reference format/],
    [' nginx', /invalid reference format/],
    ['nginx ', /invalid reference format/],
    ['https://registry.io/app', /invalid reference format/],
    ['registry.io:http/app', /invalid reference format/],
    ['nginx@sha256:abc', /invalid reference format/],
    [`nginx@sha256:${'A1'.repeat(32)}`, /invalid sha256 digest/],
    [`nginx@sha256:${'a'.repeat(63)}0a`, /invalid sha256 digest/],
    [`nginx@sha512:${'a'.repeat(64)}`, /invalid sha512 digest/],
    [`nginx@sha1:${'a'.repeat(40)}`, /unsupported digest algorithm "sha1"/],
    [`nginx@md5:${'a'.repeat(32)}`, /unsupported digest algorithm "md5"/],
    [`nginx@sha256+b64:${'a'.repeat(64)}`, /unsupported digest algorithm/],
    [`nginx@${SHA256}:tag`, /invalid reference format/],
  ])('%j', (text, expected) => {
    expect(reason(text)).toMatch(expected);
  });

  test('arbitrary text never throws and always gives a reason or a reference (property)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), imageLikeText()), (text) => {
        const result = parseImageReference(text);
        if (result.ok) expect(result.reference.path.length).toBeGreaterThan(0);
        else expect(result.reason.length).toBeGreaterThan(0);
      }),
      { numRuns: 2000 },
    );
  });

  test('long hostile input is rejected in linear time', () => {
    for (const text of ['a-'.repeat(50_000) + '!', 'a.'.repeat(50_000) + '/!', `${'a'.repeat(100_000)}:/x`]) {
      const started = performance.now();
      expect(parseImageReference(text).ok).toBe(false);
      expect(performance.now() - started).toBeLessThan(500);
    }
  });
});

// Grammar-driven generators: every text they produce is a valid reference.
const lower = 'abcdefghijklmnopqrstuvwxyz0123456789';
const alnum = (chars: string, max = 6) =>
  fc.string({ unit: fc.constantFrom(...chars.split('')), minLength: 1, maxLength: max });
const pathComponent = fc
  .tuple(
    alnum(lower),
    fc.array(fc.tuple(fc.constantFrom('.', '_', '__', '-', '---'), alnum(lower)), { maxLength: 2 }),
  )
  .map(([head, rest]) => head + rest.map(([separator, part]) => separator + part).join(''));
const hostLabel = alnum('abcdefghijklmnopqrstuvwxyz0123456789', 8);
const registryHost = fc
  .tuple(fc.array(hostLabel, { minLength: 2, maxLength: 3 }), fc.option(fc.integer({ min: 1, max: 65535 })))
  .map(([labels, port]) => labels.join('.') + (port === null ? '' : `:${port}`));
const tag = fc
  .tuple(
    alnum('abcXYZ019_'),
    fc.string({ unit: fc.constantFrom(...'abcXYZ019_.-'.split('')), maxLength: 20 }),
  )
  .map(([first, rest]) => first + rest);
const digest = fc
  .constantFrom(['sha256', 64] as const, ['sha384', 96] as const, ['sha512', 128] as const)
  .chain(([algorithm, length]) =>
    fc
      .string({
        unit: fc.constantFrom(...'0123456789abcdef'.split('')),
        minLength: length,
        maxLength: length,
      })
      .map((hex) => `${algorithm}:${hex}`),
  );
const validParts = fc.record({
  domain: registryHost,
  path: fc.array(pathComponent, { minLength: 1, maxLength: 4 }).map((parts) => parts.join('/')),
  tag: fc.option(tag, { nil: undefined }),
  digest: fc.option(digest, { nil: undefined }),
});

function imageLikeText(): fc.Arbitrary<string> {
  return fc.string({ unit: fc.constantFrom(...'aZ09._-/:@[]'.split('')), maxLength: 40 });
}

describe('parseImageReference (properties)', () => {
  test('every reference the grammar generates parses back into its parts', () => {
    fc.assert(
      fc.property(validParts, (parts) => {
        const text = `${parts.domain}/${parts.path}${parts.tag ? `:${parts.tag}` : ''}${parts.digest ? `@${parts.digest}` : ''}`;
        const expected: ImageReference = {
          domain: parts.domain,
          path: parts.path,
          ...(parts.tag ? { tag: parts.tag } : {}),
          ...(parts.digest ? { digest: parts.digest } : {}),
        };
        expect(parsed(text)).toEqual(expected);
      }),
      { numRuns: 1000 },
    );
  });

  test('the canonical form parses to the same reference (normalisation is idempotent)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          validParts.map((p) => `${p.domain}/${p.path}${p.tag ? `:${p.tag}` : ''}`),
          fc.array(pathComponent, { minLength: 1, maxLength: 3 }).map((parts) => parts.join('/')),
        ),
        (text) => {
          const reference = parsed(text);
          expect(parsed(formatImageReference(reference))).toEqual(reference);
        },
      ),
      { numRuns: 1000 },
    );
  });

  test('an uppercase letter in the repository path is always rejected', () => {
    fc.assert(
      fc.property(validParts, fc.nat(), (parts, at) => {
        const index = at % parts.path.length;
        const path = parts.path.slice(0, index) + 'Q' + parts.path.slice(index + 1);
        expect(parseImageReference(`${parts.domain}/${path}`).ok).toBe(false);
      }),
    );
  });
});

describe('allow list', () => {
  const admits = (entries: string[], image: string) =>
    admittingPattern(parsed(image), entries.map(compileRegistryPattern))?.entry;

  test('a registry admits its repositories and nothing that merely starts like it', () => {
    expect(admits(['registry.io'], 'registry.io/x:1')).toBe('registry.io');
    expect(admits(['registry.io'], 'registry.io/team/x')).toBe('registry.io');
    expect(admits(['registry.io'], 'registry.io.evil.com/x')).toBeUndefined();
    expect(admits(['registry.io'], 'registry.iox/y')).toBeUndefined();
    expect(admits(['registry.io'], 'evil.com/registry.io/x')).toBeUndefined();
    expect(admits(['registry.io'], 'registry.io:5000/x')).toBeUndefined();
    expect(admits(['registry.io:5000'], 'registry.io:5000/x')).toBe('registry.io:5000');
    expect(admits(['registry.io:*'], 'registry.io:5000/x')).toBe('registry.io:*');
  });

  test('a repository path admits what is under it only', () => {
    const entry = 'europe-west1-docker.pkg.dev/my-project/*';
    expect(admits([entry], 'europe-west1-docker.pkg.dev/my-project/repo/img:1')).toBe(entry);
    expect(admits([entry], 'europe-west1-docker.pkg.dev/my-project-2/repo/img')).toBeUndefined();
    expect(admits([entry], 'europe-west1-docker.pkg.dev/my-projectx/img')).toBeUndefined();
    expect(admits([entry], 'europe-west1-docker.pkg.dev/my-project')).toBeUndefined();
    expect(admits([entry], 'us-docker.pkg.dev/my-project/repo/img')).toBeUndefined();
    expect(admits(['ghcr.io/acme'], 'ghcr.io/acme/api')).toBe('ghcr.io/acme');
    expect(admits(['ghcr.io/acme'], 'ghcr.io/acme-evil/api')).toBeUndefined();
  });

  test('globs stay inside one segment', () => {
    expect(admits(['*.gcr.io'], 'eu.gcr.io/p/x')).toBe('*.gcr.io');
    expect(admits(['*.gcr.io'], 'gcr.io/p/x')).toBeUndefined();
    expect(admits(['*.gcr.io'], 'eu.gcr.io.evil.com/p/x')).toBeUndefined();
    expect(admits(['ghcr.io/*/api'], 'ghcr.io/acme/api')).toBe('ghcr.io/*/api');
    expect(admits(['ghcr.io/*/api'], 'ghcr.io/acme/team/api')).toBeUndefined();
    expect(admits(['*'], 'nginx')).toBe('*');
    const ecr = '123456789012.dkr.ecr.*.amazonaws.com';
    expect(admits([ecr], '123456789012.dkr.ecr.eu-west-1.amazonaws.com/shop/api:1')).toBe(ecr);
    expect(admits([ecr], '210987654321.dkr.ecr.eu-west-1.amazonaws.com/shop/api:1')).toBeUndefined();
  });

  test('Docker Hub entries are normalised like references', () => {
    expect(admits(['docker.io'], 'nginx')).toBe('docker.io');
    expect(admits(['docker.io/nginx'], 'nginx:1.27')).toBe('docker.io/nginx');
    expect(admits(['docker.io/nginx'], 'evil/nginx')).toBeUndefined();
    expect(admits(['index.docker.io/library/*'], 'redis')).toBe('index.docker.io/library/*');
    expect(admits(['docker.io/library/*'], 'bitnami/redis')).toBeUndefined();
  });

  test('registry host names compare case-insensitively', () => {
    expect(admits(['Registry.IO'], 'registry.io/x')).toBe('Registry.IO');
    expect(admits(['registry.io'], 'REGISTRY.io/x')).toBe('registry.io');
  });

  test('entries that cannot name a registry are refused', () => {
    for (const entry of ['nginx', 'registry.io/', 'registry.io//x', 'registry.io/Team', '', '/x']) {
      expect(() => compileRegistryPattern(entry), entry).toThrow();
    }
  });

  test('no registry admits a host that extends it (property)', () => {
    fc.assert(
      fc.property(
        registryHost,
        fc.string({ minLength: 1, maxLength: 10 }),
        validParts,
        (host, suffix, parts) => {
          fc.pre(!suffix.startsWith('/'));
          const other: ImageReference = { domain: host + suffix, path: parts.path };
          expect(admittingPattern(other, [compileRegistryPattern(host)])).toBeUndefined();
          const deeper: ImageReference = { domain: host, path: `${parts.path}${suffix.replace(/\//g, '')}` };
          fc.pre(deeper.path !== parts.path);
          expect(admittingPattern(deeper, [compileRegistryPattern(`${host}/${parts.path}`)])).toBeUndefined();
        },
      ),
      { numRuns: 1000 },
    );
  });

  test('the config schema accepts exactly the entries that compile (property)', () => {
    const pattern = new RegExp(schema.properties.images.properties.allowedRegistries.items.pattern, 'u');
    const compiles = (entry: string) => {
      try {
        compileRegistryPattern(entry);
        return true;
      } catch {
        return false;
      }
    };
    fc.assert(
      fc.property(
        fc.oneof(
          fc.stringMatching(pattern),
          fc.string({ unit: fc.constantFrom(...'aZ09.:*?[]-/_x'.split('')), maxLength: 20 }),
        ),
        (entry) => {
          expect(compiles(entry)).toBe(pattern.test(entry));
        },
      ),
      { numRuns: 2000 },
    );
  });
});
