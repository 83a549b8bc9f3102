// Reading one cell of a colleague's sheet as a number, period, kind, measure or qualifier. Refusals say what
// to write instead ("'约6%' is not a number; write 6 and set qualifier approx"), because the person fixing the
// sheet is an economist, not a programmer.
import { readPeriodText, type FactKind, type Measure, type Qualifier, type ReviewStatus } from '../types';

export type CellValue = string | number | null;
export type Read<T> = { ok: true; value: T } | { ok: false; why: string };

const ok = <T>(value: T): Read<T> => ({ ok: true, value });
const no = <T>(why: string): Read<T> => ({ ok: false, why });

export function isBlank(v: CellValue | undefined): boolean {
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

export function cellText(v: CellValue | undefined): string {
  return v === null || v === undefined ? '' : String(v).trim();
}

const NUMBER = /^[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/;
const QUALIFIER_WORDS: [RegExp, Qualifier][] = [
  [/^(约|大约|近|接近)|左右$/, 'approx'],
  [/以上$|^(超过|高于|不低于|不少于|至少)/, 'at_least'],
  [/(以内|以下)$|^(低于|不超过|不高于)/, 'at_most'],
];

/** A number as written in a cell: 6, "6", "1,234.5". Anything else is refused with a hint. */
export function readNumber(v: CellValue): Read<number> {
  if (typeof v === 'number') return Number.isFinite(v) ? ok(v) : no(`'${v}' is not a finite number`);
  const s = cellText(v).replace(/\s+/g, '');
  if (NUMBER.test(s)) return ok(Number(s.replace(/,/g, '')));
  return no(numberHint(cellText(v)));
}

function numberHint(raw: string): string {
  let core = raw.replace(/\s+/g, '');
  const fixes: string[] = [];
  for (const [re, q] of QUALIFIER_WORDS) {
    if (re.test(core)) {
      core = core.replace(re, '');
      fixes.push(`set qualifier ${q}`);
    }
  }
  const range = /^([+-]?\d+(?:\.\d+)?)%?[-—~～至到]([+-]?\d+(?:\.\d+)?)%?$/.exec(core);
  // A % sign needs no hint: percentages are stored as numbers of percent, in a column whose unit says %.
  core = core.replace(/%$/, '');
  if (range) return `'${raw}' is not a number; write low ${range[1]} and high ${range[2]} and set qualifier range`;
  const unit = /^([+-]?\d+(?:\.\d+)?)(亿元|万元|元|万人|人|家|个|亿美元|万吨|吨)$/.exec(core);
  if (unit) return `'${raw}' is not a number; write ${unit[1]} and set unit ${unit[2]}${fixes.length ? ' and ' + fixes.join(' and ') : ''}`;
  if (NUMBER.test(core) && fixes.length) return `'${raw}' is not a number; write ${core.replace(/,/g, '')} and ${fixes.join(' and ')}`;
  return `'${raw}' is not a number; write digits only (for example 6 or 194.7)`;
}

/** A period: 2024, "2024", "2024H1", "2024年", "2024年上半年", "2016-2020". */
export function readPeriod(v: CellValue): Read<string> {
  if (typeof v === 'number') return Number.isInteger(v) && v >= 1900 && v <= 2200 ? ok(String(v)) : no(`'${v}' is not a period; write a year such as 2024, or 2024H1 for a half-year`);
  const p = readPeriodText(cellText(v));
  if (p) return ok(p);
  return no(`'${cellText(v)}' is not a period; write a year such as 2024, 2024H1 or 2024H2 for half-years, 2024Q1 for quarters, or 2016-2020 for a span`);
}

/** Own keys only: a cell saying "constructor" or "__proto__" must not find Object.prototype's members. */
function lookup<T>(table: Record<string, T>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

const KINDS: Record<string, FactKind> = {
  actual: 'actual', 实际: 'actual', 完成: 'actual', 实绩: 'actual',
  estimate: 'estimate', 预计: 'estimate', 估计: 'estimate', 初步预计: 'estimate',
  target: 'target', 目标: 'target', 计划: 'target', 力争: 'target',
};
export function readKind(v: CellValue): Read<FactKind> {
  const k = lookup(KINDS, cellText(v).toLowerCase());
  return k ? ok(k) : no(`'${cellText(v)}' is not a kind; write actual (实际), estimate (预计) or target (目标)`);
}

const MEASURES: Record<string, Measure> = {
  level: 'level', 总量: 'level', 绝对值: 'level', 数值: 'level',
  growth: 'growth', 增速: 'growth', 增长: 'growth', 同比增长: 'growth',
  share: 'share', 比重: 'share', 占比: 'share',
  rate: 'rate', 率: 'rate', 比率: 'rate',
  count: 'count', 数量: 'count', 个数: 'count',
  change: 'change', 变动: 'change', 变化: 'change',
};
export function readMeasure(v: CellValue): Read<Measure> {
  const m = lookup(MEASURES, cellText(v).toLowerCase());
  return m ? ok(m) : no(`'${cellText(v)}' is not a measure; write level (总量), growth (增速), share (比重), rate, count or change`);
}

const QUALIFIERS: Record<string, Qualifier> = {
  exact: 'exact', 准确: 'exact', 精确: 'exact', approx: 'approx', 左右: 'approx', 约: 'approx', at_least: 'at_least', 以上: 'at_least', 不低于: 'at_least',
  at_most: 'at_most', 以内: 'at_most', 不超过: 'at_most', range: 'range', 区间: 'range', more_than: 'more_than', 超过: 'more_than',
};
export function readQualifier(v: CellValue): Read<Qualifier> {
  const q = lookup(QUALIFIERS, cellText(v).toLowerCase());
  return q ? ok(q) : no(`'${cellText(v)}' is not a qualifier; write exact (准确), approx (左右), at_least (以上), at_most (以内), range (区间) or more_than (超过)`);
}

const STATUSES: Record<string, ReviewStatus> = {
  unreviewed: 'unreviewed', 待审核: 'unreviewed', 未审核: 'unreviewed', accepted: 'accepted', 已采纳: 'accepted', 已接受: 'accepted', rejected: 'rejected', 已驳回: 'rejected', 已拒绝: 'rejected',
};
/** A review status; anything else is read as unreviewed (a colleague's sheet has not been reviewed here). */
export function readStatus(v: CellValue): ReviewStatus {
  return lookup(STATUSES, cellText(v).toLowerCase()) ?? 'unreviewed';
}
