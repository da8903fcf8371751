import { afterEach, describe, expect, it } from 'vitest';
import { evaluate } from '../../src/github/evaluate.js';
import { extraSections } from '../../src/github/sections.js';
import { tempTree } from '../helpers/temp-tree.js';

let remove: (() => void) | undefined;
afterEach(() => remove?.());

function evaluation() {
  const tree = tempTree({ 'deploy/ns.yaml': 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop\n' });
  remove = tree.remove;
  return evaluate({
    inputs: { paths: ['deploy'], mode: 'push', comment: 'none', cluster: 'none', scan: {} },
    mode: 'push',
    workspace: tree.root,
    env: {},
  });
}

describe('extraSections', () => {
  it('collects the sections contributors return, in order, and skips those with nothing to say', () => {
    const sections = extraSections(evaluation(), [
      (e) => ({ title: 'RBAC permission diff', markdown: `${e.report.summary.objects} object` }),
      () => undefined,
      () => ({ title: 'Connectivity', markdown: '```mermaid\ngraph LR\n```' }),
    ]);
    expect(sections).toEqual([
      { title: 'RBAC permission diff', markdown: '1 object' },
      { title: 'Connectivity', markdown: '```mermaid\ngraph LR\n```' },
    ]);
  });

  it('turns a contributor that throws into a section that says so, without stopping the others', () => {
    function connectivityDiff(): never {
      throw new Error('kubectl not found\nsecond line');
    }
    const sections = extraSections(evaluation(), [
      connectivityDiff,
      () => ({ title: 'after', markdown: 'still here' }),
    ]);
    expect(sections).toEqual([
      { title: 'connectivityDiff', markdown: '_Could not be computed: kubectl not found second line_' },
      { title: 'after', markdown: 'still here' },
    ]);
  });
});
