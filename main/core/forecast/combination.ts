// The equal-weight combination: the mean of the simple methods' forecasts. Combining is the classic remedy
// for not knowing which model is right (Bates & Granger; the M competitions), and it needs no weights that
// a short series could not estimate.
import { isFitted, type Fit, type Pt } from './methods';
import { ETS_OFFERED_FROM } from './ets';
import { driftSpread, etsSpread, naiveSpread, sesSpread, trendSpread, type Spread } from './predictive';

/** The mean of every member that can fit the points; unavailable when fewer than two can. */
export function combinationOf(members: readonly ((train: readonly Pt[]) => Fit)[]): (train: readonly Pt[]) => Fit {
  return (train) => {
    const fitted = members.map((m) => m(train)).filter(isFitted);
    if (fitted.length < 2 || train.length < 3) return { unavailable: 'needs at least 3 points and two methods to combine' };
    return { predict: (t) => fitted.reduce((a, f) => a + f.predict(t), 0) / fitted.length, params: { members: fitted.length } };
  };
}

/**
 * The members' errors are strongly correlated (they read the same few points), so the combination's spread is
 * taken as the mean of their spreads (ETS's among them once it is offered), not as if they were independent; df is the smallest member's.
 */
export function combinationSpread(ps: readonly Pt[], t: number): Spread | null {
  const members = ps.length >= ETS_OFFERED_FROM ? [naiveSpread, driftSpread, trendSpread, sesSpread, etsSpread] : [naiveSpread, driftSpread, trendSpread, sesSpread];
  const spreads = members.map((f) => f(ps, t)).filter((s): s is Spread => s !== null);
  if (spreads.length < 2) return null;
  return { se: spreads.reduce((a, s) => a + s.se, 0) / spreads.length, df: Math.min(...spreads.map((s) => s.df)) };
}
