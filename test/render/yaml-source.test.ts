import fc from 'fast-check';
import jsyaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, stringify, type Node } from 'yaml';
import { parseYamlFile, YamlSourceError } from '../../src/render/yaml-source.js';
import type { FieldPath } from '../../src/model/path.js';

const manifest = `# a comment before the object
apiVersion: v1
kind: Pod
metadata: {name: web, labels: {app: web}}
spec:
  containers:
  - name: app          # trailing comment
    image: "nginx:1.27"
    securityContext:
      runAsNonRoot: true
  - {name: side, ports: [{containerPort: 80}]}
---

# second document
kind: ConfigMap
`;

describe('parseYamlFile positions', () => {
  const file = parseYamlFile(manifest);
  const [pod, configMap] = file.documents;

  it('gives each document the line of its first node, past comments and blank lines', () => {
    expect(pod!.line).toBe(2);
    expect(configMap!.line).toBe(15);
  });

  it('points at the key of block and flow mapping entries', () => {
    expect(pod!.locate(['metadata', 'name'])).toEqual({ line: 4, column: 12 });
    expect(pod!.locate(['metadata', 'labels', 'app'])).toEqual({ line: 4, column: 32 });
    expect(pod!.locate(['spec', 'containers', 0, 'securityContext', 'runAsNonRoot'])).toEqual({
      line: 10,
      column: 7,
    });
    expect(pod!.locate(['spec', 'containers', 1, 'ports', 0, 'containerPort'])).toEqual({
      line: 11,
      column: 27,
    });
  });

  it('points at sequence items', () => {
    expect(pod!.locate(['spec', 'containers', 0])).toEqual({ line: 7, column: 5 });
    expect(pod!.locate(['spec', 'containers', 1])).toEqual({ line: 11, column: 5 });
  });

  it('falls back to the deepest ancestor present when the path is missing', () => {
    expect(pod!.locate(['spec', 'containers', 0, 'securityContext', 'allowPrivilegeEscalation'])).toEqual({
      line: 9,
      column: 5,
    });
    expect(pod!.locate(['spec', 'containers', 7, 'name'])).toEqual({ line: 6, column: 3 });
    expect(pod!.locate(['spec', 'containers', 'x'])).toEqual({ line: 6, column: 3 });
  });

  it('keeps positions right after a byte order mark', () => {
    const withBom = parseYamlFile(`\uFEFFkind: Pod\nspec:\n  hostPID: true\n`);
    expect(withBom.documents[0]!.locate(['spec', 'hostPID'])).toEqual({ line: 3, column: 3 });
  });

  it('reports keys merged in with << at the merge', () => {
    const merged = parseYamlFile(`base: &b\n  x: 1\nspec:\n  <<: *b\n  y: 2\n`);
    expect(merged.documents[0]!.locate(['spec', 'x'])).toEqual({ line: 4, column: 7 });
    expect(merged.documents[0]!.locate(['spec', 'y'])).toEqual({ line: 5, column: 3 });
  });

  it('handles flow mappings with implicit null values (exact fallback parser)', () => {
    const flow = parseYamlFile(`spec: {a, b: 1}\n`);
    expect(flow.documents[0]!.value).toEqual({ spec: { a: null, b: 1 } });
    expect(flow.documents[0]!.locate(['spec', 'b'])).toEqual({ line: 1, column: 11 });
  });
});

describe('parseYamlFile refuses bad YAML with a line', () => {
  const errorOf = (text: string): YamlSourceError => {
    try {
      parseYamlFile(text);
    } catch (error) {
      if (error instanceof YamlSourceError) return error;
      throw error;
    }
    throw new Error('expected a YamlSourceError');
  };

  it('malformed YAML', () => {
    const error = errorOf('kind: Pod\nmetadata:\n  name: [unclosed\n');
    expect(error.line).toBeGreaterThanOrEqual(3);
  });

  it('duplicate keys', () => {
    const error = errorOf('kind: Pod\nmetadata:\n  name: a\n  name: b\n');
    expect(error.message).toMatch(/duplicate/);
    expect(error.line).toBe(4);
  });

  it('alias bombs (billion laughs)', () => {
    const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 9; i++) {
      const prev = String.fromCharCode(96 + i);
      const name = String.fromCharCode(97 + i);
      levels.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`);
    }
    const error = errorOf(`${levels.join('\n')}\n`);
    expect(error.message).toMatch(/alias bomb/);
  });

  it('nesting deeper than the limit', () => {
    const error = errorOf(`${'['.repeat(500)}${']'.repeat(500)}\n`);
    expect(error.message).toMatch(/depth|nesting/i);
  });
});

/** The reference: where the yaml package (slow, exact) puts the key or item of a path. */
function referencePosition(text: string, path: FieldPath): { line: number; column: number } {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter });
  let node: unknown = document.contents;
  let offset = (document.contents as Node).range![0];
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find(
        (item) => isPair(item) && isScalar(item.key) && String(item.key.value) === segment,
      )!;
      offset = (pair.key as Node).range![0];
      node = pair.value;
    } else if (isSeq(node)) {
      const item = node.items[segment as number] as Node;
      offset = item.range![0];
      node = item;
    }
  }
  const { line, col } = lineCounter.linePos(offset);
  return { line, column: col };
}

function leafPaths(value: unknown, prefix: FieldPath = []): FieldPath[] {
  if (Array.isArray(value))
    return value.flatMap((item, index) => [[...prefix, index], ...leafPaths(item, [...prefix, index])]);
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => [
      [...prefix, key],
      ...leafPaths(item, [...prefix, key]),
    ]);
  }
  return [];
}

const key = fc.constantFrom('name', 'image', 'spec', 'a-b', 'x.y/z', 'with space', 'ports', 'c', '80');
const valueWith = (text: fc.Arbitrary<string>) => {
  const scalar = fc.oneof(fc.integer(), fc.boolean(), fc.constant(null), text);
  return fc.letrec((tie) => ({
    node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, scalar, tie('map'), tie('list')),
    map: fc.dictionary(key, tie('node'), { maxKeys: 4 }),
    list: fc.array(tie('node'), { maxLength: 3 }),
  })).map;
};

function expectSamePositions(text: string, object: unknown): void {
  const document = parseYamlFile(text).documents[0]!;
  for (const path of leafPaths(object)) {
    expect(document.locate(path), `${JSON.stringify(path)} in\n${text}`).toEqual(
      referencePosition(text, path),
    );
  }
}

describe('parseYamlFile positions agree with the yaml package (property)', () => {
  it('for every key and item, block and flow, any string', () => {
    fc.assert(
      fc.property(
        valueWith(fc.string({ maxLength: 12 })),
        fc.boolean(),
        fc.boolean(),
        (object, flow, comments) => {
          const text = stringify(object, flow ? { collectionStyle: 'flow' } : {});
          expectSamePositions(comments ? `# leading comment\n\n${text}` : text, object);
        },
      ),
      { numRuns: 300 },
    );
  });

  // js-yaml's own dumper mixes block and flow at a given depth; it writes some
  // punctuation-heavy strings as invalid flow YAML, so plain words only here
  it('for every key and item, flow collections nested in block ones', () => {
    fc.assert(
      fc.property(
        valueWith(fc.stringMatching(/^[a-z0-9 ]{0,10}$/)),
        fc.constantFrom(1, 2, 3),
        (object, flowLevel) => {
          expectSamePositions(jsyaml.dump(object, { flowLevel }), object);
        },
      ),
      { numRuns: 300 },
    );
  });
});
