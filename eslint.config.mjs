// @ts-check
import eslint from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Type-aware lint of every TypeScript file; `npm run lint` runs it in CI (.ci/run). */
export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.data/**', 'coverage/**'] },
  {
    files: ['**/*.ts'],
    extends: [eslint.configs.recommended, ...tseslint.configs.recommended],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true }],
      '@typescript-eslint/no-floating-promises': 'error',
      // Logs go through Nest's logger (JSON lines with the request id); a bare console call is a slip.
      'no-console': 'error',
    },
  },

);
