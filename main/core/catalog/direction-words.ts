// Which way is better for an indicator the catalogue does not list, when its wording says so. Anything else is
// 'unknown', and the scorecard says it cannot judge, instead of assuming that higher is better.
import type { KnownDirection } from './indicators';

export interface DirectionWords {
  id: string;
  direction: KnownDirection;
  pattern: RegExp;
  examples: readonly string[];
}

// Tried in order: the lower-is-better words first, so "不满意度" is not read as "满意度".
export const DIRECTION_WORDS: readonly DirectionWords[] = [
  { id: 'loss-and-accident-rates', direction: 'lower', pattern: /(失业率|死亡率|事故|发生率|不满意度|投诉率|贫困发生率|违法率|犯罪率)/, examples: ['亿元GDP火灾死亡率', '较大事故起数'] },
  // Consumption or emission per unit of output: 万元GDP…, 单位GDP…, …能耗, …排放强度.
  { id: 'use-per-output', direction: 'lower', pattern: /(^(?:万元|单位|每万元)(?:GDP|工业增加值)|能耗|水耗|电耗|排放强度|排放量|排放总量)/, examples: ['单位GDP氮氧化物排放', '万元工业增加值能耗'] },
  { id: 'pollutant-concentration', direction: 'lower', pattern: /浓度$/, examples: ['臭氧浓度', '二氧化氮平均浓度'] },
  { id: 'waiting-time', direction: 'lower', pattern: /(办理时间|办结时间|办理时限|轮候|等待时间|审批时间)/, examples: ['工程建设项目审批时间'] },
  { id: 'quality-and-coverage-rates', direction: 'higher', pattern: /(优良率|达标率|合格率|普及率|覆盖率|参保率|入学率|入园率|巩固率|满意度|处理率|利用率|回收率|预期寿命)$/, examples: ['农村自来水普及率', '政务服务满意度'] },
  // Output, income and jobs of a sector or a firm group: plans always want more of them.
  { id: 'output-income-jobs', direction: 'higher', pattern: /(增加值|总产值|营业收入|利润|就业)(?:增速|增长)?$/, examples: ['数字创意产业增加值', '规模以上文化企业营业收入', '新增就业', '海洋产业增加值增速'] },
  // What a government brings in, fosters or builds: "引进总部企业", "培育专精特新企业", "建成碧道". ("新增…" alone is
  // not here: 新增建设用地 and 新增债务 are kept down.)
  { id: 'attracted-fostered-built', direction: 'higher', pattern: /^(?:引进|培育|认定|新设立?|新建|建成)/, examples: ['引进总部企业', '培育龙头企业', '建成碧道'] },
];

export function directionFromWords(name: string): KnownDirection | 'unknown' {
  return DIRECTION_WORDS.find((w) => w.pattern.test(name))?.direction ?? 'unknown';
}
