// The indicator catalogue as stored in the open workspace, with how often each indicator is used.
import type { catalogMethods, CatalogIndicator } from '../contract/catalog';
import { aliasesByIndicator, indicatorsWithUse } from '../core/store/queries/catalog';
import type { HandlersFor } from './context';

export const catalogHandlers: HandlersFor<typeof catalogMethods> = {
  'catalog.list': (_args, ctx): CatalogIndicator[] => {
    const ws = ctx.session.current();
    const aliases = aliasesByIndicator(ws);
    return indicatorsWithUse(ws).map((i) => ({
      id: i.id, name: i.name, unit: i.unit, direction: i.direction, flowStock: i.flowStock, aliases: aliases.get(i.id) ?? [], factCount: i.factCount,
    }));
  },
};
