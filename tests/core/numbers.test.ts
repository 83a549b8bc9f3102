// The quantity scanner (main/core/extract/numbers.ts): each of its named rules reads its own examples, and the
// unit lexicon (units.ts) is well formed. Example sentences are made up unless a source is cited.
import { describe, expect, it } from 'vitest';
import { findQuantities, SCAN_RULES, type Quantity, unitClassOf } from '../../main/core/extract/numbers';
import { readChineseNumeral } from '../../main/core/extract/numerals';
import { UNIT_SPELLINGS } from '../../main/core/extract/units';

/** "span=value unit": a range as low..high, more-than as "+", an ignored unit marked. */
function describeQuantity(text: string, q: Quantity): string {
  const value = q.low !== null ? `${q.low}..${q.high}` : String(q.value);
  return `${text.slice(q.start, q.end)}=${value}${q.more ? '+' : ''}${q.unit ? ' ' + q.unit : ''}${q.unitClass === 'ignore' ? ' ignore' : ''}`;
}
const reads = (text: string) => findQuantities(text).map((q) => describeQuantity(text, q));

describe('scanner rules', () => {
  it('have unique ids and at least one example each', () => {
    expect(new Set(SCAN_RULES.map((r) => r.id)).size).toBe(SCAN_RULES.length);
    for (const r of SCAN_RULES) expect(r.examples.length, r.id).toBeGreaterThan(0);
  });
  for (const rule of SCAN_RULES) {
    it(`${rule.id}: ${rule.says}`, () => {
      for (const [text, expected] of rule.examples) expect(reads(text), text).toEqual(expected);
    });
  }
});

describe('the unit lexicon', () => {
  it('spells each unit once, longest first', () => {
    const spellings = UNIT_SPELLINGS.map((u) => u.spelling);
    expect(new Set(spellings).size).toBe(spellings.length);
    for (let i = 1; i < spellings.length; i++) expect(spellings[i - 1]!.length).toBeGreaterThanOrEqual(spellings[i]!.length);
  });
  it('gives every magnitude its scale', () => {
    const of = (s: string) => UNIT_SPELLINGS.find((u) => u.spelling === s);
    expect(of('万吨')).toMatchObject({ unit: '万吨', cls: 'measure', scale: 1e4 });
    expect(of('万亿元')).toMatchObject({ unit: '万亿元', cls: 'money', scale: 1e12 });
    expect(of('成')).toMatchObject({ unit: '%', cls: 'percent', factor: 10 });
    expect(of('％')).toMatchObject({ unit: '%' });
  });
  // Units of the national statistical bulletin (2023, quoted by
  // http://partsforchinesescooters.com/ProdImages/SQLzq.php?3PLxd=2VQH.html; 2017, https://m.chinaspv.com.cn/news/35160.html;
  // 2018, http://politics.people.com.cn/n1/2019/0805/c1001-31277169.html).
  it.each([
    ['全年粮食产量69541万吨', '69541万吨=69541 万吨'],
    ['全年粮食种植面积11897万公顷', '11897万公顷=11897 万公顷'],
    ['全年生猪出栏72662万头', '72662万头=72662 万头'],
    ['全年木材产量11944万立方米', '11944万立方米=11944 万立方米'],
    ['规模以上港口集装箱吞吐量23680万标准箱', '23680万标准箱=23680 万标准箱'],
    ['货物运输总量479亿吨', '479亿吨=479 亿吨'],
    ['快递业务量400.6亿件', '400.6亿件=400.6 亿件'],
    ['全国粮食总产量为13158亿斤', '13158亿斤=13158 亿斤'],
    ['旅客运输总量185.1亿人次', '185.1亿人次=185.1 亿人次'],
    ['货物运输周转量196130亿吨公里', '196130亿吨公里=196130 亿吨公里'],
  ])('reads %s', (text, expected) => expect(reads(text)).toEqual([expected]));
  // Made-up sentences in the wording of provincial and county reports.
  it.each([
    ['装机容量达1.2亿千瓦', '1.2亿千瓦=1.2 亿千瓦'],
    ['全社会用电量850亿千瓦时', '850亿千瓦时=850 亿千瓦时'],
    ['新能源汽车产量45万辆', '45万辆=45 万辆'],
    ['改造老旧小区3.2万户', '3.2万户=3.2 万户'],
    ['高标准农田5万亩', '5万亩=5 万亩'],
    ['接待游客1200万人次', '1200万人次=1200 万人次'],
    ['实际利用外资12.5亿美元', '12.5亿美元=12.5 亿美元'],
    ['比上年提高1.2个百分点', '1.2个百分点=1.2 个百分点'],
    ['比上年提高0.5百分点', '0.5百分点=0.5 个百分点'],
    ['PM2.5平均浓度18微克/立方米', '18微克/立方米=18 微克/立方米'],
    ['万元GDP能耗0.35吨标准煤/万元', '0.35吨标准煤/万元=0.35 吨标准煤/万元'],
    ['每千人口床位数6.5张/千人', '6.5张/千人=6.5 张/千人'],
  ])('reads %s', (text, expected) => expect(reads(text)).toEqual([expected]));
  // Guangdong's 2026 government work report (https://www.gd.gov.cn/gkmlpt/content/4/4851/post_4851130.html).
  it.each([
    ['4386万名异地务工人员在粤稳定就业', '4386万名=4386 万名'],
    ['家禽年出栏量分别稳定在13.5亿只以上', '13.5亿只=13.5 亿只'],
    ['“粤车北上”、“粤车南下”累计832万辆次', '832万辆次=832 万辆次 ignore'],
    ['生活垃圾总处理能力提高到16.9万吨/日', '16.9万吨/日=16.9 万吨/日'],
    ['民生类支出占一般公共预算支出7成以上', '7成=70 %'],
  ])('reads %s', (text, expected) => expect(reads(text)).toEqual([expected]));
  // County bulletins (https://www.qdndz.gov.cn/zwgk/zfsj/tjxx/tjgb/202303/t20230321_78642252.html, http://111.229.73.81/look/Statslisth?Id=7265).
  it.each([
    ['年末家禽存栏51313百羽', '51313百羽=51313 百羽'],
    ['年末全县农业机械总动力65.44万千瓦', '65.44万千瓦=65.44 万千瓦'],
    ['有效灌溉面积56.65万亩', '56.65万亩=56.65 万亩'],
    ['烤烟种植面积 94公顷', '94公顷=94 公顷'],
    ['全县地区生产总值244394万元', '244394万元=244394 万元'],
  ])('reads %s', (text, expected) => expect(reads(text)).toEqual([expected]));
  it.each([
    ['新建厂房12万㎡', '12万㎡=12 万平方米'],
    ['光伏装机500 MW', '500 MW=500 兆瓦'],
    ['完成59km管网改造', '59km=59 公里'],
    ['微型计算机设备产量320万台', '320万台=320 万台'],
  ])('reads %s (made up)', (text, expected) => expect(reads(text)).toEqual([expected]));
  it('classes a unit written on its own (a table\'s 单位 column)', () => {
    expect(unitClassOf('万人/平方公里')).toBe('measure');
    expect(unitClassOf('元/人')).toBe('measure');
    expect(unitClassOf('万吨')).toBe('measure');
    expect(unitClassOf('亿元')).toBe('money');
    expect(unitClassOf('万户')).toBe('count');
    expect(unitClassOf('个百分点')).toBe('percent');
    expect(unitClassOf('台套')).toBe('measure');
  });
});

describe('Chinese numerals', () => {
  it.each([
    ['十二', 12], ['二十', 20], ['一百零五', 105], ['三千', 3000], ['三千五', 3500], ['两万', 20000], ['两万五', 25000],
    ['一百一十', 110], ['三点五', 3.5], ['千', 1000],
  ])('reads %s as %d', (written, value) => expect(readChineseNumeral(written)).toBe(value));
  it.each(['十四五', '三五', '二〇二五', '百千', '点五', '三点'])('refuses %s (a plan name, a pair, a year, no number)', (written) => {
    expect(readChineseNumeral(written)).toBeNull();
  });
});

describe('quantities in running text', () => {
  it('keeps each number of a copied list to its own span', () => {
    const text = '三次产业增加值分别增长3.1%4.6%5.9%';
    expect(findQuantities(text).map((q) => [q.start, q.end])).toEqual([[11, 15], [15, 19], [19, 23]]);
  });
  it('reads a percent that runs into the next clause up to its unit', () => {
    const text = '第三产业增加值增长5.5%规模以上工业增加值增长7.5%';
    expect(reads(text)).toEqual(['5.5%=5.5 %', '7.5%=7.5 %']);
  });
  it('does not turn list openers, quarters and plan names into numbers', () => {
    expect(reads('一是一季度“十四五”期间第一批三个一百工程')).toEqual([]);
  });
});

describe('hostile input', () => {
  it('reads a list of a hundred thousand members without overflowing the stack', () => {
    expect(findQuantities('1、'.repeat(100000) + '1%').length).toBe(100001);
  });
  it('reads long runs of numerals and magnitudes as nothing', () => {
    expect(findQuantities('一'.repeat(100000) + '个' + '万'.repeat(100000))).toEqual([]);
  });
});
