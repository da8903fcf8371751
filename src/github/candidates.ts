/**
 * Review candidates: the new findings grouped by the line they sit on, each
 * group with the suggestion that fixes all of its mechanical findings at once
 * (two separate suggestions that each add `securityContext:` would leave a
 * duplicate key once both are applied). Groups whose suggestions would touch
 * the same lines are merged, so every suggestion of a review can be applied
 * together.
 *
 * Computed where the checkout is (the pull_request job), without the diff:
 * the candidates travel in the review artifact, and whoever posts them checks
 * them against the PR's diff. Lines are carried as digests, not text, so the
 * artifact holds no line of a manifest (which could hold a secret value).
 */
import { resourceRef, type SourceObject } from '../model/objects.js';
import { parseManifests } from '../render/loader.js';
import type { Finding, Tier } from '../rules/types.js';
import { suggestFix, type Suggestion } from '../report/suggestion.js';
import { lineDigest } from './diff.js';

export interface PlannedSuggestion {
  readonly startLine: number;
  readonly endLine: number;
  /** digests of the replaced lines as evaluated, in order */
  readonly originalDigests: readonly string[];
  readonly lines: readonly string[];
}

export interface ReviewCandidate {
  readonly path: string;
  /** the line the findings are on */
  readonly line: number;
  readonly fingerprints: readonly string[];
  /** digest of that line's text as evaluated; absent when the file could not be read */
  readonly lineDigest?: string;
  readonly suggestion?: PlannedSuggestion;
}

export interface CandidateOptions {
  /** the file's text as evaluated, or undefined */
  readonly readText: (file: string) => string | undefined;
  /** a suggestion line that would show a secret value: no suggestion */
  readonly isUnsafeLine: (line: string) => boolean;
}

interface Group {
  readonly path: string;
  line: number;
  /** last line the comment must cover (groups merged over several lines) */
  lastLine: number;
  findings: Finding[];
  suggestion?: Suggestion;
}

/**
 * At most this many candidates, the worst first: a review posts at most 30
 * comments, the artifact must stay small, and a change with more new finding
 * lines than this is read in the summary, not line by line.
 */
export const MAX_REVIEW_CANDIDATES = 1000;

const TIER_RANK: Record<Tier, number> = { high: 0, medium: 1, low: 2 };

export function reviewCandidates(findings: readonly Finding[], options: CandidateOptions): ReviewCandidate[] {
  const byFile = new Map<string, Group[]>();
  for (const finding of [...findings].sort((a, b) => a.location.line - b.location.line)) {
    // existing findings were there before the change, exempted ones are accepted: no comment
    if (finding.status !== 'new' || finding.exemption?.state === 'active') continue;
    const file = finding.location.file;
    const groups = byFile.get(file) ?? [];
    byFile.set(file, groups);
    const last = groups[groups.length - 1];
    if (last && last.line === finding.location.line) last.findings.push(finding);
    else
      groups.push({
        path: file,
        line: finding.location.line,
        lastLine: finding.location.line,
        findings: [finding],
      });
  }
  const worst = (group: Group) => Math.min(...group.findings.map((finding) => TIER_RANK[finding.tier]));
  const selected = new Set(
    [...byFile.values()]
      .flat()
      .sort((a, b) => worst(a) - worst(b) || compareText(a.path, b.path) || a.line - b.line)
      .slice(0, MAX_REVIEW_CANDIDATES),
  );

  const candidates: ReviewCandidate[] = [];
  for (const [file, all] of [...byFile].sort(([a], [b]) => compareText(a, b))) {
    const groups = all.filter((group) => selected.has(group));
    if (groups.length === 0) continue;
    const text = options.readText(file);
    const lines = text?.split('\n').map((line) => line.replace(/\r$/, ''));
    const parsed = text === undefined ? undefined : parseManifests(file, text);
    const objects = parsed && !('error' in parsed) ? parsed.objects : [];
    const suggest = (group: Group): Suggestion | undefined =>
      text === undefined ? undefined : suggestionFor(file, text, objects, group, options);
    for (const group of groups) {
      const suggestion = suggest(group);
      if (suggestion) group.suggestion = suggestion;
    }

    // merge a group into the one before it when their lines or suggestions overlap
    const merged: Group[] = [];
    for (const group of groups) {
      const previous = merged[merged.length - 1];
      if (previous && overlaps(span(previous), span(group))) {
        const union: Group = {
          path: file,
          line: previous.line,
          lastLine: Math.max(previous.lastLine, group.lastLine),
          findings: [...previous.findings, ...group.findings],
        };
        const together = suggest(union);
        if (together) {
          merged[merged.length - 1] = { ...union, suggestion: together };
          continue;
        }
        // not fixable in one go: the later group keeps its comment, without a clashing suggestion
        delete group.suggestion;
      }
      merged.push(group);
    }

    for (const group of merged) {
      const lineText = lines?.[group.line - 1];
      candidates.push({
        path: file,
        line: group.line,
        fingerprints: [...new Set(group.findings.map((finding) => finding.fingerprint))],
        ...(lineText !== undefined ? { lineDigest: lineDigest(lineText) } : {}),
        ...(group.suggestion
          ? {
              suggestion: {
                startLine: group.suggestion.startLine,
                endLine: group.suggestion.endLine,
                originalDigests: group.suggestion.original.map(lineDigest),
                lines: group.suggestion.lines,
              },
            }
          : {}),
      });
    }
  }
  return candidates;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function span(group: Group): [number, number] {
  return group.suggestion
    ? [Math.min(group.line, group.suggestion.startLine), Math.max(group.lastLine, group.suggestion.endLine)]
    : [group.line, group.lastLine];
}

function overlaps(a: [number, number], b: [number, number]): boolean {
  return a[0] <= b[1] && b[0] <= a[1];
}

function suggestionFor(
  file: string,
  text: string,
  objects: readonly SourceObject[],
  group: Group,
  options: CandidateOptions,
): Suggestion | undefined {
  const fixable = group.findings.filter((finding) => finding.fix && finding.fix.set.length > 0);
  if (fixable.length === 0) return undefined;
  // one object per suggestion: the one the first fix is for
  const first = fixable[0]!;
  const object = objectOf(objects, first);
  if (!object) return undefined;
  const sameObject = fixable.filter((finding) => sameResource(finding, first));
  const suggestion = suggestFix(
    {
      file,
      text,
      object,
      set: sameObject.flatMap((finding) => finding.fix!.set),
      anchorLine: group.line,
      anchorEndLine: group.lastLine,
    },
    { isUnsafeLine: options.isUnsafeLine },
  );
  // the comment covers every line of the group
  if (!suggestion || suggestion.startLine > group.line || suggestion.endLine < group.lastLine)
    return undefined;
  return suggestion;
}

function sameResource(a: Finding, b: Finding): boolean {
  return (
    a.resource.kind === b.resource.kind &&
    a.resource.name === b.resource.name &&
    (a.resource.namespace ?? '') === (b.resource.namespace ?? '') &&
    a.resource.apiVersion === b.resource.apiVersion
  );
}

/** The parsed object a finding is about: same identity, and its fix path lands on the finding's line. */
function objectOf(objects: readonly SourceObject[], finding: Finding): SourceObject | undefined {
  const matching = objects.filter((object) => {
    const ref = resourceRef(object.value);
    return (
      ref.kind === finding.resource.kind &&
      ref.name === finding.resource.name &&
      (ref.namespace ?? '') === (finding.resource.namespace ?? '') &&
      ref.apiVersion === finding.resource.apiVersion
    );
  });
  if (matching.length <= 1) return matching[0];
  const path = finding.fix?.set[0]?.path;
  return matching.find((object) => path !== undefined && object.locate(path).line === finding.location.line);
}
