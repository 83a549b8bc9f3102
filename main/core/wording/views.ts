// The catalogue's part for what the views ask of main: pivots, forecasts, scores.
import type { Wording } from '../messages';

export const VIEWS = {
} as const satisfies Record<string, Wording>;
