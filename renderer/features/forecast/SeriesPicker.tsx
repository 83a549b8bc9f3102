// The series to forecast, found by typing: at 20,000 facts there are over 13,000 (indicator × measure × region), which a
// native <select> shows ten at a time with no search. The generic PickButton (components/PickButton.tsx) holds the
// behaviour — a button naming the chosen series that opens a search box over the list — and why it is not in a <label>.
import { useMemo } from 'react';
import type { ForecastableSeries } from '../../../main/contract/forecasts';
import { PickButton } from '../../components/PickButton';
import type { PickOption } from '../../components/PickList';
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
  const options = useMemo<PickOption[]>(() => series.map((x) => ({
    value: seriesKeyOf(x),
    label: `${x.indicator} · ${words[`measure_${x.measure}`] ?? x.measure} · ${x.region}`,
    count: x.points,
  })), [series, words]);
  return (
    <PickButton name={s.series} options={options} chosen={chosenKey} onPick={onPick} prompt={s.chooseSeries}
      searchPlaceholder={fill(s.findSeries, { n: options.length })} noMatchText={s.noSeries} countHeader={s.pointsHeader}
      testId="forecast-series" className="series-picker" />
  );
}
