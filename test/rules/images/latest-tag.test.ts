import { describe, expect, test } from 'vitest';
import { deployment, findingsOf, lineOf, where } from '../workload/support.js';

const RULE = ['images/latest-tag'];
const DIGEST = `sha256:${'0f'.repeat(32)}`;

function withImage(image: string): string {
  return deployment(`containers:
  - name: app
    image: ${image}
`);
}

describe('images/latest-tag', () => {
  test.each([
    'nginx:1.27.3',
    'registry.io/app:latest-2',
    'app:LATEST',
    `nginx@${DIGEST}`,
    `nginx:latest@${DIGEST}`,
  ])('passes %s', (image) => {
    expect(findingsOf(withImage(image), RULE)).toEqual([]);
  });

  test('fires on :latest, on the image line, tier high', () => {
    const yaml = withImage('nginx:latest');
    const findings = findingsOf(yaml, RULE);
    expect(where(findings)).toEqual([
      `${lineOf(yaml, 'image: nginx')} spec.template.spec.containers[0].image`,
    ]);
    expect(findings[0]!.message).toBe('container "app" image "nginx:latest" uses the mutable :latest tag');
    expect(findings[0]!.tier).toBe('high');
  });

  test('fires on a missing tag, including a registry port that looks like one', () => {
    expect(findingsOf(withImage('nginx'), RULE)[0]?.message).toBe(
      'container "app" image "nginx" has no tag, so it runs whatever :latest is when pulled',
    );
    expect(findingsOf(withImage('registry.io:5000/app'), RULE)).toHaveLength(1);
  });

  test('covers init and ephemeral containers and image volumes', () => {
    const yaml = `apiVersion: v1
kind: Pod
metadata: { name: p }
spec:
  initContainers:
    - name: init
      image: alpine
  containers:
    - name: app
      image: app:1
  ephemeralContainers:
    - name: debug
      image: busybox:latest
  volumes:
    - name: models
      image:
        reference: registry.io/models/llm
`;
    expect(findingsOf(yaml, RULE).map((finding) => `${finding.location.line} ${finding.message}`)).toEqual([
      `${lineOf(yaml, 'image: alpine')} init container "init" image "alpine" has no tag, so it runs whatever :latest is when pulled`,
      `${lineOf(yaml, 'busybox:latest')} ephemeral container "debug" image "busybox:latest" uses the mutable :latest tag`,
      `${lineOf(yaml, 'reference:')} image volume "models" image "registry.io/models/llm" has no tag, so it runs whatever :latest is when pulled`,
    ]);
  });
});
