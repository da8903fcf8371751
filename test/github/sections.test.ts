import { afterEach, describe, expect, it } from 'vitest';
import { evaluate } from '../../src/github/evaluate.js';
import type { ClusterSummary } from '../../src/cluster/stage.js';
import { clusterSection, extraSections } from '../../src/github/sections.js';
import { tempTree } from '../helpers/temp-tree.js';

let remove: (() => void) | undefined;
afterEach(() => remove?.());

function evaluation() {
  const tree = tempTree({ 'deploy/ns.yaml': 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop\n' });
  remove = tree.remove;
  return evaluate({
    inputs: {
      paths: ['deploy'],
      mode: 'push',
      comment: 'none',
      cluster: 'none',
      clusterOptions: { keepCluster: false },
      scan: {},
    },
    mode: 'push',
    workspace: tree.root,
    env: {},
  });
}

describe('extraSections', () => {
  it('collects the sections contributors return, in order, and skips those with nothing to say', () => {
    const sections = extraSections(evaluation(), [
      (e) => ({ title: 'RBAC permission diff', markdown: `${e.report.summary.objects} object` }),
      () => undefined,
      () => ({ title: 'Connectivity', markdown: '```mermaid\ngraph LR\n```' }),
    ]);
    expect(sections).toEqual([
      { title: 'RBAC permission diff', markdown: '1 object' },
      { title: 'Connectivity', markdown: '```mermaid\ngraph LR\n```' },
    ]);
  });

  it('turns a contributor that throws into a section that says so, without stopping the others', () => {
    function connectivityDiff(): never {
      throw new Error('kubectl not found\nsecond line');
    }
    const sections = extraSections(evaluation(), [
      connectivityDiff,
      () => ({ title: 'after', markdown: 'still here' }),
    ]);
    expect(sections).toEqual([
      { title: 'connectivityDiff', markdown: '_Could not be computed: kubectl not found second line_' },
      { title: 'after', markdown: 'still here' },
    ]);
  });
});

describe('clusterSection', () => {
  const summary = (overrides: Partial<ClusterSummary> = {}): ClusterSummary => ({
    mode: 'kind',
    runId: 'abcd1234',
    dryRun: { objects: 5, accepted: 4, refused: 1, skipped: [], warnings: [] },
    podSecurity: { pods: 2, violations: 0, disagreements: [] },
    timings: {
      clusterStartMs: 41_200,
      readyMs: 9000,
      dryRunMs: 1200,
      podSecurityMs: 300,
      probesMs: 30_000,
      cleanupMs: 2000,
    },
    cleanupErrors: [],
    ...overrides,
  });
  const table = (observed: string) => ({
    port: 8080,
    protocol: 'TCP',
    columns: ['shop/web[Deployment]', 'shop/api[Deployment]'],
    rows: [
      { from: 'shop/web[Deployment]', expected: ' X', observed: ` ${observed}` },
      { from: 'shop/api[Deployment]', expected: '. ', observed: '. ' },
    ],
  });
  const connectivity = (observed: string) => ({
    pods: 2,
    probes: 2,
    mismatches: observed === 'X' ? 0 : 1,
    skipped: 2,
    tables: [table(observed)],
    results: [],
  });

  it('gives the counts and timings, and no tables when observed matches expected', () => {
    const section = clusterSection(summary({ connectivity: connectivity('X') }));
    expect(section.title).toBe('Cluster stage');
    expect(section.markdown).toContain(
      '- **Dry-run** (kind cluster): 5 objects, 4 accepted, 1 refused, 0 skipped.',
    );
    expect(section.markdown).toContain('- **Pod Security Admission**: 2 pods, 0 violations.');
    expect(section.markdown).toContain('- **Connectivity**: 2 probes from 2 pods, 0 mismatches.');
    expect(section.markdown).toContain('cluster start 41.2s');
    expect(section.markdown).not.toContain('```');
    expect(section.markdown).not.toContain('kubegate defect');
  });

  it('shows expected and observed truth tables when they differ, and admission disagreements as kubegate defects', () => {
    const section = clusterSection(
      summary({
        mode: 'kubeconfig',
        connectivity: connectivity('.'),
        podSecurity: {
          pods: 2,
          violations: 1,
          disagreements: [
            {
              resource: { apiVersion: 'apps/v1', kind: 'Deployment', namespace: 'shop', name: 'web' },
              file: 'deploy/web.yaml',
              line: 18,
              policy: 'restricted:v1.32',
              staticChecks: ['pss/runAsNonRoot'],
              admission: '',
            },
          ],
        },
        cleanupErrors: ['namespace kubegate-abcd1234-shop: 500'],
      }),
    );
    const md = section.markdown;
    expect(md).toContain('- **Dry-run** (existing cluster)');
    expect(md).toContain('- **Connectivity**: 2 probes from 2 pods, 1 mismatch.');
    expect(md).toContain(
      '**kubegate defect**: Pod Security Admission and the static `pss/` rules disagree on 1 pod.',
    );
    expect(md).toContain(
      '| deploy/web.yaml:18 | Deployment/web | restricted:v1.32 | pss/runAsNonRoot | admitted |',
    );
    expect(md).toContain('Cleanup failed: namespace kubegate-abcd1234-shop: 500');
    expect(md).toContain('(`.` allowed, `X` blocked, blank not probed; rows are sources)');
    const block = /```text\n([\s\S]*?)\n```/.exec(md)?.[1];
    expect(block).toBeDefined();
    expect(block).toContain('8080/TCP');
    expect(block).toMatch(/shop\/web\[Deployment\] {2} X {8} \. {2}<- differs/);
    expect(block).toContain('0: shop/web[Deployment]');
  });

  it('stays within what a review artifact section may hold', () => {
    const many = Array.from({ length: 400 }, (_, i) => `ns/pod-${i}[Deployment]`);
    const big = {
      port: 80,
      protocol: 'TCP',
      columns: many,
      rows: many.map((from) => ({ from, expected: 'X'.repeat(400), observed: '.'.repeat(400) })),
    };
    const section = clusterSection(
      summary({
        connectivity: {
          pods: 400,
          probes: 160_000,
          mismatches: 160_000,
          skipped: 0,
          tables: [big],
          results: [],
        },
      }),
    );
    expect(section.markdown.length).toBeLessThan(60_000);
    expect(section.markdown).toContain('every table is in the JSON report (cluster.connectivity.tables)');
  });
});
