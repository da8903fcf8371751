import { describe, expect, test } from 'vitest';
import { restrictedVolumesCheck } from '../../../src/rules/pss/restrictedVolumes.js';
import { messagesOf, pathsOf, pod, violationsAt } from './support.js';

describe('restrictedVolumes', () => {
  test('replaces hostPathVolumes and applies from v1.0', () => {
    expect(restrictedVolumesCheck.overrides).toEqual(['hostPathVolumes']);
    expect(restrictedVolumesCheck.versions.map((v) => v.minimumVersion)).toEqual([0]);
  });

  test('allows the nine core types, at every version, and a volume without a source', () => {
    const volumes = [
      { name: 'none' },
      { name: 'a', configMap: { name: 'c' } },
      { name: 'b', csi: { driver: 'd' } },
      { name: 'c', downwardAPI: { items: [] } },
      { name: 'd', emptyDir: {} },
      { name: 'e', ephemeral: { volumeClaimTemplate: {} } },
      { name: 'f', image: { reference: 'registry.example/data:1' } },
      { name: 'g', persistentVolumeClaim: { claimName: 'c' } },
      { name: 'h', projected: { sources: [] } },
      { name: 'i', secret: { secretName: 's' } },
    ];
    expect(violationsAt(restrictedVolumesCheck, 0, pod({ volumes }))).toEqual([]);
  });

  test.each([
    'hostPath',
    'nfs',
    'gitRepo',
    'iscsi',
    'rbd',
    'cephfs',
    'awsElasticBlockStore',
    'flexVolume',
    'scaleIO',
  ])('forbids %s, pointing at the volume', (type) => {
    const violations = violationsAt(
      restrictedVolumesCheck,
      37,
      pod({
        volumes: [
          { name: 'ok', emptyDir: {} },
          { name: 'v', [type]: {} },
        ],
      }),
    );
    expect(pathsOf(violations)).toEqual(['spec.volumes[1]']);
    expect(messagesOf(violations)[0]).toContain(`volume "v" must not use the restricted volume type ${type}`);
  });
});
