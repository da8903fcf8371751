import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import {
  documentRanges,
  firstContentLine,
  locateInText,
  valuesReferenceBelow,
} from '../../src/render/text-provenance.js';
import { parseYamlFile } from '../../src/render/yaml-source.js';
import type { FieldPath } from '../../src/model/path.js';

const template = `{{- if .Values.enabled }}
apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ include "app.fullname" . }}
spec:
  template:
    spec:
      securityContext:
        {{- toYaml .Values.podSecurityContext | nindent 8 }}
      containers:
        - name: {{ .Chart.Name }}
          image: "{{ .Values.image.repository }}:{{ .Values.image.tag }}"
          securityContext:
            privileged: {{ .Values.privileged }}
        - name: sidecar
          securityContext:
            runAsUser: 0
{{- end }}
`;

describe('locateInText on a Helm template', () => {
  const lines = template.split('\n');
  const range = { start: 0, end: lines.length };

  it('finds a key set literally in the template', () => {
    expect(
      locateInText(lines, range, [
        'spec',
        'template',
        'spec',
        'containers',
        0,
        'securityContext',
        'privileged',
      ]),
    ).toEqual({
      line: 15,
      column: 13,
    });
  });

  it('counts sequence items, so the second container is not confused with the first', () => {
    expect(
      locateInText(lines, range, [
        'spec',
        'template',
        'spec',
        'containers',
        1,
        'securityContext',
        'runAsUser',
      ]),
    ).toEqual({
      line: 18,
      column: 13,
    });
  });

  it('does not take a container-level key for a pod-level one', () => {
    // spec.securityContext (pod level) is at line 9; the containers' ones are deeper
    expect(
      locateInText(lines, range, ['spec', 'template', 'spec', 'securityContext', 'runAsNonRoot']),
    ).toEqual({
      line: 9,
      column: 7,
    });
  });

  it('returns the deepest key present for a field set through toYaml', () => {
    expect(locateInText(lines, range, ['spec', 'template', 'spec', 'hostNetwork'])).toEqual({
      line: 8,
      column: 5,
    });
    expect(locateInText(lines, range, ['nothing'])).toBeUndefined();
  });

  it('splits documents and finds their first content line', () => {
    const multi = 'a: 1\n---\n# c\n{{ if x }}\nkind: X\n---\n'.split('\n');
    const ranges = documentRanges(multi);
    expect(ranges).toEqual([
      { start: 0, end: 1 },
      { start: 2, end: 5 },
    ]);
    expect(firstContentLine(multi, ranges[1]!)).toBe(5);
  });
});

function leafPaths(value: unknown, prefix: FieldPath = []): FieldPath[] {
  if (Array.isArray(value))
    return value.flatMap((item, i) => [[...prefix, i], ...leafPaths(item, [...prefix, i])]);
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => [
      [...prefix, key],
      ...leafPaths(item, [...prefix, key]),
    ]);
  }
  return [];
}

describe('locateInText agrees with the exact parser on block YAML (property)', () => {
  const key = fc.constantFrom('name', 'image', 'spec', 'a-b', 'ports', 'c');
  const scalar = fc.oneof(fc.integer(), fc.boolean(), fc.stringMatching(/^[a-z]{1,6}$/));
  const value = fc.letrec((tie) => ({
    node: fc.oneof({ depthSize: 'small' }, scalar, tie('map'), tie('list')),
    // block style needs non-empty collections: yaml writes empty ones as {} and []
    map: fc.dictionary(key, tie('node'), { minKeys: 1, maxKeys: 4 }),
    list: fc.array(tie('node'), { minLength: 1, maxLength: 3 }),
  })).map;

  it('for every key and item', () => {
    fc.assert(
      fc.property(value, fc.boolean(), (object, compactSequences) => {
        const text = stringify(object, { indentSeq: !compactSequences });
        const lines = text.split('\n');
        const exact = parseYamlFile(text).documents[0]!;
        for (const path of leafPaths(object)) {
          expect(
            locateInText(lines, { start: 0, end: lines.length }, path),
            `${JSON.stringify(path)}\n${text}`,
          ).toEqual(exact.locate(path));
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('valuesReferenceBelow', () => {
  const lines = template.split('\n');
  const range = { start: 0, end: lines.length };
  it('finds toYaml .Values.x right under a key', () => {
    expect(valuesReferenceBelow(lines, range, 9)).toEqual(['podSecurityContext']);
  });
  it('does not take an include further down the block for the key above it', () => {
    // line 8 is `spec:` (the pod spec); its first child is securityContext, not an include
    expect(valuesReferenceBelow(lines, range, 8)).toBeUndefined();
  });
});
