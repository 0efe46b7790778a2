// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/*.gen.ts', 'dist/', 'node_modules/', '.data/', '.nx/', 'coverage/', 'tmp/', 'libs/shared/data/', '**/*.data.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', __dirname: 'readonly', module: 'writable', require: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Config and Nest's metadata read process.env in exactly one place: app-config.ts.
      'no-restricted-properties': ['error', { object: 'process', property: 'env', message: 'Read settings through AppConfig (apps/api/src/config).' }],
    },
  },
  {
    files: ['apps/api/src/config/**', 'apps/api/test/**', 'apps/api/tools/**', 'scripts/**', 'e2e/**', '**/*.bench.ts', '**/bench/**', 'jest.config.js', '**/vite.config.ts', 'libs/web/vite.portal-config.ts', 'apps/api/src/**/*.spec.ts'],
    rules: { 'no-restricted-properties': 'off' },
  },
  { files: ['**/*.js', '**/*.cjs'], rules: { '@typescript-eslint/no-require-imports': 'off' } },
);
