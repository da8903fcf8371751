/**
 * Sections other stages add to the summary and the job summary: the RBAC
 * permission diff, the NetworkPolicy connectivity diff (a Mermaid graph).
 * Each contributor reads the evaluation (report, options, workspace, the
 * revision compared with) and returns a section or nothing. A contributor
 * that throws does not stop the review: its section says it could not be
 * computed, and the gate is decided by the findings as always.
 */
import { RbacGraph } from '../engines/rbac/graph.js';
import { permissionDiff } from '../engines/rbac/permissions.js';
import { analyzePair, diffConnectivity } from '../engines/netpol/diff.js';
import { readNetpolInput } from '../engines/netpol/reachability.js';
import { escapeMarkdown, type ExtraSection } from '../report/markdown.js';
import { connectivityDiffMarkdown } from '../report/netpol-diff.js';
import { rbacDiffMarkdown } from '../report/rbac-diff.js';
import { netpolOptionsFromConfig } from '../rules/netpol/support.js';
import type { Evaluation } from './evaluate.js';

export type SectionContributor = (evaluation: Evaluation) => ExtraSection | undefined;

/** What each subject can do after the change that it could not before, and what it lost. */
export function permissionChanges(evaluation: Evaluation): ExtraSection | undefined {
  if (!evaluation.baseObjects) return undefined;
  const diff = permissionDiff(new RbacGraph(evaluation.baseObjects), new RbacGraph(evaluation.headObjects));
  if (diff.added.length === 0 && diff.removed.length === 0) return undefined;
  return { title: 'RBAC permission changes', markdown: rbacDiffMarkdown(diff) };
}

/** Who can reach whom after the change: a table, and a Mermaid graph of added and removed edges. */
export function connectivityChanges(evaluation: Evaluation): ExtraSection | undefined {
  if (!evaluation.baseObjects) return undefined;
  const { options } = netpolOptionsFromConfig(evaluation.options.settings.config);
  const pair = analyzePair(
    readNetpolInput(evaluation.baseObjects),
    readNetpolInput(evaluation.headObjects),
    options,
  );
  const diff = diffConnectivity(pair.base, pair.head);
  if (diff.added.length === 0 && diff.removed.length === 0 && diff.changed.length === 0) return undefined;
  // the table, and a Mermaid graph of the added and removed edges
  return { title: 'NetworkPolicy connectivity changes', markdown: connectivityDiffMarkdown(diff) };
}

/** Add a contributor here; sections appear in this order. */
export const SECTION_CONTRIBUTORS: readonly SectionContributor[] = [permissionChanges, connectivityChanges];

export function extraSections(
  evaluation: Evaluation,
  contributors: readonly SectionContributor[] = SECTION_CONTRIBUTORS,
): ExtraSection[] {
  const sections: ExtraSection[] = [];
  for (const contribute of contributors) {
    try {
      const section = contribute(evaluation);
      if (section) sections.push(section);
    } catch (error) {
      sections.push({
        title: contribute.name || 'section',
        markdown: `_Could not be computed: ${escapeMarkdown(error instanceof Error ? error.message : String(error))}_`,
      });
    }
  }
  return sections;
}
