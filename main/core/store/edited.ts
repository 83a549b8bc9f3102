// Which facts the economist edited, and what they said before: the review's "edited" mark and the provenance line
// show the original beside the current value, so a 4.2% next to a quote saying 4.1% is visibly a correction, not a
// misreading. The original is the `before` of the first edit still in effect (audit rows of 'facts.update', one fact
// each; undone edits do not count). A fact edited and then edited back to what it said is not marked.
import type { EditedFrom, Fact } from '../types';
import type { Workspace } from './workspace';
import { AUDIT_IN_EFFECT } from './queries/audit';

const STATEMENT = ['indicator', 'value', 'low', 'high', 'unit', 'qualifier', 'period', 'kind'] as const;

function parsedBefore(text: unknown): Partial<Record<(typeof STATEMENT)[number], unknown>> | null {
  try {
    const snaps = JSON.parse(String(text)) as unknown;
    const first = Array.isArray(snaps) ? (snaps[0] as unknown) : null;
    return first && typeof first === 'object' ? (first as Record<string, unknown>) : null;
  } catch {
    return null; // an audit row another tool wrote: no original to show
  }
}

/** The first in-effect edit's `before` for each edited fact (fact id → original). */
export function firstEdits(ws: Workspace, factIds?: readonly number[]): Map<number, EditedFrom> {
  const only = factIds && factIds.length <= 500 ? ` AND fact_id IN (${factIds.map(Number).join(',') || 'NULL'})` : '';
  const rows = ws.all(`SELECT fact_id, at, before FROM audit WHERE action = 'facts.update' AND undone = ? AND fact_id IS NOT NULL${only} ORDER BY id`, [AUDIT_IN_EFFECT]);
  const out = new Map<number, EditedFrom>();
  for (const r of rows) {
    const id = Number(r.fact_id);
    if (out.has(id)) continue;
    const b = parsedBefore(r.before);
    if (!b) continue;
    out.set(id, {
      indicator: String(b.indicator ?? ''), value: (b.value as number | null) ?? null, low: (b.low as number | null) ?? null,
      high: (b.high as number | null) ?? null, unit: (b.unit as string | null) ?? null, qualifier: b.qualifier as EditedFrom['qualifier'],
      period: String(b.period ?? ''), kind: b.kind as EditedFrom['kind'], at: String(r.at),
    });
  }
  return out;
}

const saysTheSame = (f: Fact, o: EditedFrom) => STATEMENT.every((k) => f[k] === o[k]);

/** The facts with `editedFrom` set where their statement differs from what it first was. */
export function withEdits<F extends Fact>(ws: Workspace, facts: readonly F[]): F[] {
  if (facts.length === 0) return [...facts];
  const firsts = firstEdits(ws, facts.length <= 500 ? facts.map((f) => f.id) : undefined);
  if (firsts.size === 0) return [...facts];
  return facts.map((f) => {
    const o = firsts.get(f.id);
    return o && !saysTheSame(f, o) ? { ...f, editedFrom: o } : f;
  });
}
