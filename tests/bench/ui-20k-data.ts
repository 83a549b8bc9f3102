// TEST DATA, synthetic: the 20,000-fact workspace the ui-20k benchmark opens in the browser. Its shape follows the
// workspace issue 16 was walked with (46 regions, 282 indicators, thousands of series): per region six annual
// statistical bulletins (2019–2024), a mid-year bulletin (2025H1) and a five-year plan (2021–2025). Each report
// states its region's twelve headline indicators (level, growth, next year's growth target: forecastable series and
// scorecard pairs) and then indicators that change from year to year (the long tail of one-off series). Every name
// says it is test data (测试区, 合成); values are deterministic arithmetic, not statistics. Facts are spread evenly
// over the reports so the total is exactly FACT_COUNT, and each fact quotes its own sentence of its report's text.
import type { SqlJsStatic } from 'sql.js';
import { Workspace, type NewDocument, type NewFact } from '../../main/core/store/workspace';
import type { FactKind, Measure, Period, Qualifier, ReviewStatus } from '../../main/core/types';

export const FACT_COUNT = 20_000;
export const REGION_COUNT = 46;
export const INDICATOR_COUNT = 282;
const YEARS = [2019, 2020, 2021, 2022, 2023, 2024];
const HEADLINE_COUNT = 12;

const SECTORS = ['农业', '林业', '畜牧业', '渔业', '采矿业', '制造业', '电力热力', '建筑业', '批发业', '零售业', '交通运输', '仓储物流',
  '邮政快递', '住宿业', '餐饮业', '信息传输', '软件服务', '金融业', '房地产业', '租赁商务', '科学研究', '水利环境', '居民服务', '教育',
  '卫生', '文化体育', '公共管理', '数字经济', '海洋经济', '旅游业'];
const QUANTITIES: readonly { name: string; unit: string }[] = [
  { name: '增加值', unit: '亿元' }, { name: '营业收入', unit: '亿元' }, { name: '固定资产投资', unit: '亿元' }, { name: '从业人员', unit: '万人' },
  { name: '利润总额', unit: '亿元' }, { name: '用电量', unit: '亿千瓦时' }, { name: '税收收入', unit: '亿元' }, { name: '企业数量', unit: '家' },
  { name: '出口额', unit: '亿美元' }, { name: '研发投入', unit: '亿元' },
];

export interface SyntheticIndicator {
  name: string;
  unit: string;
}

/** 282 indicator names, sector × quantity ("渔业出口额"): plausible wording, clearly made up. */
export const INDICATORS: readonly SyntheticIndicator[] = SECTORS.flatMap((sector) => QUANTITIES.map((q) => ({ name: `${sector}${q.name}`, unit: q.unit })))
  .slice(0, INDICATOR_COUNT);

export const REGIONS: readonly string[] = Array.from({ length: REGION_COUNT }, (_, i) => `测试区${String(i + 1).padStart(2, '0')}`);

export type ReportKind = 'annual' | 'midyear' | 'plan';

export interface SyntheticReport {
  document: NewDocument;
  facts: NewFact[];
}

interface ReportPlan {
  region: number;
  kind: ReportKind;
  /** The year the report reviews (annual, mid-year) or the plan's first year. */
  year: number;
}

interface Statement {
  indicator: number;
  measure: Measure;
  kind: FactKind;
  period: Period;
  qualifier: Qualifier;
  value: number;
  tier: 1 | 2;
}

function reportPlans(): ReportPlan[] {
  return REGIONS.flatMap((_, region) => [
    ...YEARS.map((year) => ({ region, kind: 'annual' as const, year })),
    { region, kind: 'midyear' as const, year: 2025 },
    { region, kind: 'plan' as const, year: 2021 },
  ]);
}

/** A region's headline indicators: the same every year, so they make series a forecast can use. */
function headlineOf(region: number): number[] {
  return Array.from({ length: HEADLINE_COUNT }, (_, k) => (region * 7 + k * 23) % INDICATOR_COUNT);
}

/** The other indicators a report mentions, in order: they move with the year, as a bulletin's topics do. */
function* tailOf(region: number, year: number, skip: ReadonlySet<number>): Generator<number> {
  for (let j = 0; j < INDICATOR_COUNT; j++) {
    const i = (region * 53 + year * 97 + j * 31) % INDICATOR_COUNT; // 31 is prime to 282: every indicator once
    if (!skip.has(i)) yield i;
  }
}

const one = (x: number) => Math.round(x * 10) / 10;

function levelOf(region: number, indicator: number, year: number): number {
  const base = 40 + ((region * 131 + indicator * 17) % 900);
  return one(base * 1.05 ** (year - 2019) * (1 + ((region + indicator + year) % 5) / 100));
}

function growthOf(region: number, indicator: number, year: number): number {
  return one(2 + ((region * 3 + indicator + year * 7) % 70) / 10);
}

function growthTargetOf(region: number, indicator: number): number {
  return one(5 + ((region + indicator) % 5) / 2);
}

/** What one report states, headline first, as many statements as it can hold. */
function* statementsOf(plan: ReportPlan): Generator<Statement> {
  const { region, kind, year } = plan;
  const headline = headlineOf(region);
  if (kind === 'plan') {
    for (const i of headline) {
      yield { indicator: i, measure: 'level', kind: 'target', period: '2025', qualifier: 'at_least', value: levelOf(region, i, 2025), tier: 1 };
      yield { indicator: i, measure: 'growth', kind: 'target', period: '2021-2025', qualifier: 'approx', value: growthTargetOf(region, i), tier: 1 };
    }
    for (const i of tailOf(region, year, new Set(headline))) {
      yield { indicator: i, measure: 'level', kind: 'target', period: '2025', qualifier: 'at_least', value: levelOf(region, i, 2025), tier: 2 };
    }
    return;
  }
  const period: Period = kind === 'midyear' ? `${year}H1` : `${year}`;
  const size = kind === 'midyear' ? 0.5 : 1;
  for (const i of headline) {
    yield { indicator: i, measure: 'level', kind: 'actual', period, qualifier: 'exact', value: one(levelOf(region, i, year) * size), tier: 1 };
    yield { indicator: i, measure: 'growth', kind: 'actual', period, qualifier: 'exact', value: growthOf(region, i, year), tier: 1 };
    if (kind === 'annual') {
      yield { indicator: i, measure: 'growth', kind: 'target', period: `${year + 1}`, qualifier: 'approx', value: growthTargetOf(region, i), tier: 1 };
    }
  }
  let n = 0;
  for (const i of tailOf(region, year, new Set(headline))) {
    // Every eleventh tail figure is a preliminary estimate, as bulletins print some.
    yield { indicator: i, measure: 'level', kind: n++ % 11 === 10 ? 'estimate' : 'actual', period, qualifier: 'exact', value: one(levelOf(region, i, year) * size), tier: 2 };
  }
}

/** A period as a bulletin writes it: 2023年, 2025年上半年, 2021—2025年. */
function periodWords(p: string): string {
  if (/^\d{4}$/.test(p)) return `${p}年`;
  if (p.endsWith('H1')) return `${p.slice(0, 4)}年上半年`;
  return `${p.slice(0, 4)}—${p.slice(5)}年`;
}

/** The sentence a fact is read from; its quote and span point at it. */
function sentenceOf(region: string, s: Statement): string {
  const { name, unit } = INDICATORS[s.indicator]!;
  const when = periodWords(s.period);
  if (s.kind === 'target' && s.measure === 'growth' && s.period.includes('-')) return `${when}${region}${name}年均增长${s.value}%左右。`;
  if (s.kind === 'target' && s.measure === 'growth') return `${when}${region}${name}预期增长${s.value}%左右。`;
  if (s.kind === 'target') return `到${when}，${region}${name}达到${s.value}${unit}以上。`;
  if (s.measure === 'growth') return `${when}${region}${name}比上年增长${s.value}%。`;
  return `${when}${region}${name}${s.kind === 'estimate' ? '预计' : ''}为${s.value}${unit}。`;
}

function titleOf(plan: ReportPlan): string {
  const region = REGIONS[plan.region]!;
  if (plan.kind === 'plan') return `${region} 国民经济和社会发展第十四个五年规划纲要（合成测试数据）`;
  if (plan.kind === 'midyear') return `${region} ${plan.year}年上半年经济运行情况（合成测试数据）`;
  return `${region} ${plan.year}年国民经济和社会发展统计公报（合成测试数据）`;
}

function documentPeriod(plan: ReportPlan): string {
  if (plan.kind === 'plan') return '2021-2025';
  return plan.kind === 'midyear' ? `${plan.year}H1` : `${plan.year}`;
}

function publishedOf(plan: ReportPlan): string {
  if (plan.kind === 'plan') return '2021-04-20';
  return plan.kind === 'midyear' ? `${plan.year}-08-10` : `${plan.year + 1}-03-15`;
}

/** A review state spread over the facts as a workspace in use has them: most unreviewed, a third accepted, a few rejected. */
function statusOf(n: number): ReviewStatus {
  const k = n % 20;
  return k === 0 ? 'rejected' : k <= 7 ? 'accepted' : 'unreviewed';
}

function reportOf(plan: ReportPlan, index: number, factCount: number, firstFact: number): SyntheticReport {
  const region = REGIONS[plan.region]!;
  const title = titleOf(plan);
  let text = `${title}\n`;
  const facts: NewFact[] = [];
  const statements = statementsOf(plan);
  while (facts.length < factCount) {
    const next = statements.next();
    if (next.done) throw new Error(`${title} has only ${facts.length} statements; ${factCount} were wanted`);
    const s = next.value;
    const sentence = sentenceOf(region, s);
    const start = text.length;
    text += `${sentence}\n`;
    const { name, unit } = INDICATORS[s.indicator]!;
    facts.push({
      indicator: name, measure: s.measure, value: s.value, low: null, high: null, unit: s.measure === 'growth' ? '%' : unit,
      qualifier: s.qualifier, period: s.period, kind: s.kind, region, start, end: start + sentence.length, tier: s.tier,
      quote: sentence, status: statusOf(firstFact + facts.length),
    });
  }
  const document: NewDocument = {
    fileName: `synthetic-${String(index).padStart(3, '0')}.txt`, title, region, period: documentPeriod(plan),
    published: publishedOf(plan), encoding: 'utf-8', originalText: text,
  };
  return { document, facts };
}

/** Every report of the test workspace with its facts; FACT_COUNT facts in all, spread evenly over the reports. */
export function syntheticReports(total = FACT_COUNT): SyntheticReport[] {
  const plans = reportPlans();
  const each = Math.floor(total / plans.length);
  const extra = total - each * plans.length; // the first `extra` reports state one more
  let firstFact = 0;
  return plans.map((plan, i) => {
    const count = each + (i < extra ? 1 : 0);
    const report = reportOf(plan, i, count, firstFact);
    firstFact += count;
    return report;
  });
}

/** The test workspace in the real store (sql.js, Planscope's schema), every report added as an import would add it. */
export function buildSyntheticWorkspace(SQL: SqlJsStatic): Workspace {
  const ws = Workspace.create(SQL, () => '2026-01-01T00:00:00.000Z');
  ws.transaction(() => {
    for (const { document, facts } of syntheticReports()) ws.addFacts(ws.addDocument(document).id, facts);
  });
  return ws;
}
