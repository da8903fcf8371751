/**
 * action.yml is the Action's contract: every input it declares is read, no
 * input is read that it does not declare, and every output set is declared.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseInputs } from '../../src/github/inputs.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const action = parse(fs.readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { default?: string }>;
  outputs: Record<string, unknown>;
  runs: { using: string; main: string };
  branding: Record<string, string>;
};

describe('action.yml', () => {
  it('declares exactly the inputs the Action reads', () => {
    const read = new Set<string>();
    parseInputs((name) => {
      read.add(name);
      return '';
    });
    expect([...read].sort()).toEqual(Object.keys(action.inputs).sort());
  });

  it('has defaults the Action accepts', () => {
    const inputs = parseInputs(
      (name) => action.inputs[name]?.default?.replace('${{ github.token }}', 'ghs_x') ?? '',
    );
    expect(inputs).toMatchObject({
      paths: ['.'],
      mode: 'auto',
      comment: 'review',
      cluster: 'none',
      token: 'ghs_x',
    });
    // new-only is left to the mode: true on pull requests
    expect(inputs.newOnly).toBeUndefined();
  });

  it('declares every output the Action sets', () => {
    const source = fs.readFileSync(path.join(ROOT, 'src/github/action.ts'), 'utf8');
    const set = [...source.matchAll(/setOutput\('([a-z-]+)'/g)].map((match) => match[1]!);
    expect(set.length).toBeGreaterThan(5);
    for (const name of set) expect(Object.keys(action.outputs)).toContain(name);
  });

  it('is documented: docs/action.md has a row for every input and every output', () => {
    const doc = fs.readFileSync(path.join(ROOT, 'docs/action.md'), 'utf8');
    const inputs = doc.slice(doc.indexOf('## Inputs'), doc.indexOf('## Outputs'));
    const rows = new Set([...inputs.matchAll(/^\| `([a-z-]+)` \|/gm)].map((match) => match[1]!));
    expect([...rows].sort()).toEqual(Object.keys(action.inputs).sort());
    const outputs = doc.slice(doc.indexOf('## Outputs'));
    for (const name of Object.keys(action.outputs)) expect(outputs).toContain(`\`${name}\``);
  });

  it("is used by the repository's workflows only with inputs it declares; e2e runs it with cluster: kind", () => {
    const folder = path.join(ROOT, '.github/workflows');
    const local: Array<{ file: string; with: Record<string, unknown> }> = [];
    for (const file of fs.readdirSync(folder).filter((name) => /\.ya?ml$/.test(name))) {
      const workflow = parse(fs.readFileSync(path.join(folder, file), 'utf8')) as {
        jobs: Record<string, { steps?: Array<{ uses?: string; with?: Record<string, unknown> }> }>;
      };
      for (const job of Object.values(workflow.jobs))
        for (const step of job.steps ?? [])
          if (step.uses === './') local.push({ file, with: step.with ?? {} });
    }
    for (const use of local)
      for (const name of Object.keys(use.with)) expect(Object.keys(action.inputs), use.file).toContain(name);
    const e2e = local.filter((use) => use.file === 'e2e.yml');
    expect(e2e).toHaveLength(1);
    expect(e2e[0]!.with).toMatchObject({ cluster: 'kind', mode: 'push', 'fail-on': 'none', comment: 'none' });
  });

  it('runs the bundled entry on node24, with branding', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/main.js' });
    expect(action.branding).toHaveProperty('icon');
  });
});
