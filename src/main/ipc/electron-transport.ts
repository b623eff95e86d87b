import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { channels } from '../../shared/ipc-channels';
import type { Router, Sender } from './router';

// The only file in main that touches ipcMain (enforced by lint). Thin on
// purpose: everything it decides is in the router, tested under Node.
function senderOf(event: IpcMainInvokeEvent): Sender {
  const frame = event.senderFrame;
  if (!frame) return { url: '', isMainFrame: false };
  return {
    url: frame.url,
    isMainFrame: frame.parent === null && frame === event.sender.mainFrame,
    contentsId: event.sender.id,
  };
}

export function registerIpc(router: Router): void {
  for (const channel of channels) {
    ipcMain.handle(channel, (event, payload: unknown) =>
      router.dispatch(channel, payload, senderOf(event)),
    );
  }
}
