import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

// Unit and in-page DOM tiers. Real-browser tests have their own config
// (see package.json "test:e2e").
export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('.', import.meta.url)) } },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
  },
});
