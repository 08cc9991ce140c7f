import { contextBridge, ipcRenderer } from 'electron';
import { createTandemApi, type Invoke } from './tandemApi';

// The renderer's only way into main. ipcRenderer itself never crosses the bridge: the page
// gets named functions bound to fixed channels, and main checks every call again anyway.
const invoke: Invoke = (channel, args) => ipcRenderer.invoke(channel, args);

contextBridge.exposeInMainWorld('tandem', createTandemApi(invoke));
