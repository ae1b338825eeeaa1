import react from '@vitejs/plugin-react';
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'vite';
import { repoRoot } from '../support/paths.js';

export const extraTypeRendererDist = path.join(repoRoot, 'dist', 'extra-type-renderer');

/** Builds the app with the checklist type registered, as `npm run build:renderer` builds the app. */
export async function buildExtraTypeRenderer(): Promise<string> {
  // The app's own page (its CSP included), starting this folder's entry instead of the app's.
  const root = path.join(repoRoot, 'tests', 'extra-type', 'renderer');
  const page = fs.readFileSync(path.join(repoRoot, 'renderer', 'index.html'), 'utf8');
  fs.writeFileSync(path.join(root, 'index.html'), page.replace('./src/main.tsx', './main.tsx'));
  await build({
    configFile: false,
    root,
    base: './',
    plugins: [react()],
    resolve: { conditions: ['rembug-source', 'module', 'browser', 'development|production'] },
    logLevel: 'warn',
    build: { outDir: extraTypeRendererDist, emptyOutDir: true, chunkSizeWarningLimit: 4000, target: 'es2023' },
  });
  return extraTypeRendererDist;
}
