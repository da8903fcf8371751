import { createRequire as __kubegateRequire } from 'node:module';
const require = __kubegateRequire(import.meta.url);
import {
  LATEST_PSS_VERSION,
  PSA_ENFORCE_LABEL,
  PSA_ENFORCE_VERSION_LABEL,
  apiGroup,
  isRecord,
  podTemplateOf,
  resourceRef
} from "./chunk-Q2MKRVJ5.js";

// src/cluster/kind.ts
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
var DEFAULT_KIND_VERSION = "v0.27.0";
var DEFAULT_NODE_IMAGE = "kindest/node:v1.32.2";
var ClusterStartError = class extends Error {
  name = "ClusterStartError";
};
function kindConfig(options) {
  const lines = ["kind: Cluster", "apiVersion: kind.x-k8s.io/v1alpha4", "nodes:", "  - role: control-plane"];
  if (options.cni === "calico")
    lines.push(
      "networking:",
      "  disableDefaultCNI: true",
      `  podSubnet: ${JSON.stringify(options.podSubnet)}`
    );
  return `${lines.join("\n")}
`;
}
function tail(text) {
  const lines = text.trim().split("\n");
  return lines.slice(-5).join("\n");
}
async function createKindCluster(runner, options, now = Date.now) {
  const started = now();
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), "kubegate-kind-"));
  const configPath = path.join(workDir, "kind.yaml");
  const kubeconfigPath = path.join(workDir, "kubeconfig");
  fs.writeFileSync(configPath, kindConfig(options));
  let deleted = false;
  const remove = async () => {
    if (deleted) return;
    deleted = true;
    try {
      const result = await runner.run(
        options.binary,
        ["delete", "cluster", "--name", options.name, "--kubeconfig", kubeconfigPath],
        {
          timeoutMs: options.deleteTimeoutMs
        }
      );
      if (result.code !== 0)
        throw new Error(
          `kind delete cluster --name ${options.name} failed${result.timedOut ? " (timed out)" : ""}: ${tail(result.stderr)}`
        );
    } finally {
      fs.rmSync(workDir, { recursive: true, force: true });
    }
  };
  const createSeconds = Math.max(1, Math.floor(options.createTimeoutMs / 1e3));
  const created = await runner.run(
    options.binary,
    [
      "create",
      "cluster",
      "--name",
      options.name,
      "--image",
      options.nodeImage,
      "--config",
      configPath,
      "--kubeconfig",
      kubeconfigPath,
      // kind waits for the control plane; nodes and CoreDNS are waited for through the API.
      // Without a CNI (Calico comes later) the node cannot be Ready: kind's wait would only run out.
      ...options.cni === "calico" ? [] : ["--wait", `${createSeconds}s`]
    ],
    // a little longer than kind's own wait, so kind reports its own timeout when it can
    { timeoutMs: options.createTimeoutMs + 3e4 }
  );
  if (created.code !== 0) {
    await remove().catch(() => void 0);
    const why = created.timedOut ? `timed out after ${createSeconds}s` : `exit code ${created.code ?? "none"}`;
    throw new ClusterStartError(
      `kind could not create cluster ${options.name} (${why}): ${tail(created.stderr) || "no output"}`
    );
  }
  for (const image of options.loadImages) {
    const loaded = await runner.run(options.binary, ["load", "docker-image", image, "--name", options.name], {
      timeoutMs: options.createTimeoutMs
    });
    if (loaded.code !== 0) {
      await remove().catch(() => void 0);
      throw new ClusterStartError(
        `kind could not load image ${image} into ${options.name}: ${tail(loaded.stderr) || "no output"}`
      );
    }
  }
  return { name: options.name, kubeconfigPath, startMs: now() - started, delete: remove };
}
function cleanupOnSignals(signals, cleanup, exit) {
  const handlers = {
    SIGINT: () => void cleanup().finally(() => exit(130)),
    SIGTERM: () => void cleanup().finally(() => exit(143))
  };
  signals.once("SIGINT", handlers.SIGINT);
  signals.once("SIGTERM", handlers.SIGTERM);
  return () => {
    signals.removeListener("SIGINT", handlers.SIGINT);
    signals.removeListener("SIGTERM", handlers.SIGTERM);
  };
}

// src/cluster/config.ts
var DEFAULT_PROBE_IMAGE = "registry.k8s.io/e2e-test-images/agnhost:2.53";
var CALICO_MANIFEST = "https://raw.githubusercontent.com/projectcalico/calico/v3.29.2/manifests/calico.yaml";
var CALICO_POD_SUBNET = "192.168.0.0/16";
function resolveClusterConfig(config = {}) {
  const t = config.timeouts ?? {};
  const p = config.probes ?? {};
  return {
    kindVersion: config.kind?.version ?? DEFAULT_KIND_VERSION,
    nodeImage: config.kind?.nodeImage ?? DEFAULT_NODE_IMAGE,
    cni: config.kind?.cni ?? "kindnet",
    loadImages: config.kind?.loadImages ?? [],
    namespacePrefix: config.namespacePrefix ?? "kubegate",
    connectivity: config.connectivity ?? true,
    probeImage: config.probeImage ?? DEFAULT_PROBE_IMAGE,
    attempts: p.attempts ?? 3,
    retryDelayMs: (p.retryDelaySeconds ?? 3) * 1e3,
    connectTimeoutSeconds: p.connectTimeoutSeconds ?? 2,
    concurrency: p.concurrency ?? 8,
    createTimeoutMs: (t.createSeconds ?? 300) * 1e3,
    readyTimeoutMs: (t.readySeconds ?? 180) * 1e3,
    requestTimeoutMs: (t.requestSeconds ?? 30) * 1e3,
    crdEstablishedTimeoutMs: (t.crdEstablishedSeconds ?? 60) * 1e3,
    podsReadyTimeoutMs: (t.podsReadySeconds ?? 180) * 1e3,
    probeTimeoutMs: (t.probeSeconds ?? 180) * 1e3
  };
}
function resolveWithOverrides(section, overrides) {
  const base = section ?? {};
  return resolveClusterConfig({
    ...base,
    kind: {
      ...base.kind,
      ...overrides.nodeImage !== void 0 ? { nodeImage: overrides.nodeImage } : {},
      ...overrides.cni !== void 0 ? { cni: overrides.cni } : {}
    },
    ...overrides.probeImage !== void 0 ? { probeImage: overrides.probeImage } : {},
    ...overrides.connectivity !== void 0 ? { connectivity: overrides.connectivity } : {}
  });
}

// src/cluster/clock.ts
var SYSTEM_CLOCK = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms))
};
var WaitTimeout = class extends Error {
  name = "WaitTimeout";
};
async function waitFor(clock, what, timeoutMs, intervalMs, ready) {
  const deadline = clock.now() + timeoutMs;
  for (; ; ) {
    const value = await ready();
    if (value !== void 0) return value;
    if (clock.now() >= deadline)
      throw new WaitTimeout(`timed out after ${Math.round(timeoutMs / 1e3)}s waiting for ${what}`);
    await clock.sleep(intervalMs);
  }
}

// src/cluster/namespaces.ts
import { createHash } from "node:crypto";
var PSA_WARN_LABEL = "pod-security.kubernetes.io/warn";
var PSA_WARN_VERSION_LABEL = "pod-security.kubernetes.io/warn-version";
var RUN_ANNOTATION = "kubegate.dev/run";
function formatPssVersion(version) {
  return version === LATEST_PSS_VERSION ? "latest" : `v1.${version}`;
}
function prefixedName(prefix, name) {
  const full = `${prefix}-${name}`;
  if (full.length <= 63) return full;
  const hash = createHash("sha256").update(name).digest("hex").slice(0, 8);
  return `${full.slice(0, 63 - 9).replace(/-+$/, "")}-${hash}`;
}
function planNamespaces(objects, options) {
  const target = (namespace) => {
    const name = namespace ?? "default";
    return options.prefix === void 0 ? name : prefixedName(options.prefix, name);
  };
  const clusterScoped = clusterScopedCustomKinds(objects);
  const declared = /* @__PURE__ */ new Map();
  const referenced = /* @__PURE__ */ new Set();
  for (const source of objects) {
    const metadata = isRecord(source.value.metadata) ? source.value.metadata : {};
    if (source.value.kind === "Namespace" && source.value.apiVersion === "v1" && typeof metadata.name === "string")
      declared.set(metadata.name, source);
    else if (typeof metadata.namespace === "string") referenced.add(metadata.namespace);
    else if (!CLUSTER_SCOPED.has(source.value.kind) && !clusterScoped.has(source.value.kind))
      referenced.add("default");
  }
  const names = [.../* @__PURE__ */ new Set([...declared.keys(), ...referenced])].sort();
  return {
    target,
    namespaces: names.map((name) => {
      const source = declared.get(name);
      const original = source?.value ?? { apiVersion: "v1", kind: "Namespace" };
      const metadata = isRecord(original.metadata) ? original.metadata : {};
      const labels = { ...isRecord(metadata.labels) ? metadata.labels : {} };
      if (labels[PSA_ENFORCE_LABEL] === void 0) {
        labels[PSA_ENFORCE_LABEL] = options.defaultLevel;
        labels[PSA_ENFORCE_VERSION_LABEL] = formatPssVersion(options.defaultVersion);
      }
      if (labels[PSA_WARN_LABEL] === void 0) {
        labels[PSA_WARN_LABEL] = labels[PSA_ENFORCE_LABEL];
        if (labels[PSA_ENFORCE_VERSION_LABEL] !== void 0)
          labels[PSA_WARN_VERSION_LABEL] = labels[PSA_ENFORCE_VERSION_LABEL];
      }
      const annotations = {
        ...isRecord(metadata.annotations) ? metadata.annotations : {},
        [RUN_ANNOTATION]: options.runId
      };
      const object = {
        ...original,
        metadata: { ...metadata, name: target(name), labels, annotations }
      };
      return { name: target(name), object, ...source ? { source } : {} };
    })
  };
}
var CLUSTER_SCOPED = /* @__PURE__ */ new Set([
  "APIService",
  "CertificateSigningRequest",
  "ClusterRole",
  "ClusterRoleBinding",
  "CSIDriver",
  "CSINode",
  "CustomResourceDefinition",
  "FlowSchema",
  "IngressClass",
  "MutatingWebhookConfiguration",
  "Namespace",
  "Node",
  "PersistentVolume",
  "PriorityClass",
  "PriorityLevelConfiguration",
  "RuntimeClass",
  "StorageClass",
  "ValidatingAdmissionPolicy",
  "ValidatingAdmissionPolicyBinding",
  "ValidatingWebhookConfiguration",
  "VolumeAttachment"
]);
function clusterScopedCustomKinds(objects) {
  const kinds = /* @__PURE__ */ new Set();
  for (const { value } of objects) {
    if (value.kind !== "CustomResourceDefinition" || !isRecord(value.spec)) continue;
    const names = isRecord(value.spec.names) ? value.spec.names : {};
    if (value.spec.scope === "Cluster" && typeof names.kind === "string") kinds.add(names.kind);
  }
  return kinds;
}
function retarget(object, plan, clusterScoped) {
  const metadata = isRecord(object.metadata) ? object.metadata : {};
  const namespace = typeof metadata.namespace === "string" ? metadata.namespace : void 0;
  if (namespace === void 0 && (CLUSTER_SCOPED.has(object.kind) || clusterScoped.has(object.kind)))
    return object;
  return { ...object, metadata: { ...metadata, namespace: plan.target(namespace) } };
}

// src/cluster/order.ts
var RANK_CRD = 0;
var RANK_NAMESPACE = 1;
var RANK_RBAC = 2;
var RANK_OTHER = 3;
var RANK_CUSTOM_RESOURCE = 4;
var RBAC_KINDS = /* @__PURE__ */ new Set(["ClusterRole", "ClusterRoleBinding", "Role", "RoleBinding"]);
function customKinds(objects) {
  const kinds = /* @__PURE__ */ new Set();
  for (const { value } of objects) {
    if (!isCrd(value)) continue;
    const spec = isRecord(value.spec) ? value.spec : {};
    const names = isRecord(spec.names) ? spec.names : {};
    if (typeof spec.group === "string" && typeof names.kind === "string")
      kinds.add(`${spec.group}/${names.kind}`);
  }
  return kinds;
}
function isCrd(object) {
  return object.kind === "CustomResourceDefinition" && apiGroup(object.apiVersion) === "apiextensions.k8s.io";
}
function rankOf(object, custom) {
  if (isCrd(object)) return RANK_CRD;
  const group = apiGroup(object.apiVersion);
  if (object.kind === "Namespace" && group === "") return RANK_NAMESPACE;
  if (RBAC_KINDS.has(object.kind) && group === "rbac.authorization.k8s.io" || object.kind === "ServiceAccount" && group === "")
    return RANK_RBAC;
  if (custom.has(`${group}/${object.kind}`)) return RANK_CUSTOM_RESOURCE;
  return RANK_OTHER;
}
function applyOrder(objects) {
  const custom = customKinds(objects);
  return objects.map((object, index) => ({ object, index, rank: rankOf(object.value, custom) })).sort((a, b) => a.rank - b.rank || a.index - b.index).map(({ object }) => object);
}

// src/cluster/persist.ts
var MAY_PERSIST = /* @__PURE__ */ new Set([
  "/Namespace",
  "apiextensions.k8s.io/CustomResourceDefinition",
  "networking.k8s.io/NetworkPolicy",
  "/Pod"
]);
var PersistRefused = class extends Error {
  name = "PersistRefused";
};
function assertMayPersist(object) {
  const key = `${apiGroup(object.apiVersion)}/${object.kind}`;
  if (!MAY_PERSIST.has(key))
    throw new PersistRefused(`kubegate never stores a ${object.kind}; it is only dry-run`);
}

// src/cluster/field-path.ts
function tokenize(text) {
  const tokens = [];
  let rest = text.startsWith(".") ? text.slice(1) : text;
  while (rest.length > 0) {
    if (rest.startsWith("[")) {
      const end = closingBracket(rest);
      tokens.push({ kind: "index", text: rest.slice(1, end) });
      rest = rest.slice(end + 1);
    } else {
      const match = /^[^.[]+/.exec(rest);
      if (!match) break;
      tokens.push({ kind: "name", name: match[0] });
      rest = rest.slice(match[0].length);
    }
    if (rest.startsWith(".")) rest = rest.slice(1);
  }
  return tokens;
}
function closingBracket(text) {
  let quoted = false;
  for (let i = 1; i < text.length; i++) {
    const c = text[i];
    if (c === "\\") i++;
    else if (c === '"') quoted = !quoted;
    else if (c === "]" && !quoted) return i;
  }
  return text.length;
}
function keyValues(text) {
  const pairs = [];
  const pattern = /\s*([^=,\s]+)=("(?:[^"\\]|\\.)*"|[^,]*)\s*(?:,|$)/gy;
  let match;
  let consumed = 0;
  while (consumed < text.length && (match = pattern.exec(text)) !== null) {
    const raw = match[2];
    pairs.push([match[1], raw.startsWith('"') ? JSON.parse(raw) : raw]);
    consumed = pattern.lastIndex;
  }
  return pairs.length > 0 && consumed === text.length ? pairs : void 0;
}
function resolveFieldPath(text, object) {
  const path2 = [];
  let node = object;
  for (const token of tokenize(text.trim())) {
    let next;
    if (token.kind === "name") {
      if (isRecord(node)) next = token.name;
    } else if (/^\d+$/.test(token.text) && Array.isArray(node)) {
      next = Number(token.text);
    } else if (Array.isArray(node)) {
      const pairs = keyValues(token.text);
      const index = pairs ? node.findIndex(
        (item) => isRecord(item) && pairs.every(([key, value]) => String(item[key]) === value)
      ) : -1;
      if (index >= 0) next = index;
    } else if (isRecord(node)) {
      next = token.text.startsWith('"') ? JSON.parse(token.text) : token.text;
    }
    if (next === void 0) break;
    path2.push(next);
    if (isRecord(node) && typeof next === "string" && next in node) node = node[next];
    else if (Array.isArray(node) && typeof next === "number" && next < node.length) node = node[next];
    else break;
  }
  return path2;
}
function fieldPathsInMessage(message) {
  const paths = [];
  for (const match of message.matchAll(/(?:unknown|duplicate) field "([^"]+)"/g)) paths.push(match[1]);
  for (const match of message.matchAll(/(?:^|[\s:(])(\.[A-Za-z][^\s:]*): field not declared in schema/g))
    paths.push(match[1]);
  return paths;
}

// src/cluster/status.ts
function describeStatus(status) {
  return `${status.code}${status.reason ? ` ${status.reason}` : ""}`;
}
function findingsForStatus(status, object) {
  const redact = secretRedactor(object);
  const head = `the API server refused it (${describeStatus(status)})`;
  const findings = [];
  for (const cause of status.details?.causes ?? []) {
    if (!cause.field) continue;
    findings.push({
      path: resolveFieldPath(cause.field, object),
      message: redact(`${head}: ${cause.field}: ${cause.message ?? cause.reason ?? "invalid"}`)
    });
  }
  if (findings.length > 0) return findings;
  const named = fieldPathsInMessage(status.message);
  if (named.length > 0)
    return named.map((field) => ({
      path: resolveFieldPath(field, object),
      message: redact(`${head}: ${status.message}`)
    }));
  return [{ path: pathForReason(status, object), message: redact(`${head}: ${explain(status)}`) }];
}
function pathForReason(status, object) {
  const metadata = isRecord(object.metadata) ? object.metadata : {};
  if (status.code === 404 && status.details?.kind === "namespaces") return ["metadata", "namespace"];
  if (status.code === 404 && /the server (could not find the requested resource|does not serve kind)/.test(status.message))
    return ["kind"];
  if (status.reason === "AlreadyExists") return ["metadata", "name" in metadata ? "name" : "generateName"];
  if (status.code === 403 && /exceeded quota/.test(status.message))
    return isRecord(object.spec) ? ["spec"] : [];
  return [];
}
function explain(status) {
  if (status.code === 404 && /does not serve kind|could not find the requested resource/.test(status.message))
    return `${status.message}: is its CustomResourceDefinition installed (or the apiVersion right)?`;
  return status.message;
}
function secretRedactor(object) {
  if (object.kind !== "Secret") return (text) => text;
  const values = [];
  for (const key of ["data", "stringData"]) {
    const section = object[key];
    if (!isRecord(section)) continue;
    for (const value of Object.values(section)) {
      if (typeof value !== "string" || value.length === 0) continue;
      values.push(value);
      if (key === "data") {
        const decoded = Buffer.from(value, "base64").toString("utf8");
        if (decoded.length > 0) values.push(decoded);
      }
    }
  }
  values.sort((a, b) => b.length - a.length);
  return (text) => values.reduce((out, value) => out.split(value).join("[redacted]"), text);
}

// src/cluster/warnings.ts
var WARNING = /(\d{3})\s+\S+\s+"((?:[^"\\]|\\.)*)"/g;
function parseWarningHeader(header) {
  if (!header) return [];
  const texts = [];
  for (const match of header.matchAll(WARNING)) texts.push(match[2].replace(/\\(.)/g, "$1"));
  return texts;
}
function podSecurityWarnings(warnings) {
  return warnings.filter((text) => text.startsWith("would violate PodSecurity"));
}

// src/cluster/dry-run.ts
function noneCreated() {
  return { namespaces: [], crds: [], networkPolicies: [], pods: [] };
}
async function createNamespaces(api, plan, created, emit) {
  for (const namespace of plan.namespaces) {
    assertMayPersist(namespace.object);
    const result = await api.apply(namespace.object, { dryRun: false });
    if (result.ok) {
      created.namespaces.push(namespace.name);
    } else if (namespace.source) {
      for (const finding of findingsForStatus(result.status, namespace.source.value))
        emit("cluster/dry-run", namespace.source, finding.path, finding.message);
    } else {
      throw new Error(`cannot create namespace ${namespace.name}: ${result.status.message}`);
    }
  }
}
async function dryRunAll(api, objects, options, created, emit) {
  const summary = { objects: 0, accepted: 0, refused: 0, skipped: [], warnings: [] };
  const results = /* @__PURE__ */ new Map();
  const custom = customKinds(objects);
  const clusterScoped = clusterScopedCustomKinds(objects);
  const note = (source, text) => ({
    resource: resourceRef(source.value),
    file: source.file,
    line: source.line,
    text
  });
  const record = (source, result) => {
    results.set(source, result);
    summary.objects++;
    for (const warning of result.warnings)
      if (podSecurityWarnings([warning]).length === 0) summary.warnings.push(note(source, warning));
    if (result.ok) {
      summary.accepted++;
      return;
    }
    summary.refused++;
    if (result.status.code === 403 && /violates PodSecurity/.test(result.status.message)) return;
    for (const finding of findingsForStatus(result.status, source.value))
      emit("cluster/dry-run", source, finding.path, finding.message);
  };
  const ordered = applyOrder(objects).filter(
    (source) => !(source.value.kind === "Namespace" && source.value.apiVersion === "v1")
  );
  const send = (source, dryRun) => {
    const object = retarget(source.value, options.plan, clusterScoped);
    if (!dryRun) assertMayPersist(object);
    const metadata = isRecord(object.metadata) ? object.metadata : {};
    const byGenerateName = typeof metadata.name !== "string" && typeof metadata.generateName === "string";
    return byGenerateName ? api.create(object, { dryRun }) : api.apply(object, { dryRun });
  };
  const crds = ordered.filter((source) => isCrd(source.value));
  const establishedKinds = /* @__PURE__ */ new Set();
  for (const source of crds) {
    const persist = options.mode === "kind";
    const result = await send(source, !persist);
    record(source, result);
    if (!result.ok || !persist) continue;
    const ref = resourceRef(source.value);
    created.crds.push(ref);
    try {
      await waitFor(
        options.clock,
        `CustomResourceDefinition ${ref.name} to be established`,
        options.crdEstablishedTimeoutMs,
        500,
        async () => isEstablished(await api.read(ref)) ? true : void 0
      );
      for (const kind of custom) if (crdDefines(source.value, kind)) establishedKinds.add(kind);
    } catch (error) {
      emit(
        "cluster/dry-run",
        source,
        ["spec"],
        `the CustomResourceDefinition was not established: ${error.message}`
      );
    }
  }
  const rest = ordered.filter((source) => !isCrd(source.value));
  await inBatches(rest, options.concurrency, async (source) => {
    const isCustom = rankOf(source.value, custom) === RANK_CUSTOM_RESOURCE;
    let result = await send(source, true);
    for (let attempt = 0; isCustom && isNotServed(result) && attempt < options.customResourceRetries; attempt++) {
      if (!establishedKinds.has(customKey(source.value))) break;
      await options.clock.sleep(options.retryDelayMs);
      result = await send(source, true);
    }
    if (isCustom && isNotServed(result) && options.mode === "kubeconfig") {
      summary.skipped.push(
        note(
          source,
          "its CustomResourceDefinition comes with this change and is not installed in the cluster; CRDs are only dry-run there"
        )
      );
      return;
    }
    record(source, result);
  });
  return { summary, results };
}
function customKey(object) {
  const slash = object.apiVersion.indexOf("/");
  return `${slash < 0 ? "" : object.apiVersion.slice(0, slash)}/${object.kind}`;
}
function crdDefines(crd, kind) {
  const spec = isRecord(crd.spec) ? crd.spec : {};
  const names = isRecord(spec.names) ? spec.names : {};
  return `${String(spec.group)}/${String(names.kind)}` === kind;
}
function isNotServed(result) {
  return !result.ok && result.status.code === 404 && result.status.details?.kind !== "namespaces";
}
function isEstablished(crd) {
  const status = crd && isRecord(crd.status) ? crd.status : {};
  const conditions = Array.isArray(status.conditions) ? status.conditions : [];
  return conditions.some(
    (condition) => isRecord(condition) && condition.type === "Established" && condition.status === "True"
  );
}
async function inBatches(items, limit, work) {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++];
      await work(item);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
}

// src/cluster/connectivity.ts
var PROBE_ANNOTATION = "kubegate.dev/probe";
function probePodName(index) {
  return `kubegate-probe-${index}`;
}
function probePod(pod, index, image) {
  const containers = pod.ports.map((port) => {
    const protocol = port.protocol.toLowerCase();
    const serve = port.protocol === "SCTP" ? { args: ["porter"], env: [{ name: `SERVE_SCTP_PORT_${port.port}`, value: "foo" }] } : { args: ["serve-hostname", `--${protocol}`, "--http=false", "--port", String(port.port)] };
    return {
      name: `serve-${port.port}-${protocol}`,
      image,
      ...serve,
      ports: [
        { containerPort: port.port, protocol: port.protocol, ...port.name ? { name: port.name } : {} }
      ],
      securityContext: restrictedContainer()
    };
  });
  if (containers.length === 0)
    containers.push({
      name: "probe",
      image,
      args: ["pause"],
      ports: [],
      securityContext: restrictedContainer()
    });
  return {
    apiVersion: "v1",
    kind: "Pod",
    metadata: {
      name: probePodName(index),
      namespace: pod.namespace,
      labels: { ...pod.labels },
      annotations: { [PROBE_ANNOTATION]: pod.id }
    },
    spec: {
      automountServiceAccountToken: false,
      terminationGracePeriodSeconds: 0,
      securityContext: {
        runAsNonRoot: true,
        runAsUser: 65534,
        seccompProfile: { type: "RuntimeDefault" },
        // serve ports under 1024 without a capability (a safe sysctl, allowed at every level)
        sysctls: [{ name: "net.ipv4.ip_unprivileged_port_start", value: "0" }]
      },
      containers
    }
  };
}
function restrictedContainer() {
  return { allowPrivilegeEscalation: false, capabilities: { drop: ["ALL"] } };
}
function probeCommand(targets, timeoutSeconds) {
  const lines = [];
  for (const target of targets) {
    if (!/^[0-9A-Fa-f:.]+$/.test(target.ip)) throw new Error(`not a pod IP: ${JSON.stringify(target.ip)}`);
    if (!Number.isInteger(target.port) || target.port < 1 || target.port > 65535)
      throw new Error(`bad port ${target.port}`);
    if (!["TCP", "UDP", "SCTP"].includes(target.protocol)) throw new Error(`bad protocol ${target.protocol}`);
    const host = target.ip.includes(":") ? `[${target.ip}]` : target.ip;
    lines.push(
      `/agnhost connect ${host}:${target.port} --timeout=${timeoutSeconds}s --protocol=${target.protocol.toLowerCase()} >/dev/null 2>&1 & p${target.key}=$!`
    );
  }
  for (const target of targets) lines.push(`wait $p${target.key}; echo "${target.key} $?"`);
  return ["/bin/sh", "-c", lines.join("\n")];
}
function parseProbeOutput(stdout) {
  const answers = /* @__PURE__ */ new Map();
  for (const line of stdout.split("\n")) {
    const match = /^(\d+) (\d+)$/.exec(line.trim());
    if (match) answers.set(Number(match[1]), match[2] === "0");
  }
  return answers;
}
async function runConnectivity(api, objects, table, options, created, emit) {
  const plan = options.plan;
  const pods = table.pods.map((pod, index) => ({
    pod,
    name: probePodName(index),
    namespace: plan.target(pod.namespace)
  }));
  for (const [index, entry] of pods.entries()) {
    const object = retarget(probePod(entry.pod, index, options.probeImage), plan, /* @__PURE__ */ new Set());
    assertMayPersist(object);
    const result = await api.apply(object, { dryRun: false });
    if (!result.ok) throw new Error(`cannot create probe pod for ${entry.pod.id}: ${result.status.message}`);
    created.pods.push({ apiVersion: "v1", kind: "Pod", name: entry.name, namespace: entry.namespace });
  }
  for (const source of objects) {
    if (source.value.kind !== "NetworkPolicy" || apiGroup(source.value.apiVersion) !== "networking.k8s.io")
      continue;
    const object = retarget(source.value, plan, /* @__PURE__ */ new Set());
    assertMayPersist(object);
    const result = await api.apply(object, { dryRun: false });
    if (!result.ok) continue;
    const metadata = isRecord(object.metadata) ? object.metadata : {};
    created.networkPolicies.push({
      apiVersion: object.apiVersion,
      kind: "NetworkPolicy",
      name: String(metadata.name),
      namespace: String(metadata.namespace)
    });
  }
  const ips = /* @__PURE__ */ new Map();
  await waitFor(options.clock, "the probe pods to run", options.podsReadyTimeoutMs, 1e3, async () => {
    for (const entry of pods) {
      if (ips.has(entry.pod.id)) continue;
      const pod = await api.read({
        apiVersion: "v1",
        kind: "Pod",
        name: entry.name,
        namespace: entry.namespace
      });
      const ip = readyIp(pod);
      if (ip !== void 0) ips.set(entry.pod.id, ip);
    }
    return ips.size === pods.length ? true : void 0;
  });
  const probes = table.probes.filter((probe) => probe.from !== probe.to);
  const observed = /* @__PURE__ */ new Map();
  const deadline = options.clock.now() + options.probeTimeoutMs;
  let pending = probes.map((_, key) => key);
  for (let attempt = 1; attempt <= options.attempts && pending.length > 0; attempt++) {
    if (attempt > 1) {
      if (options.clock.now() + options.retryDelayMs >= deadline) break;
      await options.clock.sleep(options.retryDelayMs);
    }
    const bySource = /* @__PURE__ */ new Map();
    for (const key of pending)
      bySource.set(probes[key].from, [...bySource.get(probes[key].from) ?? [], key]);
    await inBatches([...bySource.entries()], options.concurrency, async ([from, keys]) => {
      const entry = pods.find((candidate) => candidate.pod.id === from);
      const container = containerOf(entry.pod);
      const targets = keys.map((key) => ({
        key,
        ip: ips.get(probes[key].to),
        port: probes[key].port,
        protocol: probes[key].protocol
      }));
      const budget = Math.max(
        1e3,
        Math.min(deadline - options.clock.now(), (options.connectTimeoutSeconds + 10) * 1e3)
      );
      const result = await api.exec(
        entry.namespace,
        entry.name,
        container,
        probeCommand(targets, options.connectTimeoutSeconds),
        budget
      );
      const answers = parseProbeOutput(result.stdout);
      for (const key of keys) {
        observed.set(key, { verdict: answers.get(key) === true ? "allow" : "deny", attempts: attempt });
      }
    });
    pending = pending.filter((key) => observed.get(key)?.verdict !== probes[key].expected);
  }
  const results = probes.map((probe, key) => ({
    ...probe,
    observed: observed.get(key)?.verdict ?? "deny",
    attempts: observed.get(key)?.attempts ?? 0
  }));
  const mismatches = results.filter((result) => result.observed !== result.expected);
  for (const mismatch of mismatches) {
    const located = locateWorkload(objects, table, mismatch.to);
    if (!located) continue;
    emit(
      "cluster/connectivity",
      located.source,
      located.path,
      `${mismatch.from} \u2192 ${mismatch.to} ${mismatch.port}/${mismatch.protocol}: expected ${word(mismatch.expected)}, observed ${word(mismatch.observed)} (${mismatch.attempts} attempt${mismatch.attempts === 1 ? "" : "s"})`
    );
  }
  return {
    pods: pods.length,
    probes: probes.length,
    mismatches: mismatches.length,
    skipped: table.probes.length - probes.length,
    tables: connectivityTables(table, results),
    results
  };
}
function word(verdict) {
  return verdict === "allow" ? "allowed" : "blocked";
}
function containerOf(pod) {
  const first = pod.ports[0];
  return first ? `serve-${first.port}-${first.protocol.toLowerCase()}` : "probe";
}
function readyIp(pod) {
  const status = pod && isRecord(pod.status) ? pod.status : {};
  const conditions = Array.isArray(status.conditions) ? status.conditions : [];
  const ready = conditions.some((c) => isRecord(c) && c.type === "Ready" && c.status === "True");
  return ready && typeof status.podIP === "string" && status.podIP !== "" ? status.podIP : void 0;
}
function locateWorkload(objects, table, podId) {
  const pod = table.pods.find((candidate) => candidate.id === podId);
  if (!pod) return void 0;
  for (const source of objects) {
    const metadata = isRecord(source.value.metadata) ? source.value.metadata : {};
    if (source.value.kind !== pod.workload.kind || metadata.name !== pod.workload.name) continue;
    if ((typeof metadata.namespace === "string" ? metadata.namespace : "default") !== pod.workload.namespace)
      continue;
    const template = podTemplateOf(source);
    return { source, path: template ? [...template.prefix, "metadata", "labels"] : [] };
  }
  return void 0;
}
function connectivityTables(table, results) {
  const ids = table.pods.map((pod) => pod.id);
  const ports = /* @__PURE__ */ new Map();
  for (const probe of table.probes)
    ports.set(`${probe.port}/${probe.protocol}`, { port: probe.port, protocol: probe.protocol });
  const cell = (verdict) => verdict === void 0 ? " " : verdict === "allow" ? "." : "X";
  return [...ports.values()].sort((a, b) => a.port - b.port || (a.protocol < b.protocol ? -1 : a.protocol > b.protocol ? 1 : 0)).map(({ port, protocol }) => {
    const here = results.filter((r) => r.port === port && r.protocol === protocol);
    return {
      port,
      protocol,
      columns: ids,
      rows: ids.map((from) => {
        const find = (to) => here.find((r) => r.from === from && r.to === to);
        return {
          from,
          expected: ids.map((to) => cell(find(to)?.expected)).join(""),
          observed: ids.map((to) => cell(find(to)?.observed)).join("")
        };
      })
    };
  });
}
function formatConnectivityTables(tables) {
  const out = [];
  for (const t of tables) {
    const width = Math.max(...t.rows.map((row) => row.from.length), 4);
    const header = t.columns.map((_, i) => String(i % 10)).join("");
    out.push(`${t.port}/${t.protocol}  (. allowed, X blocked; columns are destinations)`);
    out.push(`${"".padEnd(width)}  ${"expected".padEnd(Math.max(header.length, 8))}  observed`);
    out.push(`${"".padEnd(width)}  ${header.padEnd(Math.max(header.length, 8))}  ${header}`);
    for (const row of t.rows) {
      const flag = row.expected !== row.observed ? "  <- differs" : "";
      out.push(
        `${row.from.padEnd(width)}  ${row.expected.padEnd(Math.max(header.length, 8))}  ${row.observed}${flag}`
      );
    }
    out.push(t.columns.map((id, i) => `  ${i}: ${id}`).join("\n"));
    out.push("");
  }
  return out.join("\n");
}

// src/cluster/api.ts
var ClusterUnavailableError = class extends Error {
  name = "ClusterUnavailableError";
};
function kindNotServed(apiVersion, kind) {
  return {
    code: 404,
    reason: "NotFound",
    message: `the server does not serve kind ${kind} in ${apiVersion}`,
    details: { kind }
  };
}

// src/cluster/failure.ts
function isClusterFailure(error) {
  return error instanceof ClusterStartError || error instanceof ClusterUnavailableError || error instanceof WaitTimeout;
}

export {
  ClusterStartError,
  createKindCluster,
  cleanupOnSignals,
  CALICO_MANIFEST,
  CALICO_POD_SUBNET,
  resolveWithOverrides,
  SYSTEM_CLOCK,
  waitFor,
  planNamespaces,
  retarget,
  rankOf,
  describeStatus,
  parseWarningHeader,
  podSecurityWarnings,
  noneCreated,
  createNamespaces,
  dryRunAll,
  inBatches,
  runConnectivity,
  formatConnectivityTables,
  ClusterUnavailableError,
  kindNotServed,
  isClusterFailure
};
