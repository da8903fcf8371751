/**
 * The git repository the end-to-end test runs the Action in: a base commit
 * and pushes on a pull request branch, with the kinds of change a review has
 * to map (a modified file, a renamed one, a removed one, an added one, a
 * binary one), and the pull request's files as GitHub lists them, computed
 * from `git diff` as GitHub computes them.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { StandInFile } from './github-stand-in.js';

/** A value no output may ever show. */
export const PLANTED_SECRET = 'kg-planted-7f3a91c2e5d4';

export const CONFIG = `# the e2e scenario checks Pod Security and secrets handling
rules:
  "netpol/*": { enabled: false }
  "workload/*": { enabled: false }
  "namespaces/*": { enabled: false }
  "images/*": { enabled: false }
`;

const HARDENED = `          securityContext:
            allowPrivilegeEscalation: false
            runAsNonRoot: true
            capabilities:
              drop: [ALL]
            seccompProfile:
              type: RuntimeDefault
`;

export const BASE_FILES: Record<string, string> = {
  '.kubegate.yaml': CONFIG,
  'deploy/web.yaml': `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: shop
spec:
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
        - name: web
          image: registry.example.com/shop/web:1.4.2
${HARDENED}`,
  // hostNetwork (line 20) is far from the name (line 4): renaming the object makes its finding new, off the diff
  'deploy/api.yaml': `apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
  namespace: shop
  labels:
    app: api
    tier: backend
    team: payments
spec:
  replicas: 2
  selector:
    matchLabels:
      app: api
  template:
    metadata:
      labels:
        app: api
    spec:
      hostNetwork: true
      containers:
        - name: api
          image: registry.example.com/shop/api:2.0.1
${HARDENED}`,
  'deploy/old-name.yaml': `apiVersion: v1
kind: Pod
metadata:
  name: cache
  namespace: shop
spec:
  containers:
    - name: cache
      image: registry.example.com/shop/cache:7.2
${HARDENED.replace(/^ {4}/gm, '')}`,
  'deploy/removed.yaml': `apiVersion: v1
kind: Pod
metadata:
  name: debug
  namespace: shop
spec:
  hostPID: true
  containers:
    - name: debug
      image: registry.example.com/shop/debug:1.0
`,
  'deploy/db-secret.yaml': `apiVersion: v1
kind: Secret
metadata:
  name: db
  namespace: shop
type: Opaque
stringData:
  password: ${PLANTED_SECRET}
`,
};

/** The first push: new findings on changed lines, one off them, and every kind of file change. */
export function firstPush(files: Record<string, string>): Record<string, string | null> {
  return {
    // a privileged flag (suggestion: false) and a sidecar with a literal credential on its first line
    'deploy/web.yaml': files['deploy/web.yaml']!.replace(
      '            allowPrivilegeEscalation: false\n',
      '            allowPrivilegeEscalation: false\n            privileged: true\n',
    ).concat(`        - env: [{name: DB_PASSWORD, value: "${PLANTED_SECRET}"}]
          image: registry.example.com/shop/sidecar:1.0
          name: sidecar
`),
    'deploy/api.yaml': files['deploy/api.yaml']!.replace('  name: api\n', '  name: api-v2\n'),
    'deploy/old-name.yaml': null,
    'deploy/cache.yaml': files['deploy/old-name.yaml']!.replace('spec:\n', 'spec:\n  hostPID: true\n'),
    'deploy/removed.yaml': null,
    // a new workload without any securityContext: one suggestion sets every missing field
    'deploy/worker.yaml': `apiVersion: apps/v1
kind: Deployment
metadata:
  name: worker
  namespace: shop
spec:
  selector:
    matchLabels:
      app: worker
  template:
    metadata:
      labels:
        app: worker
    spec:
      containers:
        - name: worker
          image: registry.example.com/shop/worker:3.1
          args: ["--queue", "orders"]
`,
    'docs/diagram.png': '\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR\u0000binary',
  };
}

export class PullRequestRepo {
  readonly root: string;

  constructor(parent: string) {
    this.root = path.join(parent, 'repo');
    fs.mkdirSync(this.root, { recursive: true });
    this.git(['init', '-q', '-b', 'main']);
    this.git(['config', 'user.email', 'kubegate@example.com']);
    this.git(['config', 'user.name', 'kubegate test']);
    this.git(['config', 'commit.gpgsign', 'false']);
  }

  git(args: string[]): string {
    return execFileSync('git', args, { cwd: this.root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  }

  read(file: string): string {
    return fs.readFileSync(path.join(this.root, file), 'utf8');
  }

  /** Writes (or, for null, removes) files and commits them; returns the commit id. */
  commit(files: Record<string, string | null>, message: string): string {
    for (const [name, content] of Object.entries(files)) {
      const full = path.join(this.root, name);
      if (content === null) fs.rmSync(full, { force: true });
      else {
        fs.mkdirSync(path.dirname(full), { recursive: true });
        fs.writeFileSync(full, content, name.endsWith('.png') ? 'latin1' : 'utf8');
      }
    }
    this.git(['add', '-A']);
    this.git(['commit', '-q', '-m', message]);
    return this.git(['rev-parse', 'HEAD']).trim();
  }

  /** The files of a pull request from base to head, as `GET /pulls/{n}/files` lists them. */
  pullFiles(base: string, head: string): StandInFile[] {
    const fields = this.git(['diff', '--name-status', '-M', '-z', base, head]).split('\0');
    const files: StandInFile[] = [];
    for (let i = 0; i < fields.length - 1;) {
      const code = fields[i++]!;
      const renamed = code.startsWith('R');
      const previous = renamed ? fields[i++]! : undefined;
      const filename = fields[i++]!;
      const status =
        code === 'A'
          ? 'added'
          : code === 'D'
            ? 'removed'
            : renamed
              ? 'renamed'
              : code === 'M'
                ? 'modified'
                : 'changed';
      const diff = this.git([
        'diff',
        '-M',
        '--no-color',
        base,
        head,
        '--',
        ...(previous ? [previous] : []),
        filename,
      ]);
      const hunks = diff.indexOf('\n@@');
      const patch = hunks >= 0 ? diff.slice(hunks + 1).replace(/\n$/, '') : undefined;
      files.push({
        filename,
        status,
        ...(previous ? { previous_filename: previous } : {}),
        ...(patch ? { patch } : {}),
      });
    }
    return files;
  }
}
