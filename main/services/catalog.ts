// The indicator catalogue as stored in the open workspace, with how often each indicator is used.
import type { catalogMethods, CatalogIndicator } from '../contract/catalog';
import type { Direction } from '../core/types';
import type { HandlersFor } from './context';

export const catalogHandlers: HandlersFor<typeof catalogMethods> = {
  'catalog.list': (_args, ctx): CatalogIndicator[] => {
    const ws = ctx.session.current();
    const aliases = new Map<number, string[]>();
    for (const r of ws.all('SELECT alias, indicator_id FROM indicator_aliases ORDER BY alias')) {
      const id = Number(r.indicator_id);
      aliases.set(id, [...(aliases.get(id) ?? []), String(r.alias)]);
    }
    return ws.all(`SELECT i.id, i.name, i.unit, i.direction, i.flow_stock,
        (SELECT count(*) FROM facts f WHERE f.indicator = i.name) AS fact_count
      FROM indicators i ORDER BY i.name`).map((r) => ({
      id: Number(r.id),
      name: String(r.name),
      unit: r.unit == null ? null : String(r.unit),
      direction: String(r.direction) as Direction,
      flowStock: String(r.flow_stock) as CatalogIndicator['flowStock'],
      aliases: aliases.get(Number(r.id)) ?? [],
      factCount: Number(r.fact_count),
    }));
  },
};
