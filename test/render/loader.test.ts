import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadSources } from '../../src/render/loader.js';
import { tempTree } from '../helpers/temp-tree.js';

const pod = (name: string) => `apiVersion: v1
kind: Pod
metadata:
  name: ${name}
spec:
  containers:
    - name: app
      image: nginx:1.27
`;

describe('loadSources', () => {
  const tree = tempTree({
    'apps/web.yaml': `${pod('one')}---\n${pod('two')}`,
    'apps/list.yml': `apiVersion: v1
kind: List
items:
  - apiVersion: v1
    kind: ConfigMap
    metadata: {name: listed}
  - just: a value
`,
    'apps/deploy.json': JSON.stringify(
      { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'json' } },
      null,
      2,
    ),
    'apps/values-like.yaml': 'replicas: 3\nimage: nginx\n',
    'apps/empty.yaml': '---\n# only a comment\n---\n',
    'apps/notes.txt': 'kind: Pod\n',
    'chart/Chart.yaml': 'apiVersion: v2\nname: chart\nversion: 1.0.0\n',
    'chart/templates/pod.yaml': '{{ .Values.broken }',
    'bad/malformed.yaml': `${pod('ok-before')}---\nkind: Pod\nmetadata:\n  name: [unclosed\n`,
    'bad/duplicate.yaml': 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\n  name: b\n',
    'bad/binary.yaml': Buffer.from([0x6b, 0x69, 0x6e, 0x64, 0x0a, 0x00, 0x01, 0x02]),
    'bad/latin1.yaml': Buffer.concat([
      Buffer.from('kind: Pod\nmetadata:\n  name: caf'),
      Buffer.from([0xe9, 0x0a]),
    ]),
    'bad/huge.yaml': `${pod('huge')}# ${'x'.repeat(4096)}\n`,
    'bad/bomb.yaml': [
      'a: &a ["x","x","x","x","x","x","x","x","x","x"]',
      ...'bcdefghi'
        .split('')
        .map((name, i) => `${name}: &${name} [${Array(10).fill(`*${'abcdefghi'[i]}`).join(',')}]`),
    ].join('\n'),
    'node_modules/dep/pod.yaml': pod('dependency'),
  });
  afterAll(() => tree.remove());
  const result = loadSources(['.'], { cwd: tree.root, maxFileBytes: 4096 });
  const byName = (name: string) =>
    result.objects.find((object) => (object.value.metadata as { name?: string } | undefined)?.name === name);

  it('reads every document of multi-document files, with file and first line', () => {
    expect(byName('one')).toMatchObject({ file: 'apps/web.yaml', line: 1, documentIndex: 0 });
    expect(byName('two')).toMatchObject({ file: 'apps/web.yaml', line: 10, documentIndex: 1 });
  });

  it('flattens kind: List, keeping positions of each item', () => {
    const listed = byName('listed')!;
    expect(listed.file).toBe('apps/list.yml');
    expect(listed.line).toBe(4);
    expect(listed.locate(['metadata', 'name'])).toEqual({ line: 6, column: 16 });
  });

  it('reads JSON files', () => {
    expect(byName('json')?.file).toBe('apps/deploy.json');
    expect(byName('json')?.locate(['metadata', 'name'])).toEqual({ line: 5, column: 5 });
  });

  it('skips and counts YAML that is not a Kubernetes object; ignores empty documents and other extensions', () => {
    // values-like.yaml, and the list item without apiVersion/kind
    expect(result.skippedDocuments).toBe(2);
    expect(result.objects.map((object) => object.file)).not.toContain('apps/notes.txt');
  });

  it('does not read Helm chart folders or node_modules as plain YAML', () => {
    expect(result.skippedCharts).toEqual(['chart']);
    expect(result.objects.some((object) => object.file.startsWith('chart/'))).toBe(false);
    expect(byName('dependency')).toBeUndefined();
    expect(result.errors.some((error) => error.file.startsWith('chart/'))).toBe(false);
  });

  const errorFor = (file: string) => result.errors.find((error) => error.file === file);

  it('reports malformed YAML with file and line, and keeps reading other files', () => {
    expect(errorFor('bad/malformed.yaml')).toMatchObject({ line: expect.any(Number) });
    expect(errorFor('bad/malformed.yaml')!.line).toBeGreaterThanOrEqual(12);
    expect(byName('one')).toBeDefined();
  });

  it('reports duplicate keys at the duplicate', () => {
    expect(errorFor('bad/duplicate.yaml')).toMatchObject({
      line: 5,
      message: expect.stringMatching(/duplicate/),
    });
  });

  it('refuses binary files, naming the line of the NUL byte', () => {
    expect(errorFor('bad/binary.yaml')).toMatchObject({ line: 2, message: expect.stringMatching(/binary/) });
  });

  it('refuses text that is not UTF-8, naming the line', () => {
    expect(errorFor('bad/latin1.yaml')).toMatchObject({ line: 3, message: expect.stringMatching(/UTF-8/) });
  });

  it('refuses files over the size limit before reading them', () => {
    expect(errorFor('bad/huge.yaml')).toMatchObject({
      line: 1,
      message: expect.stringMatching(/over the limit of 4096/),
    });
  });

  it('refuses alias bombs', () => {
    expect(errorFor('bad/bomb.yaml')).toMatchObject({ message: expect.stringMatching(/alias bomb/) });
  });

  it('reports a path that does not exist', () => {
    const missing = loadSources(['nope', 'apps/web.yaml'], { cwd: tree.root });
    expect(missing.errors).toEqual([{ file: 'nope', line: 1, message: 'no such file or folder' }]);
    expect(missing.objects).toHaveLength(2);
  });

  it('does not follow symbolic links to folders (no loops)', () => {
    fs.symlinkSync(tree.root, path.join(tree.root, 'apps', 'loop'));
    const again = loadSources(['apps'], { cwd: tree.root });
    expect(again.objects.filter((object) => object.file.includes('loop'))).toEqual([]);
  });
});
