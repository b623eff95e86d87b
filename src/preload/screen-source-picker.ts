// eslint-disable-next-line no-restricted-imports -- the picker's own two messages, which main answers on this window's web contents only
import { contextBridge, ipcRenderer } from 'electron';
import { pickerChannels, type ScreenSourcePickerApi } from '../shared/screen-source-picker';

// The picker page gets the sources main offers and sends back one id, or none.
contextBridge.exposeInMainWorld('screenSourcePicker', {
  offer: () => ipcRenderer.invoke(pickerChannels.offer),
  choose: (id) => ipcRenderer.send(pickerChannels.choose, typeof id === 'string' ? id : null),
} satisfies ScreenSourcePickerApi);
