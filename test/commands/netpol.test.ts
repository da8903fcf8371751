import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { cli } from '../helpers/cli.js';
import { tempTree } from '../helpers/temp-tree.js';

const repo = path.resolve(import.meta.dirname, '../..');
const trees: Array<{ remove: () => void }> = [];
afterAll(() => trees.forEach((tree) => tree.remove()));
function tree(files: Record<string, string>): string {
  const made = tempTree(files);
  trees.push(made);
  return made.root;
}

const WEB = `apiVersion: apps/v1
kind: Deployment
metadata: {name: web, namespace: shop}
spec:
  template:
    metadata: {labels: {app: web}}
    spec: {containers: [{name: web, image: web:1, ports: [{containerPort: 8080, name: http}]}]}
`;
const DENY = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: deny, namespace: shop}
spec: {podSelector: {}, policyTypes: [Ingress, Egress]}
`;
const FROM_INTERNET = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: from-internet, namespace: shop}
spec:
  podSelector: {matchLabels: {app: web}}
  policyTypes: [Ingress]
  ingress:
    - from: [{ipBlock: {cidr: 0.0.0.0/0}}]
      ports: [{port: http}]
`;

describe('kubegate netpol list on the examples', () => {
  test('the hardened shop: exactly the paths its services need', () => {
    const run = cli(repo, [
      'netpol',
      'list',
      'examples/hardened/plain/shop.yaml',
      'examples/hardened/plain/netpol.yaml',
    ]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      [
        'ingress-nginx/*[Namespace] => shop/web[Deployment] : TCP 8080',
        'shop/report[CronJob] => kube-system/*[Namespace] : TCP 53,UDP 53',
        'shop/web[Deployment] => kube-system/*[Namespace] : TCP 53,UDP 53',
        '',
      ].join('\n'),
    );
    // with every other example of the folder around it, the shop's paths stay those three
    const all = cli(repo, ['netpol', 'list', 'examples/hardened/plain']);
    expect(all.code).toBe(0);
    expect(all.stdout.split('\n').filter((line) => /\bshop\//.test(line))).toEqual(
      run.stdout.trim().split('\n'),
    );
  });

  test('the insecure shop: open to everything, and check says why', () => {
    const files = ['examples/insecure/plain/shop.yaml', 'examples/insecure/plain/netpol.yaml'];
    const run = cli(repo, ['netpol', 'list', ...files]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      '0.0.0.0-255.255.255.255[External] => shop/web[Deployment] : All Connections',
    );
    expect(run.stdout).toContain('shop/report[CronJob] => shop/web[Deployment] : All Connections');
    const check = cli(repo, ['check', ...files, '--rules', 'netpol/*', '--format', 'json']);
    expect(check.code).toBe(1);
    const ids = (JSON.parse(check.stdout) as { findings: Array<{ ruleId: string }> }).findings.map(
      (f) => f.ruleId,
    );
    expect(new Set(ids)).toEqual(
      new Set([
        'netpol/allow-all',
        'netpol/namespace-default-deny',
        'netpol/workload-not-isolated',
        'netpol/external-exposure',
      ]),
    );
  });

  test('the hardened shop passes every netpol rule', () => {
    const check = cli(repo, ['check', 'examples/hardened/plain', '--rules', 'netpol/*', '--format', 'json']);
    expect(JSON.parse(check.stdout).findings).toEqual([]);
    expect(check.code).toBe(0);
  });
});

describe('kubegate netpol list', () => {
  test('formats: json and mermaid', () => {
    const root = tree({ 'app.yaml': `${WEB}---\n${DENY}---\n${FROM_INTERNET}` });
    const json = JSON.parse(cli(root, ['netpol', 'list', '--format', 'json']).stdout);
    expect(json.connections).toEqual([
      {
        src: { ipRange: '0.0.0.0-255.255.255.255' },
        dst: { namespace: 'shop', name: 'web', kind: 'Deployment' },
        conn: 'TCP 8080',
      },
    ]);
    expect(json.warnings).toEqual([
      {
        file: 'app.yaml',
        line: 21,
        message: expect.stringContaining('ipBlock 0.0.0.0/0 overlaps ranges that may hold pod networks'),
      },
    ]);
    expect(cli(root, ['netpol', 'list', '--format', 'mermaid']).stdout).toContain('n0 -->|"TCP 8080"| n1');
  });

  test('warnings go to stderr with file and line, and do not fail the command', () => {
    const root = tree({ 'app.yaml': `${WEB}---\n${DENY}---\n${FROM_INTERNET}` });
    const run = cli(root, ['netpol', 'list']);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/^kubegate: warning: app\.yaml:21: ipBlock 0\.0\.0\.0\/0 overlaps/);
  });

  test('--ipblock-matches-pods and netpol.ipBlockMatchesPods let ipBlocks reach pods', () => {
    const db = WEB.replace(/web/g, 'db').replace('shop', 'data');
    const egress = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: out, namespace: shop}
spec:
  podSelector: {}
  policyTypes: [Egress]
  egress: [{to: [{ipBlock: {cidr: 10.0.0.0/8}}]}]
`;
    const files = { 'app.yaml': `${WEB}---\n${db}---\n${egress}` };
    const line = 'shop/web[Deployment] => data/db[Deployment] : All Connections';
    expect(cli(tree(files), ['netpol', 'list']).stdout).not.toContain(line);
    expect(cli(tree(files), ['netpol', 'list', '--ipblock-matches-pods']).stdout).toContain(line);
    const configured = tree({ ...files, '.kubegate.yaml': 'netpol:\n  ipBlockMatchesPods: true\n' });
    expect(cli(configured, ['netpol', 'list']).stdout).toContain(line);
  });

  test('netpol.clusterCidrs narrows what counts as outside', () => {
    const root = tree({ 'app.yaml': WEB, '.kubegate.yaml': 'netpol:\n  clusterCidrs: [10.244.0.0/16]\n' });
    expect(cli(root, ['netpol', 'list']).stdout).toContain(
      '10.245.0.0-255.255.255.255[External] => shop/web[Deployment] : All Connections',
    );
  });
});

describe('kubegate netpol: bad input stops with file, line and exit 2', () => {
  test('a policy the API server would reject', () => {
    const root = tree({
      'np.yaml': `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: bad, namespace: shop}
spec:
  podSelector: {}
  ingress:
    - from: [{ipBlock: {cidr: 10.0.0/8}}]
      ports: [{port: "80"}]
`,
    });
    const run = cli(root, ['netpol', 'list']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      [
        'kubegate: np.yaml:7:25: "10.0.0/8" is not a valid CIDR (e.g. 10.0.0.0/8 or 2001:db8::/64)',
        'kubegate: np.yaml:8:16: "80" is not a port number or name (names are 1-15 lowercase letters, digits and hyphens, with a letter)',
        '',
      ].join('\n'),
    );
  });

  test('unreadable YAML and missing paths', () => {
    const root = tree({ 'broken.yaml': 'kind: [\n' });
    const run = cli(root, ['netpol', 'matrix', 'broken.yaml', 'missing']);
    expect(run.code).toBe(2);
    expect(run.stderr.split('\n')).toEqual([
      'kubegate: missing:1: no such file or folder',
      expect.stringMatching(/^kubegate: broken\.yaml:2:1: .+/),
      '',
    ]);
    expect(run.stderr).not.toContain('    at ');
  });

  test('bad configuration: an unknown key, an invalid CIDR', () => {
    const unknown = tree({ 'app.yaml': WEB, '.kubegate.yaml': 'netpol:\n  ipblocksMatchPods: true\n' });
    expect(cli(unknown, ['netpol', 'list'])).toMatchObject({
      code: 2,
      stderr: 'kubegate: .kubegate.yaml:2: unknown key netpol.ipblocksMatchPods\n',
    });
    const badCidr = tree({
      'app.yaml': WEB,
      '.kubegate.yaml': 'netpol:\n  clusterCidrs:\n    - 10.244.0.0/16\n    - 10.300.0.0/16\n',
    });
    expect(cli(badCidr, ['netpol', 'list'])).toMatchObject({
      code: 2,
      stderr: 'kubegate: .kubegate.yaml:4: netpol.clusterCidrs[1] "10.300.0.0/16" is not a valid CIDR\n',
    });
  });

  test('usage errors', () => {
    const root = tree({ 'app.yaml': WEB });
    for (const args of [
      ['netpol'],
      ['netpol', 'graph'],
      ['netpol', 'diff'],
      ['netpol', 'list', '--format', 'svg'],
      ['netpol', 'matrix', '--format', 'text'],
      ['netpol', 'list', '--base', 'x'],
    ]) {
      const run = cli(root, args);
      expect(run.code, args.join(' ')).toBe(2);
    }
    expect(cli(root, ['netpol', 'diff']).stderr).toContain('netpol diff needs --base REF|DIR');
    expect(cli(root, ['netpol', '--help'])).toMatchObject({
      code: 0,
      stdout: expect.stringContaining('Usage: kubegate netpol'),
    });
  });
});

describe('kubegate netpol matrix', () => {
  test('the truth table as JSON', () => {
    const root = tree({ 'app.yaml': `${WEB}---\n${DENY}---\n${FROM_INTERNET}` });
    const run = cli(root, ['netpol', 'matrix']);
    expect(run.code).toBe(0);
    const table = JSON.parse(run.stdout);
    expect(table).toMatchObject({ version: 1, ipBlockMatchesPods: false });
    expect(table.probes).toEqual([
      {
        from: 'shop/web[Deployment]',
        to: 'shop/web[Deployment]',
        port: 8080,
        protocol: 'TCP',
        expected: 'deny',
        sameWorkload: true,
      },
    ]);
  });
});

describe('kubegate netpol diff', () => {
  test('--base DIR: the change newly exposes web', () => {
    const root = tree({
      'base/app.yaml': `${WEB}---\n${DENY}`,
      'head/app.yaml': `${WEB}---\n${DENY}---\n${FROM_INTERNET}`,
    });
    const run = cli(root, ['netpol', 'diff', '--base', 'base', 'head']);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      'Newly reachable from outside the cluster:\n  ! 0.0.0.0-255.255.255.255[External] => shop/web[Deployment] : TCP 8080\n',
    );
    const markdown = cli(root, ['netpol', 'diff', '--base', 'base', 'head', '--format', 'md']).stdout;
    expect(markdown).toContain('**Newly reachable from outside the cluster:** `shop/web[Deployment]`');
    expect(markdown).toContain('```mermaid');
  });

  test('--base REF reads the base from git without touching the working tree', () => {
    const root = tree({ 'deploy/app.yaml': `${WEB}---\n${DENY}---\n${FROM_INTERNET}` });
    const git = (...args: string[]) => {
      const result = spawnSync('git', args, { cwd: root, encoding: 'utf8' });
      if (result.status !== 0) throw new Error(result.stderr);
    };
    git('init', '-q');
    git('-c', 'user.email=t@example.com', '-c', 'user.name=t', 'add', '.');
    git('-c', 'user.email=t@example.com', '-c', 'user.name=t', 'commit', '-q', '-m', 'base');
    fs.writeFileSync(path.join(root, 'deploy/app.yaml'), `${WEB}---\n${DENY}`);
    const run = cli(root, ['netpol', 'diff', '--base', 'HEAD', 'deploy', '--format', 'json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).removed).toEqual([
      {
        src: { ipRange: '0.0.0.0-255.255.255.255' },
        dst: { namespace: 'shop', name: 'web', kind: 'Deployment' },
        conn: 'TCP 8080',
      },
    ]);
    expect(fs.readFileSync(path.join(root, 'deploy/app.yaml'), 'utf8')).not.toContain('from-internet');
    const missing = cli(root, ['netpol', 'diff', '--base', 'no-such-ref', 'deploy']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--base no-such-ref: cannot resolve git revision "no-such-ref"');
  });

  test('a broken base is an error, named as the base', () => {
    const root = tree({ 'base/app.yaml': 'kind: [\n', 'head/app.yaml': WEB });
    const run = cli(root, ['netpol', 'diff', '--base', 'base', 'head']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^kubegate: base: base\/app\.yaml:\d+/);
  });
});
