// Where the desktop app finds its parts. `appPath` is the project folder in development and the app.asar in a
// package; both hold out/ and assets/samples (see electron-builder.yml `files`).
import { join } from 'node:path';

export interface AppPaths {
  rendererDir: string;
  preloadPath: string;
  wasmPath: string;
  samplesDir: string;
  /** The workspace created from the samples on first launch. */
  defaultWorkspace: string;
  /** Remembers the last workspace opened or saved. */
  stateFile: string;
}

export function appPaths(appPath: string, userData: string): AppPaths {
  return {
    rendererDir: join(appPath, 'out', 'renderer'),
    preloadPath: join(appPath, 'out', 'preload', 'index.cjs'),
    wasmPath: join(appPath, 'out', 'main', 'sql-wasm.wasm'),
    samplesDir: join(appPath, 'assets', 'samples'),
    defaultWorkspace: join(userData, 'Planscope sample workspace.db'),
    stateFile: join(userData, 'state.json'),
  };
}
