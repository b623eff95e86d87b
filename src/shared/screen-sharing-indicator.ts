/** The app's page that tells the counsellor their screen is being shared. */
export const SCREEN_SHARING_INDICATOR_PAGE = '/screen-sharing-indicator.html';

/**
 * The Jitsi Electron SDK's screen-sharing channel and the two events its main
 * hook takes from the indicator window (the SDK's `screensharing/constants.js`;
 * a unit test holds these to the installed SDK).
 */
export const SCREEN_SHARE_EVENTS_CHANNEL = 'jitsi-screen-sharing-marker';
export const indicatorEvents = {
  stopSharing: 'stop-screen-share',
  hide: 'hide-tracker-window',
} as const;

/** What the indicator's preload gives its page: the two buttons, nothing else. */
export interface ScreenSharingIndicatorApi {
  stopSharing(): void;
  hide(): void;
}
