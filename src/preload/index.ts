import { contextBridge, ipcRenderer } from 'electron';
import { createApi } from '../shared/api';
import { mainChannels } from '../shared/ipc-channels';

// The preload does one thing: expose the contract-derived API. Main validates
// every call; nothing else of Electron or Node reaches the page.
contextBridge.exposeInMainWorld(
  'sprechstunde',
  createApi(mainChannels, (channel, request) => ipcRenderer.invoke(channel, request)),
);
