import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

// Real Firefox ESR (puppeteer-core over WebDriver BiDi) against the built
// extension in .output/firefox-mv3. Build first: `npx wxt build -b firefox --mv3`.
// One Firefox per test file; files run one at a time (2-core machine, and each
// Firefox is a few hundred MB).
export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('.', import.meta.url)) } },
  test: {
    include: ['tests/e2e/firefox/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
  },
});
