// ESLint 9 flat config: `npm run lint:eslint`. Syntax-only (not type-aware) so it stays fast;
// `tsc --noEmit` (npm run typecheck) does the type checking. Errors fail CI, warnings do not.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig([
  globalIgnores([
    '**/node_modules/',
    'test/generated/', // graphql-codegen output (npm run codegen)
    'data/', // embedded PostgreSQL data directory
    'dist/',
    'web/dist/',
    'web/dist-graphiql/',
    'web/src/gql/', // graphql-codegen client preset output (npm run codegen:web)
    'bench/results/',
    'bench/peer/', // separate npm package (PostGraphile peer for the benchmarks)
    'coverage/',
  ]),

  {
    name: 'dispute-hub/typescript',
    files: ['{src,test,scripts,seeds,bench}/**/*.{ts,mts,cts}'],
    extends: [js.configs.recommended, tseslint.configs.recommended],
    rules: {
      // Unused bindings are errors, except deliberate ones spelled with a leading underscore
      // and the rest-sibling idiom used to drop fields (`const { secret, ...rest } = row`).
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          args: 'after-used',
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
      // `any` shows up at GraphQL/ORM/driver boundaries; report it, do not fail on it.
      '@typescript-eslint/no-explicit-any': 'warn',
      // Modules extend the shared context types by declaration merging:
      // `declare module '../../core/context' { interface HubLoaders extends ReturnType<typeof loaders> {} }`.
      // A bare `interface X {}` (no extends) is still reported and needs a justified eslint-disable.
      '@typescript-eslint/no-empty-object-type': ['error', { allowInterfaces: 'with-single-extends' }],
    },
  },

  // The service logs through pino (src/core/logger.ts), never the console. Tests may print
  // measurements, but each console call should say so (`// eslint-disable-next-line no-console`).
  { name: 'dispute-hub/no-console-src', files: ['src/**/*.ts'], rules: { 'no-console': 'error' } },
  { name: 'dispute-hub/no-console-test', files: ['test/**/*.ts'], rules: { 'no-console': 'warn' } },

  // The web console (web/, issue #14): browser TypeScript + React; `npm run typecheck:web` type-checks it.
  {
    name: 'dispute-hub/web',
    files: ['web/**/*.{ts,tsx}'],
    extends: [js.configs.recommended, tseslint.configs.recommended],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true }],
      '@typescript-eslint/no-explicit-any': 'warn',
    },
  },
  {
    name: 'dispute-hub/scripts-esm',
    files: ['scripts/**/*.mjs'],
    extends: [js.configs.recommended],
    languageOptions: { sourceType: 'module', globals: { process: 'readonly', console: 'readonly' } },
  },

  {
    name: 'dispute-hub/root-config-files',
    files: ['*.{js,cjs}'],
    extends: [js.configs.recommended],
    languageOptions: { sourceType: 'commonjs' },
  },
  {
    name: 'dispute-hub/root-config-files-esm',
    files: ['*.mjs'],
    extends: [js.configs.recommended],
    languageOptions: { sourceType: 'module' },
  },
]);
