// What the ui-20k benchmark does in the page, as an economist would: switch views from the navigation, select pivot
// rows for their charts, open each pivot filter and type into it, find a forecast series. Each step names what
// must be on screen for it to count as done (the view's main content, the filtered rows), by the views' test ids.
import type { Page } from '@playwright/test';
import { settle, timeEach, timeInPage, type OnScreen } from './ui-20k-timing';

const inView = (view: string, selector: string) => `main.view[data-view="${view}"] ${selector}`;
const gridRows = (view: string, grid: string) => inView(view, `[data-testid="grid-${grid}"] [role="row"][row-id]`);

/** Each view's main content: its rows drawn, or (views without data rows) its controls ready. */
const VIEW_CONTENT: Record<string, OnScreen> = {
  reports: { selector: gridRows('reports', 'reports') },
  review: { selector: gridRows('review', 'facts') },
  pivot: { selector: gridRows('pivot', 'pivot') },
  scorecard: { selector: gridRows('scorecard', 'scorecard') },
  plans: { selector: gridRows('plans', 'plans') },
  // Until a series is chosen the forecast view shows its series picker: a button that opens the searchable list
  // (forecastSeriesPicker times opening it, typing and choosing).
  forecast: { selector: inView('forecast', 'button[data-testid="forecast-series"]') },
  share: { selector: inView('share', '[data-recovery-checked="true"] form button[type="submit"]') },
  workbooks: { selector: inView('workbooks', '[data-testid="workbooks-view"] section button') },
};

/** The pivot's charts panel drawing its first figure (of the first rows, before any selection). */
const PIVOT_CHARTS: OnScreen = { selector: inView('pivot', '[data-testid="charts-panel"] [data-testid^="figure-"] .js-plotly-plot .main-svg') };

export interface ViewStep {
  view: string;
  /** True when the view has no content selector here and only its heading was awaited. */
  headingOnly: boolean;
}

/** The views in the navigation's order, read from the page so a view added to the registry is measured too. */
export async function navigationViews(page: Page): Promise<ViewStep[]> {
  const buttons = await page.locator('nav.view-nav button[data-view]').all();
  const ids = await Promise.all(buttons.map((b) => b.getAttribute('data-view')));
  return ids.filter((id): id is string => !!id).map((view) => ({ view, headingOnly: !(view in VIEW_CONTENT) }));
}

function contentOf(step: ViewStep): OnScreen {
  return VIEW_CONTENT[step.view] ?? { selector: inView(step.view, 'h1') };
}

/** Opens `step`'s view from the navigation; ms until its content (and, for the pivot, its charts) is on screen. */
export async function openView(page: Page, step: ViewStep): Promise<Record<string, number>> {
  const awaited: Record<string, OnScreen> = { [step.view]: contentOf(step) };
  if (step.view === 'pivot') awaited.charts = PIVOT_CHARTS;
  return timeEach(page, 'click', awaited, () => page.locator(`nav.view-nav button[data-view="${step.view}"]`).click());
}

/** Waits, untimed, until the view the page was opened on shows its content. */
export async function settleOn(page: Page, step: ViewStep): Promise<void> {
  await settle(page, contentOf(step));
}

const LEGEND = inView('pivot', '[data-testid="charts-panel"] .legendtext');

/**
 * Selects a pivot row past the first five (which the charts show unasked) whose indicator is not charted yet; ms
 * until the charts draw it. The row's label is its indicator under the default layout (indicators down).
 */
export async function chartSelectedRow(page: Page): Promise<number> {
  const charted = (await page.locator(LEGEND).allTextContents()).join('\n');
  for (let index = 5; index < 30; index++) {
    const cell = page.locator(`[data-testid="grid-pivot"] [role="row"][row-index="${index}"] [col-id="h0"]`).first();
    const label = (await cell.innerText()).trim();
    if (!label || charted.includes(label)) continue;
    return timeInPage(page, 'click', { selector: LEGEND, someContains: label }, () => cell.click());
  }
  throw new Error('no pivot row among the first 30 has an indicator the charts do not show yet');
}

/** A query a person would type to find the value two thirds down a list: the shortest start of it that rules most of the list out. */
export function queryFor(labels: readonly string[]): string {
  if (labels.length === 0) throw new Error('an empty list has nothing to search for');
  const wanted = labels[Math.floor((labels.length * 2) / 3)]!;
  const first = labels[0]!.toLowerCase();
  for (let n = Math.min(2, wanted.length); n <= wanted.length; n++) {
    const q = wanted.slice(0, n).toLowerCase();
    const hits = labels.filter((l) => l.toLowerCase().includes(q)).length;
    // The first label is on screen when the list opens: a query matching it would not visibly filter.
    if (!first.includes(q) && hits <= Math.max(1, Math.ceil(labels.length / 4))) return wanted.slice(0, n);
  }
  return wanted;
}

export interface PickerTiming {
  open: number;
  /** Until only matching rows are on screen (rows ag-grid is fading out not counted). */
  filter: number;
  /** Until the rows ag-grid fades out are gone from the page too (its 400 ms row animation). */
  filterAnimated: number;
}

const PICK_ROWS = '.picklist [role="gridcell"][col-id="label"]';

/** Types `query` into the open pick list under `box`; ms until it shows only matches, and until its animation ends. */
async function typeQuery(page: Page, box: string, query: string): Promise<{ filter: number; filterAnimated: number }> {
  const matches: OnScreen = { selector: `${box} ${PICK_ROWS}`, everyContains: query };
  const t = await timeEach(page, 'input', { filter: matches, filterAnimated: { ...matches, withLeavingRows: true } },
    () => page.locator(`${box} .picklist input[type="search"]`).fill(query));
  return { filter: t.filter!, filterAnimated: t.filterAnimated! };
}

/** Opens pivot filter `field`, types `query`; ms to the list shown and to it filtered. Closes it with Esc. */
export async function filterPivotField(page: Page, field: string, query: string): Promise<PickerTiming> {
  const box = `[data-testid="filter-${field}"]`;
  const open = await timeInPage(page, 'click', { selector: `${box} ${PICK_ROWS}` }, () => page.locator(`${box} > button`).first().click());
  const typed = await typeQuery(page, box, query);
  await page.keyboard.press('Escape');
  await page.locator(`${box} .picklist`).waitFor({ state: 'detached' });
  return { open, ...typed };
}

/**
 * Finds `indicator` in the review's indicator filter (a searchable pick list over 282 indicators) and chooses it; ms
 * to the list opened, to it filtered by the typed name, and from the choice until only its facts are listed.
 */
export async function filterReviewIndicator(page: Page, indicator: string): Promise<PickerTiming & { choose: number }> {
  const button = inView('review', '[data-testid="filter-indicator"]');
  const box = inView('review', '.pick-button:has([data-testid="filter-indicator"])');
  const rows: OnScreen = { selector: inView('review', '[data-testid="grid-facts"] [role="row"][row-id] [col-id="indicator"]'), everyContains: indicator };
  const open = await timeInPage(page, 'click', { selector: `${box} ${PICK_ROWS}` }, () => page.locator(button).click());
  const typed = await typeQuery(page, box, indicator);
  const row = page.locator(`${box} .picklist [role="row"][row-id]`).filter({ has: page.locator('[col-id="label"]').getByText(indicator, { exact: true }) });
  const choose = await timeInPage(page, 'click', rows, () => row.click());
  await page.locator(button).click();
  await page.locator(inView('review', '[data-testid="filter-indicator-all"]')).click();
  await settle(page, { selector: rows.selector, someLacks: indicator });
  return { open, ...typed, choose };
}

export interface SeriesPicker {
  kind: 'native-select' | 'picklist';
  /** What is clicked to show the list, when it is not always shown. */
  trigger: string | null;
  /** The element holding the list: the <select>, or the PickList's container. */
  list: string;
}

/**
 * THE forecast series picker, the one place to adapt to the view's markup. Today a native <select
 * data-testid="forecast-series"> (it cannot be searched: only choosing from it is timed). Once it is a PickList
 * (renderer/components/PickList.tsx): the list inside data-testid="forecast-series" if it holds one; else that
 * element (or the button in it) opens a list shown anywhere in the forecast view; else any list in the view.
 */
export async function forecastSeriesPicker(page: Page): Promise<SeriesPicker> {
  const marked = inView('forecast', '[data-testid="forecast-series"]');
  const count = (selector: string) => page.locator(selector).count();
  if (await count(`${marked}:is(select)`) > 0) return { kind: 'native-select', trigger: null, list: marked };
  if (await count(`${marked} .picklist, ${marked}:is(.picklist)`) > 0) return { kind: 'picklist', trigger: null, list: marked };
  const anyList = inView('forecast', '');
  if (await count(`${marked}:is(button)`) > 0) return { kind: 'picklist', trigger: marked, list: anyList };
  if (await count(`${marked} button`) > 0) return { kind: 'picklist', trigger: `${marked} button`, list: anyList };
  return { kind: 'picklist', trigger: null, list: anyList };
}

export interface SeriesChoice {
  /** What a person types to find it: its indicator. */
  query: string;
  region: string;
  /** Its value in the native list (region|indicator|measure). */
  value: string;
  /** The fan chart's title once it is chosen (indicator · region). */
  title: string;
}

export interface SeriesTiming extends Partial<PickerTiming> {
  kind: SeriesPicker['kind'];
  /** From choosing the series to its fan chart drawn. */
  choose: number;
}

/** Finds `series` in the forecast series picker (typing its indicator, in a PickList) and chooses it; ms for each step. */
export async function findForecastSeries(page: Page, series: SeriesChoice): Promise<SeriesTiming> {
  const picker = await forecastSeriesPicker(page);
  const drawn: OnScreen = { selector: inView('forecast', '[data-testid="chart-forecast-fan"] .gtitle'), someContains: series.title };
  if (picker.kind === 'native-select') {
    const choose = await timeInPage(page, 'change', drawn, () => page.locator(picker.list).selectOption(series.value).then(() => undefined));
    return { kind: picker.kind, choose };
  }
  const rows = `${picker.list} ${PICK_ROWS}`;
  const trigger = picker.trigger;
  const open = trigger ? await timeInPage(page, 'click', { selector: rows }, () => page.locator(trigger).first().click()) : undefined;
  const typed = await typeQuery(page, picker.list, series.query);
  const row = page.locator(`${picker.list} .picklist [role="row"][row-id]`).filter({ hasText: series.region }).first();
  const choose = await timeInPage(page, 'click', drawn, () => row.click());
  return { kind: picker.kind, ...(open === undefined ? {} : { open }), ...typed, choose };
}
