import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'docs/**', 'dist/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Code that runs in the extension: `process` does not exist there. A Node-only
    // debug switch (process.env.X) in src/ twice made every page "could not read"
    // (content script threw on load; see the e2e findings of session 1).
    files: ['src/**/*.ts', 'entrypoints/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', { name: 'process', message: 'process does not exist in the browser; pass options in instead.' }],
    },
  },
);
