import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { channels } from '../../shared/ipc-channels';
import type { Router, Sender } from './router';

// The only file in main that touches ipcMain (enforced by lint).
export function senderOf(event: IpcMainInvokeEvent): Sender {
  const frame = event.senderFrame;
  if (!frame) return { url: '', isMainFrame: false };
  return { url: frame.url, isMainFrame: frame.parent === null && frame === event.sender.mainFrame };
}

export function registerIpc(ipcMain: IpcMain, router: Router): void {
  for (const channel of channels) {
    ipcMain.handle(channel, (event, payload: unknown) =>
      router.dispatch(channel, payload, senderOf(event)),
    );
  }
}
