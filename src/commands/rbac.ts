/**
 * `kubegate rbac can-i | who-can | diff`: the questions a reviewer has about
 * RBAC, answered from the manifests with the upstream authorizer's semantics.
 * Arguments follow `kubectl auth can-i`; there is no cluster, so the
 * identity is always given with --as. Manifests that cannot be read, and RBAC
 * objects the API server would refuse, stop the command with file, line and
 * exit code 2: an answer from half-read RBAC would mislead.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gitRevision, GitError } from '../baseline/git-source.js';
import { DEFAULT_CONFIG_FILE, readConfigFile } from '../config/config-file.js';
import { DEFAULT_SETTINGS } from '../config/settings.js';
import {
  accessList,
  authorize,
  describeBinding,
  describeRole,
  describeSubject,
  formatAccessTable,
  impersonatedUser,
  nonResourceRequest,
  permissionDiff,
  RbacGraph,
  resourceRequest,
  whoCan,
  type BindingRecord,
  type Provenance,
  type RequestAttributes,
  type RuleOrigin,
  type UserInfo,
} from '../engines/rbac/index.js';
import { ResourceTypes } from '../engines/rbac/resource-types.js';
import type { SourceObject } from '../model/objects.js';
import type { FieldPath } from '../model/path.js';
import { loadSources, relativeName, type LoadResult, type ManifestSource } from '../render/loader.js';
import { rbacDiffJson, rbacDiffMarkdown, rbacDiffText } from '../report/rbac-diff.js';
import { UsageError, type CliIO, InputErrors, reportInputFailure } from './io.js';

export const RBAC_USAGE = `Usage: kubegate rbac <can-i|who-can|diff> ... [PATH...]

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

const SUBCOMMANDS = ['can-i', 'who-can', 'diff'] as const;

interface Parsed {
  readonly subcommand: (typeof SUBCOMMANDS)[number];
  readonly positionals: string[];
  readonly values: {
    as?: string;
    'as-group'?: string[];
    namespace?: string;
    'all-namespaces'?: boolean;
    subresource?: string;
    why?: boolean;
    quiet?: boolean;
    list?: boolean;
    'no-headers'?: boolean;
    format?: string;
    base?: string;
    config?: string;
  };
}

export function runRbac(args: string[], io: CliIO): number {
  if (args.length === 0 || args.includes('--help') || args.includes('-h') || args[0] === 'help') {
    io.stdout(RBAC_USAGE);
    return args.length === 0 ? 2 : 0;
  }
  const parsed = parseRbacArgs(args);
  try {
    const maxFileBytes = readMaxFileBytes(parsed.values.config, io.cwd);
    switch (parsed.subcommand) {
      case 'can-i':
        return parsed.values.list ? runList(parsed, maxFileBytes, io) : runCanI(parsed, maxFileBytes, io);
      case 'who-can':
        return runWhoCan(parsed, maxFileBytes, io);
      case 'diff':
        return runDiff(parsed, maxFileBytes, io);
    }
  } catch (error) {
    return reportInputFailure(error, io);
  }
}

function parseRbacArgs(args: string[]): Parsed {
  const [subcommand, ...rest] = args;
  if (!(SUBCOMMANDS as readonly string[]).includes(subcommand ?? '')) {
    throw new UsageError(`rbac needs a subcommand: ${SUBCOMMANDS.join(', ')}, not "${subcommand}"`);
  }
  try {
    const { values, positionals } = parseArgs({
      args: rest,
      allowPositionals: true,
      strict: true,
      options: {
        as: { type: 'string' },
        'as-group': { type: 'string', multiple: true },
        namespace: { type: 'string', short: 'n' },
        'all-namespaces': { type: 'boolean', short: 'A' },
        subresource: { type: 'string' },
        why: { type: 'boolean' },
        quiet: { type: 'boolean', short: 'q' },
        list: { type: 'boolean' },
        'no-headers': { type: 'boolean' },
        format: { type: 'string' },
        base: { type: 'string' },
        config: { type: 'string' },
      },
    });
    const parsed: Parsed = { subcommand: subcommand as Parsed['subcommand'], positionals, values };
    validate(parsed);
    return parsed;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError((error as Error).message);
  }
}

function validate({ subcommand, values }: Parsed): void {
  const only = (flag: keyof Parsed['values'], where: string, allowed: boolean) => {
    if (values[flag] !== undefined && !allowed) throw new UsageError(`--${flag} is for ${where} only`);
  };
  only('as', 'can-i', subcommand === 'can-i');
  only('as-group', 'can-i', subcommand === 'can-i');
  only('list', 'can-i', subcommand === 'can-i');
  only('why', 'can-i', subcommand === 'can-i' && !values.list);
  only('quiet', 'can-i', subcommand === 'can-i' && !values.list);
  only('no-headers', 'can-i --list', subcommand === 'can-i' && values.list === true);
  only('subresource', 'can-i and who-can', subcommand !== 'diff' && !values.list);
  only('base', 'diff', subcommand === 'diff');
  only('namespace', 'can-i and who-can', subcommand !== 'diff');
  only('all-namespaces', 'can-i and who-can', subcommand !== 'diff');
  if (subcommand === 'can-i' && values.as === undefined)
    throw new UsageError('can-i needs --as USER (system:serviceaccount:NS:NAME for a ServiceAccount)');
  if (subcommand === 'diff' && values.base === undefined)
    throw new UsageError('rbac diff needs --base REF|DIR');
  if (values.namespace !== undefined && values['all-namespaces'])
    throw new UsageError('--namespace and --all-namespaces exclude each other');
  const formats = subcommand === 'diff' ? ['text', 'json', 'md'] : ['text', 'json'];
  if (values.format !== undefined && !formats.includes(values.format))
    throw new UsageError(`--format must be one of ${formats.join(', ')}, not "${values.format}"`);
}

function readMaxFileBytes(configFlag: string | undefined, cwd: string): number {
  const configPath =
    configFlag ?? (fs.existsSync(path.join(cwd, DEFAULT_CONFIG_FILE)) ? DEFAULT_CONFIG_FILE : undefined);
  if (configPath === undefined) return DEFAULT_SETTINGS.maxFileBytes;
  const full = path.resolve(cwd, configPath);
  return readConfigFile(full, relativeName(cwd, full)).maxFileBytes ?? DEFAULT_SETTINGS.maxFileBytes;
}

/** Load the manifests and build the graph, or stop with every input problem. */
function loadGraph(
  paths: readonly string[],
  cwd: string,
  maxFileBytes: number,
  source?: ManifestSource,
  label = '',
): { graph: RbacGraph; loaded: LoadResult } {
  const loaded = loadSources(paths, { cwd, maxFileBytes }, source);
  const graph = new RbacGraph(loaded.objects);
  const lines = [
    ...loaded.errors.map((error) => `${label}${error.file}:${error.line}: ${error.message}`),
    ...graph.problems.map(
      (problem) =>
        `${label}${problem.object.file}:${problem.object.locate(problem.path).line}: ${problem.object.value.kind} ${nameOf(problem.object)}: ${problem.message}`,
    ),
  ];
  if (lines.length > 0) throw new InputErrors(lines);
  return { graph, loaded };
}

function nameOf(object: SourceObject): string {
  const metadata = object.value.metadata as { name?: unknown; namespace?: unknown } | undefined;
  const name = typeof metadata?.name === 'string' ? metadata.name : '(unnamed)';
  return typeof metadata?.namespace === 'string' ? `${metadata.namespace}/${name}` : name;
}

function namespaceOf(values: Parsed['values']): string {
  return values['all-namespaces'] ? '' : (values.namespace ?? 'default');
}

function userOf(values: Parsed['values']): UserInfo {
  return impersonatedUser(values.as!, values['as-group'] ?? []);
}

/** The paths after VERB and TYPE; usage errors before anything is read. */
function questionPaths(parsed: Parsed): string[] {
  const [verb, target, ...paths] = parsed.positionals;
  if (verb === undefined || target === undefined)
    throw new UsageError(`${parsed.subcommand} needs VERB and TYPE[.GROUP][/NAME] (or a non-resource URL)`);
  if (target.startsWith('/') && (parsed.values.subresource ?? '') !== '')
    throw new UsageError('--subresource cannot be used with a non-resource URL');
  return pathsOrDot(paths);
}

/** VERB and TYPE[.GROUP][/NAME], or a non-resource URL, as kubectl auth can-i reads them. */
function requestOf(parsed: Parsed, types: ResourceTypes, io: CliIO): RequestAttributes {
  const [verb, target] = parsed.positionals as [string, string];
  if (target.startsWith('/')) return nonResourceRequest(verb, target);
  const slash = target.indexOf('/');
  const typeArgument = slash < 0 ? target : target.slice(0, slash);
  const name = slash < 0 ? '' : target.slice(slash + 1);
  const type = types.resolve(typeArgument);
  if (!type.known && !parsed.values.quiet) {
    io.stderr(
      `Warning: no known resource type "${typeArgument}"${type.group ? ` in group "${type.group}"` : ''}; taking it as written\n`,
    );
  }
  return resourceRequest({
    verb,
    apiGroup: type.group,
    resource: type.resource,
    subresource: parsed.values.subresource ?? '',
    name,
    namespace: namespaceOf(parsed.values),
  });
}

function pathsOrDot(paths: string[]): string[] {
  return paths.length > 0 ? paths : ['.'];
}

function runCanI(parsed: Parsed, maxFileBytes: number, io: CliIO): number {
  const { graph, loaded } = loadGraph(questionPaths(parsed), io.cwd, maxFileBytes);
  const request = requestOf(parsed, new ResourceTypes(loaded.objects), io);
  const user = userOf(parsed.values);
  const decision = authorize(graph, user, request);
  const quiet = parsed.values.quiet === true;
  if (!quiet) warnScope(request, decision.request, io);
  if (!quiet) warnUnresolved(decision.unresolved, io);
  if (quiet) return decision.allowed ? 0 : 1;
  if (parsed.values.format === 'json') {
    io.stdout(
      `${JSON.stringify(
        {
          allowed: decision.allowed,
          user: user.name,
          groups: user.groups,
          request: decision.request,
          ...(decision.grant
            ? {
                allowedBy: {
                  binding: describeBinding(decision.grant.binding),
                  bindingLocation: location(decision.grant.binding.provenance, [
                    'subjects',
                    decision.grant.subjectIndex,
                  ]),
                  role: describeRole(decision.grant.role.record.id),
                  rule: describeOrigin(decision.grant.rule.origin),
                  ruleLocation: location(decision.grant.rule.origin.provenance, [
                    'rules',
                    decision.grant.rule.origin.index,
                  ]),
                },
              }
            : {}),
          unresolvedBindings: decision.unresolved.map(describeBinding),
        },
        null,
        2,
      )}\n`,
    );
  } else if (decision.allowed) {
    io.stdout('yes\n');
    if (parsed.values.why && decision.grant) {
      const grant = decision.grant;
      io.stdout(
        [
          `  ${describeBinding(grant.binding)}${at(grant.binding.provenance, ['subjects', grant.subjectIndex])}`,
          `  → ${describeRole(grant.role.record.id)}${at(grant.role.record.provenance, [])}`,
          `  → ${describeOrigin(grant.rule.origin)}${at(grant.rule.origin.provenance, ['rules', grant.rule.origin.index])}`,
          '',
        ].join('\n'),
      );
    }
  } else {
    io.stdout(parsed.values.why ? 'no - no RBAC rule allows it\n' : 'no\n');
  }
  return decision.allowed ? 0 : 1;
}

function runList(parsed: Parsed, maxFileBytes: number, io: CliIO): number {
  const { graph } = loadGraph(pathsOrDot(parsed.positionals), io.cwd, maxFileBytes);
  const user = userOf(parsed.values);
  const namespace = namespaceOf(parsed.values);
  const list = accessList(graph, user, namespace);
  warnUnresolved(list.unresolved, io);
  if (parsed.values.format === 'json') {
    io.stdout(
      `${JSON.stringify(
        {
          user: user.name,
          groups: user.groups,
          namespace: namespace === '' ? null : namespace,
          resourceRules: list.rules
            .filter((rule) => rule.nonResourceURLs.length === 0)
            .map(({ verbs, apiGroups, resources, resourceNames }) => ({
              verbs,
              apiGroups,
              resources,
              resourceNames,
            })),
          nonResourceRules: list.rules
            .filter((rule) => rule.nonResourceURLs.length > 0)
            .map(({ verbs, nonResourceURLs }) => ({ verbs, nonResourceURLs })),
          incomplete: list.unresolved.length > 0,
          unresolvedBindings: list.unresolved.map(describeBinding),
        },
        null,
        2,
      )}\n`,
    );
  } else {
    io.stdout(formatAccessTable(list.rules, parsed.values['no-headers'] !== true));
  }
  return 0;
}

function runWhoCan(parsed: Parsed, maxFileBytes: number, io: CliIO): number {
  const { graph, loaded } = loadGraph(questionPaths(parsed), io.cwd, maxFileBytes);
  const request = requestOf(parsed, new ResourceTypes(loaded.objects), io);
  const result = whoCan(graph, request);
  warnScope(request, result.request, io);
  warnUnresolved(result.unresolved, io);
  if (parsed.values.format === 'json') {
    io.stdout(
      `${JSON.stringify(
        {
          request: result.request,
          subjects: result.entries.map((entry) => ({
            subject: entry.subject,
            binding: describeBinding(entry.binding),
            bindingLocation: location(entry.binding.provenance, ['subjects', entry.subjectIndex]),
            role: describeRole(entry.role.record.id),
            rule: describeOrigin(entry.rule.origin),
            ruleLocation: location(entry.rule.origin.provenance, ['rules', entry.rule.origin.index]),
          })),
          unresolvedBindings: result.unresolved.map(describeBinding),
        },
        null,
        2,
      )}\n`,
    );
    return 0;
  }
  if (result.entries.length === 0) {
    io.stdout('No subject can.\n');
    return 0;
  }
  const rows = [
    ['SUBJECT', 'BINDING', 'ROLE', 'WHERE'],
    ...result.entries.map((entry) => [
      describeSubject(entry.subject),
      describeBinding(entry.binding),
      describeRole(entry.role.record.id),
      whereText(entry.binding.provenance, ['subjects', entry.subjectIndex]),
    ]),
  ];
  const widths = [0, 1, 2].map((column) => Math.max(...rows.map((row) => row[column]!.length)) + 3);
  io.stdout(
    rows
      .map(
        (row) =>
          `${row.map((cell, column) => (column < 3 ? cell.padEnd(widths[column]!) : cell)).join('')}\n`,
      )
      .join(''),
  );
  return 0;
}

function runDiff(parsed: Parsed, maxFileBytes: number, io: CliIO): number {
  const paths = pathsOrDot(parsed.positionals);
  const baseArgument = parsed.values.base!;
  const { graph: head } = loadGraph(paths, io.cwd, maxFileBytes);
  let base: RbacGraph;
  const baseFolder = path.resolve(io.cwd, baseArgument);
  if (fs.existsSync(baseFolder) && fs.statSync(baseFolder).isDirectory()) {
    base = loadGraph([baseFolder], io.cwd, maxFileBytes, undefined, `in ${baseArgument}: `).graph;
  } else {
    let source: ManifestSource;
    try {
      source = gitRevision(io.cwd, baseArgument);
    } catch (error) {
      if (error instanceof GitError) throw new InputErrors([`.:1: ${error.message}`]);
      throw error;
    }
    base = loadGraph(paths, io.cwd, maxFileBytes, source, `in ${baseArgument}: `).graph;
  }
  const diff = permissionDiff(base, head);
  const format = parsed.values.format ?? 'text';
  io.stdout(
    format === 'json' ? rbacDiffJson(diff) : format === 'md' ? rbacDiffMarkdown(diff) : rbacDiffText(diff),
  );
  return 0;
}

function describeOrigin(origin: RuleOrigin): string {
  return `${origin.provenance.builtin ? 'built-in ' : ''}${describeRole(origin.role)} rules[${origin.index}]`;
}

function location(
  provenance: Provenance,
  fieldPath: FieldPath,
): { file: string; line: number } | { builtin: string } {
  if (provenance.builtin) return { builtin: provenance.kubernetesVersion };
  return { file: provenance.object.file, line: provenance.object.locate(fieldPath).line };
}

function whereText(provenance: Provenance, fieldPath: FieldPath): string {
  if (provenance.builtin) return `built in (${provenance.kubernetesVersion})`;
  return `${provenance.object.file}:${provenance.object.locate(fieldPath).line}`;
}

function at(provenance: Provenance, fieldPath: FieldPath): string {
  return ` (${whereText(provenance, fieldPath)})`;
}

/** kubectl warns when a cluster-scoped type is asked about in a namespace; so do we, and say what is evaluated. */
function warnScope(asked: RequestAttributes, evaluated: RequestAttributes, io: CliIO): void {
  if (asked.kind !== 'resource' || evaluated.kind !== 'resource') return;
  if (asked.namespace !== '' && evaluated.namespace === '') {
    io.stderr(
      `Warning: resource '${asked.resource}'${asked.apiGroup ? ` in group '${asked.apiGroup}'` : ''} is not namespace scoped: evaluated cluster-wide, where RoleBindings grant nothing\n`,
    );
  }
}

function warnUnresolved(bindings: readonly BindingRecord[], io: CliIO): void {
  for (const binding of bindings) {
    const role = describeRole(binding.roleRef);
    io.stderr(
      `Warning: ${describeBinding(binding)}${at(binding.provenance, [])} refers to ${role}, which is neither in the manifests nor built in: its permissions are unknown and not counted\n`,
    );
  }
}
