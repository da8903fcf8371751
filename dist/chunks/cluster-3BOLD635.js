import { createRequire as __kubegateRequire } from 'node:module';
const require = __kubegateRequire(import.meta.url);
import {
  readExpectation,
  spawnRunner
} from "./chunk-MKBQPDUH.js";
import {
  formatJson,
  formatText
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
  readConfigFile,
  renderSources
} from "./chunk-3Q33NQNM.js";
import {
  startClusterSession
} from "./chunk-TJCGTJAC.js";
import "./chunk-R3VTQGAM.js";
import {
  formatConnectivityTables,
  isClusterFailure,
  resolveWithOverrides
} from "./chunk-DUUKQDNF.js";
import {
  relativeName,
  ruleCatalogue
} from "./chunk-Q2MKRVJ5.js";

// src/commands/cluster.ts
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
var CLUSTER_USAGE = `Usage: kubegate cluster [PATH...] --cluster kind|kubeconfig [options]

Dry-runs the manifests (files or folders; default ".") on a real API server
with real admission, and probes NetworkPolicy connectivity with real packets
against the static expectation.

  --cluster kind|kubeconfig      a throwaway kind cluster, or an existing cluster
                                 (everything in throwaway namespaces, removed at the end)
  --kubeconfig FILE              with --cluster kubeconfig (default $KUBECONFIG or ~/.kube/config)
  --context NAME                 kubeconfig context (default: the current one)
  --keep-cluster                 do not delete the kind cluster at the end
  --kind PATH                    the kind executable (default "kind")
  --node-image IMAGE             kind node image (default pinned: see docs/cluster.md)
  --cni kindnet|calico           kind's CNI (default kindnet; calico: kind without its CNI,
                                 then Calico's pinned manifest is downloaded and applied)
  --probe-image IMAGE            agnhost image for the probe pods
  --no-connectivity              skip the connectivity probes
  --expect FILE                  probe against a recorded truth table (kubegate netpol matrix
                                 output) instead of the one computed from the manifests
  --format text|json|sarif       report format (default text)
  --output FILE                  write the report to FILE instead of stdout
  --fail-on high|medium|low|none fail on findings at or above this tier (default high)
  --config FILE                  configuration (default .kubegate.yaml when present)

Exit codes: 0 gate passed, 1 gate failed, 2 kubegate could not evaluate.
`;
var FORMATS = ["text", "json", "sarif"];
var FAIL_ON = ["high", "medium", "low", "none"];
async function runClusterCommand(args, io, deps = { runner: spawnRunner, signals: process, exit: (code) => process.exit(code) }) {
  if (args.includes("--help") || args.includes("-h")) {
    io.stdout(CLUSTER_USAGE);
    return 0;
  }
  let parsed;
  try {
    parsed = parseClusterArgs(args, io);
  } catch (error) {
    if (error instanceof ConfigError) {
      io.stderr(`kubegate: ${error.file}:${error.line}: ${error.message}
`);
      return 2;
    }
    throw error;
  }
  const log = (line) => io.stderr(`kubegate: ${line}
`);
  let expectation;
  if (parsed.expect !== void 0) {
    try {
      expectation = readExpectation(path.resolve(io.cwd, parsed.expect));
    } catch (error) {
      io.stderr(`kubegate: ${parsed.expect}:1: ${error.message}
`);
      return 2;
    }
  }
  const session = startClusterSession({
    target: parsed.cluster === "kind" ? { mode: "kind", keepCluster: parsed.keepCluster, binary: parsed.kindBinary } : {
      mode: "kubeconfig",
      kubeconfigPath: path.resolve(
        io.cwd,
        parsed.kubeconfig ?? io.env.KUBECONFIG?.split(path.delimiter)[0] ?? path.join(deps.homeDir ?? io.env.HOME ?? ".", ".kube", "config")
      ),
      ...parsed.context !== void 0 ? { context: parsed.context } : {}
    },
    config: parsed.config,
    runner: deps.runner,
    ...deps.signals ? { signals: deps.signals } : {},
    ...deps.exit ? { exit: deps.exit } : {},
    ...deps.fetchText ? { fetchText: deps.fetchText } : {},
    log
  });
  try {
    const rendered = renderSources(parsed.paths, {
      cwd: io.cwd,
      config: parsed.settings.config.render ?? {},
      maxFileBytes: parsed.settings.maxFileBytes,
      env: io.env
    });
    if (rendered.errors.length > 0) {
      for (const error of rendered.errors)
        io.stderr(`kubegate: ${error.file}:${error.line}: ${error.message}
`);
      return 2;
    }
    let result;
    try {
      result = await session.run({
        objects: rendered.objects,
        settings: parsed.settings,
        ...expectation ? { expectation } : {}
      });
    } catch (error) {
      if (isClusterFailure(error)) {
        io.stderr(`kubegate: cluster: ${error.message}
`);
        return 2;
      }
      throw error;
    }
    const report = buildReport({
      findings: result.findings,
      errors: [],
      failOn: parsed.settings.failOn,
      newOnly: false,
      objects: rendered.objects.length,
      files: rendered.files,
      skippedDocuments: rendered.skippedDocuments,
      skippedCharts: rendered.skippedCharts
    });
    const text = formatClusterReport(report, result, parsed.format, io);
    if (parsed.output) {
      const file = path.resolve(io.cwd, parsed.output);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, text);
    } else {
      io.stdout(text);
    }
    return exitCodeFor(report);
  } finally {
    for (const error of await session.close()) log(`cleanup failed: ${error}`);
  }
}
function clusterReportJson(report, result) {
  return formatJson(report, { cluster: result.summary });
}
function formatClusterReport(report, result, format, io) {
  const rules = ruleCatalogue();
  if (format === "json") return clusterReportJson(report, result);
  if (format === "sarif") return formatSarif(report, { rules, toolVersion: KUBEGATE_VERSION });
  const color = io.isTTY && !io.env.NO_COLOR;
  return `${formatText(report, { color, rules: new Map(rules.map((rule) => [rule.id, rule])) })}${clusterSummaryText(result)}`;
}
function clusterSummaryText(result) {
  const s = result.summary;
  const t = s.timings;
  const lines = [
    "",
    `Cluster stage (${s.mode}): dry-run ${s.dryRun.objects} objects, ${s.dryRun.refused} refused, ${s.dryRun.skipped.length} skipped`,
    `Timings: cluster start ${sec(t.clusterStartMs)}, ready ${sec(t.readyMs)}, dry-run ${sec(t.dryRunMs)}, pod security ${sec(t.podSecurityMs)}, probes ${sec(t.probesMs)}, cleanup ${sec(t.cleanupMs)}`
  ];
  for (const skipped of s.dryRun.skipped)
    lines.push(
      `  skipped ${skipped.file}:${skipped.line} ${skipped.resource.kind}/${skipped.resource.name}: ${skipped.text}`
    );
  if (s.podSecurity.disagreements.length > 0) {
    lines.push(
      `kubegate defect: Pod Security Admission and the static pss/ rules disagree on ${s.podSecurity.disagreements.length} pod(s):`
    );
    for (const d of s.podSecurity.disagreements)
      lines.push(
        `  ${d.file}:${d.line} ${d.resource.kind}/${d.resource.name} at ${d.policy}: static ${d.staticChecks.join(", ") || "none"}; admission ${d.admission || "admitted"}`
      );
  }
  if (s.connectivity) {
    lines.push(
      `Connectivity: ${s.connectivity.probes} probes from ${s.connectivity.pods} pods, ${s.connectivity.mismatches} mismatches`
    );
    lines.push(formatConnectivityTables(s.connectivity.tables));
  }
  for (const error of s.cleanupErrors) lines.push(`cleanup failed: ${error}`);
  return `${lines.join("\n")}
`;
}
function sec(ms) {
  return `${(ms / 1e3).toFixed(1)}s`;
}
function parseClusterArgs(args, io) {
  let values;
  let positionals;
  try {
    ({ values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: {
        cluster: { type: "string" },
        kubeconfig: { type: "string" },
        context: { type: "string" },
        "keep-cluster": { type: "boolean" },
        kind: { type: "string" },
        "node-image": { type: "string" },
        cni: { type: "string" },
        "probe-image": { type: "string" },
        "no-connectivity": { type: "boolean" },
        expect: { type: "string" },
        format: { type: "string" },
        output: { type: "string" },
        "fail-on": { type: "string" },
        config: { type: "string" }
      }
    }));
  } catch (error) {
    throw new UsageError(error.message);
  }
  const str = (name) => values[name];
  const cluster = oneOf("--cluster", str("cluster") ?? "", ["kind", "kubeconfig"]);
  if (cluster === "kind" && (str("kubeconfig") !== void 0 || str("context") !== void 0))
    throw new UsageError("--kubeconfig and --context are for --cluster kubeconfig");
  let settings = DEFAULT_SETTINGS;
  const configPath = str("config") ?? (fs.existsSync(path.join(io.cwd, DEFAULT_CONFIG_FILE)) ? DEFAULT_CONFIG_FILE : void 0);
  if (configPath !== void 0) {
    const full = path.resolve(io.cwd, configPath);
    settings = applyConfig(settings, readConfigFile(full, relativeName(io.cwd, full)));
  }
  if (str("fail-on") !== void 0)
    settings = { ...settings, failOn: oneOf("--fail-on", str("fail-on"), FAIL_ON) };
  const cni = str("cni") !== void 0 ? oneOf("--cni", str("cni"), ["kindnet", "calico"]) : void 0;
  const config = resolveWithOverrides(settings.config.cluster, {
    ...str("node-image") !== void 0 ? { nodeImage: str("node-image") } : {},
    ...cni ? { cni } : {},
    ...str("probe-image") !== void 0 ? { probeImage: str("probe-image") } : {},
    ...values["no-connectivity"] === true ? { connectivity: false } : {}
  });
  return {
    paths: positionals.length > 0 ? positionals : ["."],
    cluster,
    ...str("kubeconfig") !== void 0 ? { kubeconfig: str("kubeconfig") } : {},
    ...str("context") !== void 0 ? { context: str("context") } : {},
    keepCluster: values["keep-cluster"] === true,
    ...str("expect") !== void 0 ? { expect: str("expect") } : {},
    kindBinary: str("kind") ?? "kind",
    format: oneOf("--format", str("format") ?? "text", FORMATS),
    ...str("output") !== void 0 ? { output: str("output") } : {},
    settings,
    config
  };
}
export {
  CLUSTER_USAGE,
  clusterReportJson,
  clusterSummaryText,
  runClusterCommand
};
