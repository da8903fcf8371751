import { describe, expect, it } from 'vitest';
import type { FieldPath } from '../../src/model/path.js';
import { parseManifests } from '../../src/render/loader.js';
import {
  suggestFix,
  suggestionMarkdown,
  type Suggestion,
  type SuggestionLimits,
} from '../../src/report/suggestion.js';

const C = ['spec', 'containers', 0] as const;

function objectIn(text: string, index = 0) {
  const parsed = parseManifests('pod.yaml', text);
  if ('error' in parsed) throw new Error(parsed.error.message);
  return parsed.objects[index]!;
}

function suggest(
  text: string,
  set: Array<{ path: FieldPath; value: unknown }>,
  options: { anchor?: FieldPath; index?: number; limits?: SuggestionLimits } = {},
): Suggestion | undefined {
  const object = objectIn(text, options.index ?? 0);
  const anchorLine = object.locate(options.anchor ?? set[0]!.path).line;
  return suggestFix({ file: 'pod.yaml', text, object, set, anchorLine }, options.limits);
}

/** The file with the suggestion applied, as GitHub applies it. */
function apply(text: string, suggestion: Suggestion): string {
  const lines = text.split('\n');
  return [
    ...lines.slice(0, suggestion.startLine - 1),
    ...suggestion.lines,
    ...lines.slice(suggestion.endLine),
  ].join('\n');
}

const pod = (container: string, podLevel = '') => `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
${podLevel}  containers:
${container}`;

describe('suggestFix', () => {
  it('replaces a value on its own line, keeping indentation, key quoting and the comment', () => {
    const text = pod(`    - name: app
      image: nginx
      securityContext:
        "privileged": true   # for the debugger
`);
    const suggestion = suggest(text, [{ path: [...C, 'securityContext', 'privileged'], value: false }]);
    expect(suggestion).toEqual({
      startLine: 10,
      endLine: 10,
      original: ['        "privileged": true   # for the debugger'],
      lines: ['        "privileged": false   # for the debugger'],
    });
  });

  it('adds a missing field as the first of its siblings, keeping the line it is anchored on', () => {
    const text = pod(`    - name: app
      image: nginx
      securityContext:
        privileged: false
`);
    const path = [...C, 'securityContext', 'runAsNonRoot'];
    const suggestion = suggest(text, [{ path, value: true }])!;
    expect(suggestion.startLine).toBe(9);
    expect(suggestion.lines).toEqual(['      securityContext:', '        runAsNonRoot: true']);
    const fixed = objectIn(apply(text, suggestion));
    expect(fixed.value).toMatchObject({
      spec: { containers: [{ securityContext: { runAsNonRoot: true, privileged: false } }] },
    });
  });

  it('creates missing parents under a list item, with every field of a combined fix in the written order', () => {
    const text = pod(`    - name: app
      image: nginx
      args: ["serve"]
`);
    const set = [
      { path: [...C, 'securityContext', 'allowPrivilegeEscalation'], value: false },
      { path: [...C, 'securityContext', 'capabilities', 'drop'], value: ['ALL'] },
      { path: [...C, 'securityContext', 'seccompProfile'], value: { type: 'RuntimeDefault' } },
    ];
    const suggestion = suggest(text, set, { anchor: C })!;
    expect(suggestion.startLine).toBe(7);
    expect(suggestion.endLine).toBe(7);
    expect(suggestion.lines).toEqual([
      '    - name: app',
      '      securityContext:',
      '        allowPrivilegeEscalation: false',
      '        capabilities:',
      '          drop:',
      '            - ALL',
      '        seccompProfile:',
      '          type: RuntimeDefault',
    ]);
    expect(objectIn(apply(text, suggestion)).value).toMatchObject({
      spec: {
        containers: [
          {
            name: 'app',
            image: 'nginx',
            securityContext: {
              allowPrivilegeEscalation: false,
              capabilities: { drop: ['ALL'] },
              seccompProfile: { type: 'RuntimeDefault' },
            },
          },
        ],
      },
    });
  });

  it('follows the file’s own indentation step', () => {
    const text = `apiVersion: v1
kind: Pod
metadata:
    name: web
spec:
    containers:
        - name: app
          image: nginx
`;
    const suggestion = suggest(text, [{ path: [...C, 'securityContext', 'runAsNonRoot'], value: true }], {
      anchor: C,
    })!;
    expect(suggestion.lines).toEqual([
      '        - name: app',
      '          securityContext:',
      '              runAsNonRoot: true',
    ]);
  });

  it('inserts above the comment that describes the next sibling', () => {
    const text = pod(`    - name: app
      securityContext:
        # the debugger needs it
        privileged: true
`);
    const suggestion = suggest(text, [{ path: [...C, 'securityContext', 'runAsNonRoot'], value: true }])!;
    expect(apply(text, suggestion).split('\n').slice(7, 11)).toEqual([
      '      securityContext:',
      '        runAsNonRoot: true',
      '        # the debugger needs it',
      '        privileged: true',
    ]);
  });

  it('replaces a block sequence, also one written at its key’s indentation', () => {
    const indented = pod(`    - name: app
      securityContext:
        capabilities:
          drop:
            - NET_RAW
            - CHOWN
      image: nginx
`);
    const flush = indented.replace(
      '            - NET_RAW\n            - CHOWN\n',
      '          - NET_RAW\n          - CHOWN\n',
    );
    for (const text of [indented, flush]) {
      const suggestion = suggest(text, [
        { path: [...C, 'securityContext', 'capabilities', 'drop'], value: ['ALL'] },
      ])!;
      expect(suggestion.original).toHaveLength(3);
      expect(suggestion.lines).toEqual(['          drop:', '            - ALL']);
      expect(objectIn(apply(text, suggestion)).value).toMatchObject({
        spec: { containers: [{ image: 'nginx', securityContext: { capabilities: { drop: ['ALL'] } } }] },
      });
    }
  });

  it('writes a flow-style parent again as a block when the field is inside it', () => {
    const text = pod(`    - name: app
      securityContext: {privileged: true, runAsNonRoot: true}
`);
    const suggestion = suggest(text, [{ path: [...C, 'securityContext', 'privileged'], value: false }])!;
    expect(suggestion.lines).toEqual([
      '      securityContext:',
      '        privileged: false',
      '        runAsNonRoot: true',
    ]);
  });

  it('fills an empty parent', () => {
    const text = pod(`    - name: app
      securityContext: {}
      image: nginx
`);
    const suggestion = suggest(text, [{ path: [...C, 'securityContext', 'runAsNonRoot'], value: true }])!;
    expect(suggestion.lines).toEqual(['      securityContext:', '        runAsNonRoot: true']);
  });

  it('quotes strings YAML would read as something else', () => {
    const text = pod(`    - name: app
      image: nginx
`);
    const suggestion = suggest(
      text,
      [
        { path: [...C, 'env'], value: [{ name: 'ENABLED', value: 'true' }] },
        { path: [...C, 'workingDir'], value: '01' },
      ],
      { anchor: C },
    )!;
    expect(objectIn(apply(text, suggestion)).value).toMatchObject({
      spec: { containers: [{ env: [{ name: 'ENABLED', value: 'true' }], workingDir: '01' }] },
    });
  });

  it('edits the right object of a multi-document file and leaves the others as they are', () => {
    const first = pod(`    - name: app
      securityContext:
        privileged: true
`);
    const text = `${first}---\n${first.replace('name: web', 'name: api')}`;
    const suggestion = suggest(text, [{ path: [...C, 'securityContext', 'privileged'], value: false }], {
      index: 1,
    })!;
    expect(suggestion.startLine).toBe(19);
    const parsed = parseManifests('pod.yaml', apply(text, suggestion));
    if ('error' in parsed) throw new Error(parsed.error.message);
    expect(
      parsed.objects.map(
        (o) =>
          (o.value.spec as { containers: Array<{ securityContext: unknown }> }).containers[0]!
            .securityContext,
      ),
    ).toEqual([{ privileged: true }, { privileged: false }]);
  });

  it('handles CRLF files: lines are compared and suggested without the carriage return', () => {
    const text = pod(`    - name: app
      securityContext:
        privileged: true
`).replace(/\n/g, '\r\n');
    const suggestion = suggest(text, [{ path: [...C, 'securityContext', 'privileged'], value: false }])!;
    expect(suggestion.lines).toEqual(['        privileged: false']);
    expect(suggestion.original).toEqual(['        privileged: true']);
  });

  it('gives no suggestion when the edit would change anything else (an anchored value shared by an alias)', () => {
    const text = `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: app
      securityContext: &shared
        privileged: true
    - name: sidecar
      securityContext: *shared
`;
    expect(suggest(text, [{ path: [...C, 'securityContext', 'privileged'], value: false }])).toBeUndefined();
  });

  it('gives no suggestion when nothing changes, or for list items it would have to invent', () => {
    const text = pod(`    - name: app
      securityContext:
        privileged: false
`);
    expect(suggest(text, [{ path: [...C, 'securityContext', 'privileged'], value: false }])).toBeUndefined();
    expect(
      suggest(text, [{ path: ['spec', 'containers', 3, 'name'], value: 'x' }], { anchor: C }),
    ).toBeUndefined();
  });

  it('keeps inside the lines it may replace, and drops a suggestion that would show an unsafe line', () => {
    const text = pod(`    - name: app
      securityContext:
        privileged: true
`);
    const set = [{ path: [...C, 'securityContext', 'privileged'], value: false }];
    expect(
      suggest(text, set, { limits: { canReplace: (start, end) => start === 9 && end === 9 } }),
    ).toBeDefined();
    expect(suggest(text, set, { limits: { canReplace: (start) => start > 9 } })).toBeUndefined();
    expect(
      suggest(text, set, { limits: { isUnsafeLine: (line) => line.includes('privileged') } }),
    ).toBeUndefined();
    expect(suggest(text, set, { limits: { maxLines: 0 } })).toBeUndefined();
  });

  it('covers every line the comment spans', () => {
    const text = pod(`    - name: app
      securityContext:
        seccompProfile:
          type: Unconfined
`);
    const object = objectIn(text);
    const suggestion = suggestFix({
      file: 'pod.yaml',
      text,
      object,
      set: [{ path: [...C, 'securityContext', 'seccompProfile', 'type'], value: 'RuntimeDefault' }],
      anchorLine: 8,
      anchorEndLine: 10,
    })!;
    expect([suggestion.startLine, suggestion.endLine]).toEqual([8, 10]);
    expect(suggestion.lines).toEqual([
      '      securityContext:',
      '        seccompProfile:',
      '          type: RuntimeDefault',
    ]);
  });
});

describe('suggestionMarkdown', () => {
  it('fences the lines with more backticks than any run inside them', () => {
    expect(suggestionMarkdown({ lines: ['a: 1'] })).toBe('```suggestion\na: 1\n```');
    expect(suggestionMarkdown({ lines: ['command: ["sh", "-c", "echo ````"]'] })).toBe(
      '`````suggestion\ncommand: ["sh", "-c", "echo ````"]\n`````',
    );
  });
});
