import { contextBridge } from 'electron';

contextBridge.exposeInMainWorld('tandem', {});
