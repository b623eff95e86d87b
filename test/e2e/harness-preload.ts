import { createApi } from '../../src/shared/api';
import type { Channel } from '../../src/shared/ipc-channels';

// Stands in for src/preload/index.ts in plain Chromium: the same createApi,
// with Playwright's binding to the test's Node process as the transport.
declare global {
  interface Window {
    __sprechstundeInvoke: (channel: Channel, request: string | undefined) => Promise<string>;
  }
}

Object.defineProperty(window, 'sprechstunde', {
  value: Object.freeze(
    createApi(async (channel, request) => {
      const payload = request === undefined ? undefined : JSON.stringify(request);
      return JSON.parse(await window.__sprechstundeInvoke(channel, payload)) as unknown;
    }),
  ),
});
