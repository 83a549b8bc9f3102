// The indicator catalogue: canonical names, aliases, units and which direction is better.
import { z } from 'zod';
import { method, type MethodMap } from './define';
import type { Direction } from '../core/types';

export interface CatalogIndicator {
  id: number;
  name: string;
  unit: string | null;
  direction: Direction;
  flowStock: 'flow' | 'stock' | 'ratio';
  aliases: string[];
  /** How many facts in the open workspace use this indicator name. */
  factCount: number;
}

export const catalogMethods = {
  'catalog.list': method<CatalogIndicator[]>()(z.object({})),
} satisfies MethodMap;
