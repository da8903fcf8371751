import { createRequire as __kubegateRequire } from 'node:module';
const require = __kubegateRequire(import.meta.url);
import {
  formatJson,
  formatText,
  jsonChunks,
  writeInBatches,
  writeJsonFile
} from "./chunk-OIGS7ZRV.js";
import {
  ConfigError,
  DEFAULT_CONFIG_FILE,
  DEFAULT_SETTINGS,
  KUBEGATE_VERSION,
  UsageError,
  applyConfig,
  buildReport,
  exitCodeFor,
  formatSarif,
  oneOf,
  parseCommandArgs,
  readConfigFile,
  renderSources
} from "./chunk-3Q33NQNM.js";
import {
  Conn,
  RULE_FAMILIES,
  Reachability,
  analyzeAll,
  applyExemptions,
  atomEdges,
  compareConnections,
  compareFindings,
  connectionLine,
  describeGrantPath,
  describeSubject,
  endpointJson,
  endpointText,
  inlineExemptions,
  mergeExternalAtoms,
  parsePssVersion,
  relativeName,
  resourceKey,
  resourceRef,
  ruleCatalogue,
  todayUtc,
  withRange
} from "./chunk-Q2MKRVJ5.js";

// src/commands/check.ts
import fs2 from "node:fs";
import path2 from "node:path";

// src/baseline/compare.ts
function compareWithBase(head, base) {
  const remaining = /* @__PURE__ */ new Map();
  for (const finding of base) {
    const list = remaining.get(finding.fingerprint) ?? [];
    list.push(finding);
    remaining.set(finding.fingerprint, list);
  }
  const result = head.map((finding) => {
    const match = remaining.get(finding.fingerprint)?.pop();
    return { ...finding, status: match ? "existing" : "new" };
  });
  for (const leftovers of remaining.values()) {
    for (const finding of leftovers) result.push({ ...finding, status: "fixed" });
  }
  return result.sort(compareFindings);
}

// src/baseline/revision.ts
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
var GitError = class extends Error {
  name = "GitError";
};
function git(cwd, args, env = {}) {
  const result = spawnSync("git", args, {
    cwd,
    encoding: "utf8",
    env: { ...process.env, ...env },
    maxBuffer: 256 * 1024 * 1024
  });
  if (result.error) throw new GitError(`git ${args[0]}: ${result.error.message}`);
  if (result.status !== 0)
    throw new GitError(`git ${args[0]} failed: ${result.stderr.trim() || `exit ${result.status}`}`);
  return result.stdout;
}
function resolveCommit(cwd, ref) {
  if (ref.startsWith("-")) throw new GitError(`not a revision: ${ref}`);
  try {
    return git(cwd, ["rev-parse", "--verify", "--quiet", "--end-of-options", `${ref}^{commit}`]).trim();
  } catch {
    throw new GitError(
      `cannot resolve git revision "${ref}" (is it fetched? actions/checkout needs fetch-depth: 0)`
    );
  }
}
function materializeRevision(cwd, ref) {
  const commit = resolveCommit(cwd, ref);
  const prefix = git(cwd, ["rev-parse", "--show-prefix"]).trim();
  const topLevel = git(cwd, ["rev-parse", "--show-toplevel"]).trim();
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "kubegate-base-"));
  const remove = () => fs.rmSync(work, { recursive: true, force: true });
  try {
    const index = { GIT_INDEX_FILE: path.join(work, "index") };
    const tree = path.join(work, "tree");
    git(topLevel, ["read-tree", commit], index);
    git(topLevel, ["checkout-index", "--all", "--force", `--prefix=${tree}/`], index);
    const baseCwd = path.join(tree, prefix);
    fs.mkdirSync(baseCwd, { recursive: true });
    return { cwd: baseCwd, remove };
  } catch (error) {
    remove();
    throw error;
  }
}
function changedFilesSince(cwd, ref) {
  const commit = resolveCommit(cwd, ref);
  const changed = git(cwd, ["diff", "--name-only", "--no-renames", "--relative", "-z", commit, "--"]).split("\0").filter((file) => file !== "");
  const untracked = git(cwd, ["ls-files", "--others", "--exclude-standard", "-z"]).split("\0").filter((file) => file !== "");
  return /* @__PURE__ */ new Set([...changed, ...untracked]);
}

// src/commands/check.ts
var CHECK_USAGE = `Usage: kubegate check [PATH...] [options]

Checks Kubernetes manifests (files or folders; default ".") against the
hardening baselines and gates on the findings.

Options:
  --format text|json|sarif         report format (default text)
  --output FILE                    write the report to FILE instead of stdout
  --fail-on high|medium|low|none   fail on findings at or above this tier (default high)
  --config FILE                    configuration (default .kubegate.yaml when present)
  --pss-level baseline|restricted  Pod Security Standards level (default restricted)
  --pss-version v1.N|latest        Pod Security Standards version (default latest)
  --rules GLOB[,GLOB...]           run only rules whose id matches (e.g. "pss/*")
  --base REF                       compare with a git revision: findings are new, existing or fixed;
                                   only the sources the change touches are rendered
  --new-only                       with --base: gate only on new findings
  --changed-files FILE|-           render only the sources these files touch (one path a line)
  --shard I/N                      check only the I-th of N deterministic shares of the sources

Exit codes: 0 gate passed, 1 gate failed, 2 kubegate could not evaluate.
`;
var FORMATS = ["text", "json", "sarif"];
var FAIL_ON = ["high", "medium", "low", "none"];
var PSS_LEVELS = ["baseline", "restricted"];
function runCheck(args, io) {
  if (args.includes("--help") || args.includes("-h")) {
    io.stdout(CHECK_USAGE);
    return 0;
  }
  let options;
  try {
    options = parseCheckOptions(args, io);
  } catch (error) {
    if (error instanceof ConfigError) {
      io.stderr(`kubegate: ${error.file}:${error.line}: ${error.message}
`);
      return 2;
    }
    throw error;
  }
  const report = checkReport(options, io.cwd, { env: io.env });
  if (options.output) {
    const target = path2.resolve(io.cwd, options.output);
    fs2.mkdirSync(path2.dirname(target), { recursive: true });
    if (options.format === "json") writeJsonFile(target, report);
    else fs2.writeFileSync(target, formatReport(report, options.format, io));
    const s = report.summary;
    io.stderr(
      `kubegate: ${s.high} high, ${s.medium} medium, ${s.low} low; gate ${s.gate}; report written to ${options.output}
`
    );
  } else if (options.format === "json") {
    writeInBatches(jsonChunks(report), io.stdout);
  } else {
    io.stdout(formatReport(report, options.format, io));
  }
  return exitCodeFor(report);
}
function checkReport(options, cwd, environment = { env: process.env }) {
  return checkRun(options, cwd, environment).report;
}
function checkRun(options, cwd, environment = { env: process.env }) {
  const errors = [];
  let changedFiles = options.changedFiles;
  if (options.base !== void 0 && changedFiles === void 0) {
    try {
      changedFiles = changedFilesSince(cwd, options.base);
    } catch (error) {
      if (!(error instanceof GitError)) throw error;
      errors.push({ file: ".", line: 1, message: error.message });
    }
  }
  const head = render(options, cwd, environment, changedFiles);
  errors.push(...head.errors);
  const analysed = analyzeAll(head.objects, options.settings, head.otherDocuments);
  errors.push(...analysed.errors);
  let findings = analysed.findings;
  let baseRendered;
  if (options.base !== void 0 && errors.length === 0) {
    try {
      const base = materializeRevision(cwd, options.base);
      try {
        const rendered = render(options, base.cwd, environment, changedFiles);
        baseRendered = rendered;
        errors.push(
          ...rendered.errors.filter((error) => error.message !== "no such file or folder").map((error) => ({ ...error, message: `in ${options.base}: ${error.message}` }))
        );
        const baseFindings = analyzeAll(rendered.objects, options.settings, rendered.otherDocuments).findings;
        findings = refineNovelty(compareWithBase(findings, baseFindings), head.objects, rendered.objects);
      } finally {
        base.remove();
      }
    } catch (error) {
      if (!(error instanceof GitError)) throw error;
      errors.push({ file: ".", line: 1, message: error.message });
    }
  }
  const inline = new Map(
    head.objects.map((object) => [
      resourceKey({ resource: resourceRef(object.value) }),
      inlineExemptions(object.value)
    ])
  );
  findings = applyExemptions(findings, inline, {
    exemptions: options.settings.config.exemptions ?? [],
    allowInline: options.settings.config.allowInlineExemptions ?? true,
    today: environment.today ?? todayUtc()
  });
  const report = buildReport({
    findings,
    errors,
    failOn: options.settings.failOn,
    newOnly: options.newOnly,
    objects: head.objects.length,
    files: head.files,
    skippedDocuments: head.skippedDocuments,
    skippedCharts: head.skippedCharts,
    charts: head.rendered.charts.length,
    kustomizations: head.rendered.kustomizations.length
  });
  return { report, head, ...baseRendered ? { base: baseRendered } : {} };
}
function refineNovelty(findings, head, base) {
  let refined = findings;
  for (const family of RULE_FAMILIES) {
    if (!family.isNewFinding) continue;
    const ids = new Set(family.rules.map((rule) => rule.id));
    if (!refined.some((finding) => ids.has(finding.ruleId) && finding.status !== "fixed")) continue;
    const isNew = family.isNewFinding(head, base);
    refined = refined.map(
      (finding) => ids.has(finding.ruleId) && finding.status !== "fixed" ? { ...finding, status: isNew(finding) ? "new" : "existing" } : finding
    );
  }
  return refined;
}
function render(options, cwd, environment, changedFiles) {
  return renderSources(options.paths, {
    cwd,
    config: options.settings.config.render ?? {},
    maxFileBytes: options.settings.maxFileBytes,
    env: environment.env,
    ...changedFiles ? { changedFiles } : {},
    ...options.shard ? { shard: options.shard } : {}
  });
}
function formatReport(report, format, io) {
  const rules = ruleCatalogue();
  if (format === "json") return formatJson(report);
  if (format === "sarif") return formatSarif(report, { rules, toolVersion: KUBEGATE_VERSION });
  const color = io.isTTY && !io.env.NO_COLOR;
  return formatText(report, { color, rules: new Map(rules.map((rule) => [rule.id, rule])) });
}
function parseCheckOptions(args, io) {
  const { values, positionals } = parseStrict(args);
  const format = oneOf("--format", values.format ?? "text", FORMATS);
  let settings = DEFAULT_SETTINGS;
  const configPath = values.config ?? (fs2.existsSync(path2.join(io.cwd, DEFAULT_CONFIG_FILE)) ? DEFAULT_CONFIG_FILE : void 0);
  if (configPath !== void 0) {
    const full = path2.resolve(io.cwd, configPath);
    settings = applyConfig(settings, readConfigFile(full, relativeName(io.cwd, full)));
  }
  if (values["fail-on"] !== void 0)
    settings = { ...settings, failOn: oneOf("--fail-on", values["fail-on"], FAIL_ON) };
  if (values["pss-level"] !== void 0 || values["pss-version"] !== void 0) {
    settings = {
      ...settings,
      pss: {
        level: values["pss-level"] !== void 0 ? oneOf("--pss-level", values["pss-level"], PSS_LEVELS) : settings.pss.level,
        version: values["pss-version"] !== void 0 ? pssVersionFlag(values["pss-version"]) : settings.pss.version
      }
    };
  }
  if (values.rules !== void 0) {
    const globs = values.rules.split(",").map((glob) => glob.trim()).filter((glob) => glob !== "");
    if (globs.length === 0) throw new UsageError("--rules needs at least one rule id or glob");
    settings = { ...settings, onlyRules: globs };
  }
  const newOnly = values["new-only"] ?? false;
  if (newOnly && values.base === void 0) throw new UsageError("--new-only needs --base REF");
  const changedFiles = values["changed-files"] !== void 0 ? readChangedFiles(values["changed-files"], io) : void 0;
  const shard = values.shard !== void 0 ? parseShard(values.shard) : void 0;
  return {
    ...changedFiles ? { changedFiles } : {},
    ...shard ? { shard } : {},
    paths: positionals.length > 0 ? positionals : ["."],
    format,
    ...values.output !== void 0 ? { output: values.output } : {},
    settings,
    ...values.base !== void 0 ? { base: values.base } : {},
    newOnly
  };
}
function parseStrict(args) {
  return parseCommandArgs(args, {
    format: { type: "string" },
    output: { type: "string" },
    "fail-on": { type: "string" },
    config: { type: "string" },
    "pss-level": { type: "string" },
    "pss-version": { type: "string" },
    rules: { type: "string" },
    base: { type: "string" },
    "new-only": { type: "boolean" },
    "changed-files": { type: "string" },
    shard: { type: "string" }
  });
}
function readChangedFiles(source, io) {
  let text;
  try {
    text = source === "-" ? fs2.readFileSync(0, "utf8") : fs2.readFileSync(path2.resolve(io.cwd, source), "utf8");
  } catch (error) {
    throw new UsageError(
      `--changed-files: cannot read ${source}: ${error.code ?? String(error)}`
    );
  }
  return new Set(
    text.split(/\r?\n/).map((line2) => line2.trim()).filter((line2) => line2 !== "").map((line2) => line2.replace(/^\.\//, ""))
  );
}
function parseShard(value) {
  const match = /^(\d+)\/(\d+)$/.exec(value);
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index < 1 || index > count)
    throw new UsageError(`--shard must be I/N with 1 <= I <= N, not "${value}"`);
  return { index, count };
}
function pssVersionFlag(value) {
  try {
    return parsePssVersion(value);
  } catch (error) {
    throw new UsageError(`--pss-version: ${error.message}`);
  }
}

// src/engines/netpol/diff.ts
function isEmptyDiff(diff) {
  return diff.exposed.length + diff.added.length + diff.removed.length + diff.changed.length === 0;
}
function analyzePair(base, head, options) {
  const first = { base: new Reachability(base, options), head: new Reachability(head, options) };
  const boundaries = [...first.base.boundaryRanges(), ...first.head.boundaryRanges()];
  const ipv6 = [first.base, first.head].some((side) => side.externals.some((atom) => atom.family === 6));
  const shared = { boundaries, ipv6 };
  return { base: new Reachability(base, options, shared), head: new Reachability(head, options, shared) };
}
function edgeKey(edge) {
  const side = (endpoint) => endpoint.kind === "external" ? `@${edge.atom}` : endpointText(endpoint);
  return `${side(edge.src)}\0${side(edge.dst)}`;
}
function diffConnectivity(base, head) {
  const pairs = /* @__PURE__ */ new Map();
  for (const edge of atomEdges(base))
    pairs.set(edgeKey(edge), { ...edge, before: edge.conn, after: Conn.NONE });
  for (const edge of atomEdges(head)) {
    const key = edgeKey(edge);
    const previous = pairs.get(key);
    pairs.set(key, { ...edge, before: previous?.before ?? Conn.NONE, after: edge.conn });
  }
  const changedPairs = [...pairs.values()].filter((pair) => !pair.before.equals(pair.after));
  const merged = mergeExternalAtoms(
    changedPairs,
    (pair) => `${pair.before}\0${pair.after}`,
    (first, range) => withRange(first, range)
  );
  const reachedFromOutside = (edges) => new Set(edges.filter((edge) => edge.src.kind === "external").map((edge) => endpointText(edge.dst)));
  const exposedBefore = reachedFromOutside([...pairs.values()].filter((pair) => !pair.before.isEmpty));
  const diff = { exposed: [], added: [], removed: [], changed: [] };
  for (const pair of merged) {
    const { src, dst, before, after } = pair;
    if (before.isEmpty) {
      const exposed = src.kind === "external" && dst.kind === "workload" && !exposedBefore.has(endpointText(dst));
      const change = exposed ? "exposed" : "added";
      diff[change].push({ change, src, dst, before, after });
    } else if (after.isEmpty) diff.removed.push({ change: "removed", src, dst, before, after });
    else diff.changed.push({ change: "changed", src, dst, before, after });
  }
  for (const list of Object.values(diff)) list.sort(compareConnections);
  return diff;
}

// src/engines/netpol/format.ts
var LIST_FORMATS = ["text", "json", "md", "dot", "mermaid"];
function formatConnections(connections, format, warnings = []) {
  switch (format) {
    case "text":
      return connections.map((connection) => `${connectionLine(connection)}
`).join("");
    case "json":
      return `${JSON.stringify(
        {
          connections: connections.map((connection) => ({
            src: endpointJson(connection.src),
            dst: endpointJson(connection.dst),
            conn: connection.conn.toString()
          })),
          warnings: warnings.map((warning) => ({
            file: warning.object.file,
            line: warning.object.locate(warning.path).line,
            message: warning.message
          }))
        },
        null,
        2
      )}
`;
    case "md":
      return markdownTable(connections);
    case "dot":
      return dotGraph(connections);
    case "mermaid":
      return mermaidGraph(connections);
  }
}
function markdownCell(text) {
  return text.replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/\n/g, " ");
}
function markdownTable(connections) {
  const lines = ["| Source | Destination | Allowed |", "| --- | --- | --- |"];
  for (const connection of connections) {
    lines.push(
      `| \`${markdownCell(endpointText(connection.src))}\` | \`${markdownCell(endpointText(connection.dst))}\` | ${markdownCell(connection.conn.toString())} |`
    );
  }
  return `${lines.join("\n")}
`;
}
function dotString(text) {
  return `"${text.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
}
function dotGraph(connections) {
  const nodes = /* @__PURE__ */ new Map();
  for (const { src, dst } of connections) {
    nodes.set(endpointText(src), src);
    nodes.set(endpointText(dst), dst);
  }
  const lines = ["digraph netpol {", "  rankdir=LR;", '  node [fontname="Helvetica", fontsize=10];'];
  for (const [text, endpoint] of [...nodes].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0)) {
    const style = endpoint.kind === "external" ? "shape=ellipse, style=dashed" : endpoint.kind === "namespace" ? "shape=folder" : "shape=box";
    lines.push(`  ${dotString(text)} [${style}];`);
  }
  for (const { src, dst, conn } of connections) {
    lines.push(
      `  ${dotString(endpointText(src))} -> ${dotString(endpointText(dst))} [label=${dotString(conn.toString())}];`
    );
  }
  lines.push("}");
  return `${lines.join("\n")}
`;
}
function mermaidText(text) {
  return text.replace(/[#"<>&]/g, (ch) => `#${ch.charCodeAt(0)};`);
}
var MermaidNodes = class {
  ids = /* @__PURE__ */ new Map();
  declarations = [];
  id(endpoint) {
    const text = endpointText(endpoint);
    let id = this.ids.get(text);
    if (!id) {
      id = `n${this.ids.size}`;
      this.ids.set(text, id);
      const label = `"${mermaidText(text)}"`;
      this.declarations.push(
        endpoint.kind === "external" ? `  ${id}([${label}])` : endpoint.kind === "namespace" ? `  ${id}[/${label}/]` : `  ${id}[${label}]`
      );
    }
    return id;
  }
};
function mermaidGraph(connections) {
  const nodes = new MermaidNodes();
  const edges = connections.map(
    ({ src, dst, conn }) => `  ${nodes.id(src)} -->|"${mermaidText(conn.toString())}"| ${nodes.id(dst)}`
  );
  return `${["flowchart LR", ...nodes.declarations, ...edges].join("\n")}
`;
}

// src/report/netpol-diff.ts
var VISIBLE_ROWS = 50;
var NO_CHANGES = "No connectivity changes.";
function line(change) {
  const pair = `${endpointText(change.src)} => ${endpointText(change.dst)}`;
  return change.change === "changed" ? `${pair} : ${change.before} -> ${change.after}` : `${pair} : ${change.change === "removed" ? change.before : change.after}`;
}
function orderedChanges(diff) {
  return [...diff.exposed, ...diff.added, ...diff.changed, ...diff.removed];
}
function connectivityDiffText(diff) {
  if (isEmptyDiff(diff)) return `${NO_CHANGES}
`;
  const sections = [
    ["Newly reachable from outside the cluster:", "!", diff.exposed],
    ["Added:", "+", diff.added],
    ["Changed:", "~", diff.changed],
    ["Removed:", "-", diff.removed]
  ];
  const lines = [];
  for (const [title, mark, changes] of sections) {
    if (changes.length === 0) continue;
    lines.push(title, ...changes.map((change) => `  ${mark} ${line(change)}`));
  }
  return `${lines.join("\n")}
`;
}
function connectivityDiffJson(diff) {
  const plain = (change) => ({
    src: endpointJson(change.src),
    dst: endpointJson(change.dst),
    conn: (change.change === "removed" ? change.before : change.after).toString()
  });
  return `${JSON.stringify(
    {
      exposed: diff.exposed.map(plain),
      added: diff.added.map(plain),
      changed: diff.changed.map((change) => ({
        src: endpointJson(change.src),
        dst: endpointJson(change.dst),
        before: change.before.toString(),
        after: change.after.toString()
      })),
      removed: diff.removed.map(plain)
    },
    null,
    2
  )}
`;
}
var CHANGE_LABEL = {
  exposed: "**newly exposed**",
  added: "added",
  changed: "changed",
  removed: "removed"
};
function tableRow(change) {
  const before = change.before.isEmpty ? "" : markdownCell(change.before.toString());
  const after = change.after.isEmpty ? "" : markdownCell(change.after.toString());
  return `| ${CHANGE_LABEL[change.change]} | \`${markdownCell(endpointText(change.src))}\` | \`${markdownCell(endpointText(change.dst))}\` | ${before} | ${after} |`;
}
var TABLE_HEADER = [
  "| Change | Source | Destination | Before | After |",
  "| --- | --- | --- | --- | --- |"
];
function connectivityDiffMarkdown(diff) {
  if (isEmptyDiff(diff)) return `${NO_CHANGES}
`;
  const changes = orderedChanges(diff);
  const lines = [];
  const counts = [
    diff.exposed.length > 0 ? `${diff.exposed.length} newly exposed to outside addresses` : "",
    diff.added.length > 0 ? `${diff.added.length} added` : "",
    diff.changed.length > 0 ? `${diff.changed.length} changed` : "",
    diff.removed.length > 0 ? `${diff.removed.length} removed` : ""
  ].filter((part) => part !== "");
  lines.push(`**Connectivity changes:** ${counts.join(", ")}.`, "");
  if (diff.exposed.length > 0) {
    const workloads = [...new Set(diff.exposed.map((change) => endpointText(change.dst)))];
    lines.push(
      `**Newly reachable from outside the cluster:** ${workloads.map((text) => `\`${markdownCell(text)}\``).join(", ")}`,
      ""
    );
  }
  lines.push(...TABLE_HEADER, ...changes.slice(0, VISIBLE_ROWS).map(tableRow));
  if (changes.length > VISIBLE_ROWS) {
    const rest = changes.slice(VISIBLE_ROWS);
    lines.push(
      "",
      `<details><summary>${rest.length} more change${rest.length === 1 ? "" : "s"}</summary>`,
      "",
      ...TABLE_HEADER,
      ...rest.map(tableRow),
      "",
      "</details>"
    );
  }
  lines.push("");
  const graph = ["```mermaid", connectivityDiffMermaid(diff).trimEnd(), "```"];
  if (changes.length > VISIBLE_ROWS) {
    lines.push(
      `<details><summary>Graph of ${changes.length} changes</summary>`,
      "",
      ...graph,
      "",
      "</details>"
    );
  } else {
    lines.push(...graph);
  }
  return `${lines.join("\n")}
`;
}
var EDGE_STYLE = {
  exposed: { arrow: "==>", style: "stroke:#1a7f37,stroke-width:3px" },
  added: { arrow: "==>", style: "stroke:#1a7f37,stroke-width:3px" },
  changed: { arrow: "-->", style: "stroke:#9a6700,stroke-width:2px" },
  removed: { arrow: "-.->", style: "stroke:#cf222e,stroke-width:2px,stroke-dasharray:5 5" }
};
function connectivityDiffMermaid(diff) {
  const nodes = new MermaidNodes();
  const edges = [];
  const indexes = {};
  orderedChanges(diff).forEach((change, index) => {
    const label = change.change === "changed" ? `${change.before} \u2192 ${change.after}` : change.change === "removed" ? `removed: ${change.before}` : change.after.toString();
    const { arrow, style } = EDGE_STYLE[change.change];
    edges.push(`  ${nodes.id(change.src)} ${arrow}|"${mermaidText(label)}"| ${nodes.id(change.dst)}`);
    (indexes[style] ??= []).push(index);
  });
  const styles = Object.entries(indexes).map(([style, list]) => `  linkStyle ${list.join(",")} ${style}`);
  return `${["flowchart LR", ...nodes.declarations, ...edges, ...styles].join("\n")}
`;
}

// src/report/rbac-diff.ts
function describePermission(change) {
  const verbs = change.verbs.includes("*") ? "every verb (*) on" : change.verbs.join(", ");
  let target;
  if (change.nonResourceURL !== void 0) {
    target = change.nonResourceURL === "*" ? "every non-resource URL" : change.nonResourceURL;
  } else {
    const slash = change.resource.indexOf("/");
    const base = slash < 0 ? change.resource : change.resource.slice(0, slash);
    const sub = slash < 0 ? "" : change.resource.slice(slash);
    const resource = base === "*" ? `every resource${sub ? ` (${sub.slice(1)} subresource)` : ""}` : `${base}${sub}`;
    const group = change.apiGroup === "" ? "" : change.apiGroup === "*" ? " in every API group" : ` in API group ${change.apiGroup}`;
    target = `${resource}${group}`;
  }
  const names = change.resourceNames.length > 0 ? ` named ${change.resourceNames.join(", ")}` : "";
  const scope = change.namespace === "" ? "cluster-wide" : `in namespace ${change.namespace}`;
  return `${verbs} ${target}${names} ${scope}`;
}
function permissionChangeLine(change, direction) {
  return `${describeSubject(change.subject)} ${direction === "added" ? "can now" : "can no longer"}: ${describePermission(change)}`;
}
function rbacDiffText(diff) {
  if (diff.added.length === 0 && diff.removed.length === 0) return "No RBAC permission changes.\n";
  const lines = [];
  for (const change of diff.added) {
    lines.push(`+ ${permissionChangeLine(change, "added")}`);
    for (const grant of change.via) lines.push(`    via ${describeGrantPath(grant)}${where(grant)}`);
  }
  for (const change of diff.removed) lines.push(`- ${permissionChangeLine(change, "removed")}`);
  return `${lines.join("\n")}
`;
}
function rbacDiffMarkdownLines(diff) {
  if (diff.added.length === 0 && diff.removed.length === 0) return ["No RBAC permission changes."];
  const lines = [];
  if (diff.added.length > 0) {
    lines.push(`**New permissions (${diff.added.length})**`, "");
    for (const change of diff.added) lines.push(`- ${escapeMarkdown(permissionChangeLine(change, "added"))}`);
  }
  if (diff.removed.length > 0) {
    if (lines.length > 0) lines.push("");
    lines.push(`**Removed permissions (${diff.removed.length})**`, "");
    for (const change of diff.removed)
      lines.push(`- ${escapeMarkdown(permissionChangeLine(change, "removed"))}`);
  }
  return lines;
}
function rbacDiffMarkdown(diff) {
  return `${rbacDiffMarkdownLines(diff).join("\n")}
`;
}
function rbacDiffJson(diff) {
  const entry = (change) => ({
    subject: change.subject,
    namespace: change.namespace === "" ? null : change.namespace,
    verbs: change.verbs,
    ...change.nonResourceURL !== void 0 ? { nonResourceURL: change.nonResourceURL } : { apiGroup: change.apiGroup, resource: change.resource },
    resourceNames: change.resourceNames,
    via: change.via.map((grant) => ({
      path: describeGrantPath(grant),
      ...grant.rule.origin.provenance.builtin ? {} : {
        file: grant.rule.origin.provenance.object.file,
        line: grant.rule.origin.provenance.object.locate(["rules", grant.rule.origin.index]).line
      }
    }))
  });
  return `${JSON.stringify({ added: diff.added.map(entry), removed: diff.removed.map(entry) }, null, 2)}
`;
}
function where(grant) {
  const provenance = grant.rule.origin.provenance;
  if (provenance.builtin) return ` (built in, ${provenance.kubernetesVersion})`;
  return ` (${provenance.object.file}:${provenance.object.locate(["rules", grant.rule.origin.index]).line})`;
}
function escapeMarkdown(text) {
  return text.replace(/([\\`*_[\]<>|])/g, "\\$1");
}

export {
  GitError,
  resolveCommit,
  CHECK_USAGE,
  runCheck,
  checkRun,
  parseCheckOptions,
  analyzePair,
  diffConnectivity,
  LIST_FORMATS,
  formatConnections,
  connectivityDiffText,
  connectivityDiffJson,
  connectivityDiffMarkdown,
  connectivityDiffMermaid,
  rbacDiffText,
  rbacDiffMarkdown,
  rbacDiffJson
};
