// The unit lexicon: every unit a report writes after a number, with its class, as data.
// Units of the national statistical system and of provincial, city and county reports and bulletins, e.g. the
// national bulletin's "粮食产量69541万吨", "种植面积11897万公顷", "生猪出栏72662万头", "木材产量11944万立方米",
// "集装箱吞吐量23680万标准箱", "旅客运输总量185.1亿人次", "快递业务量400.6亿件", "粮食总产量13158亿斤",
// "全员劳动生产率107327元/人" (quoted by http://partsforchinesescooters.com/ProdImages/SQLzq.php?3PLxd=2VQH.html,
// https://m.chinaspv.com.cn/news/35160.html, http://politics.people.com.cn/n1/2019/0805/c1001-31277169.html,
// https://m.iverstown.com/Article/news/politics/2019-03-02/193948.html).
//
// A unit is a base unit ("吨") or a magnitude of it ("万吨", "亿吨"): each base lists the magnitudes reports put
// before it, so "万标准箱" is known because 标准箱 takes 万. Units with a '/' ("元/人", "人/10万人") are read by
// the per-unit rule in numbers.ts from two units of this lexicon.

/** `pure`: a number without a unit that a rate's name makes a fact ("亿元GDP死亡率预计达0.0075"). */
export type UnitClass = 'percent' | 'money' | 'measure' | 'count' | 'pure' | 'ignore';

export interface UnitSpelling {
  /** As written after the number. */
  spelling: string;
  /** As a fact carries it ("％" is carried as "%", "成" as "%"). */
  unit: string;
  cls: UnitClass;
  /** The number is multiplied by this to be in `unit`: "七成" is 70 %. */
  factor: number;
  /** How many base units one of this unit is ("万吨": 10000 吨); 1 for a base unit. */
  scale: number;
}

export const MAGNITUDE: Readonly<Record<string, number>> = { 万: 1e4, 亿: 1e8, 万亿: 1e12 };

interface Base {
  unit: string;
  cls: UnitClass;
  /** Magnitudes written before it ("万" for 万吨). */
  takes?: readonly (keyof typeof MAGNITUDE)[];
  /** Other spellings of the same unit. */
  also?: readonly string[];
  factor?: number;
}

const MONEY: readonly Base[] = [
  { unit: '元', cls: 'money', takes: ['万', '亿', '万亿'] },
  { unit: '美元', cls: 'money', takes: ['万', '亿'] },
  { unit: '欧元', cls: 'money', takes: ['万', '亿'] },
  { unit: '港元', cls: 'money', takes: ['万', '亿'] },
];

const PERCENT: readonly Base[] = [
  { unit: '%', cls: 'percent', also: ['％'] },
  { unit: '‰', cls: 'percent' },
  { unit: '个百分点', cls: 'percent', also: ['百分点'] },
];

// Lengths, areas, volumes, weights, energy, containers, ages and durations of service: levels of an indicator.
const MEASURE: readonly Base[] = [
  // Units written in symbols are carried in Chinese, so that rules about 公里 or 平方米 also see "59km", "12万㎡".
  { unit: '平方米', cls: 'measure', takes: ['万', '亿'], also: ['㎡', 'm²', 'm2'] },
  { unit: '平方公里', cls: 'measure', takes: ['万'], also: ['km²', '㎢'] },
  { unit: '立方米', cls: 'measure', takes: ['万', '亿'], also: ['m³'] },
  { unit: '公顷', cls: 'measure', takes: ['万'] },
  { unit: '亩', cls: 'measure', takes: ['万', '亿'] },
  { unit: '公里', cls: 'measure', takes: ['万'], also: ['km', '㎞'] },
  { unit: '千米', cls: 'measure' },
  { unit: '吨', cls: 'measure', takes: ['万', '亿'] },
  { unit: '吨标准煤', cls: 'measure', takes: ['万'] },
  { unit: '吨公里', cls: 'measure', takes: ['万', '亿'] },
  { unit: '斤', cls: 'measure', takes: ['万', '亿'] },
  { unit: '公斤', cls: 'measure', takes: ['万'] },
  { unit: '千瓦', cls: 'measure', takes: ['万', '亿'], also: ['kW'] },
  { unit: '千瓦时', cls: 'measure', takes: ['万', '亿'], also: ['kWh'] },
  { unit: '兆瓦', cls: 'measure', also: ['MW'] },
  { unit: '标箱', cls: 'measure', takes: ['万'] },
  { unit: '标准箱', cls: 'measure', takes: ['万'] },
  // One unit for PM2.5/PM10 however the report writes it (the catalogue's 微克/立方米), so a briefing does not
  // show one indicator in two units.
  { unit: '微克/立方米', cls: 'measure', also: ['μg/m³', 'μg/m3', 'µg/m³', 'µg/m3', 'ug/m3', 'ug/m³'] },
  { unit: '米', cls: 'measure', takes: ['万', '亿'] },
  { unit: '吉瓦', cls: 'measure', also: ['GW'] },
  { unit: '岁', cls: 'measure' },
  { unit: '个工作日', cls: 'measure' },
];

// Things counted: firms, people, households, places, vehicles, livestock. Whether a count is an indicator of
// the region is judged by the words around it (judge.keepCount), not here.
const COUNT: readonly Base[] = [
  { unit: '人', cls: 'count', takes: ['万', '亿'] },
  // Visits: tourist arrivals and passenger traffic are statistics of the region ("接待游客9.6亿人次", "旅客运输总量185.1亿
  // 人次"); the visits of one programme ("培训超30万人次") are not (judge.keepCount).
  { unit: '人次', cls: 'count', takes: ['万', '亿'] },
  { unit: '名', cls: 'count', takes: ['万'] },
  { unit: '户', cls: 'count', takes: ['万'] },
  { unit: '家', cls: 'count', takes: ['万'] },
  { unit: '个', cls: 'count', takes: ['万'] },
  { unit: '套', cls: 'count', takes: ['万'] },
  { unit: '张', cls: 'count', takes: ['万'] },
  { unit: '座', cls: 'count', takes: ['万'] },
  { unit: '所', cls: 'count' },
  { unit: '件', cls: 'count', takes: ['万', '亿'] },
  { unit: '位', cls: 'count' },
  { unit: '辆', cls: 'count', takes: ['万'] },
  { unit: '头', cls: 'count', takes: ['万', '亿'] },
  { unit: '只', cls: 'count', takes: ['万', '亿'] },
  // Poultry in county bulletins: "年末家禽存栏51313百羽".
  { unit: '羽', cls: 'count', takes: ['万'] },
  { unit: '百羽', cls: 'count' },
  // Industrial output in bulletins: "微型计算机设备 xx万台", "集成电路 xx亿块", ships and aircraft.
  { unit: '台', cls: 'count', takes: ['万', '亿'] },
  { unit: '块', cls: 'count', takes: ['万', '亿'] },
  { unit: '艘', cls: 'count' },
  { unit: '架', cls: 'count' },
];

// Counted things that are never indicators of the region (projects, meetings, rounds, visits served by one
// programme), multiples (倍: "增长1.5倍" is no growth in %), and durations and dates. Read so that their
// numbers are consumed and not read again as something else ("2021-2025年" is no 2025).
const IGNORED: readonly Base[] = [
  // Trips of vehicles, ships and aircraft across a port: "累计832万辆次".
  ...['辆次', '艘次', '架次'].map((unit): Base => ({ unit, cls: 'ignore', takes: ['万'] })),
  ...['项', '场', '次', '条', '批', '支', '期', '轮', '届', '倍', '例', '类', '种', '间', '栋'].map((unit): Base => ({ unit, cls: 'ignore' })),
  ...['年', '月', '日', '天', '周', '小时', '分钟'].map((unit): Base => ({ unit, cls: 'ignore' })),
];

// Shares in tenths: "近六成", "7成以上" are 60 % and 70 %.
const TENTHS: Base = { unit: '%', cls: 'percent', also: ['成'], factor: 10 };

function spellingsOf(base: Base): UnitSpelling[] {
  const factor = base.factor ?? 1;
  const out: UnitSpelling[] = [];
  if (base !== TENTHS) out.push({ spelling: base.unit, unit: base.unit, cls: base.cls, factor, scale: 1 });
  for (const other of base.also ?? []) out.push({ spelling: other, unit: base.unit, cls: base.cls, factor, scale: 1 });
  for (const m of base.takes ?? []) {
    out.push({ spelling: m + base.unit, unit: m + base.unit, cls: base.cls, factor, scale: MAGNITUDE[m]! });
    for (const other of base.also ?? []) out.push({ spelling: m + other, unit: m + base.unit, cls: base.cls, factor, scale: MAGNITUDE[m]! });
  }
  return out;
}

/** Every spelling, longest first, so "万平方米" wins over "万" and "平方米". */
export const UNIT_SPELLINGS: readonly UnitSpelling[] = [...MONEY, ...PERCENT, ...MEASURE, ...COUNT, ...IGNORED, TENTHS]
  .flatMap(spellingsOf)
  .sort((a, b) => b.spelling.length - a.spelling.length);

// Units by their first character, longest first, so a lookup tries a few spellings, not a hundred. Keyed by code
// unit: every number of a report asks, and `text[at]` would make a new one-character string each time.
const BY_FIRST = new Map<number, UnitSpelling[]>();
for (const u of UNIT_SPELLINGS) {
  const list = BY_FIRST.get(u.spelling.charCodeAt(0)) ?? [];
  list.push(u);
  BY_FIRST.set(u.spelling.charCodeAt(0), list);
}

// 成 is a share only after a number; "成本", "成果", "成员", "成为", "成立", "成功", "成交", "成效", "成绩", "成都",
// and the idiom "一成不变" are words of their own.
const NOT_TENTHS = /^成[本果员为立功交效绩都型熟长不]/;

/** The unit spelled at text[at], longest spelling first. */
export function unitSpelledAt(text: string, at: number): UnitSpelling | null {
  for (const u of BY_FIRST.get(text.charCodeAt(at)) ?? []) {
    if (!text.startsWith(u.spelling, at)) continue;
    if (u.spelling === '成' && NOT_TENTHS.test(text.slice(at, at + 2))) return null;
    // "迈上千亿台阶": 台阶 is the milestone word (numbers.ts MILESTONE), not 亿台 of machines.
    if (u.spelling.endsWith('台') && text[at + u.spelling.length] === '阶') continue;
    return u;
  }
  return null;
}
