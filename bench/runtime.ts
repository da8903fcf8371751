/**
 * Runtime tier benchmark: a large Falco ruleset (three times the size of
 * Falco's own falco_rules.yaml), a long audit policy evaluated on every probe
 * request, and a long encryption configuration, each parsed and checked by
 * the runtime and encryption rule families. In-process, median of the runs.
 * `npx tsx bench/runtime.ts` runs it alone; bench/run.ts calls benchRuntime().
 */
import { pathToFileURL } from 'node:url';
import { DEFAULT_SETTINGS, type Settings } from '../src/config/settings.js';
import type { SourceDocument, SourceObject } from '../src/model/objects.js';
import { parseManifests } from '../src/render/loader.js';
import { analyze } from '../src/rules/engine.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);

function falcoRules(lists: number, macros: number, rules: number): string {
  const out: string[] = [];
  for (let i = 0; i < lists; i++)
    out.push(`- list: list_${i}\n  items: [bin_${i}_a, bin_${i}_b, /usr/lib/tool_${i}]\n`);
  for (let i = 0; i < macros; i++) {
    const uses = i > 0 ? ` or macro_${i - 1}` : '';
    out.push(
      `- macro: macro_${i}\n  condition: (proc.name in (list_${i % lists}) and evt.type in (execve, execveat)${uses})\n`,
    );
  }
  for (let i = 0; i < rules; i++)
    out.push(
      [
        `- rule: Rule ${i}`,
        `  desc: detects case ${i}`,
        `  condition: macro_${i % macros} and container.id != host and not proc.pname in (list_${(i + 1) % lists})`,
        `  output: case ${i} (user=%user.name command=%proc.cmdline container=%container.name)`,
        `  priority: WARNING`,
        `  tags: [bench, case_${i % 10}]`,
        `  exceptions:`,
        `    - name: known_${i}`,
        `      fields: [proc.name, fd.name]`,
        `      values:`,
        `        - [tool_${i}, /tmp/${i}]`,
        '',
      ].join('\n'),
    );
  return out.join('\n');
}

function auditPolicy(rules: number): string {
  const out = ['apiVersion: audit.k8s.io/v1', 'kind: Policy', 'omitStages: [RequestReceived]', 'rules:'];
  for (let i = 0; i < rules; i++)
    out.push(
      `  - level: ${i % 2 === 0 ? 'None' : 'Metadata'}`,
      `    users: ["system:controller:c${i}"]`,
      `    verbs: [get, list, watch]`,
      `    resources:`,
      `      - group: "group${i}.example.com"`,
      `        resources: [things${i}, "things${i}/status"]`,
    );
  out.push('  - level: Metadata');
  return `${out.join('\n')}\n`;
}

function encryptionConfiguration(entries: number): string {
  const out = ['apiVersion: apiserver.config.k8s.io/v1', 'kind: EncryptionConfiguration', 'resources:'];
  for (let i = 0; i < entries; i++)
    out.push(
      `  - resources: [things${i}.group${i}.example.com]`,
      `    providers:`,
      `      - kms: {apiVersion: v2, name: kms-${i}, endpoint: "unix:///var/run/kms-${i}.sock"}`,
      `      - identity: {}`,
    );
  out.push(
    '  - resources: ["*.*"]',
    '    providers:',
    '      - kms: {apiVersion: v2, name: all, endpoint: "unix:///k.sock"}',
  );
  return `${out.join('\n')}\n`;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function measure(name: string, file: string, text: string, rules: string, unit: string, units: number): void {
  const settings: Settings = {
    ...DEFAULT_SETTINGS,
    onlyRules: [rules],
    config: { runtime: { falco: { validate: 'never' } } },
  };
  const parseTimes: number[] = [];
  const checkTimes: number[] = [];
  let findings = 0;
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    const parsed = parseManifests(file, text);
    if ('error' in parsed) throw new Error(`${file}:${parsed.error.line}: ${parsed.error.message}`);
    const objects: SourceObject[] = parsed.objects;
    const documents: SourceDocument[] = parsed.otherDocuments;
    const parsedAt = performance.now();
    findings = analyze(objects, settings, documents).length;
    checkTimes.push(performance.now() - parsedAt);
    parseTimes.push(parsedAt - started);
  }
  const check = median(checkTimes);
  console.log(
    `${name.padEnd(12)}: ${units.toLocaleString('en-US')} ${unit}, ${(text.length / 1024).toFixed(0)} KiB · parse ${median(parseTimes).toFixed(1)} ms · check ${check.toFixed(1)} ms (${Math.round((units / check) * 1000).toLocaleString('en-US')} ${unit}/s) · ${findings} findings`,
  );
}

export function benchRuntime(): void {
  console.log(`runtime tier (median of ${RUNS}, in-process, Node ${process.version}):`);
  measure('falco', 'bench/falco.yaml', falcoRules(300, 600, 300), 'runtime/falco-*', 'items', 1200);
  measure('audit', 'bench/audit.yaml', auditPolicy(400), 'runtime/audit-*', 'policy rules', 401);
  measure(
    'encryption',
    'bench/encryption.yaml',
    encryptionConfiguration(500),
    'secrets/encryption-*',
    'entries',
    501,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) benchRuntime();
