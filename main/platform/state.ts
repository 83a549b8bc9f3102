// The little the desktop app remembers between runs: which workspace was open last.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

export async function lastWorkspace(stateFile: string): Promise<string | null> {
  try {
    const state = JSON.parse(await readFile(stateFile, 'utf8')) as { lastWorkspace?: unknown };
    return typeof state.lastWorkspace === 'string' && state.lastWorkspace ? state.lastWorkspace : null;
  } catch {
    return null; // first launch, or a state file from elsewhere: start from the default workspace
  }
}

export async function rememberWorkspace(stateFile: string, path: string): Promise<void> {
  await mkdir(dirname(stateFile), { recursive: true });
  await writeFile(stateFile, JSON.stringify({ lastWorkspace: path }, null, 2));
}
