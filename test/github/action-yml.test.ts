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

  it('runs the bundled entry on node24, with branding', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/main.js' });
    expect(action.branding).toHaveProperty('icon');
  });
});
