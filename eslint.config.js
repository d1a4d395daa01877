// Lint: the recommended rules of eslint and typescript-eslint, with types; formatting is prettier's alone.
import js from '@eslint/js'
import prettier from 'eslint-config-prettier'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  { ignores: ['dist/', 'coverage/', 'node_modules/', 'examples/', 'example/', '__tests__/fixtures/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always', { null: 'ignore' }]
    }
  },
  {
    files: ['*.js'],
    languageOptions: { globals: { process: 'readonly' } }
  },
  {
    // Loaded into the bundle's Node by the tests (NODE_OPTIONS=--import).
    files: ['__tests__/**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', URL: 'readonly', globalThis: 'readonly' } }
  },
  prettier
)
