// Public finance: revenue, tax, spending and debt, as budget reports and work reports state them.
// Sources: 财政部 annual releases《XXXX年财政收支情况》(gks.mof.gov.cn) (一般公共预算收入/支出, 税收收入, 政府性基金预算收入); 财政部 地方政府债务 statistics and 国务院
// 《关于加强地方政府性债务管理的意见》(国发〔2014〕43号) for 债务率 (debt over available revenue: lower is safer);
// Fujian county reports for 一般公共预算总收入 and 财政总收入, which add the revenue shared upwards and are not
// 地方一般公共预算收入 (e.g. 长乐区 2021 计划报告, http://www.fzcl.gov.cn/xjwz/zwgk/ghjh/fzgh/202103/t20210304_4042405.htm).
import type { IndicatorEntry } from '../indicators';
import { e } from './entry';

export const FISCAL_INDICATORS: readonly IndicatorEntry[] = [
  // ../shared/gold/SCHEMA.md: 地方一般公共预算收入 is this indicator. A district's 本级 revenue is its 地方级 revenue.
  e('一般公共预算收入', '亿元', 'higher', 'flow', ['地方一般公共预算收入', '辖区一般公共预算收入', '公共财政预算收入', '地方公共财政预算收入', '一般公共财政预算收入', '地方一般公共财政预算收入', '一般预算收入',
    '地方财政一般预算收入', '区级一般公共预算收入', '本级一般公共预算收入', '地方级一般公共预算收入', '一般公共预算地方本级收入', '地方一般公共预算本级收入',
    '一般公共预算本级收入', '地方一般公共预算收入(本级)']),
  // Revenue collected in the area including the central and provincial shares: a different, larger statistic.
  e('一般公共预算总收入', '亿元', 'higher', 'flow', []),
  e('财政总收入', '亿元', 'higher', 'flow', []),
  e('税收收入', '亿元', 'higher', 'flow', ['辖区税收收入', '税收总额', '辖区税收', '全口径税收收入', '税收总收入', '各项税收', '各项税收收入',
    // 地方 as in 地方一般公共预算收入: the local-level tax revenue, which is what a county or district report calls 税收收入.
    '地方税收收入', '地方税收']),
  e('非税收入', '亿元', 'neutral', 'flow', []),
  e('一般公共预算支出', '亿元', 'neutral', 'flow', ['地方一般公共预算支出', '一般公共预算支出总额', '公共财政预算支出']),
  e('民生类支出占一般公共预算支出比重', '%', 'higher', 'ratio', ['民生支出占一般公共预算支出比重', '民生类支出占比', '民生支出占比']),
  e('政府性基金预算收入', '亿元', 'neutral', 'flow', ['政府性基金收入']),
  e('政府债务率', '%', 'lower', 'ratio', ['地方政府债务率', '政府性债务率', '债务率']),
  e('政府债务余额', '亿元', 'lower', 'stock', ['地方政府债务余额', '政府性债务余额']),
  e('地方政府专项债发行额', '亿元', 'neutral', 'flow', ['发行地方政府专项债', '发行专项债', '专项债发行额', '地方政府专项债券发行额']),
  e('区政府投资', '亿元', 'higher', 'flow', ['政府投资', '区级政府投资']),
];
