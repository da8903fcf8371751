/**
 * `kubegate netpol list` output: one connection a line in text
 * (`ns/name[Kind] => ns/name[Kind] : TCP 80,UDP 53`), JSON
 * (`{"connections":[{"src":{...},"dst":{...},"conn":"TCP 80,UDP 53"}]}`),
 * a markdown table, or a graph for Graphviz (dot) or Mermaid.
 */
import { connectionLine, endpointJson, endpointText, type Connection, type Endpoint } from './connections.js';
import type { Warning } from './reachability.js';

export const LIST_FORMATS = ['text', 'json', 'md', 'dot', 'mermaid'] as const;
export type ListFormat = (typeof LIST_FORMATS)[number];

export function formatConnections(
  connections: readonly Connection[],
  format: ListFormat,
  warnings: readonly Warning[] = [],
): string {
  switch (format) {
    case 'text':
      return connections.map((connection) => `${connectionLine(connection)}\n`).join('');
    case 'json':
      return `${JSON.stringify(
        {
          connections: connections.map((connection) => ({
            src: endpointJson(connection.src),
            dst: endpointJson(connection.dst),
            conn: connection.conn.toString(),
          })),
          warnings: warnings.map((warning) => ({
            file: warning.object.file,
            line: warning.object.locate(warning.path).line,
            message: warning.message,
          })),
        },
        null,
        2,
      )}\n`;
    case 'md':
      return markdownTable(connections);
    case 'dot':
      return dotGraph(connections);
    case 'mermaid':
      return mermaidGraph(connections);
  }
}

export function markdownCell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function markdownTable(connections: readonly Connection[]): string {
  const lines = ['| Source | Destination | Allowed |', '| --- | --- | --- |'];
  for (const connection of connections) {
    lines.push(
      `| \`${markdownCell(endpointText(connection.src))}\` | \`${markdownCell(endpointText(connection.dst))}\` | ${markdownCell(connection.conn.toString())} |`,
    );
  }
  return `${lines.join('\n')}\n`;
}

function dotString(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

function dotGraph(connections: readonly Connection[]): string {
  const nodes = new Map<string, Endpoint>();
  for (const { src, dst } of connections) {
    nodes.set(endpointText(src), src);
    nodes.set(endpointText(dst), dst);
  }
  const lines = ['digraph netpol {', '  rankdir=LR;', '  node [fontname="Helvetica", fontsize=10];'];
  for (const [text, endpoint] of [...nodes].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const style =
      endpoint.kind === 'external'
        ? 'shape=ellipse, style=dashed'
        : endpoint.kind === 'namespace'
          ? 'shape=folder'
          : 'shape=box';
    lines.push(`  ${dotString(text)} [${style}];`);
  }
  for (const { src, dst, conn } of connections) {
    lines.push(
      `  ${dotString(endpointText(src))} -> ${dotString(endpointText(dst))} [label=${dotString(conn.toString())}];`,
    );
  }
  lines.push('}');
  return `${lines.join('\n')}\n`;
}

/** Text inside a quoted Mermaid label: quotes and markup characters as entities. */
export function mermaidText(text: string): string {
  return text.replace(/[#"<>&]/g, (ch) => `#${ch.charCodeAt(0)};`);
}

/** Stable node ids (n0, n1, ...) for endpoints, in first-seen order. */
export class MermaidNodes {
  private readonly ids = new Map<string, string>();
  readonly declarations: string[] = [];

  id(endpoint: Endpoint): string {
    const text = endpointText(endpoint);
    let id = this.ids.get(text);
    if (!id) {
      id = `n${this.ids.size}`;
      this.ids.set(text, id);
      const label = `"${mermaidText(text)}"`;
      this.declarations.push(
        endpoint.kind === 'external'
          ? `  ${id}([${label}])`
          : endpoint.kind === 'namespace'
            ? `  ${id}[/${label}/]`
            : `  ${id}[${label}]`,
      );
    }
    return id;
  }
}

function mermaidGraph(connections: readonly Connection[]): string {
  const nodes = new MermaidNodes();
  const edges = connections.map(
    ({ src, dst, conn }) => `  ${nodes.id(src)} -->|"${mermaidText(conn.toString())}"| ${nodes.id(dst)}`,
  );
  return `${['flowchart LR', ...nodes.declarations, ...edges].join('\n')}\n`;
}
