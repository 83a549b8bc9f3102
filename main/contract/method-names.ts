// Every contract method's name as plain data. The sandboxed preload checks names against this list instead of
// importing the contract's runtime (zod schemas, pivot spec, import mapping), so its bundle stays small.
// The type below fails to compile when a method is added to the contract and not here;
// tests/electron/preload-bundle.test.ts checks the list equals the contract's keys.
import type { MethodName } from './index';

export const METHOD_NAMES = [
  'workspace.info', 'workspace.new', 'workspace.newFromSamples', 'workspace.open', 'workspace.save', 'workspace.saveAs',
  'dialog.pickWorkspace', 'dialog.pickReports',
  'reports.import', 'reports.list', 'reports.getText',
  'reports.delete',
  'facts.list', 'facts.filterOptions', 'facts.update', 'facts.accept', 'facts.reject', 'facts.undo', 'facts.redo', 'facts.why', 'facts.history',
  'catalog.list',
  'pivot.run', 'pivot.values', 'pivot.list', 'pivot.get', 'pivot.save', 'pivot.delete', 'pivot.drill', 'pivot.chartData',
  'sharing.check', 'sharing.mergePreview', 'sharing.resolveAndMerge', 'sharing.saveForSharing', 'sharing.identity', 'sharing.setIdentity', 'sharing.autosave', 'sharing.recoverable', 'sharing.recover', 'sharing.discardRecovery',
  'scores.scorecard', 'scores.choices', 'scores.planCheck', 'scores.sources',
  'forecasts.series', 'forecasts.build', 'forecasts.save', 'forecasts.list', 'forecasts.delete',
  'workbooks.exportBriefing', 'workbooks.exportGrid', 'workbooks.inspect', 'workbooks.previewImport', 'workbooks.commitImport',
] as const satisfies readonly MethodName[];

/** Compiles only while every MethodName is listed above. */
export const EVERY_METHOD_LISTED: Exclude<MethodName, (typeof METHOD_NAMES)[number]> extends never ? true : never = true;
