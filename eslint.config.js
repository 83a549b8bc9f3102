// Layer fences: main/core stays pure (text in, data out), and the renderer reaches main only through
// the contract's types. Everything else is typescript-eslint's recommended set.
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import { layersPlugin } from './build/eslint-layers.mjs';

const nodeIo = ['fs', 'node:fs', 'fs/promises', 'node:fs/promises', 'child_process', 'node:child_process',
  'worker_threads', 'node:worker_threads', 'net', 'node:net', 'http', 'node:http', 'os', 'node:os', 'path', 'node:path'];

/** main/core is pure (no electron, no node IO, no outer layer, not the contract); `more` fences a part of it further. */
function coreFence(...more) {
  return {
    paths: ['electron', ...nodeIo].map((name) => ({ name, message: 'main/core is pure: no electron and no node IO. Inject a port instead.' })),
    patterns: [
      { group: ['**/services/**', '**/platform/**', '**/renderer/**'], message: 'main/core may not depend on outer layers.' },
      // The contract describes core to the outside; core does not know it (errors live in main/core/errors.ts).
      { group: ['**/contract', '**/contract/**'], message: 'main/core may not import main/contract.' },
      ...more,
    ],
  };
}

export default tseslint.config(
  { ignores: ['node_modules/**', '.cache/**', '.tmp*/**', 'out/**', 'dist/**', 'release/**', 'test-results/**', 'build/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    // Which part of the app may import which: allow-lists per layer (build/eslint-layers.mjs).
    files: ['main/**/*.ts', 'preload/**/*.ts', 'renderer/**/*.ts', 'renderer/**/*.tsx'],
    plugins: { layers: layersPlugin },
    rules: { 'layers/imports': 'error' },
  },
  {
    files: ['main/core/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', coreFence()] },
  },
  {
    // Reading a report is pure text → facts: no workspace, so a test or a caller can read without a database.
    files: ['main/core/extract/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', coreFence({ group: ['**/store', '**/store/**'], message: 'main/core/extract reads text; storing is main/core/store/import-report.ts.' })],
    },
  },
  {
    files: ['main/contract/**/*.ts', 'main/services/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'electron', message: 'Only main/platform imports electron.' }],
        patterns: [{ group: ['**/platform/**', '**/renderer/**'], message: 'contract/services may not depend on platform or renderer.' }],
      }],
    },
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: ['electron', ...nodeIo].map((name) => ({ name, message: 'The renderer talks to main only through the bridge.' })),
        patterns: [
          { group: ['**/main/core/**', '!**/main/core/types', '**/main/services/**', '**/main/platform/**'], message: 'The renderer may import only main/contract (types) and main/core/types.' },
        ],
      }],
      // The contract's runtime (zod schemas) belongs to main; the renderer may use its types only — and the message
      // catalogue (plain data, no zod), with which it words main's messages in the interface language.
      '@typescript-eslint/no-restricted-imports': ['error', {
        patterns: [{ regex: '(^|/)main/contract(/(?!messages$).*)?$', allowTypeImports: true, message: 'Import only types from main/contract (`import type`).' }],
      }],
    },
  },
  {
    // With type information where a forgotten promise loses work or an error: services (a write not awaited) and the
    // renderer (a refusal that never becomes a notice). A promise left on purpose says so with `void`.
    files: ['main/services/**/*.ts', 'renderer/**/*.ts', 'renderer/**/*.tsx'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
    },
  },
  {
    // React's rules of hooks and effect dependencies: a hook called conditionally or an effect missing what it reads.
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
);
