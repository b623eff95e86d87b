import type {
  BrowserWindow,
  BrowserWindowConstructorOptions,
  DesktopCapturerSource,
  SourcesOptions,
  Streams,
} from 'electron';
import type { Language } from '../../shared/language';
import { pickerChannels, sourceKind, type OfferedSource } from '../../shared/screen-source-picker';
import type { Logger } from '../log/logger';
import { mainWindowOptions } from './main-window';
import type { MeetingContext } from './meeting-window';

/** Big enough to tell two windows apart, small enough for a list of dozens. */
const THUMBNAIL = { width: 320, height: 180 } as const;

export interface ScreenSourcePickerOptions {
  BrowserWindow: typeof BrowserWindow;
  /** `desktopCapturer.getSources`. */
  getSources: (options: SourcesOptions) => Promise<DesktopCapturerSource[]>;
  /** The picker's preload: the offer and the answer, nothing else. */
  preload: string;
  /** `app://sprechstunde/screen-source-picker.html`. */
  url: string;
  devTools: boolean;
  title: string;
  language: () => Language;
  log: Logger;
}

/** The picker: a small modal window over the meeting, in the meeting's partition. */
export function screenSourcePickerOptions(options: {
  preload: string;
  partition: string;
  devTools: boolean;
  title: string;
  parent: BrowserWindow;
}): BrowserWindowConstructorOptions {
  const base = mainWindowOptions(options);
  return {
    ...base,
    width: 760,
    height: 560,
    minWidth: 480,
    minHeight: 360,
    parent: options.parent,
    modal: true,
    minimizable: false,
    maximizable: false,
    fullscreenable: false,
    webPreferences: { ...base.webPreferences, partition: options.partition },
  };
}

/**
 * Makes main, not the meeting page, decide what a meeting captures. It replaces
 * the display-media handler the Jitsi SDK's `setupScreenSharingMain` installed
 * (one handler per session: call this after it), so the SDK never asks the page
 * to pick and never lets it read the source list: the page gets the stream of
 * the one source the counsellor chose in the app's own picker, or nothing.
 */
export function createScreenSourcePicker(options: ScreenSourcePickerOptions) {
  return (meetingWindow: BrowserWindow, meeting: MeetingContext): void => {
    let picking = false;

    async function pick(videoRequested: boolean): Promise<Streams | null> {
      // One question at a time; a second request while it is open gets nothing.
      if (!videoRequested || picking) return null;
      picking = true;
      try {
        const sources = await options.getSources({
          types: ['screen', 'window'],
          thumbnailSize: THUMBNAIL,
          fetchWindowIcons: false,
        });
        const offer: OfferedSource[] = sources.map((source) => ({
          id: source.id,
          name: source.name,
          kind: sourceKind(source.id),
          thumbnail: source.thumbnail.toDataURL(),
        }));
        const chosen = await ask(offer);
        const source = sources.find((candidate) => candidate.id === chosen);
        if (!source) return null;
        options.log.info(`screen sharing granted (${sourceKind(source.id)})`);
        return { video: source };
      } finally {
        picking = false;
      }
    }

    /** Shows the offer in the picker window; resolves with the chosen id, or null. */
    function ask(offer: OfferedSource[]): Promise<string | null> {
      return new Promise((resolve) => {
        if (meetingWindow.isDestroyed()) return resolve(null);
        const picker = new options.BrowserWindow(
          screenSourcePickerOptions({
            preload: options.preload,
            partition: meeting.partition,
            devTools: options.devTools,
            title: options.title,
            parent: meetingWindow,
          }),
        );
        meeting.companions.add(picker);
        let answered = false;
        const answer = (id: string | null) => {
          if (answered) return;
          answered = true;
          resolve(id);
          if (!picker.isDestroyed()) picker.destroy();
        };
        // Only this window's own page is heard: webContents.ipc takes no other sender.
        picker.webContents.ipc.handle(pickerChannels.offer, () => offer);
        picker.webContents.ipc.on(pickerChannels.choose, (_event, id: unknown) =>
          answer(typeof id === 'string' && offer.some((source) => source.id === id) ? id : null),
        );
        picker.once('closed', () => answer(null));
        picker.once('ready-to-show', () => {
          if (!picker.isDestroyed()) picker.show();
        });
        const url = new URL(options.url);
        url.searchParams.set('lang', options.language());
        picker.loadURL(url.href).catch((error: unknown) => {
          options.log.error('the screen source picker did not load', error);
          answer(null);
        });
      });
    }

    meetingWindow.webContents.session.setDisplayMediaRequestHandler(
      (request, callback) => {
        pick(request.videoRequested).then(callback, (error: unknown) => {
          options.log.error('screen sharing failed', error);
          callback(null);
        });
      },
      // The system picker (macOS 15) would be main's too, but Electron calls it experimental.
      { useSystemPicker: false },
    );
  };
}
