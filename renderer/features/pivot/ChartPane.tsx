// The charts' place beside the grid (chart-pane.ts): a splitter to drag (or move with the arrow keys), and a
// fold button; folded, the charts leave a narrow strip that brings them back, and are not drawn meanwhile.
import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { ChartsPanel } from '../charts/ChartsPanel';
import { CHART_PANE_MIN, useChartPane } from './chart-pane';
import { usePivotStrings } from './strings';

const KEY_STEP = 40;

export function ChartPane() {
  const s = usePivotStrings();
  const { width, collapsed, setWidth, setCollapsed } = useChartPane();
  const drag = useRef<{ x: number; width: number } | null>(null);
  const bodyWidth = (el: Element) => el.parentElement?.clientWidth;

  if (collapsed) {
    return (
      <button type="button" className="charts-collapsed" data-testid="charts-expand" aria-expanded={false} title={s.expandCharts} onClick={() => setCollapsed(false)}>
        {s.charts} ◂
      </button>
    );
  }
  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    e.currentTarget.setPointerCapture(e.pointerId);
    drag.current = { x: e.clientX, width };
  };
  // The pane is on the right: dragging the splitter left widens it.
  const follow = (e: PointerEvent<HTMLDivElement>, remember: boolean) => {
    if (!drag.current) return;
    setWidth(drag.current.width + drag.current.x - e.clientX, bodyWidth(e.currentTarget), remember);
    if (remember) drag.current = null;
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const step = e.key === 'ArrowLeft' ? KEY_STEP : e.key === 'ArrowRight' ? -KEY_STEP : 0;
    if (!step) return;
    e.preventDefault();
    setWidth(width + step, bodyWidth(e.currentTarget));
  };
  return (
    <>
      <div role="separator" aria-orientation="vertical" aria-label={s.resizeCharts} title={s.resizeCharts} aria-valuenow={width}
        aria-valuemin={CHART_PANE_MIN} tabIndex={0} className="pivot-splitter" data-testid="charts-splitter"
        onPointerDown={onPointerDown} onPointerMove={(e) => follow(e, false)} onPointerUp={(e) => follow(e, true)}
        onPointerCancel={() => (drag.current = null)} onKeyDown={onKeyDown} />
      <div className="charts-pane" style={{ width }} data-testid="charts-pane">
        <ChartsPanel onCollapse={() => setCollapsed(true)} />
      </div>
    </>
  );
}
