import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Import boundaries (architecture.md): shared imports nothing of ours and no Node or DOM
 * modules; the renderer imports shared only; electron/core never imports electron or the
 * renderer; only the thin shell files import 'electron'.
 */
const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto', 'url', 'better-sqlite3'];
const noElectron = { name: 'electron', message: 'Only the thin shell (electron/*.ts) may import electron.' };
const pattern = (group, message) => ({ group, message });

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'test-results/**', '.native/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    // A switch over a union (exercise types, error codes, modes) must name every member,
    // so a new exercise type cannot silently drop out of a switch.
    files: ['shared/**/*.ts', 'electron/**/*.ts', 'renderer/src/**/*.{ts,tsx}'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: false }],
    },
  },
  {
    // shared/ imports by an allow-list: zod and itself (relative paths that stay inside shared/).
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^(?!zod$)(?!\\.)', message: 'shared/ may import zod and shared/ only.' },
            pattern(
              ['**/electron/**', '**/renderer/**', '**/tests/**'],
              'shared/ imports nothing of ours outside shared/.',
            ),
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [noElectron],
          patterns: [
            pattern(nodeBuiltins, 'The renderer runs in a sandbox: no Node modules.'),
            pattern(['**/electron/**'], 'The renderer talks to the backend only through window.rembug (src/api.ts).'),
          ],
        },
      ],
    },
  },
  {
    files: ['electron/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [noElectron],
          patterns: [pattern(['**/renderer/**'], 'The backend never imports the renderer.')],
        },
      ],
    },
  },
  {
    // The thin shell: electron, the backend and shared; never the renderer's code.
    files: ['electron/*.ts', 'electron/*.cts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [pattern(['**/renderer/**'], 'The shell loads the built renderer, never its source.')] },
      ],
    },
  },
  {
    files: ['tests/**/*.{ts,tsx}', 'scripts/**/*.{ts,mjs}'],
    rules: {
      'no-restricted-imports': ['error', { paths: [noElectron] }],
    },
  },
);
