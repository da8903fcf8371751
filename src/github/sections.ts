/**
 * Sections other stages add to the summary and the job summary: the RBAC
 * permission diff, the NetworkPolicy connectivity diff (a Mermaid graph).
 * Each contributor reads the evaluation (report, options, workspace, the
 * revision compared with) and returns a section or nothing. A contributor
 * that throws does not stop the review: its section says it could not be
 * computed, and the gate is decided by the findings as always.
 */
import { escapeMarkdown, type ExtraSection } from '../report/markdown.js';
import type { Evaluation } from './evaluate.js';

export type SectionContributor = (evaluation: Evaluation) => ExtraSection | undefined;

/** Add a contributor here; sections appear in this order. */
export const SECTION_CONTRIBUTORS: readonly SectionContributor[] = [];

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
