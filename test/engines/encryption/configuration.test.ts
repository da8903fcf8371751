import { describe, expect, test } from 'vitest';
import {
  parseGroupResource,
  readEncryptionConfiguration,
} from '../../../src/engines/encryption/configuration.js';
import { maskedResources, resolveResource } from '../../../src/engines/encryption/resolve.js';

const KEY_32 = Buffer.alloc(32, 7).toString('base64');
const KEY_16 = Buffer.alloc(16, 7).toString('base64');
const kms = (name: string) => ({ kms: { apiVersion: 'v2', name, endpoint: 'unix:///kms.sock' } });
const configOf = (resources: unknown) =>
  readEncryptionConfiguration({
    apiVersion: 'apiserver.config.k8s.io/v1',
    kind: 'EncryptionConfiguration',
    resources,
  });

describe('EncryptionConfiguration', () => {
  test('group and resource split at the first dot', () => {
    expect(parseGroupResource('secrets')).toEqual({ resource: 'secrets', group: '' });
    expect(parseGroupResource('*.')).toEqual({ resource: '*', group: '' });
    expect(parseGroupResource('*.*')).toEqual({ resource: '*', group: '*' });
    expect(parseGroupResource('deployments.apps')).toEqual({ resource: 'deployments', group: 'apps' });
  });

  test('a valid configuration has no problems, and keeps no key material', () => {
    const { config, problems } = configOf([
      {
        resources: ['secrets'],
        providers: [kms('a'), { aescbc: { keys: [{ name: 'k', secret: KEY_32 }] } }, { identity: {} }],
      },
    ]);
    expect(problems).toEqual([]);
    const key = config.entries[0]!.providers[1]!.keys[0]!;
    expect(key).toEqual({
      index: 0,
      path: ['resources', 0, 'providers', 1, 'aescbc', 'keys', 0],
      name: 'k',
      secret: 'inline',
      bytes: 32,
    });
    expect(JSON.stringify(config)).not.toContain(KEY_32);
  });

  test('key sizes per provider, base64, and template placeholders', () => {
    const messages = (provider: string, secret: string) =>
      configOf([
        { resources: ['secrets'], providers: [{ [provider]: { keys: [{ name: 'k', secret }] } }] },
      ]).problems.map((problem) => problem.message);
    expect(messages('aesgcm', KEY_16)).toEqual([]);
    expect(messages('secretbox', KEY_16)).toEqual(['key k decodes to 16 bytes; expected 32']);
    expect(messages('aescbc', 'not base64')).toEqual(['key k is not base64 encoded']);
    expect(messages('aescbc', '{{ .Values.key }}')).toEqual([]);
    // the value never appears in a message
    expect(messages('aescbc', 'hunter2hunter2').join()).not.toContain('hunter2');
  });

  test('kms: v1 by default, unix sockets, v2 names unique and without a colon', () => {
    const { config, problems } = configOf([
      {
        resources: ['secrets'],
        providers: [
          { kms: { name: 'old', endpoint: 'unix:///a.sock' } },
          { kms: { apiVersion: 'v2', name: 'a:b', endpoint: 'https://kms' } },
          { kms: { apiVersion: 'v2', name: 'x', endpoint: 'unix:///x', cachesize: 10 } },
          { kms: { apiVersion: 'v2', name: 'x', endpoint: 'unix:///x', timeout: '0s' } },
        ],
      },
    ]);
    expect(config.entries[0]!.providers[0]!.kms!.apiVersion).toBe('v1');
    expect(problems.map((problem) => problem.message)).toEqual([
      'kms v2 name "a:b" must not contain :',
      'kms endpoint "https://kms" must be a unix:// socket',
      'cachesize applies to kms v1 only',
      'kms name "x" is used twice',
      'kms timeout 0s must be a positive duration',
    ]);
  });
});

describe('which providers store a resource', () => {
  const SECRETS = { group: '', resource: 'secrets' };

  test('exact, then *.<group>, then *.*; otherwise nothing (plain text)', () => {
    const { config } = configOf([
      { resources: ['configmaps'], providers: [kms('c')] },
      { resources: ['*.apps'], providers: [kms('apps')] },
      { resources: ['*.'], providers: [kms('core')] },
      { resources: ['*.*'], providers: [kms('all')] },
    ]);
    const writer = (group: string, resource: string) =>
      resolveResource(config, { group, resource }).providers[0]?.provider.kms?.name;
    expect(writer('', 'configmaps')).toBe('c');
    expect(writer('', 'secrets')).toBe('core');
    expect(writer('apps', 'deployments')).toBe('apps');
    expect(writer('batch', 'jobs')).toBe('all');
    const none = resolveResource(
      configOf([{ resources: ['configmaps'], providers: [kms('c')] }]).config,
      SECRETS,
    );
    expect(none.match).toBeUndefined();
    expect(none.providers).toEqual([]);
  });

  test('a resource in several entries gets all their providers, earlier entries first', () => {
    const { config } = configOf([
      { resources: ['secrets'], providers: [{ identity: {} }] },
      { resources: ['secrets'], providers: [kms('later')] },
    ]);
    const resolution = resolveResource(config, SECRETS);
    expect(resolution.providers.map((ref) => [ref.entry.index, ref.provider.types[0]])).toEqual([
      [0, 'identity'],
      [1, 'kms'],
    ]);
    expect(resolution.match).toMatchObject({ by: 'exact', entry: { index: 0 } });
  });

  test('a resource after a wildcard covering it is masked; before it, it is fine', () => {
    const masked = configOf([
      { resources: ['*.*'], providers: [kms('all')] },
      { resources: ['secrets'], providers: [kms('s')] },
      { resources: ['*.apps'], providers: [kms('a')] },
    ]).config;
    expect(maskedResources(masked).map((m) => [m.resource.text, m.maskedBy.text])).toEqual([
      ['secrets', '*.*'],
      ['*.apps', '*.*'],
    ]);
    const ordered = configOf([
      { resources: ['secrets'], providers: [kms('s')] },
      { resources: ['*.'], providers: [kms('core')] },
    ]).config;
    expect(maskedResources(ordered)).toEqual([]);
  });
});
