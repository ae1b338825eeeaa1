import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const resourcesDir = path.join(repoRoot, 'resources');
export const rendererDist = path.join(repoRoot, 'dist', 'renderer');
export const testResultsDir = path.join(repoRoot, 'test-results');

export function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `rembug-${prefix}-`));
}
