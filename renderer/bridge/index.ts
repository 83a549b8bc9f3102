// The bridge to main. Features import from here only.
export { call, choosePath, on, useTransport, currentTransport, BridgeError } from './client';
export { createHttpTransport, type HttpTransportOptions } from './http';
export { createInProcessTransport, type InProcessMain } from './in-process';
export { createIpcTransport } from './ipc';
export type { Transport, EventSink } from './transport';
export type { MethodName, MethodArgs, MethodResult, Events, EventName } from '../../main/contract/index';
