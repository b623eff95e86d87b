import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ScreenSharingIndicatorApi } from '../../../src/shared/screen-sharing-indicator';

const electron = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  sent: [] as [string, unknown][],
}));
vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (key: string, api: unknown) => electron.exposed.set(key, api),
  },
  ipcRenderer: {
    send: (channel: string, payload: unknown) => electron.sent.push([channel, payload]),
  },
}));

describe('the screen-sharing indicator preload', () => {
  beforeEach(async () => {
    vi.resetModules();
    electron.exposed.clear();
    electron.sent.length = 0;
    await import('../../../src/preload/screen-sharing-indicator');
  });

  it('gives the page two buttons and nothing else', () => {
    expect([...electron.exposed.keys()]).toEqual(['screenSharingIndicator']);
    expect(Object.keys(electron.exposed.get('screenSharingIndicator')!).sort()).toEqual([
      'hide',
      'stopSharing',
    ]);
  });

  it("sends them as the Jitsi SDK's stop and hide events, in the shape its main hook reads", () => {
    const api = electron.exposed.get('screenSharingIndicator') as ScreenSharingIndicatorApi;
    api.stopSharing();
    api.hide();
    expect(electron.sent).toEqual([
      ['jitsi-screen-sharing-marker', { data: { name: 'stop-screen-share' } }],
      ['jitsi-screen-sharing-marker', { data: { name: 'hide-tracker-window' } }],
    ]);
  });
});
