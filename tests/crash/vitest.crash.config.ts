import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * `npm run test:crash`: the crash suite, apart from `npm test` because it takes minutes.
 * Its files end in `.crash.ts`, so `npm test` (tests/**\/*.test.ts) never picks them up.
 * Resolves like vitest.config.ts: `#shared/...` to the TypeScript sources.
 */
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  resolve: { conditions: ['rembug-source'] },
  ssr: { resolve: { conditions: ['rembug-source'], externalConditions: ['rembug-source'] } },
  test: {
    include: ['tests/crash/**/*.crash.ts'],
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 600_000,
    hookTimeout: 120_000,
    reporters: ['default', './tests/support/countReporter.ts'],
  },
});
