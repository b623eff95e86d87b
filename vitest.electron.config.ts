import { defineConfig } from 'vitest/config';

// Playwright `_electron` tests: they need the Electron binary, which cannot be
// downloaded on the development machines. Without it they are skipped and
// test/electron/skip-report.ts lists them; the hosted CI workflow runs them
// (and sets SPRECHSTUNDE_ELECTRON_REQUIRED=1, so a missing binary fails there).
export default defineConfig({
  test: {
    include: ['test/electron/**/*.test.ts'],
    globalSetup: ['test/electron/global-setup.ts'],
    // The summary reporter last: its `N passed, N failed` stays the closing line.
    reporters: ['default', './test/electron/skip-report.ts', './test/summary-reporter.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // One app at a time.
    fileParallelism: false,
  },
});
