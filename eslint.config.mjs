// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', '.vscode-test/**', 'samples/**', '*.vsix', 'bench/results.json'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // `import vscode = require('vscode')` bundles to a plain require; `import * as` adds an interop copy of the whole API per file.
      '@typescript-eslint/no-require-imports': ['error', { allowAsImport: true }],
      eqeqeq: ['error', 'smart'],
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.name='parseInt']", message: 'parseInt loses precision above 2^53: use BigInt for addresses.' },
      ],
    },
  },
  {
    // src/ is bundled once for both extension hosts, the browser's web worker one included, which has none of
    // Node's globals. Its modules are kept out by the build (scripts/noNodeBuiltins.mjs).
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...['process', 'Buffer', 'global', 'setImmediate', 'clearImmediate', '__dirname', '__filename', 'require', 'module'].map(
          (name) => ({
            name,
            message: `${name} is Node-only: src/ also runs in the browser's web worker extension host.`,
          }),
        ),
      ],
    },
  },
  {
    // The engines (TDX math, detection, meaning), each feature's model and the code shared with the webview are pure
    // TypeScript: unit-tested on Node alone and bundled for the web worker.
    files: [
      'src/tdx/**/*.ts',
      'src/detect/**/*.ts',
      'src/meaning/**/*.ts',
      'src/shared/**/*.ts',
      'src/*/model.ts',
      'src/*/model/**/*.ts',
      'src/platform/errors.ts',
    ],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { paths: [{ name: 'vscode', message: 'Engines, models and shared code are pure TypeScript: no vscode import.' }] },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    languageOptions: {
      globals: {
        require: 'readonly',
        module: 'writable',
        process: 'readonly',
        console: 'readonly',
        __dirname: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        setImmediate: 'readonly',
        URL: 'readonly',
        URLSearchParams: 'readonly',
        AbortController: 'readonly',
        Buffer: 'readonly',
        performance: 'readonly',
      },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
