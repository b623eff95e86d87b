import { describe, expect, it } from 'vitest';
import type { BrowserWindow, Session } from 'electron';
import { createLogger } from '../../../../src/main/log/logger';
import {
  createMeetingCompanions,
  createMeetingWindowOpener,
  meetingWindowOptions,
  type MeetingContext,
} from '../../../../src/main/windows/meeting-window';
import { FakeWindow } from './fake-window';

const log = createLogger('test', () => {});

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

type OpenerOptions = Parameters<typeof createMeetingWindowOpener>[0];

/** An opener over fakes that record nothing; a test overrides what it watches. */
function openerOptions(overrides: Partial<OpenerOptions> = {}): OpenerOptions {
  return {
    BrowserWindow: FakeWindow.asClass(),
    fromPartition: () => fakeSession([]) as unknown as Session,
    serveApp: () => {},
    preload: '/app/out/preload/meeting.cjs',
    url: 'app://sprechstunde/meeting.html',
    devTools: false,
    attachJitsiSdk: () => {},
    log,
    ...overrides,
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
      BrowserWindow: FakeWindow.asClass(),
      fromPartition: (partition) => {
        partitions.push(partition);
        return fakeSession(calls) as unknown as Session;
      },
      serveApp: (session) => served.push(session),
      preload: '/app/out/preload/meeting.cjs',
      url: 'app://sprechstunde/meeting.html',
      devTools: false,
      attachJitsiSdk: (window) => sdk.push(window),
      log,
    });

    const title = 'Erstgespräch – bis 10:50 Uhr – Sprechstunde';
    const first = await open({ title, relayOnly: false });
    const second = await open({ title, relayOnly: false });
    // No `persist:` prefix: Electron keeps such a session in memory only.
    expect(partitions).toHaveLength(2);
    expect(partitions[0]).toMatch(/^meeting-[0-9a-f-]{36}$/);
    expect(partitions[0]).not.toBe(partitions[1]);
    expect(served).toHaveLength(2);
    expect(sdk).toEqual(FakeWindow.created.slice(-2));

    const window = FakeWindow.created.at(-2)!;
    expect(first.contentsId).toBe(window.webContents.id);
    expect(window.options.webPreferences?.partition).toBe(partitions[0]);
    // The title bar names the appointment; the page's own <title> cannot replace it.
    expect(window.options.title).toBe(title);
    const titleChange = { prevented: false, preventDefault: () => (titleChange.prevented = true) };
    window.emit('page-title-updated', titleChange, 'Jitsi Meet');
    expect(titleChange.prevented).toBe(true);
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

  it.each([
    [true, 'disable_non_proxied_udp'],
    [false, 'default_public_interface_only'],
  ])('with relayOnly %s, lets WebRTC use %s before the page loads', async (relayOnly, policy) => {
    const open = createMeetingWindowOpener(openerOptions());
    const consultation = await open({ title: 'Beratung', relayOnly });
    const { webContents } = FakeWindow.created.at(-1)!;
    await consultation.load();
    expect(webContents.webRtcIpPolicies).toEqual([{ policy, afterLoad: false }]);
    consultation.close();
  });

  it('closes every window opened for the meeting when the meeting window closes', async () => {
    let meeting: MeetingContext | null = null;
    const open = createMeetingWindowOpener(
      openerOptions({ attachJitsiSdk: (_window, context) => (meeting = context) }),
    );
    const consultation = await open({ title: 'Beratung', relayOnly: false });
    const meetingWindow = FakeWindow.created.at(-1)!;
    expect(meeting!.partition).toBe(meetingWindow.options.webPreferences?.partition);

    // What the SDK opens (the sharing indicator), a pop-up of the page, and one the user closed.
    const indicator = new FakeWindow({ alwaysOnTop: true, frame: false });
    meeting!.companions.add(indicator as unknown as BrowserWindow);
    const popUp = new FakeWindow({});
    meetingWindow.webContents.emit('did-create-window', popUp, { url: 'about:blank' });
    const closedEarlier = new FakeWindow({});
    meeting!.companions.add(closedEarlier as unknown as BrowserWindow);
    closedEarlier.close();

    consultation.close();
    await consultation.closed;
    expect(indicator.isDestroyed()).toBe(true);
    expect(popUp.isDestroyed()).toBe(true);
    // Nothing of the meeting is left open, so `window-all-closed` can fire.
    expect(
      [meetingWindow, indicator, popUp, closedEarlier].filter((w) => !w.isDestroyed()),
    ).toEqual([]);

    // One that arrives after the meeting closed does not stay either.
    const late = new FakeWindow({});
    meeting!.companions.add(late as unknown as BrowserWindow);
    expect(late.isDestroyed()).toBe(true);
  });

  it('closes companions with destroy(), which no beforeunload of their page can hold open', () => {
    const companions = createMeetingCompanions();
    const calls: string[] = [];
    const stubborn = {
      once: () => stubborn,
      isDestroyed: () => false,
      destroy: () => calls.push('destroy'),
      close: () => calls.push('close'),
    };
    companions.add(stubborn as unknown as BrowserWindow);
    companions.closeAll();
    expect(calls).toEqual(['destroy']);
  });

  it('ends the meeting when its page crashes: the window goes, so the partition is wiped', async () => {
    const open = createMeetingWindowOpener(openerOptions());
    const consultation = await open({ title: 'Beratung', relayOnly: false });
    const window = FakeWindow.created.at(-1)!;
    await consultation.load();
    window.webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 139 });
    await consultation.closed;
    expect(window.destroyed).toBe(true);
  });

  it('fills the screen at a kiosk, without a menu, and swallows closing and reloading', async () => {
    const open = createMeetingWindowOpener(openerOptions({ kiosk: true }));
    await open({ title: 'Video-Beratung', relayOnly: false });
    const window = FakeWindow.created.at(-1)!;
    expect(window.options).toMatchObject({ kiosk: true, fullscreen: true, minimizable: false });
    expect(window.menuRemoved).toBe(true);
    const press = (input: object) => {
      let prevented = false;
      window.webContents.emit(
        'before-input-event',
        { preventDefault: () => (prevented = true) },
        {
          type: 'keyDown',
          control: false,
          meta: false,
          alt: false,
          shift: false,
          isAutoRepeat: false,
          ...input,
        },
      );
      return prevented;
    };
    expect(press({ key: 'r', code: 'KeyR', control: true })).toBe(true);
    expect(press({ key: 'a', code: 'KeyA' })).toBe(false);
  });
});
