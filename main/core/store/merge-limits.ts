// Merge takes the same report size limit as import: a colleague's workspace can hold a "report" of hundreds of
// MB (written with another tool), and merging it would copy it into mine (a 300 MB document merged at 2.2 GB of
// memory). A report that is not already in my workspace and is over the limit refuses the merge, by name.
import { PlanscopeError } from '../errors';
import type { Workspace } from './workspace';

const MB = 1024 * 1024;

export function refuseOversizedReports(mine: Workspace, theirs: Workspace, fileName: string, maxBytes: number): void {
  const myHashes = new Set(mine.all('SELECT hash FROM documents').map((r) => String(r.hash)));
  // Bytes of the UTF-8 text, measured by SQLite without bringing the text into this process.
  const big = theirs.all('SELECT id, hash, title, length(CAST(original_text AS BLOB)) AS bytes FROM documents WHERE length(CAST(original_text AS BLOB)) > ? ORDER BY id', [maxBytes])
    .filter((r) => !myHashes.has(String(r.hash)));
  if (!big.length) return;
  const list = big.slice(0, 5).map((r) => `“${String(r.title)}”（${(Number(r.bytes) / MB).toFixed(1)} MB）`).join('、');
  const more = big.length > 5 ? ` …（+${big.length - 5}）` : '';
  throw new PlanscopeError('limit-exceeded',
    `${fileName} 中的报告超过 ${maxBytes / MB} MB 的上限，未合并，您的工作区未改变：${list}${more}。`
    + `${fileName} holds reports over the ${maxBytes / MB} MB limit, so nothing was merged and your workspace is unchanged: ${list}${more}.`,
    { documents: big.map((r) => Number(r.id)) });
}
