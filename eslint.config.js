import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import { dependencyRule } from './eslint.dependency-rule.js';

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      'node_modules/**',
      'packages/core/src/model/generated/**',
      'coverage/**',
      '.meshplane/**',
      '.tools/**',
      'artifacts/**',
      'site/.astro/**',
      'site/.build-*/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  {
    // Plain scripts the site serves as they are (no bundler): they run in the browser.
    files: ['site/public/**/*.js'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['packages/core/src/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'error' },
  },
  ...dependencyRule,
);
