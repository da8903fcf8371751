/**
 * Hidden markers in kubegate's comments: how a later run recognises its own
 * sticky summary and which findings already have an inline comment (by
 * fingerprint, stable across line moves), and whether that comment's
 * findings were fixed since. Manifest text in comments is escaped (see
 * report/markdown.ts), so no finding message can forge a marker.
 */

export const SUMMARY_MARKER = '<!-- kubegate:summary -->';
export const REVIEW_MARKER = '<!-- kubegate:review -->';

export type CommentState = 'open' | 'fixed';

export interface FindingMarker {
  readonly state: CommentState;
  readonly fingerprints: readonly string[];
}

const FINDING_MARKER =
  /^<!-- kubegate:finding state=(open|fixed) fingerprints=([0-9a-f]{8,64}(?:,[0-9a-f]{8,64})*) -->/;

export function findingMarker(marker: FindingMarker): string {
  return `<!-- kubegate:finding state=${marker.state} fingerprints=${marker.fingerprints.join(',')} -->`;
}

/** The marker at the start of a comment body, when it is one of kubegate's inline comments. */
export function parseFindingMarker(body: string): FindingMarker | undefined {
  const match = FINDING_MARKER.exec(body);
  if (!match) return undefined;
  return { state: match[1] as CommentState, fingerprints: match[2]!.split(',') };
}

export function isSummaryComment(body: string): boolean {
  return body.startsWith(SUMMARY_MARKER);
}

/**
 * An inline comment whose findings are gone: marked fixed, the original
 * kept folded, its suggestion shown as plain YAML (no stale "apply" button).
 */
export function fixedCommentBody(body: string, marker: FindingMarker, commit: string): string {
  const original = body
    .replace(FINDING_MARKER, '')
    .trim()
    .replace(/^(`{3,})suggestion$/gm, '$1yaml');
  return [
    findingMarker({ state: 'fixed', fingerprints: marker.fingerprints }),
    `✅ **Fixed** in \`${commit.slice(0, 12)}\`: kubegate no longer finds ${marker.fingerprints.length === 1 ? 'this' : 'these'}.`,
    '',
    '<details><summary>Original comment</summary>',
    '',
    original,
    '',
    '</details>',
  ].join('\n');
}
