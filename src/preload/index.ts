import { contextBridge, ipcRenderer } from 'electron';
import { createApi, requestFirstScreen } from '../shared/api';
import { mainChannels } from '../shared/ipc-channels';

// The preload exposes the contract-derived API. Main validates every call;
// nothing else of Electron or Node reaches the page. It also asks for the
// first screen's data at once, so main answers while the page's scripts load.
const api = createApi(mainChannels, (channel, request) => ipcRenderer.invoke(channel, request));
contextBridge.exposeInMainWorld('sprechstunde', api);
contextBridge.exposeInMainWorld('sprechstundeFirstScreen', requestFirstScreen(api));
