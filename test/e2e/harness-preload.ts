import { createApi, requestFirstScreen, type SprechstundeApi } from '../../src/shared/api';
import { mainChannels, meetingChannels, type Channel } from '../../src/shared/ipc-channels';

// Stands in for src/preload/index.ts (main window) and src/preload/meeting.ts
// (meeting window) in plain Chromium: the same createApi over the same channel
// lists, with Playwright's binding to the test's Node process as the transport.
declare global {
  interface Window {
    __sprechstundeInvoke: (channel: Channel, request: string | undefined) => Promise<string>;
    __sprechstundePreload?: 'main' | 'meeting';
  }
}

const meeting = window.__sprechstundePreload === 'meeting';
const api = Object.freeze(
  createApi<Channel>(meeting ? meetingChannels : mainChannels, async (channel, request) => {
    const payload = request === undefined ? undefined : JSON.stringify(request);
    return JSON.parse(await window.__sprechstundeInvoke(channel, payload)) as unknown;
  }),
);
Object.defineProperty(window, 'sprechstunde', { value: api });
if (!meeting) {
  Object.defineProperty(window, 'sprechstundeFirstScreen', {
    value: requestFirstScreen(api as unknown as SprechstundeApi),
  });
}
