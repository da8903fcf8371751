/**
 * `falco -V`: Falco's own validation of rules files, when a falco binary is
 * available. Behind a small interface so the rule family stays pure and the
 * tests can drive it; the process implementation spawns falco with an
 * argument array and a time limit, never through a shell.
 *
 * The files handed to falco are written from the parsed items (the rule
 * family has values, not file text, and embedded rules have no file of their
 * own), one item after the other, so every line of the written file maps
 * back to the item it came from.
 *
 * Output: with `-o json_output=true`, falco prints one JSON object,
 * `{"falco_load_results": [{"name", "successful", "errors": [{"code",
 * "message", "context": {"locations": [{"item_type", "item_name",
 * "position": {"name", "line", "column"}}]}}], "warnings": [...]}]}`, where
 * YAML positions are 0-based (falco `rule_loader.cpp`, as_json).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import jsyaml from 'js-yaml';
import { isRecord } from '../../model/objects.js';

export interface FalcoValidationFile {
  /** a short name for the file (kubegate's own label; falco sees a temporary path) */
  readonly name: string;
  readonly text: string;
}

export interface FalcoValidationError {
  /** the name of the file it is in */
  readonly file: string;
  /** 1-based line in the file's text, when falco gave a position in it */
  readonly line?: number;
  readonly itemType?: string;
  readonly itemName?: string;
  readonly code: string;
  readonly message: string;
}

export type FalcoValidationOutcome =
  | { readonly status: 'validated'; readonly errors: readonly FalcoValidationError[] }
  | { readonly status: 'failed'; readonly reason: string };

export interface FalcoValidator {
  /** the falco binary used, for messages */
  readonly binary: string;
  /** validates the files as one ruleset, loaded in this order */
  validate(files: readonly FalcoValidationFile[]): FalcoValidationOutcome;
}

export interface ProcessValidatorOptions {
  readonly binary: string;
  readonly timeoutMs: number;
  /** rules files loaded before the checked ones (Falco's own rules, which custom rules build on) */
  readonly baseRulesFiles?: readonly string[];
}

const MAX_OUTPUT_BYTES = 32 * 1024 * 1024;

export function processFalcoValidator(options: ProcessValidatorOptions): FalcoValidator {
  return {
    binary: options.binary,
    validate(files) {
      const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'kubegate-falco-'));
      try {
        const names = new Map<string, string>();
        const args = ['-o', 'json_output=true'];
        for (const base of options.baseRulesFiles ?? []) args.push('-V', base);
        files.forEach((file, index) => {
          const written = path.join(
            folder,
            `${String(index + 1).padStart(3, '0')}-${safeName(file.name)}.yaml`,
          );
          fs.writeFileSync(written, file.text);
          names.set(written, file.name);
          args.push('-V', written);
        });
        const child = spawnSync(options.binary, args, {
          encoding: 'utf8',
          timeout: options.timeoutMs,
          maxBuffer: MAX_OUTPUT_BYTES,
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        if (child.error) {
          const code = (child.error as NodeJS.ErrnoException).code;
          if (code === 'ETIMEDOUT')
            return {
              status: 'failed',
              reason: `${options.binary} -V did not finish within ${options.timeoutMs / 1000}s`,
            };
          return { status: 'failed', reason: `cannot run ${options.binary}: ${code ?? child.error.message}` };
        }
        return readValidationOutput(child.stdout, child.stderr, child.status, names);
      } finally {
        fs.rmSync(folder, { recursive: true, force: true });
      }
    },
  };
}

/** Falco's JSON validation result, mapped to the given file names (temporary path → name). */
export function readValidationOutput(
  stdout: string,
  stderr: string,
  status: number | null,
  names: ReadonlyMap<string, string>,
): FalcoValidationOutcome {
  const json = stdout
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.startsWith('{'))
    .map((line) => {
      try {
        return JSON.parse(line) as unknown;
      } catch {
        return undefined;
      }
    })
    .find((value) => isRecord(value) && Array.isArray(value.falco_load_results));
  if (!isRecord(json)) {
    if (status === 0) return { status: 'validated', errors: [] };
    const first =
      `${stderr}\n${stdout}`.split('\n').find((line) => line.trim() !== '') ?? `exit code ${status}`;
    return {
      status: 'failed',
      reason: `falco -V failed without a validation result: ${first.trim().slice(0, 300)}`,
    };
  }
  const errors: FalcoValidationError[] = [];
  for (const result of json.falco_load_results as unknown[]) {
    if (!isRecord(result) || typeof result.name !== 'string') continue;
    const file = names.get(result.name);
    if (file === undefined) continue; // a base rules file: not ours to report
    for (const error of Array.isArray(result.errors) ? result.errors : []) {
      if (!isRecord(error)) continue;
      errors.push({
        file,
        code: typeof error.code === 'string' ? error.code : 'FE_LOAD_ERR',
        message: typeof error.message === 'string' ? error.message : 'invalid',
        ...position(error.context, result.name),
      });
    }
  }
  return { status: 'validated', errors };
}

/** The deepest location in the file itself, and the innermost named rule, macro or list. */
function position(
  context: unknown,
  fileName: string,
): Pick<FalcoValidationError, 'line' | 'itemType' | 'itemName'> {
  const locations = isRecord(context) && Array.isArray(context.locations) ? context.locations : [];
  let line: number | undefined;
  let itemType: string | undefined;
  let itemName: string | undefined;
  for (const location of locations) {
    if (!isRecord(location)) continue;
    const where = isRecord(location.position) ? location.position : {};
    if (where.name === fileName && typeof where.line === 'number') line = where.line + 1;
    if (
      typeof location.item_type === 'string' &&
      ['rule', 'macro', 'list'].includes(location.item_type) &&
      typeof location.item_name === 'string' &&
      location.item_name !== ''
    ) {
      itemType = location.item_type;
      itemName = location.item_name;
    }
  }
  return {
    ...(line !== undefined ? { line } : {}),
    ...(itemType !== undefined ? { itemType } : {}),
    ...(itemName !== undefined ? { itemName } : {}),
  };
}

export interface RenderedRulesFile {
  readonly text: string;
  /** 1-based first line of each item, in item order */
  readonly itemLines: readonly number[];
}

/** A rules file written from item values, remembering where each item starts. */
export function renderRulesFile(items: readonly unknown[]): RenderedRulesFile {
  let text = '';
  let line = 1;
  const itemLines: number[] = [];
  for (const item of items) {
    itemLines.push(line);
    const chunk = jsyaml.dump([item], { lineWidth: -1, noRefs: true });
    text += chunk;
    line += chunk.split('\n').length - 1;
  }
  return { text, itemLines };
}

/** `falco` found on PATH (an executable file), or undefined. */
export function findOnPath(command: string, pathVariable: string | undefined): string | undefined {
  for (const folder of (pathVariable ?? '').split(path.delimiter)) {
    if (folder === '') continue;
    const candidate = path.join(folder, command);
    try {
      fs.accessSync(candidate, fs.constants.X_OK);
      if (fs.statSync(candidate).isFile()) return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}

function safeName(name: string): string {
  return name.replace(/[^A-Za-z0-9._-]+/g, '_').slice(-80) || 'rules';
}
