// Merge takes the same report size limit as import: a colleague's workspace can hold a "report" of hundreds of
// MB (written with another tool), and merging it would copy it into mine (a 300 MB document merged at 2.2 GB of
// memory). A report that is not already in my workspace and is over the limit refuses the merge, by name.
import { PlanscopeError } from '../errors';
import { worded } from '../messages';
import type { Workspace } from './workspace';

const MB = 1024 * 1024;

export function refuseOversizedReports(mine: Workspace, theirs: Workspace, fileName: string, maxBytes: number): void {
  const myHashes = new Set(mine.all('SELECT hash FROM documents').map((r) => String(r.hash)));
  // Bytes of the UTF-8 text, measured by SQLite without bringing the text into this process.
  const big = theirs.all('SELECT id, hash, title, length(CAST(original_text AS BLOB)) AS bytes FROM documents WHERE length(CAST(original_text AS BLOB)) > ? ORDER BY id', [maxBytes])
    .filter((r) => !myHashes.has(String(r.hash)));
  if (!big.length) return;
  const shown = big.slice(0, 5).map((r) => ({ title: String(r.title), mb: (Number(r.bytes) / MB).toFixed(1) }));
  const more = big.length - shown.length;
  const list = worded(
    shown.map((r) => `“${r.title}”（${r.mb} MB）`).join('、') + (more ? ` …（另有 ${more} 份）` : ''),
    shown.map((r) => `"${r.title}" (${r.mb} MB)`).join(', ') + (more ? ` … (+${more})` : ''),
  );
  throw PlanscopeError.says('limit-exceeded', 'merge.too-big', { file: fileName, max: maxBytes / MB, list }, { documents: big.map((r) => Number(r.id)) });
}
