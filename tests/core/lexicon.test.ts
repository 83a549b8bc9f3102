// The word lists are data a reviewer reads: no word twice, and longer-first where one spelling begins with another
// (the regexes are alternations tried in order, so "全年目标" must come before "全年" for 全年目标 to win).
import { describe, expect, it } from 'vitest';
import * as regions from '../../main/core/extract/lexicon/regions';
import * as words from '../../main/core/extract/lexicon/words';
import { alternation, onlyOf } from '../../main/core/extract/lexicon/compile';
import { readLeft } from '../../main/core/extract/phrase';
import { COUNT_VERB, GROWTH_VERB, LEADING_FILLERS, LINK_WORDS, PRE_QUALIFIERS, WORKS } from '../../main/core/extract/words';

const lists = (module: Record<string, unknown>) =>
  Object.entries(module).filter((e): e is [string, readonly string[]] => Array.isArray(e[1]) && e[1].every((w) => typeof w === 'string'));

const allLists = [...lists(words), ...lists(regions)];

describe('word lists', () => {
  it('has the lists it should (a renamed or emptied list fails here)', () => {
    expect(allLists.map(([name]) => name)).toEqual(expect.arrayContaining(['COUNT_VERBS', 'LINK_WORDS', 'RATE_HEADS', 'WORKS_WORDS', 'PLACE_PARTS', 'CITIES', 'NOT_A_PLACE_STEMS']));
    for (const [name, list] of allLists) expect(list.length, name).toBeGreaterThan(0);
  });

  it.each(allLists)('%s has no word twice', (_name, list) => {
    const seen = new Set<string>();
    const twice = list.filter((w) => (seen.has(w) ? true : (seen.add(w), false)));
    expect(twice).toEqual([]);
  });

  it.each(allLists)('%s lists a word before any word it begins with', (_name, list) => {
    const misplaced = list.flatMap((w, i) => list.slice(0, i).filter((earlier) => w.startsWith(earlier)).map((earlier) => `${earlier} before ${w}`));
    expect(misplaced).toEqual([]);
  });

  it('has no empty or padded word', () => {
    for (const [name, list] of allLists) for (const w of list) expect(w, name).toMatch(/^\S+$/);
  });

  it('knows every provincial-level division once, by full name, short name and abbreviation', () => {
    expect(regions.PROVINCES).toHaveLength(34);
    for (const key of ['name', 'short', 'abbr'] as const) expect(new Set(regions.PROVINCES.map((p) => p[key])).size).toBe(34);
    for (const p of regions.PROVINCES) expect(p.name.startsWith(p.short)).toBe(true);
  });

  it('lists no city that is also a province\'s short name', () => {
    const shorts = new Set(regions.PROVINCES.map((p) => p.short));
    expect(regions.CITIES.filter((c) => shorts.has(c))).toEqual([]);
  });
});

describe('compiled regexes keep their readings', () => {
  it('escapes nothing a word means literally', () => {
    expect(new RegExp(`^(${alternation(['a.b'])})$`).test('axb')).toBe(false);
  });
  it('reads a run of counting verbs as one ("累计引进", "新增建成")', () => {
    expect(COUNT_VERB.test('累计引进')).toBe(true);
    expect(COUNT_VERB.test('新增建成')).toBe(true);
    expect(COUNT_VERB.test('引进人才')).toBe(false);
    expect(onlyOf(['甲', '乙']).test('甲乙甲')).toBe(true);
  });
  it('takes the whole growth verb at the end ("比上年增长", not just 增长)', () => {
    expect(GROWTH_VERB.exec('地区生产总值比上年增长')?.[0]).toBe('比上年增长');
    expect(LINK_WORDS.exec('总量分别达到')?.[0]).toBe('分别达到');
  });
  it('strips a whole opener first ("全年目标" before "全年"; a month range before a month)', () => {
    expect(LEADING_FILLERS.exec('全年目标任务')?.[0]).toBe('全年目标');
    expect(LEADING_FILLERS.exec('1-6月累计')?.[0]).toBe('1-6月');
  });
  it('reads works\' progress as works, but a rate named after works as a rate of the region', () => {
    expect(WORKS.test('地铁建设')).toBe(true);
    // Real phrases: GitHub yqcao/China-Fiscal-Data data/prov-reports/text/2026_GD.txt.
    expect(WORKS.test('行政村通双车道公路覆盖率')).toBe(false);
    expect(WORKS.test('农村规模化供水工程覆盖人口比例')).toBe(false);
  });
  it('drops a time word written between the indicator and its verb', () => {
    // Real phrase: https://huaxiataike.com/news/48515.html (宝安区 2024 年计划, ../shared/real-reports).
    expect(readLeft('社消零总额预计全年实现', '宝安区').subject).toBe('社消零总额');
    expect(readLeft('规上工业增加值全年增长', '宝安区')).toMatchObject({ subject: '规上工业增加值', growth: true });
    expect(readLeft('全年', '宝安区').subject).toBe('');
  });
  it('does not read the 约 of 签约 as about', () => {
    const approx = PRE_QUALIFIERS.find(([, q]) => q === 'approx')![0];
    expect(approx.test('签约')).toBe(false);
    expect(approx.test('投资约')).toBe(true);
  });
});
