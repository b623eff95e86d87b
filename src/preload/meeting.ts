import { install as installJitsiSdk } from '@jitsi/electron-sdk/preload';
import { contextBridge, ipcRenderer } from 'electron';
import { createApi } from '../shared/api';
import { meetingChannels } from '../shared/ipc-channels';

// The meeting window runs the Jitsi server's external_api.js in its page, so
// it gets the meeting's own channels only (main refuses the others from it too),
// plus the Jitsi Electron SDK's bridge for screen sharing, PiP and power events.
contextBridge.exposeInMainWorld(
  'sprechstunde',
  createApi(meetingChannels, (channel, request) => ipcRenderer.invoke(channel, request)),
);
installJitsiSdk();
