// eslint-disable-next-line no-restricted-imports -- the Jitsi SDK's own channel, not the app's IPC contract
import { contextBridge, ipcRenderer } from 'electron';
import {
  SCREEN_SHARE_EVENTS_CHANNEL,
  indicatorEvents,
  type ScreenSharingIndicatorApi,
} from '../shared/screen-sharing-indicator';

// The indicator's page can send the SDK's main hook two events, in the shape
// the hook reads; the hook accepts them only from this window.
const send = (name: string) => ipcRenderer.send(SCREEN_SHARE_EVENTS_CHANNEL, { data: { name } });

contextBridge.exposeInMainWorld('screenSharingIndicator', {
  stopSharing: () => send(indicatorEvents.stopSharing),
  hide: () => send(indicatorEvents.hide),
} satisfies ScreenSharingIndicatorApi);
