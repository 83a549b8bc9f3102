// The series to forecast, found by typing: at 20,000 facts there are over 13,000 (indicator × measure × region), which a
// native <select> shows ten at a time with no search. A button says the chosen series; it opens a search box over the
// list (components/PickList.tsx, ag-grid's quick filter); choosing one closes it, as do Esc and a press outside.
//
// Not inside a <label>: a click on a list row (a plain <div>) inside a label is passed on by the browser to the label's
// first control — this button — which closed the list before the grid had selected the row. That was why an earlier
// picker "lost" the chosen row. The button is named by the text beside it and its own (the chosen series) with aria-labelledby instead.
import { useCallback, useId, useMemo, useState, type MouseEvent } from 'react';
import type { ForecastableSeries } from '../../../main/contract/forecasts';
import { PickList, type PickOption } from '../../components/PickList';
import { usePopover } from '../../components/usePopover';
import { fill } from '../../i18n';
import { useCommonStrings } from '../../i18n/common';
import { useForecastStrings } from './strings';

export const seriesKeyOf = (x: Pick<ForecastableSeries, 'region' | 'indicator' | 'measure'>) => `${x.region}|${x.indicator}|${x.measure}`;

interface SeriesPickerProps {
  series: readonly ForecastableSeries[];
  chosenKey: string;
  onPick(key: string): void;
}

export function SeriesPicker({ series, chosenKey, onPick }: SeriesPickerProps) {
  const s = useForecastStrings();
  const words: Record<string, string> = useCommonStrings();
  const nameId = useId();
  const buttonId = useId();
  const [open, setOpen] = useState(false);
  const close = useCallback(() => setOpen(false), []);
  const box = usePopover<HTMLDivElement>(open, close);
  const options = useMemo<PickOption[]>(() => series.map((x) => ({
    value: seriesKeyOf(x),
    label: `${x.indicator} · ${words[`measure_${x.measure}`] ?? x.measure} · ${x.region}`,
    count: x.points,
  })), [series, words]);
  const chosen = options.find((o) => o.value === chosenKey);
  const chosenList = useMemo(() => (chosenKey ? [chosenKey] : []), [chosenKey]);
  const choose = useCallback((keys: string[]) => {
    const key = keys[0];
    if (key) onPick(key);
    setOpen(false);
  }, [onPick]);
  // Choosing the series already chosen changes no selection, so the list would stay open: a click on its row closes it.
  const closeOnChosenRow = (e: MouseEvent) => {
    const row = e.target instanceof Element ? e.target.closest('[row-id]') : null;
    if (chosenKey && row?.getAttribute('row-id') === chosenKey) setOpen(false);
  };

  return (
    <div ref={box} className="series-picker">
      <span id={nameId}>{s.series}</span>
      <button type="button" id={buttonId} data-testid="forecast-series" data-value={chosenKey} aria-labelledby={`${nameId} ${buttonId}`} aria-haspopup="dialog"
        aria-expanded={open} onClick={() => setOpen(!open)}>
        {/* The chosen series' name is data (indicator, region), shown whole on hover when it is cut short. */}
        {chosen ? <span className="series-picker-chosen" data-data title={chosen.label}>{chosen.label}</span> : <span>{s.chooseSeries}</span>} ▾
      </button>
      {open && (
        <div className="series-picker-pop" role="dialog" aria-labelledby={nameId} onClick={closeOnChosenRow}>
          <PickList options={options} chosen={chosenList} multiple={false} label={s.series} countHeader={s.pointsHeader}
            searchPlaceholder={fill(s.findSeries, { n: options.length })} noMatchText={s.noSeries} onChange={choose} />
        </div>
      )}
    </div>
  );
}
