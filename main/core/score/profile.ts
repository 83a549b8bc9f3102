// Which way is good for an indicator, and whether its level accumulates over the year. The workspace's own
// indicators table wins (a user may have corrected it); otherwise the catalogue's judgement is used.
import { indicatorInfo, type FlowStock } from '../catalog';
import type { Workspace } from '../store/workspace';
import { storedProfile } from '../store/queries/catalog';
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
    const stored = storedProfile(ws, indicator);
    const info = indicatorInfo(indicator);
    const profile: IndicatorProfile = stored ?? { direction: info.direction, flowStock: info.flowStock };
    cache.set(indicator, profile);
    return profile;
  };
}
