import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// Builds the renderer (renderer/index.html) into dist/renderer. Relative asset paths: the
// built page is served from app://rembug/ in Electron and from a routed origin in the e2e
// harness. It lives at the top level because it runs in Node, which renderer/ may not use.
export default defineConfig({
  root: fileURLToPath(new URL('./renderer', import.meta.url)),
  base: './',
  plugins: [react()],
  // The Venn's layout worker imports shared code: bundled as a module worker.
  worker: { format: 'es' },
  // '#shared/...' (package.json "imports") is the TypeScript source when bundling; the
  // compiled backend resolves the same name to dist/app/shared under Node's defaults.
  resolve: { conditions: ['rembug-source', 'module', 'browser', 'development|production'] },
  build: {
    outDir: fileURLToPath(new URL('./dist/renderer', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
    sourcemap: false,
  },
});
