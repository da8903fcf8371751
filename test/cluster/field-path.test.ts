import { describe, expect, it } from 'vitest';
import { fieldPathsInMessage, resolveFieldPath } from '../../src/cluster/field-path.js';
import { findingsForStatus, secretRedactor } from '../../src/cluster/status.js';
import { parseWarningHeader } from '../../src/cluster/warnings.js';
import { applyOrder } from '../../src/cluster/order.js';
import { parseObjects } from './manifests.js';

const pod = {
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name: 'p', labels: { app: 'x' } },
  spec: { containers: [{ name: 'init' }, { name: 'app', ports: [{ containerPort: 80, protocol: 'TCP' }] }] },
};

describe('API server field paths', () => {
  it('resolves validation, strict-decoding and server-side apply paths', () => {
    expect(resolveFieldPath('spec.containers[1].image', pod)).toEqual(['spec', 'containers', 1, 'image']);
    expect(resolveFieldPath('.spec.containers[name="app"].imagee', pod)).toEqual([
      'spec',
      'containers',
      1,
      'imagee',
    ]);
    expect(
      resolveFieldPath('.spec.containers[name="app"].ports[containerPort=80,protocol="TCP"]', pod),
    ).toEqual(['spec', 'containers', 1, 'ports', 0]);
    expect(resolveFieldPath('metadata.labels[app]', pod)).toEqual(['metadata', 'labels', 'app']);
    // the first missing key is kept (the path names it; locate() falls back to its parent's line)
    expect(resolveFieldPath('spec.nope.deeper', pod)).toEqual(['spec', 'nope']);
  });

  it('finds field paths in error messages', () => {
    expect(
      fieldPathsInMessage('strict decoding error: unknown field "spec.replicass", unknown field "spec.x"'),
    ).toEqual(['spec.replicass', 'spec.x']);
    expect(
      fieldPathsInMessage(
        'failed to create typed patch object (a/b; apps/v1, Kind=Deployment): .spec.foo: field not declared in schema',
      ),
    ).toEqual(['.spec.foo']);
  });

  it('maps a missing CRD to the kind, AlreadyExists to the name', () => {
    const widget = { apiVersion: 'example.com/v1', kind: 'Widget', metadata: { name: 'w' } };
    expect(
      findingsForStatus(
        { code: 404, reason: 'NotFound', message: 'the server could not find the requested resource' },
        widget,
      ),
    ).toEqual([
      expect.objectContaining({
        path: ['kind'],
        message: expect.stringMatching(/CustomResourceDefinition installed/),
      }),
    ]);
    expect(
      findingsForStatus({ code: 409, reason: 'AlreadyExists', message: 'exists' }, widget)[0]!.path,
    ).toEqual(['metadata', 'name']);
    expect(
      findingsForStatus(
        { code: 403, reason: 'Forbidden', message: 'exceeded quota: q, requested: pods=1' },
        { ...widget, spec: {} },
      )[0]!.path,
    ).toEqual(['spec']);
  });

  it('redacts Secret values, plain and base64', () => {
    const redact = secretRedactor({
      apiVersion: 'v1',
      kind: 'Secret',
      data: { k: Buffer.from('s3cret-value').toString('base64') },
      stringData: { p: 'pw-123' },
    });
    expect(
      redact(`bad "s3cret-value" and "pw-123" and ${Buffer.from('s3cret-value').toString('base64')}`),
    ).toBe('bad "[redacted]" and "[redacted]" and [redacted]');
  });

  it('reads Warning headers joined by the HTTP client, commas inside the texts', () => {
    expect(
      parseWarningHeader(
        '299 - "would violate PodSecurity \\"restricted:latest\\": a, b", 299 - "apps/v1beta1 is deprecated"',
      ),
    ).toEqual(['would violate PodSecurity "restricted:latest": a, b', 'apps/v1beta1 is deprecated']);
  });

  it("orders CRDs, Namespaces, RBAC, the rest, then custom resources of the change's CRDs", () => {
    const text = [
      'v1/ConfigMap',
      'example.com/v1/Widget',
      'rbac.authorization.k8s.io/v1/Role',
      'v1/Namespace',
      'apiextensions.k8s.io/v1/CustomResourceDefinition',
      'v1/ServiceAccount',
    ]
      .map((id) => {
        const kind = id.split('/').pop()!;
        const apiVersion = id.slice(0, id.length - kind.length - 1);
        const spec =
          kind === 'CustomResourceDefinition' ? '\nspec: {group: example.com, names: {kind: Widget}}' : '';
        return `apiVersion: ${apiVersion}\nkind: ${kind}\nmetadata: {name: n}${spec}`;
      })
      .join('\n---\n');
    expect(applyOrder(parseObjects('a.yaml', text)).map((o) => o.value.kind)).toEqual([
      'CustomResourceDefinition',
      'Namespace',
      'Role',
      'ServiceAccount',
      'ConfigMap',
      'Widget',
    ]);
  });
});
