import { describe, expect, it } from 'vitest';
import { REDACTED, Redactor, secretValues } from '../../src/github/redact.js';

const PEM =
  '-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo\n-----END RSA PRIVATE KEY-----';

describe('secretValues', () => {
  it('takes every value of a Secret: data as written and decoded, and stringData', () => {
    const values = secretValues([
      {
        apiVersion: 'v1',
        kind: 'Secret',
        data: {
          password: Buffer.from('hunter2-db').toString('base64'),
          blob: Buffer.from([0xff, 0xfe]).toString('base64'),
        },
        stringData: { token: 'tok_live_42' },
      },
    ]);
    expect(values).toEqual(
      expect.arrayContaining([
        Buffer.from('hunter2-db').toString('base64'),
        'hunter2-db',
        'tok_live_42',
        '//4=',
      ]),
    );
    // binary data cannot show up in text as such: only its base64 form is kept
    expect(values).not.toContain('\ufffd\ufffd');
  });

  it('takes literal values of credential-like env vars and keys, not references to Secrets', () => {
    const values = secretValues([
      {
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        spec: {
          template: {
            spec: {
              containers: [
                {
                  env: [
                    { name: 'DB_PASSWORD', value: 'pw-in-env' },
                    { name: 'LOG_LEVEL', value: 'debug-verbose' },
                    { name: 'API_TOKEN', valueFrom: { secretKeyRef: { name: 'api', key: 'token' } } },
                  ],
                },
              ],
              volumes: [{ name: 'creds', secret: { secretName: 'db-credentials-ref' } }],
            },
          },
        },
      },
      // a Helm values file: any YAML, keys named like credentials
      { database: { host: 'db.internal', password: 'pw-in-values', clientSecret: 'cs-in-values' } },
    ]);
    expect(values).toEqual(expect.arrayContaining(['pw-in-env', 'pw-in-values', 'cs-in-values']));
    expect(values).not.toContain('debug-verbose');
    expect(values).not.toContain('db-credentials-ref');
    expect(values).not.toContain('db.internal');
  });

  it('uses the env var names the caller calls credentials', () => {
    const env = [{ name: 'WEBHOOK_URL', value: 'https://hooks.example/abc' }];
    expect(secretValues([{ env }])).toEqual([]);
    expect(secretValues([{ env }], (name) => name.endsWith('_URL'))).toEqual(['https://hooks.example/abc']);
  });

  it('takes PEM private keys wherever they are', () => {
    expect(secretValues([{ data: { 'tls.key': PEM } }, ['x', { nested: [PEM] }]])).toEqual([PEM, PEM]);
  });
});

describe('Redactor', () => {
  it('removes every occurrence, longest value first', () => {
    const redactor = new Redactor(['hunter2', 'hunter2-db']);
    expect(redactor.redact('password hunter2-db, then hunter2 again')).toBe(
      `password ${REDACTED}, then ${REDACTED} again`,
    );
  });

  it('removes each line of a multi-line value too, and treats regex characters literally', () => {
    const redactor = new Redactor([PEM, 'a.b*c(d)']);
    expect(redactor.redact('key line MIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo copied')).toBe(
      `key line ${REDACTED} copied`,
    );
    expect(redactor.redact('axbxc(d) a.b*c(d)')).toBe(`axbxc(d) ${REDACTED}`);
  });

  it('matches a short value only as a whole word, so identifiers around it stay intact', () => {
    const redactor = new Redactor(['1234', 'long-secret-value-01']);
    const fingerprint = '9f81234ab2c0d1e2f3a4b5c6d7e8f901';
    expect(redactor.redact(`pin 1234, fingerprint ${fingerprint}`)).toBe(
      `pin ${REDACTED}, fingerprint ${fingerprint}`,
    );
    expect(redactor.redact('url https://u:1234@db')).toBe(`url https://u:${REDACTED}@db`);
    // a long value is removed wherever it is
    expect(redactor.redact('xlong-secret-value-01y')).toBe(`x${REDACTED}y`);
    expect(redactor.reveals(fingerprint)).toBe(false);
  });

  it('ignores values too short or too common to be secrets', () => {
    const redactor = new Redactor(['abc', 'true', 'No', ' ']);
    expect(redactor.size).toBe(0);
    expect(redactor.redact('abc is true')).toBe('abc is true');
  });

  it('says whether a text reveals a value, repeatedly', () => {
    const redactor = new Redactor(['s3cr3t-value']);
    expect(redactor.reveals('x s3cr3t-value y')).toBe(true);
    expect(redactor.reveals('x s3cr3t-value y')).toBe(true);
    expect(redactor.reveals('nothing here')).toBe(false);
    expect(new Redactor([]).reveals('anything')).toBe(false);
  });

  it('cleans every string of a JSON value, keys included', () => {
    const redactor = new Redactor(['s3cr3t-value']);
    expect(redactor.redactDeep({ list: ['a s3cr3t-value', 3, null], 's3cr3t-value': { ok: true } })).toEqual({
      list: [`a ${REDACTED}`, 3, null],
      [REDACTED]: { ok: true },
    });
  });
});
