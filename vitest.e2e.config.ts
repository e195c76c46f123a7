import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

// Real Chromium (playwright-core) against the built extension in
// .output/chrome-mv3. Build first: `npx wxt build`. One Chromium per test file;
// files run one at a time in one forked process (2-core machine).
export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('.', import.meta.url)) } },
  test: {
    include: ['tests/e2e/chromium/**/*.e2e.ts'],
    environment: 'node',
    pool: 'forks',
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 60_000,
    hookTimeout: 90_000,
  },
});
