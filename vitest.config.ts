import { defineConfig } from 'vitest/config';

// Tests drive real processes and a real Chromium on a 2-core machine: a generous
// per-test bound keeps a busy machine from turning slowness into failures, while
// each test still bounds its own waits.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    teardownTimeout: 30_000,
  },
});
