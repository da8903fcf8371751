/*
 * runtime/falco-validation (low)
 * When a falco binary is available (runtime.falco.binary, or falco on PATH),
 * `falco -V` loads the rules files as one ruleset, in file order, and every
 * error it reports becomes a finding on the item it is about. Items kubegate
 * already reports statically are not reported twice. Without falco the static
 * rules still run; with runtime.falco.validate: always, a missing binary is a
 * finding.
 */
import { exceptionProblems } from '../../engines/falco/exceptions.js';
import { requiredFieldProblems } from '../../engines/falco/fields.js';
import type { FalcoItem } from '../../engines/falco/items.js';
import { overrideProblems } from '../../engines/falco/overrides.js';
import { priorityProblem } from '../../engines/falco/priority.js';
import type { FalcoFile } from '../../engines/falco/ruleset.js';
import { renderRulesFile, type FalcoValidationError } from '../../engines/falco/validator.js';
import type { FieldPath } from '../../model/path.js';
import type { ContentSource } from './sources.js';
import { findingAt, type RuntimeRule } from './types.js';

const ID = 'runtime/falco-validation';

export const falcoValidation: RuntimeRule = {
  info: {
    id: ID,
    tier: 'low',
    title: 'Falco must accept the rules files (falco -V)',
    rationale:
      'Falco checks what only Falco knows (field names, condition syntax, output formats, plugin requirements); a rules file it refuses leaves the nodes without those detections.',
    remediation: 'Fix what falco -V reports, then run falco -V on the rules files again.',
  },
  check(input, emit) {
    const files = input.falco.files;
    const anchor = files[0]?.source;
    if (!anchor) return;
    const choice = input.validator();
    if ('none' in choice) return;
    if ('missing' in choice) {
      emit(findingAt(ID, anchor, [], choice.missing));
      return;
    }
    const rendered = files.map((file, index) => ({
      file,
      name: `${index + 1}-${file.source.label}`,
      ...renderRulesFile(file.items.map((item) => (file.source.value as unknown[])[item.index])),
    }));
    const outcome = choice.validator.validate(rendered.map(({ name, text }) => ({ name, text })));
    if (outcome.status === 'failed') {
      emit(findingAt(ID, anchor, [], `falco -V could not validate the rules: ${outcome.reason}`));
      return;
    }
    for (const error of outcome.errors) {
      const target = rendered.find((entry) => entry.name === error.file);
      if (!target) continue;
      const item = itemOf(target.file, target.itemLines, error);
      if (item && hasStaticProblem(item)) continue; // already reported, with kubegate's own explanation
      const path: FieldPath = item ? [...item.path, ...keyOf(error)] : [];
      emit(
        findingAt(
          ID,
          target.file.source,
          path,
          `falco -V (${choice.validator.binary}): ${error.message} [${error.code}]`,
        ),
      );
    }
  },
};

/** The item an error is about: by its line in the written file, else by name. */
function itemOf(
  file: FalcoFile<ContentSource>,
  itemLines: readonly number[],
  error: FalcoValidationError,
): FalcoItem | undefined {
  if (error.line !== undefined) {
    let found: FalcoItem | undefined;
    file.items.forEach((item, k) => {
      if (itemLines[k]! <= error.line!) found = item;
    });
    if (found) return found;
  }
  if (error.itemName !== undefined)
    return [...file.items]
      .reverse()
      .find((item) => item.kind === error.itemType && item.name === error.itemName);
  return undefined;
}

function keyOf(error: FalcoValidationError): FieldPath {
  if (error.code === 'FE_LOAD_ERR_COMPILE_CONDITION') return ['condition'];
  if (error.code === 'FE_LOAD_ERR_COMPILE_OUTPUT') return ['output'];
  return [];
}

function hasStaticProblem(item: FalcoItem): boolean {
  return (
    requiredFieldProblems(item).length > 0 ||
    priorityProblem(item) !== undefined ||
    exceptionProblems(item).length > 0 ||
    overrideProblems(item).some((problem) => !problem.deprecated)
  );
}
