import fs from 'node:fs';
import path from 'node:path';
import { rolldown } from 'rolldown';
import { repoRoot } from '../support/paths.js';

/**
 * Bundles the crash child (saveLoop.ts) and the backend sources it runs into one plain
 * ES module, so each round starts a bare `node` process (about a tenth of a second) from
 * the TypeScript sources, without the build. `#shared/*` resolves to the sources as under
 * vitest; better-sqlite3 stays outside (a native module), so the bundle is written under
 * node_modules/.cache, from where Node finds it.
 */
export async function bundleSaveLoop(): Promise<string> {
  const outDir = path.join(repoRoot, 'node_modules', '.cache', 'rembug-crash', String(process.pid));
  fs.rmSync(outDir, { recursive: true, force: true });
  const bundle = await rolldown({
    input: path.join(repoRoot, 'tests', 'crash', 'saveLoop.ts'),
    cwd: repoRoot,
    platform: 'node',
    resolve: {
      conditionNames: ['rembug-source', 'import', 'node', 'default'],
      // Sources import each other as './x.js' (NodeNext); the file is x.ts.
      extensionAlias: { '.js': ['.ts', '.js'] },
    },
    external: ['better-sqlite3'],
    logLevel: 'warn',
  });
  const file = path.join(outDir, 'saveLoop.mjs');
  try {
    await bundle.write({ file, format: 'esm' });
  } finally {
    await bundle.close();
  }
  return file;
}

export function removeBundle(file: string): void {
  fs.rmSync(path.dirname(file), { recursive: true, force: true });
}
