// Scores use the store's best-value rule unchanged (main/core/store/workspace.ts): it already prefers a
// report's headline statement (tier 1) over a passing mention of the same series in that report, which is
// what a target is judged by (a mid-year report's 固定资产投资 headline, not a sub-total quoted later).
export { bestValueOrder as scoreOrder } from '../store/workspace';
