/**
 * Command dispatch. Every failure that is not a policy verdict ends here as a
 * one-line message and exit code 2: no stack traces for users.
 */
import { runAuditPolicy } from './audit-policy.js';
import { CHECK_USAGE, runCheck } from './check.js';
import { IMAGES_USAGE, runImages } from './images.js';
import { UsageError, type CliIO } from './io.js';
import { runMerge } from './merge.js';
import { NETPOL_USAGE, runNetpol } from './netpol.js';
import { RBAC_USAGE, runRbac } from './rbac.js';
import { runRules } from './rules.js';
import { KUBEGATE_VERSION } from '../version.js';

export const USAGE = `Usage: kubegate <command> [options]

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

/** Each command's usage, shown after a usage error. */
const USAGES: Readonly<Record<string, string>> = {
  check: CHECK_USAGE,
  netpol: NETPOL_USAGE,
  rbac: RBAC_USAGE,
  images: IMAGES_USAGE,
};

/**
 * A number for the synchronous commands; a promise for the async ones (scan,
 * cluster), which are loaded on demand: the cluster client and the scanners
 * cost start-up time that check does not need.
 */
export function runCli(argv: string[], io: CliIO): number | Promise<number> {
  const [command, ...args] = argv;
  try {
    switch (command) {
      case 'images':
        return runImages(args, io);
      case 'scan':
        return import('./scan.js').then(({ runScanCommand, SCAN_USAGE }) =>
          runScanCommand(args, io).catch((error: unknown) => reportFailure(error, io, SCAN_USAGE)),
        );
      case 'cluster':
        return import('./cluster.js').then(({ runClusterCommand, CLUSTER_USAGE }) =>
          runClusterCommand(args, io).catch((error: unknown) => reportFailure(error, io, CLUSTER_USAGE)),
        );
      case 'check':
        return runCheck(args, io);
      case 'rules':
        return runRules(args, io);
      case 'merge':
        return runMerge(args, io);
      case 'netpol':
        return runNetpol(args, io);
      case 'rbac':
        return runRbac(args, io);
      case 'audit-policy':
        return runAuditPolicy(args, io);
      case 'version':
      case '--version':
        io.stdout(`${KUBEGATE_VERSION}\n`);
        return 0;
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        io.stdout(USAGE);
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (error) {
    return reportFailure(error, io, (command !== undefined && USAGES[command]) || USAGE);
  }
}

function reportFailure(error: unknown, io: CliIO, usage: string): number {
  if (error instanceof UsageError) {
    io.stderr(`kubegate: ${error.message}\n\n${usage}`);
    return 2;
  }
  const detail = io.env.KUBEGATE_DEBUG && error instanceof Error ? `\n${error.stack}` : '';
  io.stderr(`kubegate: internal error: ${error instanceof Error ? error.message : String(error)}${detail}\n`);
  return 2;
}
