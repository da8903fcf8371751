/**
 * `kubegate audit-policy explain FILE --verb V --resource R ...`: the audit
 * level the API server gives one request under an audit.k8s.io/v1 Policy, and
 * the rule that decided it (the first that matches; none means level None).
 * `kubegate audit-policy probes FILE`: the same for every request the
 * runtime/audit-* rules ask about. A policy the API server would refuse is bad
 * input: exit code 2, naming file and line.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { evaluateAuditPolicy, type AuditDecision, type AuditRequest } from '../engines/audit/evaluate.js';
import {
  isAuditPolicyObject,
  readAuditPolicy,
  type AuditPolicy,
  type AuditRule,
} from '../engines/audit/policy.js';
import type { SourceObject } from '../model/objects.js';
import { loadSources, relativeName } from '../render/loader.js';
import { ACTIVITY_PROBES } from '../rules/runtime/audit-catch-all-none.js';
import { resourceLabel, type Probe } from '../rules/runtime/audit-probes.js';
import { RBAC_CHANGE_PROBES } from '../rules/runtime/audit-rbac-changes.js';
import { SECRET_PAYLOAD_PROBES } from '../rules/runtime/audit-secret-payloads.js';
import { UsageError, type CliIO } from './io.js';

export const AUDIT_POLICY_USAGE = `Usage: kubegate audit-policy explain FILE --verb VERB (--resource RESOURCE | --path URL) [options]
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

interface ExplainOptions {
  readonly file: string;
  readonly request: AuditRequest;
  readonly format: 'text' | 'json';
}

export function runAuditPolicy(args: string[], io: CliIO): number {
  if (args.length === 0 || args[0] === '--help' || args[0] === '-h' || args.includes('--help')) {
    io.stdout(AUDIT_POLICY_USAGE);
    return args.length === 0 ? 2 : 0;
  }
  const [subcommand, ...rest] = args;
  try {
    if (subcommand === 'explain') return explain(parseExplainOptions(rest), io);
    if (subcommand === 'probes') return listProbes(parseProbesOptions(rest), io);
    throw new UsageError(`unknown audit-policy command "${subcommand}"`);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`kubegate: ${error.message}\n\n${AUDIT_POLICY_USAGE}`);
    return 2;
  }
}

function parseExplainOptions(args: string[]): ExplainOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: {
        verb: { type: 'string' },
        resource: { type: 'string' },
        subresource: { type: 'string' },
        name: { type: 'string' },
        namespace: { type: 'string', short: 'n' },
        path: { type: 'string' },
        user: { type: 'string' },
        group: { type: 'string', multiple: true },
        format: { type: 'string' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1) throw new UsageError('explain needs exactly one policy FILE');
  if (values.verb === undefined || values.verb === '') throw new UsageError('--verb is required');
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json')
    throw new UsageError(`--format must be text or json, not "${format}"`);
  if ((values.resource === undefined) === (values.path === undefined))
    throw new UsageError('give either --resource (a resource request) or --path (a non-resource request)');
  const groups = values.group ?? [];
  const user =
    values.user !== undefined || groups.length > 0 ? { name: values.user ?? '', groups } : undefined;
  let request: AuditRequest;
  if (values.path !== undefined) {
    if (!values.path.startsWith('/')) throw new UsageError(`--path must start with /, not "${values.path}"`);
    if (values.namespace !== undefined || values.subresource !== undefined || values.name !== undefined)
      throw new UsageError(
        '--path describes a non-resource request: --namespace, --subresource and --name do not apply',
      );
    request = { verb: values.verb, path: values.path, ...(user ? { user } : {}) };
  } else {
    const [resourceAndGroup, inlineSubresource, extra] = values.resource!.split('/');
    if (extra !== undefined || !resourceAndGroup)
      throw new UsageError(`--resource must be RESOURCE[.GROUP][/SUBRESOURCE], not "${values.resource}"`);
    if (inlineSubresource !== undefined && values.subresource !== undefined)
      throw new UsageError('give the subresource once: RESOURCE/NAME or --subresource NAME');
    const dot = resourceAndGroup.indexOf('.');
    const subresource = inlineSubresource ?? values.subresource;
    request = {
      verb: values.verb,
      resource: {
        resource: dot < 0 ? resourceAndGroup : resourceAndGroup.slice(0, dot),
        group: dot < 0 ? '' : resourceAndGroup.slice(dot + 1),
        namespace: values.namespace ?? '',
        ...(subresource ? { subresource } : {}),
        ...(values.name !== undefined ? { name: values.name } : {}),
      },
      ...(user ? { user } : {}),
    };
  }
  return { file: positionals[0]!, request, format };
}

interface LoadedPolicy {
  readonly object: SourceObject;
  readonly policy: AuditPolicy;
}

/** The file's audit policies, or the exit code after saying why they cannot be evaluated. */
function loadPolicies(file: string, io: CliIO): LoadedPolicy[] | number {
  const loaded = loadSources([file], { cwd: io.cwd });
  if (loaded.errors.length > 0) {
    for (const error of loaded.errors) io.stderr(`kubegate: ${error.file}:${error.line}: ${error.message}\n`);
    return 2;
  }
  const objects = loaded.objects.filter((object) => isAuditPolicyObject(object.value));
  if (objects.length === 0) {
    io.stderr(
      `kubegate: ${relativeName(io.cwd, path.resolve(io.cwd, file))}: no audit.k8s.io Policy in this file\n`,
    );
    return 2;
  }
  const policies: LoadedPolicy[] = [];
  let refused = false;
  for (const object of objects) {
    const { policy, problems } = readAuditPolicy(object.value);
    for (const problem of problems)
      io.stderr(
        `kubegate: ${object.file}:${object.locate(problem.path).line}: the API server refuses this policy: ${problem.message}\n`,
      );
    if (problems.length > 0) refused = true;
    else policies.push({ object, policy });
  }
  return refused ? 2 : policies;
}

function explain(options: ExplainOptions, io: CliIO): number {
  const policies = loadPolicies(options.file, io);
  if (typeof policies === 'number') return policies;
  const results = policies.map(({ object, policy }) => {
    const decision = evaluateAuditPolicy(policy, options.request);
    const line = (rule: AuditRule) => object.locate(['rules', rule.index]).line;
    return {
      file: object.file,
      line: object.line,
      decision,
      ruleLine: decision.rule ? line(decision.rule) : undefined,
    };
  });
  if (options.format === 'json') {
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
            omitManagedFields: decision.omitManagedFields,
          })),
        },
        null,
        2,
      )}\n`,
    );
    return 0;
  }
  const lines = [`request: ${describeRequest(options.request)}`];
  for (const { file, line, decision, ruleLine } of results) {
    if (results.length > 1) lines.push('', `policy ${file}:${line}`);
    lines.push(`level: ${decision.level}`);
    if (decision.rule) {
      lines.push(
        `decided by: rules[${decision.rule.index}] at ${file}:${ruleLine}, the first rule that matches`,
      );
      lines.push(...describeRule(decision.rule).map((text) => `  ${text}`));
    } else {
      lines.push("decided by: no rule matches, so the API server's default applies: level None");
    }
    lines.push(`omitted stages: ${decision.omitStages.length > 0 ? decision.omitStages.join(', ') : 'none'}`);
    lines.push(...consequence(decision));
  }
  io.stdout(`${lines.join('\n')}\n`);
  return 0;
}

function describeRequest(request: AuditRequest): string {
  const who = request.user
    ? `${request.user.name || '(no name)'}${request.user.groups.length > 0 ? ` (groups ${request.user.groups.join(', ')})` : ''}`
    : 'no user';
  if (!request.resource) return `${request.verb} ${request.path} by ${who}`;
  const { group, resource, subresource, namespace, name } = request.resource;
  const target = `${resource}${subresource ? `/${subresource}` : ''}${group ? ` (group ${group})` : ''}`;
  return `${request.verb} ${target}${name ? ` "${name}"` : ''}${namespace ? ` in namespace ${namespace}` : ' (cluster-scoped)'} by ${who}`;
}

/** The fields the rule sets, the way they read in the policy. */
function describeRule(rule: AuditRule): string[] {
  const lines = [`level: ${rule.level}`];
  const list = (key: string, values: readonly string[]) => {
    if (values.length > 0) lines.push(`${key}: [${values.join(', ')}]`);
  };
  list('users', rule.users);
  list('userGroups', rule.userGroups);
  list('verbs', rule.verbs);
  list('namespaces', rule.namespaces);
  for (const entry of rule.resources) {
    const names = entry.resourceNames.length > 0 ? ` names [${entry.resourceNames.join(', ')}]` : '';
    const resources = entry.resources.length > 0 ? `[${entry.resources.join(', ')}]` : 'every resource';
    lines.push(`resources: group ${JSON.stringify(entry.group)} ${resources}${names}`);
  }
  list('nonResourceURLs', rule.nonResourceURLs);
  if (lines.length === 1) lines.push('(matches every request)');
  return lines;
}

function consequence(decision: AuditDecision): string[] {
  switch (decision.level) {
    case 'None':
      return ['logged: not at all'];
    case 'Metadata':
      return ['logged: who, what, when; no request or response body'];
    case 'Request':
      return ['logged: metadata and the request body'];
    case 'RequestResponse':
      return ['logged: metadata, the request body and the response body'];
  }
}

function parseProbesOptions(args: string[]): { file: string; format: 'text' | 'json' } {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: { format: { type: 'string' } },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (parsed.positionals.length !== 1) throw new UsageError('probes needs exactly one policy FILE');
  const format = parsed.values.format ?? 'text';
  if (format !== 'text' && format !== 'json')
    throw new UsageError(`--format must be text or json, not "${format}"`);
  return { file: parsed.positionals[0]!, format };
}

/** Every probe request of the runtime/audit-* rules, once each. */
function allProbes(): Probe[] {
  const seen = new Map<string, Probe>();
  for (const probe of [...SECRET_PAYLOAD_PROBES, ...RBAC_CHANGE_PROBES, ...ACTIVITY_PROBES]) {
    const key = JSON.stringify([probe.verb, probe.request.resource, probe.user.name]);
    if (!seen.has(key)) seen.set(key, probe);
  }
  return [...seen.values()];
}

function listProbes(options: { file: string; format: 'text' | 'json' }, io: CliIO): number {
  const policies = loadPolicies(options.file, io);
  if (typeof policies === 'number') return policies;
  const probes = allProbes();
  const evaluated = policies.map(({ object, policy }) => ({
    object,
    results: probes.map((probe) => {
      const decision = evaluateAuditPolicy(policy, probe.request);
      return {
        probe,
        level: decision.level,
        rule: decision.rule
          ? { index: decision.rule.index, line: object.locate(['rules', decision.rule.index]).line }
          : null,
      };
    }),
  }));
  if (options.format === 'json') {
    io.stdout(
      `${JSON.stringify(
        evaluated.map(({ object, results }) => ({
          file: object.file,
          line: object.line,
          probes: results.map(({ probe, level, rule }) => ({ request: probe.request, level, rule })),
        })),
        null,
        2,
      )}\n`,
    );
    return 0;
  }
  const lines: string[] = [];
  for (const { object, results } of evaluated) {
    if (lines.length > 0) lines.push('');
    lines.push(`policy ${object.file}:${object.line}`);
    // one line per request, its namespaces together when they get the same answer
    const rows = new Map<string, { level: string; decided: string; request: string; namespaces: string[] }>();
    for (const { probe, level, rule } of results) {
      const decided = rule ? `rules[${rule.index}] line ${rule.line}` : 'no rule (default)';
      const request = `${probe.verb} ${resourceLabel(probe.resource)} by ${probe.user.name}`;
      const key = `${request}\u0000${level}\u0000${decided}`;
      const row = rows.get(key) ?? { level, decided, request, namespaces: [] };
      if (probe.request.resource?.namespace) row.namespaces.push(probe.request.resource.namespace);
      rows.set(key, row);
    }
    for (const row of rows.values()) {
      const where = row.namespaces.length > 0 ? ` in ${row.namespaces.join(', ')}` : '';
      lines.push(`  ${row.level.padEnd(16)}${row.decided.padEnd(22)}${row.request}${where}`);
    }
  }
  io.stdout(`${lines.join('\n')}\n`);
  return 0;
}
