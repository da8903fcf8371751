/**
 * A deterministic benchmark corpus: 10,000 objects (about 7.5 MB) of mixed
 * workload kinds in 100 files, about a third of them violating something
 * (Pod Security, an image without a digest); the rest hardened against the
 * whole catalogue, with a default-deny NetworkPolicy in every namespace.
 */
import fs from 'node:fs';
import path from 'node:path';

const HARDENED_CONTAINER = `          securityContext:
            runAsNonRoot: true
            runAsUser: 10001
            allowPrivilegeEscalation: false
            readOnlyRootFilesystem: true
            capabilities:
              drop: ["ALL"]
            seccompProfile:
              type: RuntimeDefault`;

const VIOLATIONS = [
  `          securityContext:\n            privileged: true`,
  `          securityContext:\n            runAsNonRoot: true\n            allowPrivilegeEscalation: true\n            capabilities:\n              add: ["NET_ADMIN"]`,
  `          securityContext:\n            runAsUser: 0`,
];

function podSpec(i: number, indent: string): string {
  const violating = i % 3 === 0;
  const securityContext = violating ? VIOLATIONS[i % VIOLATIONS.length]! : HARDENED_CONTAINER;
  const hostNetwork = violating && i % 9 === 0 ? '\n      hostNetwork: true' : '';
  const spec = `    spec:
      serviceAccountName: app-${i % 50}
      automountServiceAccountToken: false${hostNetwork}
      containers:
        - name: app
          image: registry.example.com/team/app-${i % 200}:1.${i % 40}.0${violating ? '' : `@sha256:${digestOf(i)}`}
          ports:
            - containerPort: 8080
              name: http
          env:
            - name: LOG_LEVEL
              value: info
${securityContext}
          resources:
            limits: { cpu: 500m, memory: 256Mi }
            requests: { cpu: 100m, memory: 128Mi }`;
  return spec.replace(/^/gm, indent);
}

/** a well-formed, deterministic sha256 digest for the hardened objects */
function digestOf(i: number): string {
  return i.toString(16).padStart(8, '0').repeat(8).slice(0, 64);
}

const KINDS = [
  'Deployment',
  'StatefulSet',
  'DaemonSet',
  'Job',
  'CronJob',
  'Pod',
  'Service',
  'ConfigMap',
] as const;

const NAMESPACES = 25;

export function corpusObject(i: number): string {
  const namespace = `team-${i % NAMESPACES}`;
  // every namespace denies all traffic by default (the first objects of the corpus)
  if (i < NAMESPACES) {
    return `apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: default-deny\n  namespace: ${namespace}\nspec:\n  podSelector: {}\n  policyTypes: [Ingress, Egress]\n`;
  }
  const kind = KINDS[i % KINDS.length]!;
  const meta = `metadata:\n  name: app-${i}\n  namespace: ${namespace}\n  labels:\n    app.kubernetes.io/name: app-${i}\n    app.kubernetes.io/part-of: shop`;
  const templateMeta = `  template:\n    metadata:\n      labels:\n        app.kubernetes.io/name: app-${i}\n`;
  switch (kind) {
    case 'Pod':
      return `apiVersion: v1\nkind: Pod\n${meta}\n${podSpec(i, '').replace(/^ {4}/gm, '')}\n`;
    case 'Service':
      return `apiVersion: v1\nkind: Service\n${meta}\nspec:\n  selector:\n    app.kubernetes.io/name: app-${i}\n  ports:\n    - name: http\n      port: 80\n      targetPort: http\n`;
    case 'ConfigMap':
      return `apiVersion: v1\nkind: ConfigMap\n${meta}\ndata:\n  app.properties: |\n    log.level=info\n    feature.x=true\n`;
    case 'Job':
      return `apiVersion: batch/v1\nkind: Job\n${meta}\nspec:\n  backoffLimit: 2\n${templateMeta}${podSpec(i, '')}\n      restartPolicy: Never\n`;
    case 'CronJob':
      return `apiVersion: batch/v1\nkind: CronJob\n${meta}\nspec:\n  schedule: "*/5 * * * *"\n  jobTemplate:\n    spec:\n${templateMeta.replace(/^(?=.)/gm, '    ')}${podSpec(i, '    ')}\n          restartPolicy: OnFailure\n`;
    default:
      return `apiVersion: apps/v1\nkind: ${kind}\n${meta}\nspec:\n  selector:\n    matchLabels:\n      app.kubernetes.io/name: app-${i}\n${templateMeta}${podSpec(i, '')}\n`;
  }
}

/** Writes the corpus; returns its size in bytes. */
export function writeCorpus(folder: string, objects = 10_000, perFile = 100): number {
  fs.rmSync(folder, { recursive: true, force: true });
  fs.mkdirSync(folder, { recursive: true });
  let bytes = 0;
  for (let file = 0; file * perFile < objects; file++) {
    const documents: string[] = [];
    for (let i = file * perFile; i < Math.min(objects, (file + 1) * perFile); i++)
      documents.push(corpusObject(i));
    const text = documents.join('---\n');
    bytes += Buffer.byteLength(text);
    fs.writeFileSync(path.join(folder, `objects-${String(file).padStart(3, '0')}.yaml`), text);
  }
  return bytes;
}
