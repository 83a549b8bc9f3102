// One catalogue entry, written in a line: name, unit, direction, flow/stock, other spellings.
import type { FlowStock, IndicatorEntry, KnownDirection } from '../indicators';

export const e = (name: string, unit: string | null, direction: KnownDirection, flowStock: FlowStock, aliases: string[] = []): IndicatorEntry =>
  ({ name, unit, direction, flowStock, aliases });
