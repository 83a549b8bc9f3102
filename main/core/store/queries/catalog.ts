// The indicator catalogue as stored in a workspace: the indicators and aliases tables.
import type { Direction } from '../../types';
import type { Workspace } from '../workspace';
import { read, type Row } from './decode';

/** What the schema's CHECK constraints allow; a row that says otherwise was written by another tool. */
export const STORED_DIRECTIONS: readonly Exclude<Direction, 'unknown'>[] = ['higher', 'lower', 'neutral'];
export const FLOW_STOCKS = ['flow', 'stock', 'ratio'] as const;
export type StoredFlowStock = (typeof FLOW_STOCKS)[number];

export interface StoredIndicator {
  name: string;
  unit: string | null;
  direction: Exclude<Direction, 'unknown'>;
  flowStock: StoredFlowStock;
}

/** Writes (or rewrites) one catalogue indicator and its aliases. */
export function upsertIndicator(ws: Workspace, entry: StoredIndicator, aliases: readonly string[]): void {
  ws.run(
    `INSERT INTO indicators(name, unit, direction, flow_stock) VALUES (?, ?, ?, ?)
     ON CONFLICT(name) DO UPDATE SET unit = excluded.unit, direction = excluded.direction, flow_stock = excluded.flow_stock`,
    [entry.name, entry.unit, entry.direction, entry.flowStock],
  );
  const id = read('indicators', ws.one('SELECT id FROM indicators WHERE name = ?', [entry.name])!).num('id');
  for (const alias of aliases) ws.run('INSERT OR REPLACE INTO indicator_aliases(alias, indicator_id) VALUES (?, ?)', [alias, id]);
}

/** A name that is an indicator of its own is no other indicator's alias (a catalogue once filed it elsewhere). */
export function dropAliasesThatAreIndicators(ws: Workspace): void {
  ws.run(`DELETE FROM indicator_aliases WHERE alias IN (SELECT name FROM indicators)
    AND indicator_id <> (SELECT id FROM indicators WHERE name = indicator_aliases.alias)`);
}

/** Each indicator id's aliases, in alias order. */
export function aliasesByIndicator(ws: Workspace): Map<number, string[]> {
  const out = new Map<number, string[]>();
  for (const row of ws.all('SELECT alias, indicator_id FROM indicator_aliases ORDER BY alias')) {
    const r = read('indicator_aliases', row);
    const id = r.num('indicator_id');
    out.set(id, [...(out.get(id) ?? []), r.text('alias')]);
  }
  return out;
}

function indicatorOf(row: Row): StoredIndicator & { id: number } {
  const r = read('indicators', row);
  return { id: r.num('id'), name: r.text('name'), unit: r.textOrNull('unit'), direction: r.oneOf('direction', STORED_DIRECTIONS), flowStock: r.oneOf('flow_stock', FLOW_STOCKS) };
}

/** Every stored indicator by name, with how many facts use its name. */
export function indicatorsWithUse(ws: Workspace): (StoredIndicator & { id: number; factCount: number })[] {
  return ws.all(`SELECT i.id, i.name, i.unit, i.direction, i.flow_stock,
      (SELECT count(*) FROM facts f WHERE f.indicator = i.name) AS fact_count
    FROM indicators i ORDER BY i.name`).map((row) => ({ ...indicatorOf(row), factCount: read('indicators', row).num('fact_count') }));
}

/** The stored direction and flow/stock of an indicator named by its name or one of its aliases; null when not stored. */
export function storedProfile(ws: Workspace, indicator: string): Pick<StoredIndicator, 'direction' | 'flowStock'> | null {
  const row = ws.one(
    `SELECT i.id, i.name, i.unit, i.direction, i.flow_stock FROM indicators i WHERE i.name = ?
     UNION ALL SELECT i.id, i.name, i.unit, i.direction, i.flow_stock FROM indicator_aliases a JOIN indicators i ON i.id = a.indicator_id WHERE a.alias = ?
     LIMIT 1`,
    [indicator, indicator],
  );
  if (!row) return null;
  const { direction, flowStock } = indicatorOf(row);
  return { direction, flowStock };
}
