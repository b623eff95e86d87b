import { createApi } from '../../src/shared/api';
import type { Channel } from '../../src/shared/ipc-channels';

// Stands in for src/preload/index.ts in plain Chromium: the same createApi,
// with Playwright's binding to the test's Node process as the transport.
declare global {
  interface Window {
    __sprechstundeInvoke: (channel: Channel, request: unknown) => Promise<unknown>;
  }
}

Object.defineProperty(window, 'sprechstunde', {
  value: Object.freeze(
    createApi((channel, request) => window.__sprechstundeInvoke(channel, request)),
  ),
});
