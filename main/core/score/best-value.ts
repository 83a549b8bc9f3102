// The store's best-value rule, with one tie-break added at its very end. Within one report, the store falls
// back to the highest fact id; but a report often states a headline number in its indicator list (tier 1)
// and mentions a different number under the same name in passing later on (the 2024 H1 report gives
// 固定资产投资 194.7 亿元 as the headline and "推动完成固定资产投资34.06亿元" for government projects).
// The headline is the one a target is judged by, so tier 1 beats tier 2 before the id decides. The other
// statement stays visible as a revision. Everything before that last step is the store's rule unchanged.
import { bestValueOrder } from '../store/workspace';

const LAST_STEP = /f\.id DESC\s*$/;

export const scoreOrder = LAST_STEP.test(bestValueOrder)
  ? bestValueOrder.replace(LAST_STEP, 'COALESCE(f.tier, 9),\n  f.id DESC')
  : bestValueOrder;
