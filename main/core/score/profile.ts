// Which way is good for an indicator, and whether its level accumulates over the year. The workspace's own
// indicators table wins (a user may have corrected it); otherwise the catalogue's judgement is used.
import { indicatorInfo, type FlowStock } from '../catalog';
import type { Workspace } from '../store/workspace';
import type { Direction } from '../types';

export interface IndicatorProfile {
  direction: Direction;
  flowStock: FlowStock;
}

export function profileLookup(ws: Workspace): (indicator: string) => IndicatorProfile {
  const cache = new Map<string, IndicatorProfile>();
  return (indicator) => {
    const hit = cache.get(indicator);
    if (hit) return hit;
    const row = ws.one(
      `SELECT i.direction, i.flow_stock FROM indicators i WHERE i.name = ?
       UNION ALL SELECT i.direction, i.flow_stock FROM indicator_aliases a JOIN indicators i ON i.id = a.indicator_id WHERE a.alias = ?
       LIMIT 1`,
      [indicator, indicator],
    );
    const info = indicatorInfo(indicator);
    const profile: IndicatorProfile = row
      ? { direction: asDirection(String(row.direction)), flowStock: asFlowStock(String(row.flow_stock)) }
      : { direction: info.direction, flowStock: info.flowStock };
    cache.set(indicator, profile);
    return profile;
  };
}

// The schema's CHECK constraints already hold these to the known words; this keeps the types honest.
function asDirection(v: string): Direction {
  return v === 'lower' ? 'lower' : v === 'neutral' ? 'neutral' : 'higher';
}

function asFlowStock(v: string): FlowStock {
  return v === 'stock' ? 'stock' : v === 'ratio' ? 'ratio' : 'flow';
}
