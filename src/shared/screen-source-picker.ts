/**
 * The app's own screen-source picker. Main decides what a meeting may capture:
 * on a screen-sharing request it lists the sources itself, shows them in this
 * app page, and grants the meeting only the one the counsellor chose. The
 * meeting page (which runs the Jitsi server's script) never sees the list.
 */
export const SCREEN_SOURCE_PICKER_PAGE = '/screen-source-picker.html';

/** The picker window's two messages, answered on its own web contents only. */
export const pickerChannels = {
  offer: 'screen-source-picker:offer',
  choose: 'screen-source-picker:choose',
} as const;

export interface OfferedSource {
  /** desktopCapturer's id; the picker sends it back, main grants only an offered one. */
  id: string;
  /** The screen's or window's name as the system gives it. */
  name: string;
  kind: 'screen' | 'window';
  /** A small picture of it, as a `data:image/png` URL. */
  thumbnail: string;
}

/** What the picker's preload gives its page: the offer, and the answer. */
export interface ScreenSourcePickerApi {
  offer(): Promise<OfferedSource[]>;
  /** The chosen source's id; null shares nothing. */
  choose(id: string | null): void;
}

/** desktopCapturer names screens `screen:<display>:<n>` and windows `window:<id>:<n>`. */
export function sourceKind(id: string): OfferedSource['kind'] {
  return id.startsWith('screen:') ? 'screen' : 'window';
}
