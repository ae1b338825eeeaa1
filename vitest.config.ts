import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Tests run the TypeScript sources: '#shared/...' and '#renderer/...' resolve to them.
  resolve: { conditions: ['rembug-source'] },
  ssr: { resolve: { conditions: ['rembug-source'], externalConditions: ['rembug-source'] } },
  // The sandboxed preload is a .cts file (it must compile to CommonJS); let tests load it too.
  oxc: { include: /\.[cm]?tsx?$/ },
  test: {
    include: ['tests/**/*.test.ts'],
    // better-sqlite3 is a native module; separate processes keep each test file's handles apart.
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    reporters: ['default', './tests/support/countReporter.ts'],
  },
});
