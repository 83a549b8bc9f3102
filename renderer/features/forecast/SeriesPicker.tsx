// The series to forecast, found by typing: at 20,000 facts there are over 13,000 (indicator × measure × region), which a
// native <select> shows ten at a time with no search. A button says the chosen series; it opens a search box over the
// list (components/PickList.tsx, ag-grid's quick filter); choosing one closes it, as do Esc and a press outside.
import { useCallback, useMemo, useState } from 'react';
import type { ForecastableSeries } from '../../../main/contract/forecasts';
import { PickList, type PickOption } from '../../components/PickList';
import { usePopover } from '../../components/usePopover';
import { fill } from '../../i18n';
import { useCommonStrings } from '../../i18n/common';
import { useForecastStrings } from './strings';

export const seriesKeyOf = (x: Pick<ForecastableSeries, 'region' | 'indicator' | 'measure'>) => `${x.region}|${x.indicator}|${x.measure}`;

export function SeriesPicker({ series, chosenKey, onPick }: { series: readonly ForecastableSeries[]; chosenKey: string; onPick(key: string): void }) {
  const s = useForecastStrings();
  const words: Record<string, string> = useCommonStrings();
  const [open, setOpen] = useState(false);
  const close = useCallback(() => setOpen(false), []);
  const box = usePopover<HTMLSpanElement>(open, close);
  const options = useMemo<PickOption[]>(() => series.map((x) => ({
    value: seriesKeyOf(x),
    label: `${x.indicator} · ${words[`measure_${x.measure}`] ?? x.measure} · ${x.region} (${fill(s.points, { n: x.points })})`,
  })), [series, words, s]);
  const chosen = options.find((o) => o.value === chosenKey);
  return (
    <span ref={box} className="series-picker">
      <button type="button" data-testid="forecast-series" data-value={chosenKey} aria-expanded={open} onClick={() => setOpen(!open)}>
        {chosen?.label ?? s.chooseSeries} ▾
      </button>
      {open && (
        <div className="series-picker-pop">
          <PickList options={options} chosen={chosenKey ? [chosenKey] : []} multiple={false} label={s.series} searchPlaceholder={s.findSeries}
            noMatchText={s.noSeries} onChange={(keys) => {
              const key = keys[0];
              if (key) onPick(key);
              setOpen(false);
            }} />
        </div>
      )}
    </span>
  );
}
