// The charts beside the pivot: how wide, or folded away. The grid is what an economist works in, so the charts
// start narrow (about a quarter of a 1440-px window); the splitter between them widens them, the fold button
// hides them, and both are remembered on this computer across launches.
import { create } from 'zustand';

export const CHART_PANE_DEFAULT = 360;
export const CHART_PANE_MIN = 260;
/** The grid keeps at least this much of the row, however wide the charts are dragged. */
export const GRID_MIN = 480;
const STORAGE_KEY = 'planscope.pivot.chartPane';

export interface ChartPaneLayout {
  width: number;
  collapsed: boolean;
}

/** A width the pane can take in a body this wide (an unknown body width only bounds it below). */
export function clampChartWidth(width: number, bodyWidth?: number): number {
  const max = bodyWidth ? Math.max(CHART_PANE_MIN, bodyWidth - GRID_MIN) : Number.POSITIVE_INFINITY;
  return Math.round(Math.min(max, Math.max(CHART_PANE_MIN, width)));
}

/** The remembered layout, or the default for anything unreadable (an older or hand-edited entry). */
export function readChartPane(text: string | null | undefined): ChartPaneLayout {
  const fallback = { width: CHART_PANE_DEFAULT, collapsed: false };
  if (!text) return fallback;
  try {
    const v: unknown = JSON.parse(text);
    if (typeof v !== 'object' || v === null) return fallback;
    const { width, collapsed } = v as Record<string, unknown>;
    return {
      width: typeof width === 'number' && Number.isFinite(width) ? clampChartWidth(width) : CHART_PANE_DEFAULT,
      collapsed: collapsed === true,
    };
  } catch {
    return fallback;
  }
}

function load(): ChartPaneLayout {
  try {
    return readChartPane(globalThis.localStorage?.getItem(STORAGE_KEY));
  } catch {
    // Storage can be unavailable (sandboxed pages); the default layout is fine then.
    return readChartPane(null);
  }
}

function save(layout: ChartPaneLayout): void {
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, JSON.stringify(layout));
  } catch {
    // Not remembered across launches; the layout still holds for this session.
  }
}

interface ChartPaneState extends ChartPaneLayout {
  /** While dragging: the width follows the pointer; `remember` on release. */
  setWidth(width: number, bodyWidth?: number, remember?: boolean): void;
  setCollapsed(collapsed: boolean): void;
}

export const useChartPane = create<ChartPaneState>((set, get) => ({
  ...load(),
  setWidth(width, bodyWidth, remember = true) {
    set({ width: clampChartWidth(width, bodyWidth) });
    if (remember) save({ width: get().width, collapsed: get().collapsed });
  },
  setCollapsed(collapsed) {
    set({ collapsed });
    save({ width: get().width, collapsed });
  },
}));
