import type { BrowserWindow, DesktopCapturerSource, Streams } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createLogger } from '../../../../src/main/log/logger';
import { createMeetingCompanions } from '../../../../src/main/windows/meeting-window';
import { createScreenSourcePicker } from '../../../../src/main/windows/screen-source-picker';
import { pickerChannels, type OfferedSource } from '../../../../src/shared/screen-source-picker';
import { FakeWindow, loadSdkScreenSharing } from './fake-window';

const log = createLogger('test', () => {});

const source = (id: string, name: string) =>
  ({
    id,
    name,
    thumbnail: { toDataURL: () => `data:image/png;base64,${Buffer.from(name).toString('base64')}` },
  }) as unknown as DesktopCapturerSource;
const sources = [
  source('screen:0:0', 'Bildschirm 1'),
  source('window:4711:0', 'Klientenakte K-17 – Textverarbeitung'),
  source('window:815:0', 'Sprechstunde'),
];

type DisplayMediaHandler = (
  request: { videoRequested: boolean; audioRequested: boolean },
  callback: (streams: Streams | null) => void,
) => void;

let meetingWindow: FakeWindow;
let companions: ReturnType<typeof createMeetingCompanions>;
let sdk: ReturnType<typeof loadSdkScreenSharing>;

beforeEach(() => {
  meetingWindow = new FakeWindow({});
  companions = createMeetingCompanions();
  sdk = loadSdkScreenSharing();
  // As index.ts: the SDK first, then the app's picker over it.
  sdk.setupScreenSharingMain(meetingWindow as unknown as BrowserWindow, 'Sprechstunde');
  const pickScreenSource = createScreenSourcePicker({
    BrowserWindow: FakeWindow.asClass(),
    getSources: () => Promise.resolve(sources),
    preload: '/app/out/preload/screen-source-picker.cjs',
    url: 'app://sprechstunde/screen-source-picker.html',
    devTools: false,
    title: 'Sprechstunde',
    language: () => 'de',
    log,
  });
  pickScreenSource(meetingWindow as unknown as BrowserWindow, {
    partition: 'meeting-1',
    companions,
  });
});

/** What Jitsi's getDisplayMedia in the meeting frame makes Electron do; resolves with the grant. */
function requestScreen(): { granted: Promise<Streams | null> } {
  const handler = meetingWindow.webContents.session.displayMediaHandler as DisplayMediaHandler;
  return {
    granted: new Promise((resolve) =>
      handler({ videoRequested: true, audioRequested: false }, resolve),
    ),
  };
}

async function pickerOpened(): Promise<FakeWindow> {
  await vi.waitFor(() => {
    if (!FakeWindow.created.at(-1)?.loaded?.includes('screen-source-picker')) {
      throw new Error('no picker yet');
    }
  });
  return FakeWindow.created.at(-1)!;
}

const offerOf = (picker: FakeWindow) =>
  (picker.webContents.ipc.handlers.get(pickerChannels.offer) as () => OfferedSource[])();
const choose = (picker: FakeWindow, id: unknown) =>
  picker.webContents.ipc.emit(pickerChannels.choose, {}, id);

describe('the screen-source picker', () => {
  it('lists the sources in main and grants the meeting only the one the counsellor chose', async () => {
    const { granted } = requestScreen();
    const picker = await pickerOpened();
    expect(picker.loaded).toBe('app://sprechstunde/screen-source-picker.html?lang=de');
    expect(picker.options).toMatchObject({
      parent: meetingWindow,
      modal: true,
      webPreferences: {
        preload: '/app/out/preload/screen-source-picker.cjs',
        partition: 'meeting-1',
        sandbox: true,
        contextIsolation: true,
      },
    });
    expect(offerOf(picker)).toEqual([
      expect.objectContaining({ id: 'screen:0:0', name: 'Bildschirm 1', kind: 'screen' }),
      expect.objectContaining({ id: 'window:4711:0', kind: 'window' }),
      expect.objectContaining({ id: 'window:815:0', kind: 'window' }),
    ]);
    expect(offerOf(picker)[0]!.thumbnail).toMatch(/^data:image\/png;base64,/);

    // The meeting page (the server's script) is asked nothing and can read nothing.
    expect(meetingWindow.webContents.sent).toEqual([]);
    const getSources = sdk.ipcMain.handlers.get('jitsi-screen-sharing-get-sources') as (
      event: object,
      options: object,
    ) => Promise<unknown>;
    await expect(getSources({ sender: meetingWindow.webContents }, {})).rejects.toThrow(
      'No screen sharing request in progress',
    );

    choose(picker, 'window:4711:0');
    expect(await granted).toEqual({ video: sources[1] });
    expect(picker.isDestroyed()).toBe(true);
  });

  it.each([
    ['an id it did not offer', (picker: FakeWindow) => choose(picker, 'screen:1:0')],
    ['no id', (picker: FakeWindow) => choose(picker, null)],
    ['something else', (picker: FakeWindow) => choose(picker, { id: 'screen:0:0' })],
    ['the picker closed', (picker: FakeWindow) => picker.close()],
    ['the meeting closed', () => companions.closeAll()],
  ])('grants nothing for %s', async (_case, act) => {
    const { granted } = requestScreen();
    act(await pickerOpened());
    expect(await granted).toBeNull();
  });

  it('asks one question at a time, and again once it is answered', async () => {
    const first = requestScreen();
    const picker = await pickerOpened();
    expect(await requestScreen().granted).toBeNull();
    choose(picker, null);
    expect(await first.granted).toBeNull();

    const again = requestScreen();
    const second = await pickerOpened();
    expect(second).not.toBe(picker);
    choose(second, 'screen:0:0');
    expect(await again.granted).toEqual({ video: sources[0] });
  });
});
