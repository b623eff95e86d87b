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
      // Sandboxed preloads can require nothing but 'electron': bundle everything.
      externalizeDeps: false,
      rollupOptions: {
        input: {
          index: resolve('src/preload/index.ts'),
          meeting: resolve('src/preload/meeting.ts'),
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
        },
      },
    },
  },
});
