import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** A throwaway folder of files for a test; remove() deletes it. */
export function tempTree(files: Record<string, string | Buffer>): { root: string; remove: () => void } {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'kubegate-test-'));
  for (const [name, content] of Object.entries(files)) {
    const full = path.join(root, name);
    fs.mkdirSync(path.dirname(full), { recursive: true });
    fs.writeFileSync(full, content);
  }
  return { root, remove: () => fs.rmSync(root, { recursive: true, force: true }) };
}
