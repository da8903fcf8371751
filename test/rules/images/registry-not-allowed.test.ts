import { describe, expect, test } from 'vitest';
import { deployment, findingsOf, lineOf, where } from '../workload/support.js';

const RULE = ['images/registry-not-allowed'];

function withImages(...images: string[]): string {
  return deployment(`containers:
${images.map((image, index) => `  - name: c${index}\n    image: ${image}`).join('\n')}
`);
}

describe('images/registry-not-allowed', () => {
  test('does not fire without an allow list', () => {
    expect(findingsOf(withImages('nginx:1', 'evil.example.com/x:1'), RULE)).toEqual([]);
  });

  test('fires for every image no entry admits, naming the normalised repository', () => {
    const yaml = withImages(
      'registry.io/team/app:1',
      'registry.io.evil.com/team/app:1',
      'registry.iox/app:1',
      'europe-west1-docker.pkg.dev/my-project/repo/api:2',
      'europe-west1-docker.pkg.dev/other-project/repo/api:2',
      'nginx:1.27',
    );
    const config = {
      images: { allowedRegistries: ['registry.io', 'europe-west1-docker.pkg.dev/my-project/*'] },
    };
    const findings = findingsOf(yaml, RULE, config);
    expect(where(findings)).toEqual([
      `${lineOf(yaml, 'registry.io.evil.com')} spec.template.spec.containers[1].image`,
      `${lineOf(yaml, 'registry.iox')} spec.template.spec.containers[2].image`,
      `${lineOf(yaml, 'other-project')} spec.template.spec.containers[4].image`,
      `${lineOf(yaml, 'nginx')} spec.template.spec.containers[5].image`,
    ]);
    expect(findings[3]!.message).toBe(
      'container "c5" image "nginx:1.27" comes from docker.io/library/nginx, which no entry of images.allowedRegistries admits',
    );
  });

  test('an empty allow list admits nothing', () => {
    expect(
      findingsOf(withImages('registry.io/app:1'), RULE, { images: { allowedRegistries: [] } }),
    ).toHaveLength(1);
  });
});
