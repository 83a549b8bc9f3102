// Runs in the sandboxed preload of the desktop window: exposes the contract's calls and events, nothing else.
import { contextBridge, ipcRenderer } from 'electron';
import { createPreloadApi } from './api';

contextBridge.exposeInMainWorld('planscope', createPreloadApi(ipcRenderer));
