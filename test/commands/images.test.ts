import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';
import { tempTree } from '../helpers/temp-tree.js';
import { ensureTestTools } from '../helpers/tools.js';

const repo = path.resolve(import.meta.dirname, '../..');

interface ImagesJson {
  images: Array<{
    image: string;
    repository: string;
    tag?: string;
    digest?: string;
    uses: Array<{
      file: string;
      line: number;
      resource: { kind: string; name: string };
      site: string;
      written: string;
    }>;
  }>;
  invalid: Array<{ written: unknown; reason: string; use: { file: string; line: number } }>;
  errors: unknown[];
}

/** The line of a file (1-based) */
function lineOf(file: string, line: number): string {
  return fs.readFileSync(path.join(repo, file), 'utf8').split('\n')[line - 1]!;
}

describe('kubegate images', () => {
  it('lists the images of examples/ (plain, Kustomize and Helm) at the lines that name them', () => {
    const tools = ensureTestTools();
    const run = cli(repo, ['images', 'examples', '--format', 'json'], {
      env: { KUBEGATE_HELM: tools.helm, KUBEGATE_KUBECTL: tools.kubectl },
    });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const listed = JSON.parse(run.stdout) as ImagesJson;
    expect(listed.errors).toEqual([]);
    const names = listed.images.map((image) => image.image);
    expect(names).toContain('docker.io/library/nginx:latest');
    expect(names).toContain('docker.io/prom/statsd-exporter');
    expect(names).toContain('registry.example.com/shop/node-agent:0.9.2');
    // every plain-YAML use points at the line that holds the reference as written
    for (const image of listed.images) {
      for (const use of image.uses) {
        const text = lineOf(use.file, use.line);
        if (use.file.includes('/helm/')) continue;
        expect(text, `${use.file}:${use.line}`).toContain(use.written);
      }
    }
    const nodeAgent = listed.images.find(
      (image) => image.image === 'registry.example.com/shop/node-agent:0.9.2',
    )!;
    expect(nodeAgent.uses.map((use) => `${use.file}:${use.line} ${use.resource.kind}`)).toEqual([
      'examples/insecure/plain/node-agent.yaml:25 DaemonSet',
      'examples/insecure/plain/node-agent.yaml:46 Pod',
    ]);
    // Helm charts: the location is the values file a person edits
    const helmUses = listed.images
      .flatMap((image) => image.uses)
      .filter((use) => use.file.includes('/helm/'));
    expect(helmUses.length).toBeGreaterThanOrEqual(2);
    for (const use of helmUses)
      expect(use.file).toMatch(
        /examples\/(insecure|hardened)\/helm\/storefront\/(values\.yaml|templates\/deployment\.yaml)$/,
      );
    // the reference the runtime would refuse is listed as invalid, with its line, not dropped
    expect(listed.invalid).toEqual([
      expect.objectContaining({
        written: 'registry.example.com/shop/Payments-migrate:2.1.0',
        reason: 'repository name must be lowercase',
        use: expect.objectContaining({ file: 'examples/insecure/plain/workload.yaml', line: 50 }),
      }),
    ]);
  });

  it('normalises references, so one image written two ways is listed once with both uses', () => {
    const tree = tempTree({
      'a.yaml': `apiVersion: v1
kind: Pod
metadata:
  name: a
spec:
  initContainers:
    - name: init
      image: nginx:1.25
  containers:
    - name: app
      image: docker.io/library/nginx:1.25
  ephemeralContainers:
    - name: debug
      image: index.docker.io/library/busybox
`,
      'b.yaml': `apiVersion: batch/v1
kind: CronJob
metadata:
  name: b
  namespace: jobs
spec:
  schedule: "@daily"
  jobTemplate:
    spec:
      template:
        spec:
          containers:
            - name: job
              image: ghcr.io/acme/tool:2@sha256:${'b'.repeat(64)}
`,
    });
    try {
      const run = cli(tree.root, ['images']);
      expect(run.code).toBe(0);
      expect(run.stdout).toBe(
        [
          'docker.io/library/busybox',
          '  a.yaml:14  Pod/a  ephemeral container "debug"',
          'docker.io/library/nginx:1.25',
          '  a.yaml:8  Pod/a  init container "init"',
          '  a.yaml:11  Pod/a  container "app"',
          `ghcr.io/acme/tool:2@sha256:${'b'.repeat(64)}`,
          '  b.yaml:14  CronJob/jobs/b  container "job"',
          '',
          '3 images, 4 uses',
          '',
        ].join('\n'),
      );
      const json = JSON.parse(cli(tree.root, ['images', '--format', 'json']).stdout) as ImagesJson;
      expect(json.images[2]).toMatchObject({
        repository: 'ghcr.io/acme/tool',
        tag: '2',
        digest: `sha256:${'b'.repeat(64)}`,
      });
    } finally {
      tree.remove();
    }
  });

  it('exits 2 naming the file and line when a source cannot be read, and on bad usage', () => {
    const tree = tempTree({ 'bad.yaml': 'apiVersion: v1\nkind: Pod\nmetadata: {name: x\n' });
    try {
      const run = cli(tree.root, ['images']);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/^kubegate: bad\.yaml:\d+: /m);
      expect(cli(tree.root, ['images', '--format', 'sarif']).code).toBe(2);
      expect(cli(tree.root, ['images', 'missing-folder']).stderr).toContain('missing-folder');
    } finally {
      tree.remove();
    }
  });
});
