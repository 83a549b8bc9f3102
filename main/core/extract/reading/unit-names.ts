// Names the unit or the measure completes: "X占辖区常住人口52%" is X占常住人口比重 (辖区 and 总 add nothing),
// "轮候库有3万户" counts 轮候户数, "开办企业1个工作日内办结" is a handling time. First rule that applies wins.
import type { Measure } from '../../types';
import type { Quantity } from '../numbers';
import { ruleTable, type Rule } from './rule';

interface UnitInput {
  q: Pick<Quantity, 'unit' | 'unitClass'>;
  measure: Measure;
  /** The words before the number. */
  left: string;
  /** The previous number's indicator. */
  before: string;
}

export interface UnitNamingRule extends Rule {
  name(indicator: string, x: UnitInput): string | null;
}

const AREA_UNIT = /^(万?平方(公里|千米|米)|公顷|亩)$/;
const isArea = (x: UnitInput) => AREA_UNIT.test(x.q.unit ?? '');

export const UNIT_NAMING_RULES: readonly UnitNamingRule[] = ruleTable<UnitNamingRule>([
  {
    id: 'unit.task-completion',
    says: '"完成年度X任务N%" is how much of the year\'s X task is done; a bare 完成年度计划 is the previous number\'s.',
    zh: '“完成年度X任务N%”是年度任务完成比例',
    examples: [{ text: '固定资产投资完成全年目标的52.3%。', fact: '固定资产投资完成年度目标比例 52.3' }],
    name(ind, { q, left, before }) {
      const task = q.unitClass === 'percent' && /完成\s*(年度|全年)/.test(left) ? /^(.*?)(?:年度|全年)(.*?)(任务|计划|目标|预算)$/.exec(ind) : null;
      const owner = task ? task[2] || task[1] || before.replace(/占.*$/, '') : '';
      return task && owner ? `${owner}完成年度${task[3]}比例` : null;
    },
  },
  {
    id: 'unit.support-funding',
    says: 'Money put in to support firms is support funding.',
    zh: '投入用于扶持企业的资金是扶持资金',
    examples: [{ text: '全年投入5.2亿元扶持中小企业发展。', fact: '产业扶持资金 5.2' }],
    name: (ind, { q }) => (q.unitClass === 'money' && /^(投入|安排|兑现|拨付)(扶持|支持)/.test(ind) ? '扶持资金' : null),
  },
  {
    id: 'unit.area-of-works',
    says: 'An area of works is that works\' area (建设/改造 already says it was done).',
    zh: '工程的面积就是该工程的建设面积',
    examples: [{ text: '全年完成3平方公里海绵城市建设。', fact: '海绵城市建设面积 3' }],
    name(ind, x) {
      const works = isArea(x) ? /^(?:完成|建成)?(.{2,}(?:建设|改造))$/.exec(ind) : null;
      return works ? works[1]! + '面积' : null;
    },
  },
  {
    id: 'unit.area-added',
    says: 'The area added of a kind of land is its area ("新增绿地12公顷").',
    zh: '新增某类用地的面积',
    examples: [{ text: '新增城市绿地12公顷。', fact: '新增城市绿地面积 12' }],
    name: (ind, x) => (isArea(x) && /^(新增|新建|建成)/.test(ind) && !/(面积|用地|土地|空间|用房|建筑|规模|区)$/.test(ind) ? ind + '面积' : null),
  },
  {
    id: 'unit.area-projects-completed',
    says: 'The area the projects completed ("更新项目共完成38公顷").',
    zh: '项目完成的面积',
    examples: [{ text: '城市更新项目共完成38公顷。', fact: '城市更新项目完成面积 38' }],
    name: (ind, x) => (isArea(x) && /项目$/.test(ind) && /完成\s*$/.test(x.left) ? ind + '完成面积' : null),
  },
  {
    id: 'unit.share-of-total',
    says: 'A share "X占Y" is X占Y比重; 辖区/本区/全区 and 总 before Y add nothing.',
    zh: '“X占Y”是X占Y比重,辖区、总等字不改变含义',
    examples: [{ text: '户籍人口占常住人口38%。', fact: '户籍人口占常住人口比重 38' }],
    name: (ind, { measure }) => (measure === 'share' && /占[\u4e00-\u9fffA-Za-z]+$/.test(ind) && !/(比重|比例|占比|份额)$/.test(ind) ? ind.replace(/占(辖区|本区|全区)?总?/, '占') + '比重' : null),
  },
  {
    id: 'unit.firms-of-industry',
    says: '家 counts an industry\'s firms ("战略性新兴产业总数达537家").',
    zh: '“家”计的是某产业的企业数',
    examples: [{ text: '战略性新兴产业总数达420家。', fact: '战略性新兴产业企业数量 420' }],
    name: (ind, { q }) => (q.unit === '家' && /(产业|行业)(总数|数量|数)$/.test(ind) ? ind.replace(/(产业|行业)(总数|数量|数)$/, '$1企业数量') : null),
  },
  {
    id: 'unit.households-of-register',
    says: 'Households (户) on a register (库) are its household count.',
    zh: '轮候库的“户”是户数',
    examples: [{ text: '公共住房轮候库有2.5万户。', fact: '公共住房轮候户数 2.5' }],
    name: (ind, { q }) => (/户$/.test(q.unit ?? '') && /库$/.test(ind) ? ind.slice(0, -1) + '户数' : null),
  },
  {
    id: 'unit.handling-time',
    says: 'Working days (工作日) measure a handling time.',
    zh: '“工作日”度量的是办理时间',
    examples: [{ text: '企业开办1个工作日内办结。', fact: '企业开办办理时间 1' }],
    name: (ind, { q }) => (/工作日$/.test(q.unit ?? '') && !/(时间|时限|天数|时长|周期)$/.test(ind) ? ind + '办理时间' : null),
  },
]);

/** The first unit rule that completes `indicator`, with its id; the name unchanged and no id when none does. */
export function unitNaming(indicator: string, q: UnitInput['q'], measure: Measure, left = '', before = ''): { name: string; rule: string | null } {
  const x: UnitInput = { q, measure, left, before };
  for (const rule of UNIT_NAMING_RULES) {
    const name = rule.name(indicator, x);
    if (name !== null) return { name, rule: rule.id };
  }
  return { name: indicator, rule: null };
}

export function namedByUnit(indicator: string, q: UnitInput['q'], measure: Measure, left = '', before = ''): string {
  return unitNaming(indicator, q, measure, left, before).name;
}
