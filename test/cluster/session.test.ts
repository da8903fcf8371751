/**
 * The cluster session shared by `kubegate cluster` and the Action: kind
 * starts at once, the cluster is deleted exactly once at the end whatever
 * happened (unless kept), also on SIGINT/SIGTERM, and the stage runs once.
 */
import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveClusterConfig } from '../../src/cluster/config.js';
import type { ProcessRunner } from '../../src/cluster/process.js';
import { startClusterSession } from '../../src/cluster/session.js';
import { DEFAULT_SETTINGS } from '../../src/config/settings.js';

function fakeKind(options: { createMs?: number } = {}) {
  const calls: string[][] = [];
  const runner: ProcessRunner = {
    run: async (_command, args) => {
      calls.push([...args]);
      if (args[0] === 'create') {
        await new Promise((resolve) => setTimeout(resolve, options.createMs ?? 0));
        fs.writeFileSync(args[args.indexOf('--kubeconfig') + 1]!, 'apiVersion: v1\nkind: Config\n');
      }
      return { code: 0, stdout: '', stderr: '', timedOut: false };
    },
  };
  return { runner, calls };
}

const config = resolveClusterConfig({ connectivity: false });

describe('startClusterSession', () => {
  it('asks kind for the cluster at once, before the caller does anything else', async () => {
    const kind = fakeKind({ createMs: 20 });
    const session = startClusterSession({
      target: { mode: 'kind', keepCluster: false, binary: '/opt/kind', name: 'kg-1' },
      config,
      runner: kind.runner,
    });
    // synchronously: no await between the start and the create call
    expect(kind.calls).toHaveLength(1);
    expect(kind.calls[0]!.slice(0, 4)).toEqual(['create', 'cluster', '--name', 'kg-1']);
    expect(kind.calls[0]).toEqual(expect.arrayContaining(['--wait', '300s']));
    expect(await session.close()).toEqual([]);
    expect(kind.calls.map((call) => call[0])).toEqual(['create', 'delete']);
  });

  it('deletes a cluster that is still starting when closed, once, and never a kept one', async () => {
    const kind = fakeKind({ createMs: 30 });
    const session = startClusterSession({
      target: { mode: 'kind', keepCluster: false },
      config,
      runner: kind.runner,
    });
    await Promise.all([session.close(), session.close()]);
    expect(kind.calls.map((call) => call[0])).toEqual(['create', 'delete']);
    await expect(session.run({ objects: [], settings: DEFAULT_SETTINGS })).rejects.toThrow(
      'a cluster session runs the stage once',
    );

    const kept = fakeKind();
    const keep = startClusterSession({
      target: { mode: 'kind', keepCluster: true },
      config,
      runner: kept.runner,
    });
    await keep.close();
    expect(kept.calls.map((call) => call[0])).toEqual(['create']);
    // the kept cluster's files are the test's to remove
    const create = kept.calls[0]!;
    fs.rmSync(path.dirname(create[create.indexOf('--kubeconfig') + 1]!), { recursive: true, force: true });
  });

  it('deletes the cluster on SIGTERM and exits 143; unregisters when closed', async () => {
    const kind = fakeKind();
    const signals = new EventEmitter();
    const exited = new Promise<number>((resolve) => {
      startClusterSession({
        target: { mode: 'kind', keepCluster: false },
        config,
        runner: kind.runner,
        signals,
        exit: resolve,
      });
    });
    signals.emit('SIGTERM');
    expect(await exited).toBe(143);
    expect(kind.calls.map((call) => call[0])).toEqual(['create', 'delete']);

    const other = new EventEmitter();
    const session = startClusterSession({
      target: { mode: 'kind', keepCluster: false },
      config,
      runner: fakeKind().runner,
      signals: other,
    });
    expect(other.listenerCount('SIGINT') + other.listenerCount('SIGTERM')).toBe(2);
    await session.close();
    expect(other.listenerCount('SIGINT') + other.listenerCount('SIGTERM')).toBe(0);

    // a kept cluster is not deleted on a signal either
    const none = new EventEmitter();
    const keptKind = fakeKind();
    const kept = startClusterSession({
      target: { mode: 'kind', keepCluster: true },
      config,
      runner: keptKind.runner,
      signals: none,
    });
    expect(none.listenerCount('SIGTERM')).toBe(0);
    await kept.close();
    const create = keptKind.calls[0]!;
    fs.rmSync(path.dirname(create[create.indexOf('--kubeconfig') + 1]!), { recursive: true, force: true });
  });

  it('starts nothing for an existing cluster', async () => {
    const kind = fakeKind();
    const session = startClusterSession({
      target: { mode: 'kubeconfig', kubeconfigPath: '/nowhere/kubeconfig', context: 'ci' },
      config,
      runner: kind.runner,
    });
    expect(session.target).toEqual({
      mode: 'kubeconfig',
      kubeconfigPath: '/nowhere/kubeconfig',
      context: 'ci',
    });
    await expect(session.run({ objects: [], settings: DEFAULT_SETTINGS })).rejects.toThrow(
      /cannot read kubeconfig \/nowhere\/kubeconfig/,
    );
    expect(await session.close()).toEqual([]);
    expect(kind.calls).toEqual([]);
  });

  it('creates kind without --wait for Calico (the node is not Ready before a CNI runs)', async () => {
    const kind = fakeKind();
    const session = startClusterSession({
      target: { mode: 'kind', keepCluster: false },
      config: resolveClusterConfig({ kind: { cni: 'calico' } }),
      runner: kind.runner,
    });
    expect(kind.calls[0]).not.toContain('--wait');
    await session.close();
  });
});
