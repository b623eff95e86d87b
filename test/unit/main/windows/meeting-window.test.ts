import { describe, expect, it } from 'vitest';
import type { BrowserWindow, Session } from 'electron';
import { createLogger } from '../../../../src/main/log/logger';
import {
  createMeetingWindowOpener,
  meetingWindowOptions,
} from '../../../../src/main/windows/meeting-window';

const log = createLogger('test', () => {});

/** A BrowserWindow as far as the opener uses it. */
class FakeWindow {
  static created: FakeWindow[] = [];
  readonly webContents = { id: 40 + FakeWindow.created.length };
  readonly listeners = new Map<string, () => void>();
  loaded: string | null = null;
  destroyed = false;
  constructor(readonly options: Electron.BrowserWindowConstructorOptions) {
    FakeWindow.created.push(this);
  }
  once(event: string, listener: () => void) {
    this.listeners.set(event, listener);
  }
  loadURL(url: string) {
    this.loaded = url;
    return Promise.resolve();
  }
  isDestroyed() {
    return this.destroyed;
  }
  close() {
    this.destroyed = true;
    this.listeners.get('closed')?.();
  }
  show() {}
}

function fakeSession(calls: string[]) {
  const call = (name: string) => () => {
    calls.push(name);
    return Promise.resolve();
  };
  return {
    closeAllConnections: call('closeAllConnections'),
    clearData: call('clearData'),
    clearCache: call('clearCache'),
    clearAuthCache: call('clearAuthCache'),
    clearHostResolverCache: call('clearHostResolverCache'),
  };
}

describe('meeting window', () => {
  it('has the secure switches of the main window, in a partition kept in memory', () => {
    const options = meetingWindowOptions({
      preload: '/app/out/preload/meeting.cjs',
      partition: 'meeting-1',
      devTools: false,
      title: 'Sprechstunde',
    });
    expect(options.webPreferences).toMatchObject({
      preload: '/app/out/preload/meeting.cjs',
      partition: 'meeting-1',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      devTools: false,
    });
  });

  it('opens each consultation on a new partition, loads only when asked, and wipes it', async () => {
    const partitions: string[] = [];
    const calls: string[] = [];
    const served: unknown[] = [];
    const sdk: unknown[] = [];
    const open = createMeetingWindowOpener({
      BrowserWindow: FakeWindow as unknown as typeof BrowserWindow,
      fromPartition: (partition) => {
        partitions.push(partition);
        return fakeSession(calls) as unknown as Session;
      },
      serveApp: (session) => served.push(session),
      preload: '/app/out/preload/meeting.cjs',
      url: 'app://sprechstunde/meeting.html',
      devTools: false,
      title: 'Sprechstunde',
      attachJitsiSdk: (window) => sdk.push(window),
      log,
    });

    const first = await open({ language: 'de' });
    const second = await open({ language: 'de' });
    // No `persist:` prefix: Electron keeps such a session in memory only.
    expect(partitions).toHaveLength(2);
    expect(partitions[0]).toMatch(/^meeting-[0-9a-f-]{36}$/);
    expect(partitions[0]).not.toBe(partitions[1]);
    expect(served).toHaveLength(2);
    expect(sdk).toEqual(FakeWindow.created.slice(-2));

    const window = FakeWindow.created.at(-2)!;
    expect(first.contentsId).toBe(window.webContents.id);
    expect(window.options.webPreferences?.partition).toBe(partitions[0]);
    expect(window.loaded).toBeNull();
    await first.load();
    expect(window.loaded).toBe('app://sprechstunde/meeting.html');

    first.close();
    await first.closed;
    first.close(); // closing twice is harmless
    await first.wipe();
    expect(calls).toEqual([
      'closeAllConnections',
      'clearData',
      'clearCache',
      'clearAuthCache',
      'clearHostResolverCache',
    ]);
    second.close();
    await second.closed;
  });
});
