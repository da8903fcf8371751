#!/usr/bin/env node
import { createRequire as __kubegateRequire } from 'node:module';
const require = __kubegateRequire(import.meta.url);
import {
  CHECK_USAGE,
  GitError,
  LIST_FORMATS,
  analyzePair,
  connectivityDiffJson,
  connectivityDiffMarkdown,
  connectivityDiffMermaid,
  connectivityDiffText,
  diffConnectivity,
  formatConnections,
  rbacDiffJson,
  rbacDiffMarkdown,
  rbacDiffText,
  resolveCommit,
  runCheck
} from "./chunks/chunk-K23I6HVL.js";
import {
  collectImages,
  loadSettings,
  renderForScan
} from "./chunks/chunk-X37UTKBA.js";
import {
  formatJson,
  formatText
} from "./chunks/chunk-OIGS7ZRV.js";
import {
  ConfigError,
  DEFAULT_CONFIG_FILE,
  DEFAULT_SETTINGS,
  InputErrors,
  KUBEGATE_VERSION,
  UsageError,
  buildReport,
  exitCodeFor,
  formatSarif,
  oneOf,
  parseCommandArgs,
  readConfigFile,
  reportInputFailure
} from "./chunks/chunk-3Q33NQNM.js";
import {
  truthTable
} from "./chunks/chunk-R3VTQGAM.js";
import {
  ACTIVITY_PROBES,
  RBAC_CHANGE_PROBES,
  RbacGraph,
  Reachability,
  SECRET_PAYLOAD_PROBES,
  accessList,
  apiGroup,
  authorize,
  compareFindings,
  describeBinding,
  describeRole,
  describeSubject,
  evaluateAuditPolicy,
  formatAccessTable,
  impersonatedUser,
  isAuditPolicyObject,
  isManifestName,
  isRecord,
  isSkippedFolder,
  loadSources,
  netpolOptionsFromConfig,
  nonResourceRequest,
  parseYamlFile,
  permissionDiff,
  readAuditPolicy,
  readNetpolInput,
  relativeName,
  repositoryName,
  resourceLabel,
  resourceRequest,
  ruleCatalogue,
  whoCan,
  workloadConnections
} from "./chunks/chunk-Q2MKRVJ5.js";

// src/commands/audit-policy.ts
import path from "node:path";
import { parseArgs } from "node:util";
var AUDIT_POLICY_USAGE = `Usage: kubegate audit-policy explain FILE --verb VERB (--resource RESOURCE | --path URL) [options]
       kubegate audit-policy probes FILE [--format text|json]

Evaluates an audit.k8s.io/v1 Policy the way kube-apiserver does (rules in
order, the first that matches decides; no match means level None) for one
request, and prints the level and the rule that decided it.

Options:
  --verb VERB            get, list, watch, create, update, patch, delete, deletecollection, ...
  --resource RESOURCE    the resource, with its API group after a dot and an optional
                         subresource after a slash: secrets, deployments.apps, pods/exec
  --subresource NAME     the subresource (same as RESOURCE/NAME)
  --name NAME            the object's name (for rules with resourceNames)
  -n, --namespace NS     the namespace (leave out for cluster-scoped resources)
  --path URL             a non-resource request instead, such as /healthz
  --user NAME            the user making the request
  --group NAME           a group of that user (repeatable)
  --format text|json     output format (default text)

Without --user and --group the request has no user, and rules that name users
or groups do not match it.

probes prints the level, and the deciding rule, of every request the
runtime/audit-* rules ask the policy about (reads and writes of credentials,
RBAC objects, workloads and custom resources, by a user, a service account and
a node, in default and kube-system).

Exit codes: 0 explained, 2 bad input (usage, unreadable file, no policy, a policy the API server refuses).
`;
function runAuditPolicy(args, io) {
  if (args.length === 0 || args[0] === "--help" || args[0] === "-h" || args.includes("--help")) {
    io.stdout(AUDIT_POLICY_USAGE);
    return args.length === 0 ? 2 : 0;
  }
  const [subcommand, ...rest] = args;
  try {
    if (subcommand === "explain") return explain(parseExplainOptions(rest), io);
    if (subcommand === "probes") return listProbes(parseProbesOptions(rest), io);
    throw new UsageError(`unknown audit-policy command "${subcommand}"`);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`kubegate: ${error.message}

${AUDIT_POLICY_USAGE}`);
    return 2;
  }
}
function parseExplainOptions(args) {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: {
        verb: { type: "string" },
        resource: { type: "string" },
        subresource: { type: "string" },
        name: { type: "string" },
        namespace: { type: "string", short: "n" },
        path: { type: "string" },
        user: { type: "string" },
        group: { type: "string", multiple: true },
        format: { type: "string" }
      }
    });
  } catch (error) {
    throw new UsageError(error.message);
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1) throw new UsageError("explain needs exactly one policy FILE");
  if (values.verb === void 0 || values.verb === "") throw new UsageError("--verb is required");
  const format = values.format ?? "text";
  if (format !== "text" && format !== "json")
    throw new UsageError(`--format must be text or json, not "${format}"`);
  if (values.resource === void 0 === (values.path === void 0))
    throw new UsageError("give either --resource (a resource request) or --path (a non-resource request)");
  const groups = values.group ?? [];
  const user = values.user !== void 0 || groups.length > 0 ? { name: values.user ?? "", groups } : void 0;
  let request;
  if (values.path !== void 0) {
    if (!values.path.startsWith("/")) throw new UsageError(`--path must start with /, not "${values.path}"`);
    if (values.namespace !== void 0 || values.subresource !== void 0 || values.name !== void 0)
      throw new UsageError(
        "--path describes a non-resource request: --namespace, --subresource and --name do not apply"
      );
    request = { verb: values.verb, path: values.path, ...user ? { user } : {} };
  } else {
    const [resourceAndGroup, inlineSubresource, extra] = values.resource.split("/");
    if (extra !== void 0 || !resourceAndGroup)
      throw new UsageError(`--resource must be RESOURCE[.GROUP][/SUBRESOURCE], not "${values.resource}"`);
    if (inlineSubresource !== void 0 && values.subresource !== void 0)
      throw new UsageError("give the subresource once: RESOURCE/NAME or --subresource NAME");
    const dot = resourceAndGroup.indexOf(".");
    const subresource = inlineSubresource ?? values.subresource;
    request = {
      verb: values.verb,
      resource: {
        resource: dot < 0 ? resourceAndGroup : resourceAndGroup.slice(0, dot),
        group: dot < 0 ? "" : resourceAndGroup.slice(dot + 1),
        namespace: values.namespace ?? "",
        ...subresource ? { subresource } : {},
        ...values.name !== void 0 ? { name: values.name } : {}
      },
      ...user ? { user } : {}
    };
  }
  return { file: positionals[0], request, format };
}
function loadPolicies(file, io) {
  const loaded = loadSources([file], { cwd: io.cwd });
  if (loaded.errors.length > 0) {
    for (const error of loaded.errors) io.stderr(`kubegate: ${error.file}:${error.line}: ${error.message}
`);
    return 2;
  }
  const objects = loaded.objects.filter((object) => isAuditPolicyObject(object.value));
  if (objects.length === 0) {
    io.stderr(
      `kubegate: ${relativeName(io.cwd, path.resolve(io.cwd, file))}: no audit.k8s.io Policy in this file
`
    );
    return 2;
  }
  const policies = [];
  let refused = false;
  for (const object of objects) {
    const { policy, problems } = readAuditPolicy(object.value);
    for (const problem of problems)
      io.stderr(
        `kubegate: ${object.file}:${object.locate(problem.path).line}: the API server refuses this policy: ${problem.message}
`
      );
    if (problems.length > 0) refused = true;
    else policies.push({ object, policy });
  }
  return refused ? 2 : policies;
}
function explain(options, io) {
  const policies = loadPolicies(options.file, io);
  if (typeof policies === "number") return policies;
  const results = policies.map(({ object, policy }) => {
    const decision = evaluateAuditPolicy(policy, options.request);
    const line = (rule) => object.locate(["rules", rule.index]).line;
    return {
      file: object.file,
      line: object.line,
      decision,
      ruleLine: decision.rule ? line(decision.rule) : void 0
    };
  });
  if (options.format === "json") {
    io.stdout(
      `${JSON.stringify(
        {
          request: options.request,
          policies: results.map(({ file, line, decision, ruleLine }) => ({
            file,
            line,
            level: decision.level,
            rule: decision.rule ? { index: decision.rule.index, line: ruleLine } : null,
            omitStages: decision.omitStages,
            omitManagedFields: decision.omitManagedFields
          }))
        },
        null,
        2
      )}
`
    );
    return 0;
  }
  const lines = [`request: ${describeRequest(options.request)}`];
  for (const { file, line, decision, ruleLine } of results) {
    if (results.length > 1) lines.push("", `policy ${file}:${line}`);
    lines.push(`level: ${decision.level}`);
    if (decision.rule) {
      lines.push(
        `decided by: rules[${decision.rule.index}] at ${file}:${ruleLine}, the first rule that matches`
      );
      lines.push(...describeRule(decision.rule).map((text) => `  ${text}`));
    } else {
      lines.push("decided by: no rule matches, so the API server's default applies: level None");
    }
    lines.push(`omitted stages: ${decision.omitStages.length > 0 ? decision.omitStages.join(", ") : "none"}`);
    lines.push(...consequence(decision));
  }
  io.stdout(`${lines.join("\n")}
`);
  return 0;
}
function describeRequest(request) {
  const who = request.user ? `${request.user.name || "(no name)"}${request.user.groups.length > 0 ? ` (groups ${request.user.groups.join(", ")})` : ""}` : "no user";
  if (!request.resource) return `${request.verb} ${request.path} by ${who}`;
  const { group, resource, subresource, namespace, name } = request.resource;
  const target = `${resource}${subresource ? `/${subresource}` : ""}${group ? ` (group ${group})` : ""}`;
  return `${request.verb} ${target}${name ? ` "${name}"` : ""}${namespace ? ` in namespace ${namespace}` : " (cluster-scoped)"} by ${who}`;
}
function describeRule(rule) {
  const lines = [`level: ${rule.level}`];
  const list = (key, values) => {
    if (values.length > 0) lines.push(`${key}: [${values.join(", ")}]`);
  };
  list("users", rule.users);
  list("userGroups", rule.userGroups);
  list("verbs", rule.verbs);
  list("namespaces", rule.namespaces);
  for (const entry of rule.resources) {
    const names = entry.resourceNames.length > 0 ? ` names [${entry.resourceNames.join(", ")}]` : "";
    const resources = entry.resources.length > 0 ? `[${entry.resources.join(", ")}]` : "every resource";
    lines.push(`resources: group ${JSON.stringify(entry.group)} ${resources}${names}`);
  }
  list("nonResourceURLs", rule.nonResourceURLs);
  if (lines.length === 1) lines.push("(matches every request)");
  return lines;
}
function consequence(decision) {
  switch (decision.level) {
    case "None":
      return ["logged: not at all"];
    case "Metadata":
      return ["logged: who, what, when; no request or response body"];
    case "Request":
      return ["logged: metadata and the request body"];
    case "RequestResponse":
      return ["logged: metadata, the request body and the response body"];
  }
}
function parseProbesOptions(args) {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: { format: { type: "string" } }
    });
  } catch (error) {
    throw new UsageError(error.message);
  }
  if (parsed.positionals.length !== 1) throw new UsageError("probes needs exactly one policy FILE");
  const format = parsed.values.format ?? "text";
  if (format !== "text" && format !== "json")
    throw new UsageError(`--format must be text or json, not "${format}"`);
  return { file: parsed.positionals[0], format };
}
function allProbes() {
  const seen = /* @__PURE__ */ new Map();
  for (const probe of [...SECRET_PAYLOAD_PROBES, ...RBAC_CHANGE_PROBES, ...ACTIVITY_PROBES]) {
    const key = JSON.stringify([probe.verb, probe.request.resource, probe.user.name]);
    if (!seen.has(key)) seen.set(key, probe);
  }
  return [...seen.values()];
}
function listProbes(options, io) {
  const policies = loadPolicies(options.file, io);
  if (typeof policies === "number") return policies;
  const probes = allProbes();
  const evaluated = policies.map(({ object, policy }) => ({
    object,
    results: probes.map((probe) => {
      const decision = evaluateAuditPolicy(policy, probe.request);
      return {
        probe,
        level: decision.level,
        rule: decision.rule ? { index: decision.rule.index, line: object.locate(["rules", decision.rule.index]).line } : null
      };
    })
  }));
  if (options.format === "json") {
    io.stdout(
      `${JSON.stringify(
        evaluated.map(({ object, results }) => ({
          file: object.file,
          line: object.line,
          probes: results.map(({ probe, level, rule }) => ({ request: probe.request, level, rule }))
        })),
        null,
        2
      )}
`
    );
    return 0;
  }
  const lines = [];
  for (const { object, results } of evaluated) {
    if (lines.length > 0) lines.push("");
    lines.push(`policy ${object.file}:${object.line}`);
    const rows = /* @__PURE__ */ new Map();
    for (const { probe, level, rule } of results) {
      const decided = rule ? `rules[${rule.index}] line ${rule.line}` : "no rule (default)";
      const request = `${probe.verb} ${resourceLabel(probe.resource)} by ${probe.user.name}`;
      const key = `${request}\0${level}\0${decided}`;
      const row = rows.get(key) ?? { level, decided, request, namespaces: [] };
      if (probe.request.resource?.namespace) row.namespaces.push(probe.request.resource.namespace);
      rows.set(key, row);
    }
    for (const row of rows.values()) {
      const where = row.namespaces.length > 0 ? ` in ${row.namespaces.join(", ")}` : "";
      lines.push(`  ${row.level.padEnd(16)}${row.decided.padEnd(22)}${row.request}${where}`);
    }
  }
  io.stdout(`${lines.join("\n")}
`);
  return 0;
}

// src/commands/images.ts
import fs from "node:fs";
import path2 from "node:path";
import { parseArgs as parseArgs2 } from "node:util";
var IMAGES_USAGE = `Usage: kubegate images [PATH...] [options]

Lists every image the manifests deploy (files, folders, charts, Kustomize
roots; default "."), normalised (nginx is docker.io/library/nginx), with
every place it is used: file, line, resource, container.

Options:
  --format text|json   output format (default text)
  --output FILE        write the list to FILE instead of stdout
  --config FILE        configuration (default .kubegate.yaml when present)

Exit codes: 0 listed, 2 a source could not be read or rendered.
`;
var FORMATS = ["text", "json"];
function runImages(args, io) {
  if (args.includes("--help") || args.includes("-h")) {
    io.stdout(IMAGES_USAGE);
    return 0;
  }
  let parsed;
  try {
    parsed = parseArgs2({
      args,
      allowPositionals: true,
      strict: true,
      options: { format: { type: "string" }, output: { type: "string" }, config: { type: "string" } }
    });
  } catch (error) {
    throw new UsageError(error.message);
  }
  const format = parsed.values.format ?? "text";
  if (!FORMATS.includes(format))
    throw new UsageError(`--format must be one of ${FORMATS.join(", ")}, not "${format}"`);
  let settings;
  try {
    settings = loadSettings(parsed.values.config, io.cwd);
  } catch (error) {
    if (error instanceof ConfigError) {
      io.stderr(`kubegate: ${error.file}:${error.line}: ${error.message}
`);
      return 2;
    }
    throw error;
  }
  const rendered = renderForScan(parsed.positionals, settings, io.cwd, io.env);
  const inventory = collectImages(rendered.objects);
  const output = format === "json" ? formatImagesJson(inventory, rendered.errors) : formatImagesText(inventory, rendered.errors);
  if (parsed.values.output !== void 0) {
    const target = path2.resolve(io.cwd, parsed.values.output);
    fs.mkdirSync(path2.dirname(target), { recursive: true });
    fs.writeFileSync(target, output);
  } else {
    io.stdout(output);
  }
  for (const error of rendered.errors) io.stderr(`kubegate: ${error.file}:${error.line}: ${error.message}
`);
  return rendered.errors.length > 0 ? 2 : 0;
}
function useJson(use) {
  return {
    file: use.file,
    line: use.line,
    column: use.column,
    resource: use.resource,
    path: use.path,
    site: use.site,
    written: use.written
  };
}
function formatImagesJson(inventory, errors) {
  return `${JSON.stringify(
    {
      version: 1,
      images: inventory.images.map((image) => ({
        image: image.image,
        registry: image.reference.domain,
        repository: repositoryName(image.reference),
        ...image.reference.tag !== void 0 ? { tag: image.reference.tag } : {},
        ...image.reference.digest !== void 0 ? { digest: image.reference.digest } : {},
        uses: image.uses.map(useJson)
      })),
      invalid: inventory.invalid.map((entry) => ({
        written: entry.written ?? null,
        reason: entry.reason,
        use: useJson(entry.use)
      })),
      errors
    },
    null,
    2
  )}
`;
}
function formatImagesText(inventory, errors) {
  const lines = [];
  for (const image of inventory.images) {
    lines.push(image.image);
    for (const use of image.uses) lines.push(`  ${usePlace(use)}`);
  }
  if (inventory.invalid.length > 0) {
    lines.push("", "Invalid image references (cannot be scanned):");
    for (const entry of inventory.invalid)
      lines.push(`  ${usePlace(entry.use)}: ${JSON.stringify(entry.written ?? null)}: ${entry.reason}`);
  }
  const uses = inventory.images.reduce((sum, image) => sum + image.uses.length, 0);
  lines.push(
    "",
    `${inventory.images.length} image${inventory.images.length === 1 ? "" : "s"}, ${uses} use${uses === 1 ? "" : "s"}` + (inventory.invalid.length > 0 ? `, ${inventory.invalid.length} invalid` : "") + (errors.length > 0 ? `, ${errors.length} error${errors.length === 1 ? "" : "s"}` : "")
  );
  return `${lines.join("\n")}
`;
}
function usePlace(use) {
  const { kind, namespace, name } = use.resource;
  return `${use.file}:${use.line}  ${kind}/${namespace ? `${namespace}/` : ""}${name}  ${use.site}`;
}

// src/commands/merge.ts
import fs2 from "node:fs";
import path3 from "node:path";
var MERGE_USAGE = `Usage: kubegate merge REPORT.json... [options]

Joins JSON reports of "kubegate check --shard i/n" runs into one report and gate.

Options:
  --format text|json|sarif         report format (default text)
  --output FILE                    write the report to FILE instead of stdout
  --fail-on high|medium|low|none   default: the reports' own
`;
var FAIL_ON = ["high", "medium", "low", "none"];
function runMerge(args, io) {
  const { values, positionals } = parseCommandArgs(args, {
    format: { type: "string" },
    output: { type: "string" },
    "fail-on": { type: "string" },
    help: { type: "boolean", short: "h" }
  });
  if (values.help) {
    io.stdout(MERGE_USAGE);
    return 0;
  }
  if (positionals.length === 0) throw new UsageError("merge needs at least one JSON report");
  const format = oneOf("--format", values.format ?? "text", ["text", "json", "sarif"]);
  const failOn = values["fail-on"] !== void 0 ? oneOf("--fail-on", values["fail-on"], FAIL_ON) : void 0;
  const reports = [];
  const errors = [];
  for (const file of positionals) {
    const read = readReport(path3.resolve(io.cwd, file), file);
    if ("error" in read) errors.push(read.error);
    else reports.push(read.report);
  }
  const merged = mergeReports(reports, errors, failOn);
  const rules = ruleCatalogue();
  const text = format === "json" ? formatJson(merged) : format === "sarif" ? formatSarif(merged, { rules, toolVersion: KUBEGATE_VERSION }) : formatText(merged, {
    color: io.isTTY && !io.env.NO_COLOR,
    rules: new Map(rules.map((rule) => [rule.id, rule]))
  });
  if (values.output) fs2.writeFileSync(path3.resolve(io.cwd, values.output), text);
  else io.stdout(text);
  return exitCodeFor(merged);
}
function mergeReports(reports, readErrors, failOn) {
  const seen = /* @__PURE__ */ new Set();
  const findings = [];
  for (const finding of reports.flatMap((report) => report.findings)) {
    const key = `${finding.fingerprint}\0${finding.location.file}\0${finding.location.line}\0${finding.status}`;
    if (seen.has(key)) continue;
    seen.add(key);
    findings.push(finding);
  }
  const sum = (pick) => reports.reduce((total, report) => total + pick(report), 0);
  return buildReport({
    findings: findings.sort(compareFindings),
    errors: [...readErrors, ...reports.flatMap((report) => report.errors)],
    failOn: failOn ?? reports[0]?.summary.failOn ?? "high",
    newOnly: reports.some((report) => report.summary.newOnly),
    objects: sum((report) => report.summary.objects ?? 0),
    files: sum((report) => report.summary.files ?? 0),
    skippedDocuments: sum((report) => report.summary.skippedDocuments ?? 0),
    skippedCharts: reports.flatMap((report) => report.summary.skippedCharts ?? []),
    charts: sum((report) => report.summary.charts ?? 0),
    kustomizations: sum((report) => report.summary.kustomizations ?? 0)
  });
}
function readReport(full, name) {
  let value;
  try {
    value = JSON.parse(fs2.readFileSync(full, "utf8"));
  } catch (error) {
    const reason = error instanceof SyntaxError ? `not JSON: ${error.message}` : `cannot read: ${error.code ?? String(error)}`;
    return { error: { file: name, line: 1, message: reason } };
  }
  const valid = isRecord(value) && value.version === 1 && Array.isArray(value.findings) && Array.isArray(value.errors) && isRecord(value.summary) && value.findings.every(
    (finding) => isRecord(finding) && typeof finding.ruleId === "string" && typeof finding.fingerprint === "string" && isRecord(finding.location) && typeof finding.location.file === "string" && typeof finding.location.line === "number" && ["high", "medium", "low"].includes(String(finding.tier)) && ["new", "existing", "fixed"].includes(String(finding.status))
  );
  if (!valid) return { error: { file: name, line: 1, message: "not a kubegate JSON report (version 1)" } };
  return { report: value };
}

// src/commands/netpol.ts
import fs3 from "node:fs";
import path5 from "node:path";
import { parseArgs as parseArgs3 } from "node:util";

// src/baseline/git-source.ts
import { spawnSync } from "node:child_process";
import path4 from "node:path";
function git(cwd, args, input) {
  const result = spawnSync("git", args, { cwd, input, maxBuffer: 1024 * 1024 * 1024 });
  if (result.error) throw new GitError(`git ${args[0]}: ${result.error.message}`);
  if (result.status !== 0) {
    throw new GitError(
      `git ${args[0]} failed: ${result.stderr.toString("utf8").trim() || `exit ${result.status}`}`
    );
  }
  return result.stdout;
}
function gitRevision(cwd, ref) {
  const commit = resolveCommit(cwd, ref);
  const prefix = git(cwd, ["rev-parse", "--show-prefix"]).toString().trim();
  const entries = /* @__PURE__ */ new Map();
  let contents;
  return {
    discover(inputs, _errors, charts) {
      const pathspecs = inputs.map((input) => input === "" ? "." : input);
      const listing = git(cwd, ["ls-tree", "-r", "-l", "-z", "--full-name", commit, "--", ...pathspecs]);
      const blobs = [];
      for (const record of listing.toString("utf8").split("\0")) {
        if (record === "") continue;
        const tab = record.indexOf("	");
        const [mode, type, object, size] = record.slice(0, tab).split(/ +/);
        const fromRoot = record.slice(tab + 1);
        if (type !== "blob" || mode === "120000" || !fromRoot.startsWith(prefix)) continue;
        blobs.push({ name: fromRoot.slice(prefix.length), object, size: Number(size) });
      }
      const chartFolders = blobs.filter((blob) => path4.posix.basename(blob.name) === "Chart.yaml").map((blob) => path4.posix.dirname(blob.name));
      charts.push(...chartFolders);
      const inChart = (name) => chartFolders.some((folder) => folder === "." || name.startsWith(`${folder}/`));
      const names = [];
      for (const blob of blobs) {
        const folders = blob.name.split("/").slice(0, -1);
        if (!isManifestName(blob.name) || folders.some(isSkippedFolder) || inChart(blob.name)) continue;
        entries.set(blob.name, { object: blob.object, size: blob.size });
        names.push(blob.name);
      }
      return names.sort();
    },
    size(file) {
      return entryFor(file).size;
    },
    read(file) {
      contents ??= readBlobs(
        cwd,
        [...entries.values()].map((entry) => entry.object)
      );
      return contents.get(entryFor(file).object) ?? Buffer.alloc(0);
    }
  };
  function entryFor(file) {
    const entry = entries.get(file);
    if (!entry) throw new GitError(`${file} is not in ${ref}`);
    return entry;
  }
}
function readBlobs(cwd, objects) {
  const unique = [...new Set(objects)];
  const output = git(
    cwd,
    ["cat-file", "--batch"],
    Buffer.from(unique.map((object) => `${object}
`).join(""))
  );
  const blobs = /* @__PURE__ */ new Map();
  let at2 = 0;
  for (const object of unique) {
    const headerEnd = output.indexOf(10, at2);
    const header = output.subarray(at2, headerEnd).toString("utf8").split(" ");
    const size = Number(header[2]);
    blobs.set(object, output.subarray(headerEnd + 1, headerEnd + 1 + size));
    at2 = headerEnd + 1 + size + 1;
  }
  return blobs;
}

// src/commands/netpol.ts
var NETPOL_USAGE = `Usage: kubegate netpol <list|diff|matrix> [PATH...] [options]

Computes NetworkPolicy connectivity from manifests (files or folders; default ".").

  list [PATH...]                  connections between workloads, namespaces outside
                                  the input (ns/*[Namespace]) and outside addresses
    --format text|json|md|dot|mermaid             (default text)
  diff --base REF|DIR [PATH...]   connections a change adds, removes or changes, newly
                                  exposed workloads first; REF is a git revision (same
                                  PATHs), DIR a folder holding the base manifests
    --format text|json|md|mermaid                 (default text)
  matrix [PATH...]                the truth table (pod x pod x port/protocol) that the
                                  cluster stage probes
    --format json                                 (default json)

Options for every subcommand:
  --config FILE              configuration (default .kubegate.yaml when present)
  --ipblock-matches-pods     ipBlocks match pods too (as in Calico); by default an
                             ipBlock matches only addresses outside the cluster

Exit codes: 0 done, 2 kubegate could not evaluate (bad input, bad config).
`;
var SUBCOMMANDS = ["list", "diff", "matrix"];
var DIFF_FORMATS = ["text", "json", "md", "mermaid"];
function runNetpol(args, io) {
  if (args.length === 0 || args.includes("--help") || args.includes("-h") || args[0] === "help") {
    io.stdout(NETPOL_USAGE);
    return args.length === 0 ? 2 : 0;
  }
  const parsed = parseNetpolArgs(args);
  try {
    const { config, configName } = readConfig(parsed, io.cwd);
    const options = engineOptions(parsed, config, configName, io.cwd);
    const maxFileBytes = config.maxFileBytes ?? DEFAULT_SETTINGS.maxFileBytes;
    if (parsed.subcommand === "diff") return runDiff(parsed, options, maxFileBytes, io);
    const input = readInput(parsed.paths, io.cwd, maxFileBytes);
    const reachability = new Reachability(input, options);
    printWarnings(reachability, io);
    if (parsed.subcommand === "matrix") {
      if ((parsed.format ?? "json") !== "json")
        throw new UsageError(`--format for matrix must be json, not "${parsed.format}"`);
      io.stdout(`${JSON.stringify(truthTable(reachability), null, 2)}
`);
      return 0;
    }
    const format = oneOf("--format", parsed.format ?? "text", LIST_FORMATS);
    io.stdout(formatConnections(workloadConnections(reachability), format, reachability.warnings));
    return 0;
  } catch (error) {
    return reportInputFailure(error, io);
  }
}
function parseNetpolArgs(args) {
  const [subcommand, ...rest] = args;
  if (!SUBCOMMANDS.includes(subcommand ?? "")) {
    throw new UsageError(`netpol needs a subcommand: ${SUBCOMMANDS.join(", ")}, not "${subcommand}"`);
  }
  let values;
  let positionals;
  try {
    ({ values, positionals } = parseArgs3({
      args: rest,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: "string" },
        base: { type: "string" },
        config: { type: "string" },
        "ipblock-matches-pods": { type: "boolean" }
      }
    }));
  } catch (error) {
    throw new UsageError(error.message);
  }
  const base = values.base;
  if (subcommand === "diff" && base === void 0) throw new UsageError("netpol diff needs --base REF|DIR");
  if (subcommand !== "diff" && base !== void 0) throw new UsageError("--base is for netpol diff only");
  return {
    subcommand,
    paths: positionals.length > 0 ? positionals : ["."],
    ...values.format !== void 0 ? { format: values.format } : {},
    ...base !== void 0 ? { base } : {},
    ...values.config !== void 0 ? { config: values.config } : {},
    ipBlockMatchesPods: values["ipblock-matches-pods"] === true
  };
}
function readConfig(parsed, cwd) {
  const configPath = parsed.config ?? (fs3.existsSync(path5.join(cwd, DEFAULT_CONFIG_FILE)) ? DEFAULT_CONFIG_FILE : void 0);
  if (configPath === void 0) return { config: {} };
  const full = path5.resolve(cwd, configPath);
  const configName = relativeName(cwd, full);
  return { config: readConfigFile(full, configName), configName };
}
function engineOptions(parsed, config, configName, cwd) {
  const { options, invalidCidrs } = netpolOptionsFromConfig(
    config,
    parsed.ipBlockMatchesPods ? { ipBlockMatchesPods: true } : {}
  );
  const invalid = invalidCidrs[0];
  if (invalid && configName !== void 0) {
    const line = lineInConfig(path5.resolve(cwd, configName), ["netpol", "clusterCidrs", invalid.index]);
    throw new ConfigError(
      configName,
      line,
      `netpol.clusterCidrs[${invalid.index}] "${invalid.text}" is not a valid CIDR`
    );
  }
  return options;
}
function lineInConfig(full, keyPath) {
  try {
    return parseYamlFile(fs3.readFileSync(full, "utf8")).documents[0]?.locate(keyPath).line ?? 1;
  } catch {
    return 1;
  }
}
function readInput(paths, cwd, maxFileBytes, source, label = "") {
  const loaded = loadSources(paths, { cwd, maxFileBytes }, source);
  const lines = loaded.errors.map(
    (error) => `${label}${error.file}:${error.line}${error.column ? `:${error.column}` : ""}: ${error.message}`
  );
  const input = readNetpolInput(loaded.objects);
  for (const issue of input.issues) {
    const { line, column } = issue.object.locate(issue.path);
    lines.push(`${label}${issue.object.file}:${line}:${column}: ${issue.message}`);
  }
  if (lines.length > 0) throw new InputErrors(lines);
  return input;
}
function printWarnings(reachability, io, label = "") {
  for (const warning of reachability.warnings) {
    const { line } = warning.object.locate(warning.path);
    io.stderr(`kubegate: warning: ${label}${warning.object.file}:${line}: ${warning.message}
`);
  }
}
function runDiff(parsed, options, maxFileBytes, io) {
  const format = oneOf("--format", parsed.format ?? "text", DIFF_FORMATS);
  const baseRef = parsed.base;
  const baseFolder = path5.resolve(io.cwd, baseRef);
  let base;
  if (fs3.existsSync(baseFolder) && fs3.statSync(baseFolder).isDirectory()) {
    base = readInput([baseRef], io.cwd, maxFileBytes, void 0, "base: ");
  } else {
    try {
      base = readInput(parsed.paths, io.cwd, maxFileBytes, gitRevision(io.cwd, baseRef), `${baseRef}: `);
    } catch (error) {
      if (error instanceof GitError) throw new InputErrors([`--base ${baseRef}: ${error.message}`]);
      throw error;
    }
  }
  const head = readInput(parsed.paths, io.cwd, maxFileBytes);
  const pair = analyzePair(base, head, options);
  printWarnings(pair.head, io);
  const diff = diffConnectivity(pair.base, pair.head);
  if (format === "json") io.stdout(connectivityDiffJson(diff));
  else if (format === "md") io.stdout(connectivityDiffMarkdown(diff));
  else if (format === "mermaid") io.stdout(connectivityDiffMermaid(diff));
  else io.stdout(connectivityDiffText(diff));
  return 0;
}

// src/commands/rbac.ts
import fs4 from "node:fs";
import path6 from "node:path";
import { parseArgs as parseArgs4 } from "node:util";

// src/engines/rbac/resource-types.ts
var BUILTIN_TYPES = [
  ["", "pods", "pod", "po"],
  ["", "services", "service", "svc"],
  ["", "secrets", "secret"],
  ["", "configmaps", "configmap", "cm"],
  ["", "serviceaccounts", "serviceaccount", "sa"],
  ["", "namespaces", "namespace", "ns"],
  ["", "nodes", "node", "no"],
  ["", "persistentvolumes", "persistentvolume", "pv"],
  ["", "persistentvolumeclaims", "persistentvolumeclaim", "pvc"],
  ["", "endpoints", "endpoint", "ep"],
  ["", "events", "event", "ev"],
  ["", "replicationcontrollers", "replicationcontroller", "rc"],
  ["", "limitranges", "limitrange", "limits"],
  ["", "resourcequotas", "resourcequota", "quota"],
  ["", "podtemplates", "podtemplate"],
  ["", "componentstatuses", "componentstatus", "cs"],
  ["apps", "deployments", "deployment", "deploy"],
  ["apps", "replicasets", "replicaset", "rs"],
  ["apps", "statefulsets", "statefulset", "sts"],
  ["apps", "daemonsets", "daemonset", "ds"],
  ["apps", "controllerrevisions", "controllerrevision"],
  ["batch", "jobs", "job"],
  ["batch", "cronjobs", "cronjob", "cj"],
  ["autoscaling", "horizontalpodautoscalers", "horizontalpodautoscaler", "hpa"],
  ["policy", "poddisruptionbudgets", "poddisruptionbudget", "pdb"],
  ["networking.k8s.io", "networkpolicies", "networkpolicy", "netpol"],
  ["networking.k8s.io", "ingresses", "ingress", "ing"],
  ["networking.k8s.io", "ingressclasses", "ingressclass"],
  ["discovery.k8s.io", "endpointslices", "endpointslice"],
  ["coordination.k8s.io", "leases", "lease"],
  ["rbac.authorization.k8s.io", "roles", "role"],
  ["rbac.authorization.k8s.io", "rolebindings", "rolebinding"],
  ["rbac.authorization.k8s.io", "clusterroles", "clusterrole"],
  ["rbac.authorization.k8s.io", "clusterrolebindings", "clusterrolebinding"],
  ["certificates.k8s.io", "certificatesigningrequests", "certificatesigningrequest", "csr"],
  ["admissionregistration.k8s.io", "mutatingwebhookconfigurations", "mutatingwebhookconfiguration"],
  ["admissionregistration.k8s.io", "validatingwebhookconfigurations", "validatingwebhookconfiguration"],
  ["admissionregistration.k8s.io", "validatingadmissionpolicies", "validatingadmissionpolicy"],
  ["admissionregistration.k8s.io", "validatingadmissionpolicybindings", "validatingadmissionpolicybinding"],
  ["apiextensions.k8s.io", "customresourcedefinitions", "customresourcedefinition", "crd", "crds"],
  ["apiregistration.k8s.io", "apiservices", "apiservice"],
  ["storage.k8s.io", "storageclasses", "storageclass", "sc"],
  ["storage.k8s.io", "csidrivers", "csidriver"],
  ["storage.k8s.io", "csinodes", "csinode"],
  ["storage.k8s.io", "volumeattachments", "volumeattachment"],
  ["scheduling.k8s.io", "priorityclasses", "priorityclass", "pc"],
  ["node.k8s.io", "runtimeclasses", "runtimeclass"],
  ["authorization.k8s.io", "selfsubjectaccessreviews", "selfsubjectaccessreview"],
  ["authorization.k8s.io", "selfsubjectrulesreviews", "selfsubjectrulesreview"],
  ["authorization.k8s.io", "subjectaccessreviews", "subjectaccessreview"],
  ["authorization.k8s.io", "localsubjectaccessreviews", "localsubjectaccessreview"],
  ["authentication.k8s.io", "tokenreviews", "tokenreview"],
  ["authentication.k8s.io", "selfsubjectreviews", "selfsubjectreview"]
];
var ResourceTypes = class {
  entries;
  constructor(objects = []) {
    this.entries = BUILTIN_TYPES.map(([group, resource, ...aliases]) => ({ group, resource, aliases }));
    for (const object of objects) {
      if (apiGroup(object.value.apiVersion) !== "apiextensions.k8s.io" || object.value.kind !== "CustomResourceDefinition")
        continue;
      const spec = object.value.spec;
      if (!isRecord(spec) || typeof spec.group !== "string" || !isRecord(spec.names)) continue;
      const names = spec.names;
      if (typeof names.plural !== "string") continue;
      const aliases = [names.singular, typeof names.kind === "string" ? names.kind.toLowerCase() : void 0].concat(Array.isArray(names.shortNames) ? names.shortNames : []).filter((alias) => typeof alias === "string");
      this.entries.push({ group: spec.group, resource: names.plural, aliases });
    }
  }
  /** `pods`, `po`, `Pod`, `deployments.apps`, `deploy.apps`, `deployments.v1.apps`, `*` */
  resolve(argument) {
    if (argument === "*") return { group: "", resource: "*", known: true };
    const lower = argument.toLowerCase();
    const dot = lower.indexOf(".");
    const name = dot < 0 ? lower : lower.slice(0, dot);
    let group = dot < 0 ? void 0 : lower.slice(dot + 1);
    if (group !== void 0) {
      const version = /^v\d+(?:(?:alpha|beta)\d+)?\.(.+)$/.exec(group);
      if (version) group = version[1];
    }
    const candidates = this.entries.filter(
      (entry) => (group === void 0 || entry.group === group) && (entry.resource === name || entry.aliases.includes(name))
    );
    const best = candidates.find((entry) => entry.resource === name && entry.group === "") ?? candidates.find((entry) => entry.resource === name) ?? candidates[0];
    if (best) return { group: best.group, resource: best.resource, known: true };
    return { group: group ?? "", resource: name, known: false };
  }
};

// src/commands/rbac.ts
var RBAC_USAGE = `Usage: kubegate rbac <can-i|who-can|diff> ... [PATH...]

Answers RBAC questions from manifests (files or folders; default "."), with the
Kubernetes authorizer's semantics: aggregated ClusterRoles, the built-in roles
(cluster-admin, admin, edit, view, system:*) and default bindings included.

  can-i VERB TYPE[.GROUP][/NAME] --as USER [PATH...]
                                 yes (exit 0) or no (exit 1), as kubectl auth can-i;
                                 TYPE may be a non-resource URL such as /metrics
    --subresource SUB            e.g. exec, log, scale
    --why                        print the binding, role and rule that allow it
    -q, --quiet                  no output, only the exit code
  can-i --list --as USER [PATH...]
                                 every permission: Resources, Non-Resource URLs,
                                 Resource Names, Verbs
    --no-headers                 the table without its header line
  who-can VERB TYPE[.GROUP][/NAME] [PATH...]
                                 the subjects that may, with binding and role
    --subresource SUB
  diff --base REF|DIR [PATH...]  per subject, the permissions a change adds and removes;
                                 REF is a git revision (same PATHs), DIR a folder
                                 holding the base manifests

Options:
  --as USER                      the user asking; system:serviceaccount:NS:NAME for a
                                 ServiceAccount (gets its groups)
  --as-group GROUP               a group of the user (repeatable)
  -n, --namespace NS             namespace of the question (default "default")
  -A, --all-namespaces           cluster-wide only (ClusterRoleBindings)
  --format text|json             (diff: text|json|md; default text)
  --config FILE                  configuration (default .kubegate.yaml when present)

Exit codes: can-i 0 yes, 1 no; other commands 0 done; 2 kubegate could not evaluate.
`;
var SUBCOMMANDS2 = ["can-i", "who-can", "diff"];
function runRbac(args, io) {
  if (args.length === 0 || args.includes("--help") || args.includes("-h") || args[0] === "help") {
    io.stdout(RBAC_USAGE);
    return args.length === 0 ? 2 : 0;
  }
  const parsed = parseRbacArgs(args);
  try {
    const maxFileBytes = readMaxFileBytes(parsed.values.config, io.cwd);
    switch (parsed.subcommand) {
      case "can-i":
        return parsed.values.list ? runList(parsed, maxFileBytes, io) : runCanI(parsed, maxFileBytes, io);
      case "who-can":
        return runWhoCan(parsed, maxFileBytes, io);
      case "diff":
        return runDiff2(parsed, maxFileBytes, io);
    }
  } catch (error) {
    return reportInputFailure(error, io);
  }
}
function parseRbacArgs(args) {
  const [subcommand, ...rest] = args;
  if (!SUBCOMMANDS2.includes(subcommand ?? "")) {
    throw new UsageError(`rbac needs a subcommand: ${SUBCOMMANDS2.join(", ")}, not "${subcommand}"`);
  }
  try {
    const { values, positionals } = parseArgs4({
      args: rest,
      allowPositionals: true,
      strict: true,
      options: {
        as: { type: "string" },
        "as-group": { type: "string", multiple: true },
        namespace: { type: "string", short: "n" },
        "all-namespaces": { type: "boolean", short: "A" },
        subresource: { type: "string" },
        why: { type: "boolean" },
        quiet: { type: "boolean", short: "q" },
        list: { type: "boolean" },
        "no-headers": { type: "boolean" },
        format: { type: "string" },
        base: { type: "string" },
        config: { type: "string" }
      }
    });
    const parsed = { subcommand, positionals, values };
    validate(parsed);
    return parsed;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(error.message);
  }
}
function validate({ subcommand, values }) {
  const only = (flag, where, allowed) => {
    if (values[flag] !== void 0 && !allowed) throw new UsageError(`--${flag} is for ${where} only`);
  };
  only("as", "can-i", subcommand === "can-i");
  only("as-group", "can-i", subcommand === "can-i");
  only("list", "can-i", subcommand === "can-i");
  only("why", "can-i", subcommand === "can-i" && !values.list);
  only("quiet", "can-i", subcommand === "can-i" && !values.list);
  only("no-headers", "can-i --list", subcommand === "can-i" && values.list === true);
  only("subresource", "can-i and who-can", subcommand !== "diff" && !values.list);
  only("base", "diff", subcommand === "diff");
  only("namespace", "can-i and who-can", subcommand !== "diff");
  only("all-namespaces", "can-i and who-can", subcommand !== "diff");
  if (subcommand === "can-i" && values.as === void 0)
    throw new UsageError("can-i needs --as USER (system:serviceaccount:NS:NAME for a ServiceAccount)");
  if (subcommand === "diff" && values.base === void 0)
    throw new UsageError("rbac diff needs --base REF|DIR");
  if (values.namespace !== void 0 && values["all-namespaces"])
    throw new UsageError("--namespace and --all-namespaces exclude each other");
  const formats = subcommand === "diff" ? ["text", "json", "md"] : ["text", "json"];
  if (values.format !== void 0 && !formats.includes(values.format))
    throw new UsageError(`--format must be one of ${formats.join(", ")}, not "${values.format}"`);
}
function readMaxFileBytes(configFlag, cwd) {
  const configPath = configFlag ?? (fs4.existsSync(path6.join(cwd, DEFAULT_CONFIG_FILE)) ? DEFAULT_CONFIG_FILE : void 0);
  if (configPath === void 0) return DEFAULT_SETTINGS.maxFileBytes;
  const full = path6.resolve(cwd, configPath);
  return readConfigFile(full, relativeName(cwd, full)).maxFileBytes ?? DEFAULT_SETTINGS.maxFileBytes;
}
function loadGraph(paths, cwd, maxFileBytes, source, label = "") {
  const loaded = loadSources(paths, { cwd, maxFileBytes }, source);
  const graph = new RbacGraph(loaded.objects);
  const lines = [
    ...loaded.errors.map((error) => `${label}${error.file}:${error.line}: ${error.message}`),
    ...graph.problems.map(
      (problem) => `${label}${problem.object.file}:${problem.object.locate(problem.path).line}: ${problem.object.value.kind} ${nameOf(problem.object)}: ${problem.message}`
    )
  ];
  if (lines.length > 0) throw new InputErrors(lines);
  return { graph, loaded };
}
function nameOf(object) {
  const metadata = object.value.metadata;
  const name = typeof metadata?.name === "string" ? metadata.name : "(unnamed)";
  return typeof metadata?.namespace === "string" ? `${metadata.namespace}/${name}` : name;
}
function namespaceOf(values) {
  return values["all-namespaces"] ? "" : values.namespace ?? "default";
}
function userOf(values) {
  return impersonatedUser(values.as, values["as-group"] ?? []);
}
function questionPaths(parsed) {
  const [verb, target, ...paths] = parsed.positionals;
  if (verb === void 0 || target === void 0)
    throw new UsageError(`${parsed.subcommand} needs VERB and TYPE[.GROUP][/NAME] (or a non-resource URL)`);
  if (target.startsWith("/") && (parsed.values.subresource ?? "") !== "")
    throw new UsageError("--subresource cannot be used with a non-resource URL");
  return pathsOrDot(paths);
}
function requestOf(parsed, types, io) {
  const [verb, target] = parsed.positionals;
  if (target.startsWith("/")) return nonResourceRequest(verb, target);
  const slash = target.indexOf("/");
  const typeArgument = slash < 0 ? target : target.slice(0, slash);
  const name = slash < 0 ? "" : target.slice(slash + 1);
  const type = types.resolve(typeArgument);
  if (!type.known && !parsed.values.quiet) {
    io.stderr(
      `Warning: no known resource type "${typeArgument}"${type.group ? ` in group "${type.group}"` : ""}; taking it as written
`
    );
  }
  return resourceRequest({
    verb,
    apiGroup: type.group,
    resource: type.resource,
    subresource: parsed.values.subresource ?? "",
    name,
    namespace: namespaceOf(parsed.values)
  });
}
function pathsOrDot(paths) {
  return paths.length > 0 ? paths : ["."];
}
function runCanI(parsed, maxFileBytes, io) {
  const { graph, loaded } = loadGraph(questionPaths(parsed), io.cwd, maxFileBytes);
  const request = requestOf(parsed, new ResourceTypes(loaded.objects), io);
  const user = userOf(parsed.values);
  const decision = authorize(graph, user, request);
  const quiet = parsed.values.quiet === true;
  if (!quiet) warnScope(request, decision.request, io);
  if (!quiet) warnUnresolved(decision.unresolved, io);
  if (quiet) return decision.allowed ? 0 : 1;
  if (parsed.values.format === "json") {
    io.stdout(
      `${JSON.stringify(
        {
          allowed: decision.allowed,
          user: user.name,
          groups: user.groups,
          request: decision.request,
          ...decision.grant ? {
            allowedBy: {
              binding: describeBinding(decision.grant.binding),
              bindingLocation: location(decision.grant.binding.provenance, [
                "subjects",
                decision.grant.subjectIndex
              ]),
              role: describeRole(decision.grant.role.record.id),
              rule: describeOrigin(decision.grant.rule.origin),
              ruleLocation: location(decision.grant.rule.origin.provenance, [
                "rules",
                decision.grant.rule.origin.index
              ])
            }
          } : {},
          unresolvedBindings: decision.unresolved.map(describeBinding)
        },
        null,
        2
      )}
`
    );
  } else if (decision.allowed) {
    io.stdout("yes\n");
    if (parsed.values.why && decision.grant) {
      const grant = decision.grant;
      io.stdout(
        [
          `  ${describeBinding(grant.binding)}${at(grant.binding.provenance, ["subjects", grant.subjectIndex])}`,
          `  \u2192 ${describeRole(grant.role.record.id)}${at(grant.role.record.provenance, [])}`,
          `  \u2192 ${describeOrigin(grant.rule.origin)}${at(grant.rule.origin.provenance, ["rules", grant.rule.origin.index])}`,
          ""
        ].join("\n")
      );
    }
  } else {
    io.stdout(parsed.values.why ? "no - no RBAC rule allows it\n" : "no\n");
  }
  return decision.allowed ? 0 : 1;
}
function runList(parsed, maxFileBytes, io) {
  const { graph } = loadGraph(pathsOrDot(parsed.positionals), io.cwd, maxFileBytes);
  const user = userOf(parsed.values);
  const namespace = namespaceOf(parsed.values);
  const list = accessList(graph, user, namespace);
  warnUnresolved(list.unresolved, io);
  if (parsed.values.format === "json") {
    io.stdout(
      `${JSON.stringify(
        {
          user: user.name,
          groups: user.groups,
          namespace: namespace === "" ? null : namespace,
          resourceRules: list.rules.filter((rule) => rule.nonResourceURLs.length === 0).map(({ verbs, apiGroups, resources, resourceNames }) => ({
            verbs,
            apiGroups,
            resources,
            resourceNames
          })),
          nonResourceRules: list.rules.filter((rule) => rule.nonResourceURLs.length > 0).map(({ verbs, nonResourceURLs }) => ({ verbs, nonResourceURLs })),
          incomplete: list.unresolved.length > 0,
          unresolvedBindings: list.unresolved.map(describeBinding)
        },
        null,
        2
      )}
`
    );
  } else {
    io.stdout(formatAccessTable(list.rules, parsed.values["no-headers"] !== true));
  }
  return 0;
}
function runWhoCan(parsed, maxFileBytes, io) {
  const { graph, loaded } = loadGraph(questionPaths(parsed), io.cwd, maxFileBytes);
  const request = requestOf(parsed, new ResourceTypes(loaded.objects), io);
  const result = whoCan(graph, request);
  warnScope(request, result.request, io);
  warnUnresolved(result.unresolved, io);
  if (parsed.values.format === "json") {
    io.stdout(
      `${JSON.stringify(
        {
          request: result.request,
          subjects: result.entries.map((entry) => ({
            subject: entry.subject,
            binding: describeBinding(entry.binding),
            bindingLocation: location(entry.binding.provenance, ["subjects", entry.subjectIndex]),
            role: describeRole(entry.role.record.id),
            rule: describeOrigin(entry.rule.origin),
            ruleLocation: location(entry.rule.origin.provenance, ["rules", entry.rule.origin.index])
          })),
          unresolvedBindings: result.unresolved.map(describeBinding)
        },
        null,
        2
      )}
`
    );
    return 0;
  }
  if (result.entries.length === 0) {
    io.stdout("No subject can.\n");
    return 0;
  }
  const rows = [
    ["SUBJECT", "BINDING", "ROLE", "WHERE"],
    ...result.entries.map((entry) => [
      describeSubject(entry.subject),
      describeBinding(entry.binding),
      describeRole(entry.role.record.id),
      whereText(entry.binding.provenance, ["subjects", entry.subjectIndex])
    ])
  ];
  const widths = [0, 1, 2].map((column) => Math.max(...rows.map((row) => row[column].length)) + 3);
  io.stdout(
    rows.map(
      (row) => `${row.map((cell, column) => column < 3 ? cell.padEnd(widths[column]) : cell).join("")}
`
    ).join("")
  );
  return 0;
}
function runDiff2(parsed, maxFileBytes, io) {
  const paths = pathsOrDot(parsed.positionals);
  const baseArgument = parsed.values.base;
  const { graph: head } = loadGraph(paths, io.cwd, maxFileBytes);
  let base;
  const baseFolder = path6.resolve(io.cwd, baseArgument);
  if (fs4.existsSync(baseFolder) && fs4.statSync(baseFolder).isDirectory()) {
    base = loadGraph([baseFolder], io.cwd, maxFileBytes, void 0, `in ${baseArgument}: `).graph;
  } else {
    let source;
    try {
      source = gitRevision(io.cwd, baseArgument);
    } catch (error) {
      if (error instanceof GitError) throw new InputErrors([`.:1: ${error.message}`]);
      throw error;
    }
    base = loadGraph(paths, io.cwd, maxFileBytes, source, `in ${baseArgument}: `).graph;
  }
  const diff = permissionDiff(base, head);
  const format = parsed.values.format ?? "text";
  io.stdout(
    format === "json" ? rbacDiffJson(diff) : format === "md" ? rbacDiffMarkdown(diff) : rbacDiffText(diff)
  );
  return 0;
}
function describeOrigin(origin) {
  return `${origin.provenance.builtin ? "built-in " : ""}${describeRole(origin.role)} rules[${origin.index}]`;
}
function location(provenance, fieldPath) {
  if (provenance.builtin) return { builtin: provenance.kubernetesVersion };
  return { file: provenance.object.file, line: provenance.object.locate(fieldPath).line };
}
function whereText(provenance, fieldPath) {
  if (provenance.builtin) return `built in (${provenance.kubernetesVersion})`;
  return `${provenance.object.file}:${provenance.object.locate(fieldPath).line}`;
}
function at(provenance, fieldPath) {
  return ` (${whereText(provenance, fieldPath)})`;
}
function warnScope(asked, evaluated, io) {
  if (asked.kind !== "resource" || evaluated.kind !== "resource") return;
  if (asked.namespace !== "" && evaluated.namespace === "") {
    io.stderr(
      `Warning: resource '${asked.resource}'${asked.apiGroup ? ` in group '${asked.apiGroup}'` : ""} is not namespace scoped: evaluated cluster-wide, where RoleBindings grant nothing
`
    );
  }
}
function warnUnresolved(bindings, io) {
  for (const binding of bindings) {
    const role = describeRole(binding.roleRef);
    io.stderr(
      `Warning: ${describeBinding(binding)}${at(binding.provenance, [])} refers to ${role}, which is neither in the manifests nor built in: its permissions are unknown and not counted
`
    );
  }
}

// src/commands/rules.ts
import { parseArgs as parseArgs5 } from "node:util";
var RULES_USAGE = `Usage: kubegate rules [--format text|json|markdown]

Lists every rule: id, default tier, title, what it protects against, how to fix.
`;
function runRules(args, io) {
  let format;
  try {
    const { values } = parseArgs5({
      args,
      strict: true,
      options: { format: { type: "string" }, help: { type: "boolean", short: "h" } }
    });
    if (values.help) {
      io.stdout(RULES_USAGE);
      return 0;
    }
    format = values.format ?? "text";
  } catch (error) {
    throw new UsageError(error.message);
  }
  const rules = ruleCatalogue();
  if (format === "json") io.stdout(`${JSON.stringify({ rules }, null, 2)}
`);
  else if (format === "markdown") io.stdout(rulesMarkdown(rules));
  else if (format === "text") io.stdout(rulesText(rules));
  else throw new UsageError(`--format must be one of text, json, markdown, not "${format}"`);
  return 0;
}
function rulesText(rules) {
  const width = Math.max(...rules.map((rule) => rule.id.length)) + 2;
  return `${rules.map((rule) => `${rule.id.padEnd(width)}${rule.tier.padEnd(8)}${rule.title}`).join("\n")}
`;
}
function rulesMarkdown(rules) {
  const cell = (text) => text.replace(/\|/g, "\\|").replace(/\n/g, " ");
  const lines = ["| Rule | Tier | Title |", "| --- | --- | --- |"];
  for (const rule of rules)
    lines.push(`| [\`${rule.id}\`](#${anchor(rule.id)}) | ${rule.tier} | ${cell(rule.title)} |`);
  for (const rule of rules) {
    lines.push(
      "",
      `### ${rule.id}`,
      "",
      `**${rule.title}** (tier ${rule.tier})`,
      "",
      `Why: ${rule.rationale}`,
      "",
      `Fix: ${rule.remediation}`
    );
  }
  return `${lines.join("\n")}
`;
}
function anchor(id) {
  return id.toLowerCase().replace(/[^a-z0-9_ -]/g, "").replace(/ /g, "-");
}

// src/commands/run.ts
var USAGE = `Usage: kubegate <command> [options]

Commands:
  check [PATH...]   check manifests against the hardening baselines and gate
  rules             list the rule catalogue
  merge REPORT...   join the JSON reports of sharded checks into one report and gate
  netpol list|diff|matrix   NetworkPolicy connectivity: who can reach whom, and what a change alters
  rbac can-i|who-can|diff   RBAC: what an identity can do, who can do something, what a change grants
  audit-policy explain|probes FILE   the audit level requests get under an API server audit policy, and why
  images [PATH...]  list every image the manifests deploy, with every place it is used
  scan [PATH...]    scan the deployed images for known vulnerabilities (trivy or grype) and gate
  cluster [PATH...] --cluster kind|kubeconfig   dry-run on a real API server, real Pod Security Admission, NetworkPolicy probes
  version           print the version

Run "kubegate <command> --help" for a command's options.
`;
var USAGES = {
  check: CHECK_USAGE,
  netpol: NETPOL_USAGE,
  rbac: RBAC_USAGE,
  images: IMAGES_USAGE
};
function runCli(argv, io) {
  const [command, ...args] = argv;
  try {
    switch (command) {
      case "images":
        return runImages(args, io);
      case "scan":
        return import("./chunks/scan-ESKMOELJ.js").then(
          ({ runScanCommand, SCAN_USAGE }) => runScanCommand(args, io).catch((error) => reportFailure(error, io, SCAN_USAGE))
        );
      case "cluster":
        return import("./chunks/cluster-3BOLD635.js").then(
          ({ runClusterCommand, CLUSTER_USAGE }) => runClusterCommand(args, io).catch((error) => reportFailure(error, io, CLUSTER_USAGE))
        );
      case "check":
        return runCheck(args, io);
      case "rules":
        return runRules(args, io);
      case "merge":
        return runMerge(args, io);
      case "netpol":
        return runNetpol(args, io);
      case "rbac":
        return runRbac(args, io);
      case "audit-policy":
        return runAuditPolicy(args, io);
      case "version":
      case "--version":
        io.stdout(`${KUBEGATE_VERSION}
`);
        return 0;
      case void 0:
      case "help":
      case "--help":
      case "-h":
        io.stdout(USAGE);
        return command === void 0 ? 2 : 0;
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (error) {
    return reportFailure(error, io, command !== void 0 && USAGES[command] || USAGE);
  }
}
function reportFailure(error, io, usage) {
  if (error instanceof UsageError) {
    io.stderr(`kubegate: ${error.message}

${usage}`);
    return 2;
  }
  const detail = io.env.KUBEGATE_DEBUG && error instanceof Error ? `
${error.stack}` : "";
  io.stderr(`kubegate: internal error: ${error instanceof Error ? error.message : String(error)}${detail}
`);
  return 2;
}

// src/cli.ts
var code = await runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  isTTY: process.stdout.isTTY === true
});
process.exitCode = code;
