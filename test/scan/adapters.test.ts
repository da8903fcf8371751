import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { grypeAdapter, parseGrypeReport } from '../../src/scan/grype.js';
import { parseTrivyReport, trivyAdapter } from '../../src/scan/trivy.js';
import { ScannerOutputError } from '../../src/scan/vulnerability.js';
import { FIXTURES } from './support.js';

const read = (file: string) => fs.readFileSync(path.join(FIXTURES, file), 'utf8');

describe('trivy adapter', () => {
  it('reads every vulnerability of every result, with fixed versions, CVSS of the severity source and the digest', () => {
    const output = parseTrivyReport(read('trivy/nginx.json'));
    expect(output.vulnerabilities.map((v) => `${v.id} ${v.packageName} ${v.severity}`)).toEqual([
      'CVE-2023-4911 libc6 HIGH',
      'CVE-2023-4911 libc-bin HIGH',
      'CVE-2024-2961 libc6 CRITICAL',
      'CVE-2023-52425 libexpat1 HIGH',
      'CVE-2024-0727 libssl3 MEDIUM',
      'CVE-2011-3374 apt LOW',
    ]);
    const iconv = output.vulnerabilities.find((v) => v.id === 'CVE-2024-2961')!;
    // SeveritySource is debian, which gives no score: NVD's comes next
    expect(iconv.cvss).toEqual({
      score: 8.1,
      source: 'nvd',
      vector: 'CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:H/I:H/A:H',
    });
    expect(iconv.fixedVersions).toEqual(['2.36-9+deb12u7']);
    expect(output.vulnerabilities.find((v) => v.id === 'CVE-2023-52425')!.fixedVersions).toEqual([]);
    // V3 is preferred over V2 when both are there
    expect(output.vulnerabilities.find((v) => v.id === 'CVE-2011-3374')!.cvss?.score).toBe(3.7);
    expect(output.digest).toBe('sha256:4c0fdaa8b6341bfdeca5f18f7837462c80cff90527ee35ef185571e1c327beac');
    expect(output.os).toBe('debian 12.4');
  });

  it('reads a report without Results as no vulnerabilities', () => {
    expect(parseTrivyReport(read('trivy/no-results.json')).vulnerabilities).toEqual([]);
  });

  it('survives null Vulnerabilities, unknown or missing severities, non-numeric scores and broken entries', () => {
    const output = parseTrivyReport(read('trivy/odd-shapes.json'));
    expect(output.vulnerabilities.map((v) => [v.id, v.severity, v.cvss?.score])).toEqual([
      ['GHSA-952p-6rrq-rcjv', 'UNKNOWN', undefined],
      ['CVE-2024-4068', 'UNKNOWN', 7.5],
    ]);
  });

  it('refuses output that is not a trivy report instead of reading it as clean', () => {
    expect(() => parseTrivyReport('')).toThrow(ScannerOutputError);
    expect(() => parseTrivyReport('FATAL error')).toThrow(/not JSON/);
    expect(() => parseTrivyReport('[1, 2]')).toThrow(/not a report object/);
    expect(() => parseTrivyReport('{"Results": {"a": 1}}')).toThrow(/Results is not a list/);
  });

  it('reads the database version from trivy version --format json, and none from a version without a database', () => {
    expect(trivyAdapter.parseDatabaseVersion(read('trivy/trivy-version.json'))).toBe(
      'trivy-db/2/2025-03-04T00:15:32.617Z',
    );
    expect(trivyAdapter.parseDatabaseVersion('{"Version":"0.59.1"}')).toBeUndefined();
    expect(trivyAdapter.parseDatabaseVersion('Version: 0.59.1')).toBeUndefined();
  });

  it('scans with an argument array that ends with the reference and never updates the database per image', () => {
    const args = trivyAdapter.scanArgs('docker.io/library/nginx@sha256:abc', 120);
    expect(args.at(-1)).toBe('docker.io/library/nginx@sha256:abc');
    expect(args).toContain('--skip-db-update');
    expect(args.join(' ')).toContain('--format json');
  });
});

describe('grype adapter', () => {
  it('maps severities, takes the CVSS of the related NVD record when the distribution record has none, and reads fix state', () => {
    const output = parseGrypeReport(read('grype/nginx.json'));
    const byId = new Map(output.vulnerabilities.map((v) => [v.id, v]));
    expect(byId.get('CVE-2024-2961')).toMatchObject({
      severity: 'CRITICAL',
      packageName: 'libc6',
      installedVersion: '2.36-9+deb12u3',
      packageType: 'deb',
      fixedVersions: ['2.36-9+deb12u7'],
      cvss: { score: 8.1, source: 'nvd@nist.gov' },
    });
    // cvss: null on the record itself, score from the related one
    expect(byId.get('CVE-2023-52425')).toMatchObject({
      severity: 'HIGH',
      fixedVersions: [],
      cvss: { score: 7.5 },
    });
    expect(byId.get('CVE-2024-0727')?.cvss?.score).toBe(5.5);
    expect(byId.get('CVE-2005-2541')?.severity).toBe('NEGLIGIBLE');
    // an unknown severity is UNKNOWN; versions under a state other than fixed are not fixes
    expect(byId.get('GHSA-xxxx-unknown')).toMatchObject({ severity: 'UNKNOWN', fixedVersions: [] });
    expect(output.digest).toBe('sha256:4c0fdaa8b6341bfdeca5f18f7837462c80cff90527ee35ef185571e1c327beac');
    expect(output.os).toBe('debian 12');
  });

  it('reads matches: null as no vulnerabilities and refuses what is not a report', () => {
    expect(parseGrypeReport(read('grype/no-matches.json')).vulnerabilities).toEqual([]);
    expect(() => parseGrypeReport('{"matches": 3}')).toThrow(/matches is not a list/);
    expect(() => parseGrypeReport('null')).toThrow(ScannerOutputError);
  });

  it('reads the database version from db status, JSON or the older text form', () => {
    expect(grypeAdapter.parseDatabaseVersion(read('grype/grype-db-status.json'))).toBe(
      'grype-db/v6.0.2/2025-03-04T01:31:28Z',
    );
    expect(
      grypeAdapter.parseDatabaseVersion(
        'Location:  /root/.cache/grype/db/5\nBuilt:     2024-01-02 01:30:17 +0000 UTC\nSchema:    5\nChecksum:  sha256:x\nStatus:    valid\n',
      ),
    ).toBe('grype-db/5/2024-01-02 01:30:17 +0000 UTC');
    expect(grypeAdapter.parseDatabaseVersion('{}')).toBeUndefined();
  });

  it('reads images from the registry, without the Docker daemon, and keeps the database as updated once', () => {
    expect(grypeAdapter.scanArgs('ghcr.io/a/b:1', 60)[0]).toBe('registry:ghcr.io/a/b:1');
    expect(grypeAdapter.scanEnv.GRYPE_DB_AUTO_UPDATE).toBe('false');
  });
});
