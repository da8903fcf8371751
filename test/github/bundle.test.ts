import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  BUNDLE_FILE,
  BundleError,
  bundleOf,
  MAX_BUNDLE_BYTES,
  readBundle,
  validateBundle,
  writeBundle,
  type ReviewBundle,
} from '../../src/github/bundle.js';
import { buildReport } from '../../src/report/report.js';
import type { Finding } from '../../src/rules/types.js';
import { tempTree } from '../helpers/temp-tree.js';

const FINDING: Finding = {
  ruleId: 'pss/privileged',
  tier: 'medium',
  title: 'Containers must not run privileged',
  message: 'container "app" must not set securityContext.privileged=true',
  resource: { apiVersion: 'v1', kind: 'Pod', namespace: 'shop', name: 'web' },
  location: { file: 'deploy/web.yaml', line: 12, column: 9 },
  path: 'spec.containers[0].securityContext.privileged',
  fingerprint: '0123456789abcdef0123456789abcdef',
  status: 'new',
  fix: {
    description: 'set privileged to false',
    set: [{ path: ['spec', 'containers', 0, 'securityContext', 'privileged'], value: false }],
  },
  exemption: { source: 'config', reason: 'debugger', expires: '2030-01-01', state: 'expired' },
};

function bundle(): ReviewBundle {
  return bundleOf({
    repository: 'acme/shop',
    pullRequest: 7,
    headSha: 'a'.repeat(40),
    baseSha: 'b'.repeat(40),
    report: buildReport({
      findings: [FINDING],
      errors: [{ file: 'deploy/bad.yaml', line: 3, message: 'bad' }],
      failOn: 'medium',
      newOnly: true,
      objects: 1,
      files: 2,
      skippedDocuments: 0,
      skippedCharts: [],
    }),
    candidates: [
      {
        path: 'deploy/web.yaml',
        line: 12,
        fingerprints: [FINDING.fingerprint],
        lineDigest: '0123456789abcdef',
        suggestion: {
          startLine: 12,
          endLine: 12,
          originalDigests: ['0123456789abcdef'],
          lines: ['  privileged: false'],
        },
      },
    ],
    sections: [{ title: 'RBAC', markdown: '```mermaid\ngraph LR\n```' }],
  });
}

let cleanup: Array<() => void> = [];
afterEach(() => {
  for (const remove of cleanup) remove();
  cleanup = [];
});
function folder() {
  const tree = tempTree({});
  cleanup.push(tree.remove);
  return tree.root;
}

describe('the review artifact', () => {
  it('reads back what was written, from the file or from the folder an artifact download makes', () => {
    const root = folder();
    writeBundle(path.join(root, 'artifact', BUNDLE_FILE), bundle());
    expect(readBundle(path.join(root, 'artifact', BUNDLE_FILE))).toEqual(bundle());
    expect(readBundle(path.join(root, 'artifact'))).toEqual(bundle());
  });

  it('carries only the fields this version reads', () => {
    const withExtra = { ...FINDING, extra: 'from a newer report' } as Finding;
    const made = bundleOf({ ...bundle(), report: { ...bundle().report, findings: [withExtra] } });
    expect(made.report.findings[0]).not.toHaveProperty('extra');
    expect(() => validateBundle(JSON.parse(JSON.stringify(made)), 'artifact')).not.toThrow();
  });

  it('refuses what is not a well-formed artifact, naming where', () => {
    /** the artifact with the value at a path replaced */
    const refuse = (at: Array<string | number>, value: unknown) => {
      const artifact = JSON.parse(JSON.stringify(bundle())) as unknown;
      let node = artifact as Record<string | number, unknown>;
      for (const segment of at.slice(0, -1)) node = node[segment] as Record<string | number, unknown>;
      node[at[at.length - 1]!] = value;
      return () => validateBundle(artifact, 'artifact.json');
    };
    const candidate = bundle().candidates[0]!;
    expect(refuse(['kind'], 'something-else')).toThrow(
      /artifact\.json is not a kubegate review artifact: \/kind/,
    );
    expect(refuse(['extra'], 1)).toThrow(/must NOT have additional properties/);
    expect(refuse(['headSha'], 'main')).toThrow(/\/headSha/);
    expect(refuse(['pullRequest'], -1)).toThrow(/\/pullRequest/);
    expect(refuse(['repository'], 'acme/shop/../x')).toThrow(/\/repository/);
    expect(refuse(['report', 'findings', 0, 'message'], 'x'.repeat(2001))).toThrow(
      /\/report\/findings\/0\/message/,
    );
    expect(refuse(['report', 'findings', 0, 'ruleId'], 'not a rule')).toThrow(/ruleId/);
    expect(refuse(['report', 'findings', 0, 'fingerprint'], '<!-- x -->')).toThrow(/fingerprint/);
    expect(refuse(['candidates', 0, 'suggestion', 'lines'], Array(41).fill('x'))).toThrow(/lines/);
    expect(refuse(['candidates'], Array(2001).fill(candidate))).toThrow(/\/candidates/);
    expect(refuse(['sections', 0, 'markdown'], 'x'.repeat(60_001))).toThrow(/\/sections\/0\/markdown/);
  });

  it('refuses files that are not JSON, too large, missing or not regular files', () => {
    const root = folder();
    fs.writeFileSync(path.join(root, 'bad.json'), '{"kind": ');
    expect(() => readBundle(path.join(root, 'bad.json'))).toThrow(/is not JSON/);
    const huge = path.join(root, 'huge.json');
    fs.writeFileSync(huge, '');
    fs.truncateSync(huge, MAX_BUNDLE_BYTES + 1);
    expect(() => readBundle(huge)).toThrow(/over the limit/);
    expect(() => readBundle(path.join(root, 'missing'))).toThrow(BundleError);
    writeBundle(path.join(root, 'real.json'), bundle());
    fs.symlinkSync(path.join(root, 'real.json'), path.join(root, 'link.json'));
    expect(() => readBundle(path.join(root, 'link.json'))).toThrow(/not a regular file/);
  });
});
