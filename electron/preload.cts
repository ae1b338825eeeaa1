// The only bridge between the page and the main process: one invoke for every contract
// channel, one event stream, and the answer to a close request. `ipcRenderer` itself is
// never exposed. A sandboxed preload cannot import our modules, so the channel names are
// repeated here.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';

contextBridge.exposeInMainWorld('rembug', {
  invoke: (channel: string, input: unknown): Promise<unknown> => ipcRenderer.invoke('rembug:invoke', channel, input),
  onEvent: (listener: (event: unknown) => void): (() => void) => {
    const handler = (_event: IpcRendererEvent, payload: unknown): void => listener(payload);
    ipcRenderer.on('rembug:event', handler);
    return () => ipcRenderer.removeListener('rembug:event', handler);
  },
  answerClose: (answer: string): void => ipcRenderer.send('rembug:close', answer),
});
