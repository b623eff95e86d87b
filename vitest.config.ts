import { defineConfig } from 'vitest/config';

// `npm test` runs unit tests under Node, the packaging check (electron-builder
// on a stand-in Electron), and end-to-end tests in real Chromium against the
// built renderer. None needs the Electron binary.
export default defineConfig({
  test: {
    reporters: ['default', './test/summary-reporter.ts'],
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.{ts,tsx}'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'packaging',
          include: ['test/packaging/**/*.test.ts'],
          environment: 'node',
          // electron-builder runs in beforeAll: 10 s was too little on a busy 2-core CI machine.
          testTimeout: 180_000,
          hookTimeout: 180_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // One Chromium at a time: the machine has two cores.
          fileParallelism: false,
          // A state that arrives (a status, a focus, a list) may take more than
          // expect.poll's default 1 s on a loaded two-core machine; CI saw it.
          expect: { poll: { timeout: 10_000 } },
        },
      },
    ],
  },
});
