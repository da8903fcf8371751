/**
 * The connectivity diff of a change, for people: text for the terminal, JSON
 * for scripts, and for the pull request summary a markdown table plus a
 * Mermaid graph (added edges thick and green, removed dashed and red, changed
 * amber), newly exposed workloads first. Past 50 rows the rest of the table
 * and the graph are collapsed. Pure: a diff in, text out.
 */
import { endpointJson, endpointText } from '../engines/netpol/connections.js';
import type { ConnectionChange, ConnectivityDiff } from '../engines/netpol/diff.js';
import { isEmptyDiff } from '../engines/netpol/diff.js';
import { markdownCell, MermaidNodes, mermaidText } from '../engines/netpol/format.js';

export const VISIBLE_ROWS = 50;

const NO_CHANGES = 'No connectivity changes.';

function line(change: ConnectionChange): string {
  const pair = `${endpointText(change.src)} => ${endpointText(change.dst)}`;
  return change.change === 'changed'
    ? `${pair} : ${change.before} -> ${change.after}`
    : `${pair} : ${change.change === 'removed' ? change.before : change.after}`;
}

/** Every change in report order: newly exposed, added, changed, removed. */
export function orderedChanges(diff: ConnectivityDiff): ConnectionChange[] {
  return [...diff.exposed, ...diff.added, ...diff.changed, ...diff.removed];
}

export function connectivityDiffText(diff: ConnectivityDiff): string {
  if (isEmptyDiff(diff)) return `${NO_CHANGES}\n`;
  const sections: Array<[string, string, readonly ConnectionChange[]]> = [
    ['Newly reachable from outside the cluster:', '!', diff.exposed],
    ['Added:', '+', diff.added],
    ['Changed:', '~', diff.changed],
    ['Removed:', '-', diff.removed],
  ];
  const lines: string[] = [];
  for (const [title, mark, changes] of sections) {
    if (changes.length === 0) continue;
    lines.push(title, ...changes.map((change) => `  ${mark} ${line(change)}`));
  }
  return `${lines.join('\n')}\n`;
}

export function connectivityDiffJson(diff: ConnectivityDiff): string {
  const plain = (change: ConnectionChange) => ({
    src: endpointJson(change.src),
    dst: endpointJson(change.dst),
    conn: (change.change === 'removed' ? change.before : change.after).toString(),
  });
  return `${JSON.stringify(
    {
      exposed: diff.exposed.map(plain),
      added: diff.added.map(plain),
      changed: diff.changed.map((change) => ({
        src: endpointJson(change.src),
        dst: endpointJson(change.dst),
        before: change.before.toString(),
        after: change.after.toString(),
      })),
      removed: diff.removed.map(plain),
    },
    null,
    2,
  )}\n`;
}

const CHANGE_LABEL: Record<ConnectionChange['change'], string> = {
  exposed: '**newly exposed**',
  added: 'added',
  changed: 'changed',
  removed: 'removed',
};

function tableRow(change: ConnectionChange): string {
  const before = change.before.isEmpty ? '' : markdownCell(change.before.toString());
  const after = change.after.isEmpty ? '' : markdownCell(change.after.toString());
  return `| ${CHANGE_LABEL[change.change]} | \`${markdownCell(endpointText(change.src))}\` | \`${markdownCell(endpointText(change.dst))}\` | ${before} | ${after} |`;
}

const TABLE_HEADER = [
  '| Change | Source | Destination | Before | After |',
  '| --- | --- | --- | --- | --- |',
];

/** The table and the graph, as the pull request summary shows them. */
export function connectivityDiffMarkdown(diff: ConnectivityDiff): string {
  if (isEmptyDiff(diff)) return `${NO_CHANGES}\n`;
  const changes = orderedChanges(diff);
  const lines: string[] = [];
  const counts = [
    diff.exposed.length > 0 ? `${diff.exposed.length} newly exposed to outside addresses` : '',
    diff.added.length > 0 ? `${diff.added.length} added` : '',
    diff.changed.length > 0 ? `${diff.changed.length} changed` : '',
    diff.removed.length > 0 ? `${diff.removed.length} removed` : '',
  ].filter((part) => part !== '');
  lines.push(`**Connectivity changes:** ${counts.join(', ')}.`, '');
  if (diff.exposed.length > 0) {
    const workloads = [...new Set(diff.exposed.map((change) => endpointText(change.dst)))];
    lines.push(
      `**Newly reachable from outside the cluster:** ${workloads.map((text) => `\`${markdownCell(text)}\``).join(', ')}`,
      '',
    );
  }
  lines.push(...TABLE_HEADER, ...changes.slice(0, VISIBLE_ROWS).map(tableRow));
  if (changes.length > VISIBLE_ROWS) {
    const rest = changes.slice(VISIBLE_ROWS);
    lines.push(
      '',
      `<details><summary>${rest.length} more change${rest.length === 1 ? '' : 's'}</summary>`,
      '',
      ...TABLE_HEADER,
      ...rest.map(tableRow),
      '',
      '</details>',
    );
  }
  lines.push('');
  const graph = ['```mermaid', connectivityDiffMermaid(diff).trimEnd(), '```'];
  if (changes.length > VISIBLE_ROWS) {
    lines.push(
      `<details><summary>Graph of ${changes.length} changes</summary>`,
      '',
      ...graph,
      '',
      '</details>',
    );
  } else {
    lines.push(...graph);
  }
  return `${lines.join('\n')}\n`;
}

const EDGE_STYLE: Record<ConnectionChange['change'], { arrow: string; style: string }> = {
  exposed: { arrow: '==>', style: 'stroke:#1a7f37,stroke-width:3px' },
  added: { arrow: '==>', style: 'stroke:#1a7f37,stroke-width:3px' },
  changed: { arrow: '-->', style: 'stroke:#9a6700,stroke-width:2px' },
  removed: { arrow: '-.->', style: 'stroke:#cf222e,stroke-width:2px,stroke-dasharray:5 5' },
};

/** The diff as a Mermaid flowchart: one edge a change, styled by kind. */
export function connectivityDiffMermaid(diff: ConnectivityDiff): string {
  const nodes = new MermaidNodes();
  const edges: string[] = [];
  const indexes: Record<string, number[]> = {};
  orderedChanges(diff).forEach((change, index) => {
    const label =
      change.change === 'changed'
        ? `${change.before} → ${change.after}`
        : change.change === 'removed'
          ? `removed: ${change.before}`
          : change.after.toString();
    const { arrow, style } = EDGE_STYLE[change.change];
    edges.push(`  ${nodes.id(change.src)} ${arrow}|"${mermaidText(label)}"| ${nodes.id(change.dst)}`);
    (indexes[style] ??= []).push(index);
  });
  const styles = Object.entries(indexes).map(([style, list]) => `  linkStyle ${list.join(',')} ${style}`);
  return `${['flowchart LR', ...nodes.declarations, ...edges, ...styles].join('\n')}\n`;
}
