// Files chosen in the page (file input, drag-drop) travel to main as base64, so the desktop app and the
// browser preview send the same JSON.
import type { ReportFile } from '../../../main/contract/reports';

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000; // String.fromCharCode with a huge argument list overflows the stack.
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}

export async function toReportFiles(files: readonly File[]): Promise<ReportFile[]> {
  return Promise.all(files.map(async (f) => ({ fileName: f.name, base64: bytesToBase64(new Uint8Array(await f.arrayBuffer())) })));
}
