import { defineConfig } from 'vitest/config';

// Playwright `_electron` tests: they need the Electron binary, which cannot be
// downloaded on the development machines; without it they are skipped, loudly.
export default defineConfig({
  test: {
    include: ['test/electron/**/*.test.ts'],
    reporters: ['default', './test/summary-reporter.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
