// The workbench's views, in the order of the left-hand navigation (Alt+1 … Alt+9 switch to them).
// To add a feature: ONE line in `views` below. Its module's default export is the view component; it is loaded
// the first time the view opens, so a heavy view (charts) does not slow the first screen.
//   view('pivot', '透视表', 'Pivot', () => import('./pivot/PivotView')),
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { Lang } from '../i18n';

export interface WorkbenchView<Id extends string = string> {
  /** Stable id: used in the URL hash (#review) and by tests. */
  id: Id;
  label: Record<Lang, string>;
  component: LazyExoticComponent<ComponentType>;
  /** Loads the view's code without showing it (the shell does so while idle, so a first opening is not a download). */
  preload: () => Promise<unknown>;
}

export function view<const Id extends string>(id: Id, zh: string, en: string, load: () => Promise<{ default: ComponentType }>): WorkbenchView<Id> {
  return { id, label: { 'zh-CN': zh, en }, component: lazy(load), preload: load };
}

export const views = [
  view('reports', '报告', 'Reports', () => import('./reports/ReportsView')),
  view('review', '数据审核', 'Review', () => import('./review/ReviewView')),
  view('pivot', '透视表', 'Pivot', () => import('./pivot/PivotView')),
  view('scorecard', '目标完成', 'Scorecard', () => import('./scorecard/ScorecardView')),
  view('plans', '规划跟踪', 'Plans', () => import('./plans/PlanView')),
  view('forecast', '预测', 'Forecast', () => import('./forecast/ForecastView')),
  view('share', '共享与合并', 'Share', () => import('./share/ShareView')),
  view('workbooks', 'Excel 导入导出', 'Excel', () => import('./workbooks/WorkbooksView')),
] as const;

/** A view's id, one of those listed above: navigation and the slices that reload with their view take only these. */
export type ViewId = (typeof views)[number]['id'];

export function isViewId(id: string): id is ViewId {
  return views.some((v) => v.id === id);
}
