// Joins every feature's handler map into the one table dispatch() serves. Two features registering the same
// method name is refused when main starts (not silently overwritten), and so is a contract method without a
// handler or a handler without a contract method.
// To add a feature: import its `xxxHandlers` and add it to the `joinHandlers(...)` call (one line each).
import { methods, type Methods } from '../contract/index';
import type { HandlersFor } from './context';
import { createRegistry, joinHandlers, type Registry } from './registry-core';
import { workspaceHandlers } from './workspace';
import { reportsHandlers } from './reports';
import { factsHandlers } from './facts';
import { catalogHandlers } from './catalog';
import { pivotsHandlers } from './pivots';
import { sharingHandlers } from './sharing';
import { scoresHandlers } from './scores';
import { forecastsHandlers } from './forecasts';
import { workbooksHandlers } from './workbooks';

export { joinHandlers, createRegistry, type Registry } from './registry-core';

const handlers: HandlersFor<Methods> = joinHandlers(
  workspaceHandlers,
  reportsHandlers,
  factsHandlers,
  catalogHandlers,
  pivotsHandlers,
  sharingHandlers,
  scoresHandlers,
  forecastsHandlers,
  workbooksHandlers,
);

/** The application's registry: every contract method with its handler. */
export const registry: Registry<Methods> = createRegistry(methods, handlers);
