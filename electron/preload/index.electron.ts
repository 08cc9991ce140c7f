import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { createTandemApi, type Invoke } from './tandemApi';
import { createTandemEvents, type Subscribe } from './tandemEvents';
import { createTandemStartup } from './tandemStartup';

// The renderer's only way into main. ipcRenderer itself never crosses the bridge: the page
// gets named functions bound to fixed channels, and main checks every call again anyway.
const invoke: Invoke = (channel, args) => ipcRenderer.invoke(channel, args);

// Main's events: the page gets the payload only, never the IpcRendererEvent (it holds `sender`).
const subscribe: Subscribe = (channel, listener) => {
  const handler = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
  ipcRenderer.on(channel, handler);
  return () => {
    ipcRenderer.removeListener(channel, handler);
  };
};

// Asked now, before the page's scripts run: the window's key when main already holds it.
const startup = createTandemStartup((channel, args) => ipcRenderer.sendSync(channel, args) as unknown);

contextBridge.exposeInMainWorld('tandem', {
  ...createTandemApi(invoke),
  events: createTandemEvents(subscribe),
  startup,
});
