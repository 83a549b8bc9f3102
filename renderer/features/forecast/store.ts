// Forecast builder slice: the series on offer, the one chosen, its forecast, and the saved forecasts.
import { create } from 'zustand';
import type { ForecastableSeries, ForecastMethod, ForecastResult, SavedForecast } from '../../../main/contract/forecasts';
import { call } from '../../bridge';
import { attempt } from '../../shell/notices';
import { resetOnWorkspaceOpen } from '../../shell/reset-on-open';
import { useScorecard } from '../scorecard/store';

export interface SeriesChoice {
  region: string;
  indicator: string;
  measure: ForecastableSeries['measure'];
  targetPeriod: string;
}

interface ForecastState {
  series: ForecastableSeries[];
  choice: SeriesChoice | null;
  result: ForecastResult | null;
  saved: SavedForecast[];
  building: boolean;
  loadSeries(): Promise<void>;
  choose(choice: SeriesChoice): Promise<void>;
  build(): Promise<void>;
  save(method?: ForecastMethod): Promise<void>;
  loadSaved(): Promise<void>;
  /** Everything the view shows, from the workspace as it is now: the series, the saved forecasts, the chosen forecast. */
  refresh(): Promise<void>;
  remove(id: number): Promise<void>;
  reset(): void;
}

export const useForecast = create<ForecastState>((set, get) => ({
  series: [],
  choice: null,
  result: null,
  saved: [],
  building: false,
  async loadSeries() {
    await attempt(async () => set({ series: await call('forecasts.series', {}) }));
  },
  async choose(choice) {
    set({ choice, result: null });
    await get().build();
  },
  async build() {
    const choice = get().choice;
    if (!choice) return;
    set({ building: true });
    await attempt(async () => {
      // The tolerance set on the scorecard also decides what "meeting" a 左右 target means here.
      const result = await call('forecasts.build', { ...choice, tolerance: useScorecard.getState().tolerance });
      if (get().choice === choice) set({ result });
    });
    set({ building: false });
  },
  async save(method) {
    const choice = get().choice;
    if (!choice) return;
    await attempt(async () => {
      const tolerance = useScorecard.getState().tolerance;
      await call('forecasts.save', method ? { ...choice, method, tolerance } : { ...choice, tolerance });
      await get().loadSaved();
    });
  },
  async loadSaved() {
    await attempt(async () => set({ saved: await call('forecasts.list', {}) }));
  },
  async refresh() {
    await Promise.all([get().loadSeries(), get().loadSaved(), get().build()]);
  },
  async remove(id) {
    await attempt(async () => {
      await call('forecasts.delete', { id });
      await get().loadSaved();
    });
  },
  reset() {
    set({ series: [], choice: null, result: null, saved: [] });
  },
}));

// The choice is the store's, not the view's: it stays while the economist visits other views and goes only when
// another workspace opens (its series may not exist there).
resetOnWorkspaceOpen(useForecast, { view: 'forecast', reload: () => useForecast.getState().refresh() });
