import { describe, expect, it } from 'vitest';
import { diffFromPullFiles, lineDigest, parsePatch } from '../../src/github/diff.js';

// as `git diff` writes them (and pulls/files returns them, from the first @@ on)
const MODIFIED = `@@ -3,7 +3,8 @@ metadata:
   name: web
 spec:
   containers:
-    - name: web
+    - name: app
+      image: nginx:1.27
       securityContext:
         runAsNonRoot: true
         privileged: false
@@ -20,4 +21,3 @@ spec:
   volumes:
     - name: cache
-      emptyDir: {}
-    - name: logs
+      emptyDir: { medium: Memory }`;

describe('parsePatch', () => {
  it('maps the head-side lines of each hunk: added and context lines, not removed ones', () => {
    const lines = parsePatch(MODIFIED);
    expect([...lines.keys()]).toEqual([3, 4, 5, 6, 7, 8, 9, 10, 21, 22, 23]);
    expect(lines.get(6)).toEqual({ hunk: 0, text: '    - name: app', added: true });
    expect(lines.get(8)).toEqual({ hunk: 0, text: '      securityContext:', added: false });
    expect(lines.get(23)).toEqual({ hunk: 1, text: '      emptyDir: { medium: Memory }', added: true });
    // line 11 to 20 are between the hunks: not in the diff
    expect(lines.has(11)).toBe(false);
  });

  it('skips "no newline at end of file" markers, which are no lines of their own', () => {
    const patch = `@@ -1,2 +1,2 @@
 kind: Pod
-name: a
\\ No newline at end of file
+name: b
\\ No newline at end of file`;
    const lines = parsePatch(patch);
    expect([...lines.entries()]).toEqual([
      [1, { hunk: 0, text: 'kind: Pod', added: false }],
      [2, { hunk: 0, text: 'name: b', added: true }],
    ]);
  });

  it('reads hunk headers without counts (one line) and a new file from line 1', () => {
    expect([...parsePatch('@@ -0,0 +1 @@\n+kind: Pod').keys()]).toEqual([1]);
    expect([...parsePatch('@@ -1 +1 @@\n-a: 1\n+a: 2\n').keys()]).toEqual([1]);
  });

  it('keeps an empty context line that lost its leading space, and strips carriage returns', () => {
    const patch = '@@ -1,3 +1,3 @@\n a: 1\r\n\n-b: 2\r\n+b: 3\r';
    const lines = parsePatch(patch);
    expect(lines.get(2)).toEqual({ hunk: 0, text: '', added: false });
    expect(lines.get(3)).toEqual({ hunk: 0, text: 'b: 3', added: true });
  });

  it('ignores anything before the first hunk', () => {
    expect(parsePatch('diff --git a/x b/x\nindex 1..2\n+++ b/x\n').size).toBe(0);
  });
});

describe('diffFromPullFiles', () => {
  const diff = diffFromPullFiles([
    { filename: 'deploy/web.yaml', status: 'modified', patch: MODIFIED },
    {
      filename: 'deploy/cache.yaml',
      status: 'renamed',
      previousFilename: 'deploy/old-name.yaml',
      patch: '@@ -5,3 +5,4 @@ metadata:\n   namespace: shop\n spec:\n+  hostPID: true\n   containers:',
    },
    { filename: 'deploy/renamed-only.yaml', status: 'renamed', previousFilename: 'deploy/before.yaml' },
    { filename: 'deploy/removed.yaml', status: 'removed', patch: '@@ -1,2 +0,0 @@\n-kind: Pod\n-name: a' },
    { filename: 'docs/diagram.png', status: 'added' },
  ]);

  it('places comments on the new name of a renamed file', () => {
    expect(diff.canComment('deploy/cache.yaml', 7)).toBe(true);
    expect(diff.file('deploy/cache.yaml')?.previousPath).toBe('deploy/old-name.yaml');
    expect(diff.canComment('deploy/old-name.yaml', 7)).toBe(false);
    // renamed without changes: no hunk, nothing to comment on
    expect(diff.canComment('deploy/renamed-only.yaml', 1)).toBe(false);
  });

  it('has no lines for removed files, binary files and files GitHub sends no patch for', () => {
    expect(diff.canComment('deploy/removed.yaml', 1)).toBe(false);
    expect(diff.canComment('docs/diagram.png', 1)).toBe(false);
    expect(diff.canComment('deploy/not-in-the-pr.yaml', 1)).toBe(false);
  });

  it('allows a multi-line comment only within one hunk', () => {
    expect(diff.canComment('deploy/web.yaml', 5, 8)).toBe(true);
    expect(diff.canComment('deploy/web.yaml', 9, 21)).toBe(false);
    expect(diff.canComment('deploy/web.yaml', 8, 5)).toBe(false);
  });

  it('gives the head-side text of a line inside the diff', () => {
    expect(diff.textAt('deploy/cache.yaml', 7)).toBe('  hostPID: true');
    expect(diff.textAt('deploy/web.yaml', 15)).toBeUndefined();
  });
});

describe('lineDigest', () => {
  it('is the same with or without a carriage return, and differs for different text', () => {
    expect(lineDigest('  hostPID: true\r')).toBe(lineDigest('  hostPID: true'));
    expect(lineDigest('  hostPID: true')).not.toBe(lineDigest('  hostPID: false'));
    expect(lineDigest('x')).toMatch(/^[0-9a-f]{16}$/);
  });
});
