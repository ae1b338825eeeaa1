import react from '@vitejs/plugin-react';
import path from 'node:path';
import { build } from 'vite';
import { repoRoot } from '../support/paths.js';

export const extraTypeRendererDist = path.join(repoRoot, 'dist', 'extra-type-renderer');

/** Builds the app with the checklist type registered, as `npm run build:renderer` builds the app. */
export async function buildExtraTypeRenderer(): Promise<string> {
  await build({
    configFile: false,
    root: path.join(repoRoot, 'tests', 'extra-type', 'renderer'),
    base: './',
    plugins: [react()],
    resolve: { conditions: ['source', 'module', 'browser', 'development|production'] },
    logLevel: 'warn',
    build: { outDir: extraTypeRendererDist, emptyOutDir: true, chunkSizeWarningLimit: 4000, target: 'es2023' },
  });
  return extraTypeRendererDist;
}
