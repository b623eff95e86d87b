import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ScreenSourcePickerApi } from '../../../src/shared/screen-source-picker';

const electron = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  sent: [] as [string, unknown][],
  invoked: [] as string[],
}));
vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (key: string, api: unknown) => electron.exposed.set(key, api),
  },
  ipcRenderer: {
    send: (channel: string, payload: unknown) => electron.sent.push([channel, payload]),
    invoke: (channel: string) => {
      electron.invoked.push(channel);
      return Promise.resolve([]);
    },
  },
}));

describe('the screen-source picker preload', () => {
  beforeEach(async () => {
    vi.resetModules();
    electron.exposed.clear();
    electron.sent.length = 0;
    electron.invoked.length = 0;
    await import('../../../src/preload/screen-source-picker');
  });

  it('gives the page the offer and the answer, and nothing else', () => {
    expect([...electron.exposed.keys()]).toEqual(['screenSourcePicker']);
    expect(Object.keys(electron.exposed.get('screenSourcePicker')!).sort()).toEqual([
      'choose',
      'offer',
    ]);
  });

  it('asks for the offer and sends back an id, or null for anything else', async () => {
    const api = electron.exposed.get('screenSourcePicker') as ScreenSourcePickerApi;
    await api.offer();
    api.choose('window:4711:0');
    api.choose(null);
    api.choose({ id: 'screen:0:0' } as unknown as string);
    expect(electron.invoked).toEqual(['screen-source-picker:offer']);
    expect(electron.sent).toEqual([
      ['screen-source-picker:choose', 'window:4711:0'],
      ['screen-source-picker:choose', null],
      ['screen-source-picker:choose', null],
    ]);
  });
});
