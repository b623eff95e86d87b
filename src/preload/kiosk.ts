import { contextBridge, ipcRenderer } from 'electron';
import { createApi } from '../shared/api';
import { kioskChannels } from '../shared/ipc-channels';

// The kiosk's start page gets its own channels only: state, join, activity,
// done and exit. Main refuses every other channel in kiosk mode as well.
contextBridge.exposeInMainWorld(
  'sprechstunde',
  createApi(kioskChannels, (channel, request) => ipcRenderer.invoke(channel, request)),
);
