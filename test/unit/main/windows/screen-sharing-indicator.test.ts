import type { BrowserWindow, Session } from 'electron';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../../../src/main/log/logger';
import { createNetworkGuard } from '../../../../src/main/network/network-guard';
import { createMeetingWindowOpener } from '../../../../src/main/windows/meeting-window';
import {
  createScreenSharingSetup,
  hidesFromScreenCapture,
  replaceScreenSharingTracker,
  screenSharingIndicatorOptions,
} from '../../../../src/main/windows/screen-sharing-indicator';
import { contentSecurityPolicy } from '../../../../src/shared/content-security-policy';
import {
  SCREEN_SHARE_EVENTS_CHANNEL,
  SCREEN_SHARING_INDICATOR_PAGE,
  indicatorEvents,
} from '../../../../src/shared/screen-sharing-indicator';
import { defaultUserSettings } from '../../../../src/shared/settings';
import { FakeWindow, loadSdkScreenSharing, type FakeContents } from './fake-window';

const lines: string[] = [];
const log = createLogger('test', (line) => lines.push(line));
const workArea = { x: 1920, y: 0, width: 1600, height: 860 };

/** A meeting window with the SDK's real screen-sharing hook and the app's setup, as index.ts wires it. */
async function meetingWithScreenSharing(language: 'de' | 'en' = 'en') {
  const sdk = loadSdkScreenSharing();
  const setUp = createScreenSharingSetup({
    setupScreenSharingMain: (window) => sdk.setupScreenSharingMain(window, 'Sprechstunde'),
    language: () => language,
    BrowserWindow: FakeWindow.asClass(),
    workArea: () => workArea,
    preload: '/app/out/preload/screen-sharing-indicator.cjs',
    url: 'app://sprechstunde/screen-sharing-indicator.html',
    devTools: false,
    title: 'Sprechstunde',
    platform: 'linux',
    osRelease: '6.1.0',
    log,
  });
  const open = createMeetingWindowOpener({
    BrowserWindow: FakeWindow.asClass(),
    fromPartition: () => ({}) as Session,
    serveApp: () => {},
    preload: '/app/out/preload/meeting.cjs',
    url: 'app://sprechstunde/meeting.html',
    devTools: false,
    attachJitsiSdk: setUp,
    log,
  });
  const consultation = await open({ title: 'Beratung', relayOnly: false });
  const window = FakeWindow.created.at(-1)!;
  const send = (sender: FakeContents, name: string) =>
    sdk.ipcMain.emit(SCREEN_SHARE_EVENTS_CHANNEL, { sender }, { data: { name } });
  const startSharing = () => {
    const before = FakeWindow.created.length;
    // What the SDK's renderer part sends when Jitsi reports the screen is shared.
    send(window.webContents, sdk.constants.SCREEN_SHARE_EVENTS.OPEN_TRACKER!);
    return FakeWindow.created.slice(before);
  };
  return { sdk, consultation, window, send, startSharing };
}

describe('screen-sharing indicator', () => {
  it("speaks the Jitsi SDK's own channel and events", () => {
    const { constants } = loadSdkScreenSharing();
    expect(SCREEN_SHARE_EVENTS_CHANNEL).toBe(constants.SCREEN_SHARE_EVENTS_CHANNEL);
    expect(indicatorEvents).toEqual({
      stopSharing: constants.SCREEN_SHARE_EVENTS.STOP_SCREEN_SHARE,
      hide: constants.SCREEN_SHARE_EVENTS.HIDE_TRACKER,
    });
  });

  it("opens the app's own sandboxed page in the meeting's partition, never the SDK's file page", async () => {
    const { sdk, window, startSharing } = await meetingWithScreenSharing('en');
    const opened = startSharing();

    expect(sdk.sdkWindows).toEqual([]);
    expect(opened).toHaveLength(1);
    const indicator = opened[0]!;
    expect(indicator.loaded).toBe('app://sprechstunde/screen-sharing-indicator.html?lang=en');
    expect(indicator.options.webPreferences).toMatchObject({
      preload: '/app/out/preload/screen-sharing-indicator.cjs',
      partition: window.options.webPreferences?.partition,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
    });
    expect(indicator.options).toMatchObject({ alwaysOnTop: true, frame: false, show: false });
    expect(indicator.contentProtection).toBe(true);
    indicator.emit('ready-to-show');
    expect(indicator.shown).toBe('inactive');

    // The SDK asks again while it is open: still one indicator.
    expect(startSharing()).toEqual([]);
  });

  it('lets the indicator stop the sharing and hide itself through the SDK, and nobody else', async () => {
    const { sdk, window, send, startSharing } = await meetingWithScreenSharing();
    const indicator = startSharing()[0]!;

    send(indicator.webContents, indicatorEvents.stopSharing);
    // The SDK passes it to the meeting page, whose SDK part tells Jitsi to stop.
    expect(window.webContents.sent).toEqual([
      [SCREEN_SHARE_EVENTS_CHANNEL, { data: { name: indicatorEvents.stopSharing } }],
    ]);
    send(indicator.webContents, indicatorEvents.hide);
    expect(indicator.minimized).toBe(true);

    const stranger = new FakeWindow({});
    send(stranger.webContents, indicatorEvents.stopSharing);
    expect(window.webContents.sent).toHaveLength(1);

    // Jitsi reports the sharing ended: the SDK closes the indicator.
    send(window.webContents, sdk.constants.SCREEN_SHARE_EVENTS.CLOSE_TRACKER!);
    expect(indicator.isDestroyed()).toBe(true);
    // A closed indicator is no longer a trusted sender, and sharing again opens a new one.
    send(indicator.webContents, indicatorEvents.stopSharing);
    expect(window.webContents.sent).toHaveLength(1);
    expect(startSharing()).toHaveLength(1);
  });

  it('closes with the meeting window while sharing, so no window is left open', async () => {
    const { consultation, window, startSharing } = await meetingWithScreenSharing();
    const indicator = startSharing()[0]!;

    consultation.close();
    await consultation.closed;
    expect(indicator.isDestroyed()).toBe(true);
    expect([window, indicator].filter((w) => !w.isDestroyed())).toEqual([]);
  });

  it('says so in the log when the SDK no longer has the hook it replaces', () => {
    expect(replaceScreenSharingTracker({}, () => ({}) as BrowserWindow)).toBe(false);
    const setUp = createScreenSharingSetup({
      setupScreenSharingMain: () => ({}),
      language: () => 'de',
      BrowserWindow: FakeWindow.asClass(),
      workArea: () => workArea,
      preload: '/p.cjs',
      url: 'app://sprechstunde/screen-sharing-indicator.html',
      devTools: false,
      title: 'Sprechstunde',
      platform: 'linux',
      osRelease: '6.1.0',
      log,
    });
    setUp(new FakeWindow({}) as unknown as BrowserWindow, {
      partition: 'meeting-1',
      companions: { add() {} },
    });
    expect(lines.at(-1)).toMatch(/Jitsi SDK changed/);
  });

  it('sits at the bottom centre of the work area', () => {
    const options = screenSharingIndicatorOptions({
      preload: '/p.cjs',
      partition: 'meeting-1',
      devTools: false,
      title: 'Sprechstunde',
      workArea,
    });
    expect(options.x! + options.width! / 2).toBeCloseTo(workArea.x + workArea.width / 2, 0);
    expect(options.y! + options.height!).toBeLessThanOrEqual(workArea.y + workArea.height);
    expect(options.y! + options.height!).toBeGreaterThan(workArea.y + workArea.height - 20);
  });

  it('hides from the screen capture except where Windows would black it out', () => {
    expect(hidesFromScreenCapture('darwin', '24.1.0')).toBe(true);
    expect(hidesFromScreenCapture('linux', '6.1.0')).toBe(true);
    expect(hidesFromScreenCapture('win32', '10.0.19041')).toBe(true);
    expect(hidesFromScreenCapture('win32', '10.0.22631')).toBe(true);
    expect(hidesFromScreenCapture('win32', '10.0.18363')).toBe(false);
    expect(hidesFromScreenCapture('win32', '6.3.9600')).toBe(false);
  });

  it('is a page of the app: the network guard lets it and its scripts in without a file: exception', () => {
    const guard = createNetworkGuard({
      settings: () => ({ ...defaultUserSettings, serverUrl: 'https://meet.example.org' }),
      appOrigins: ['app://sprechstunde'],
      log,
    });
    const page = `app://sprechstunde${SCREEN_SHARING_INDICATOR_PAGE}?lang=de`;
    expect(guard.filter({ url: page, resourceType: 'mainFrame' }).action).toBe('allow');
    expect(
      guard.filter({ url: 'app://sprechstunde/assets/indicator-1a2b.js', resourceType: 'script' })
        .action,
    ).toBe('allow');
    // The SDK's own page and script stay blocked: nothing of it is loaded any more.
    expect(
      guard.filter({
        url: 'file:///opt/Sprechstunde/resources/app.asar/node_modules/@jitsi/electron-sdk/screensharing/screenSharingTracker.js',
        resourceType: 'script',
      }).action,
    ).toBe('block');
  });

  it("gets the strict CSP of the app's pages: no server, no frames", () => {
    const policy = contentSecurityPolicy({
      page: SCREEN_SHARING_INDICATOR_PAGE,
      serverOrigin: 'https://meet.example.org',
    });
    expect(policy).toContain("script-src 'self';");
    expect(policy).toContain("frame-src 'none'");
    expect(policy).not.toContain('meet.example.org');
  });
});
