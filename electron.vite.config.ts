import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

// One bundler for the three targets. Main is ESM (Electron 45 loads it natively);
// the preload is CommonJS because sandboxed preloads cannot be ES modules.
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: { input: { index: resolve('src/main/index.ts') } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload can require only 'electron' and a few built-ins, and
      // Electron's sandbox guide says a preload split into several files is not
      // supported: bundle everything, and each entry into one self-contained file
      // (test/packaging/preload-bundle.test.ts reads them back).
      externalizeDeps: false,
      isolatedEntries: true,
      rollupOptions: {
        input: {
          index: resolve('src/preload/index.ts'),
          meeting: resolve('src/preload/meeting.ts'),
          kiosk: resolve('src/preload/kiosk.ts'),
          'screen-sharing-indicator': resolve('src/preload/screen-sharing-indicator.ts'),
          'screen-source-picker': resolve('src/preload/screen-source-picker.ts'),
        },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'src/renderer',
    plugins: [react()],
    build: {
      outDir: 'out/renderer',
      minify: true,
      // No inline scripts or styles: the CSP forbids them.
      assetsInlineLimit: 0,
      modulePreload: { polyfill: false },
      rollupOptions: {
        input: {
          index: resolve('src/renderer/index.html'),
          meeting: resolve('src/renderer/meeting.html'),
          kiosk: resolve('src/renderer/kiosk.html'),
          'screen-sharing-indicator': resolve('src/renderer/screen-sharing-indicator.html'),
          'screen-source-picker': resolve('src/renderer/screen-source-picker.html'),
        },
      },
    },
  },
});
