import { windowOf, type Channel } from '../../shared/ipc-channels';
import { isAppOrigin, type Sender } from './router';

export interface SenderCheckOptions {
  /** Origin of the app's own bundle: `app://sprechstunde` in the app. */
  appOrigin: string;
  /** The main window's web contents, once it exists; null before and after it. */
  mainContentsId: () => number | null;
  /** Whether these web contents are the running consultation's meeting window. */
  isMeetingWindow: (contentsId: number | undefined) => boolean;
}

/**
 * Which window may use which channel, by web contents: the main window's
 * channels only from the main window, the meeting's only from the running
 * meeting window. Any other page of the app's origin — a failed meeting window,
 * the screen-sharing bar, a window nobody meant to open — gets neither.
 */
export function createSenderCheck(options: SenderCheckOptions) {
  return (sender: Sender, channel: Channel): boolean => {
    if (!isAppOrigin(sender.url, options.appOrigin) || sender.contentsId === undefined) {
      return false;
    }
    if (windowOf(channel) === 'meeting') return options.isMeetingWindow(sender.contentsId);
    // The kiosk's start page is the app's main window in kiosk mode.
    return sender.contentsId === options.mainContentsId();
  };
}
