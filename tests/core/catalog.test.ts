import { describe, expect, it } from 'vitest';
import { canonicalIndicator, DIRECTION_WORDS, indicatorInfo, INDICATORS, JOINT_NAMES, jointParts, NAME_TRIMS, seedCatalog } from '../../main/core/catalog';
import { Workspace } from '../../main/core/store/workspace';
import { loadSqlJs } from '../../main/sqljs';

describe('indicator catalogue', () => {
  it.each([
    ['地方一般公共预算收入', '一般公共预算收入'], ['全社会固定资产投资', '固定资产投资'], ['本地区生产总值', '地区生产总值'],
    ['经济总量', '地区生产总值'], ['GDP', '地区生产总值'], ['万元 GDP 水耗', '万元GDP水耗'], ['PM_{2.5}累计平均浓度', 'PM2.5浓度'],
  ])('%s → %s', (alias, name) => expect(canonicalIndicator(alias)).toBe(name));

  it.each([
    ['服务业占比', '服务业增加值占GDP比重'], ['战新产业占GDP比重', '战略性新兴产业增加值占GDP比重'], ['新增国高企业', '新增国家高新技术企业'],
    ['全社会研发支出占全市比重', '全社会研发投入占全市比重'], ['战新产业增加值占全市战新产业增加值比重', '战略性新兴产业增加值占全市比重'],
    ['建设筹集保障房和人才房', '人才住房和保障性住房建设筹集'], ['新增人力资源企业', '新增人力资源服务企业'], ['新增海绵城市面积', '海绵城市建设面积'],
    ['超充场站', '超充站'], ['每千名户籍老人床位数', '每千名户籍老人养老床位数'],
    ['万元地区生产总值水耗', '万元GDP水耗'], ['单位地区生产总值能耗', '万元GDP能耗'], ['金融业增加值占地区生产总值比重', '金融业增加值占GDP比重'],
    ['社零', '社会消费品零售总额'], ['CPI', '居民消费价格'], ['新增高新技术企业', '新增国家高新技术企业'], ['引入低空经济企业', '引进低空经济企业'], ['新引进总部企业', '引进总部企业'],
  ])('composes %s → %s', (written, name) => expect(canonicalIndicator(written)).toBe(name));

  it('keeps unknown names as written (tidied)', () => {
    expect(canonicalIndicator('新增 学位')).toBe('新增学位');
  });
  it('knows direction, unit and flow/stock', () => {
    expect(indicatorInfo('城镇登记失业率')).toMatchObject({ direction: 'lower', flowStock: 'ratio', known: true });
    expect(indicatorInfo('万元GDP电耗')).toMatchObject({ direction: 'lower', unit: '千瓦时' });
    expect(indicatorInfo('社会消费品零售总额')).toMatchObject({ direction: 'higher', unit: '亿元', flowStock: 'flow' });
    expect(indicatorInfo('亿元GDP火灾死亡率')).toMatchObject({ known: false, direction: 'lower' });
  });

  // Example sentences' names in this block are made up in the form of national and provincial plan reports.
  it('every name and alias of an entry comes back as that entry, and no spelling is claimed by two entries', () => {
    const owner = new Map<string, string>();
    for (const entry of INDICATORS) {
      for (const spelling of [entry.name, ...entry.aliases]) {
        expect(canonicalIndicator(spelling), spelling).toBe(entry.name);
        const claimed = owner.get(spelling);
        expect(claimed === undefined || claimed === entry.name, `${spelling}: ${claimed} and ${entry.name}`).toBe(true);
        owner.set(spelling, entry.name);
      }
    }
    expect(INDICATORS.length).toBeGreaterThan(150);
  });

  it.each([
    ['城镇调查失业率', '城镇登记失业率'], ['居民人均可支配收入', '城镇居民人均可支配收入'], ['居民人均可支配收入', '农村居民人均可支配收入'],
    ['城镇居民人均可支配收入', '农村居民人均可支配收入'], ['规模以上工业增加值', '工业增加值'], ['固定资产投资', '工业投资'],
    ['一般公共预算收入', '一般公共预算总收入'], ['一般公共预算收入', '财政总收入'], ['每万人发明专利拥有量', '每万人口高价值发明专利拥有量'],
    ['农村居民人均可支配收入', '农民人均纯收入'], ['规模以上工业增加值', '规模以上工业总产值'], ['第一产业增加值', '农林牧渔业总产值'],
    ['外贸进出口总额', '服务贸易总额'], ['出口总额', '外贸进出口总额'],
  ])('keeps %s and %s apart: different statistics', (a, b) => {
    expect(canonicalIndicator(a)).toBe(a);
    expect(canonicalIndicator(b)).toBe(b);
    expect(canonicalIndicator(`全市${a}增速`)).not.toBe(canonicalIndicator(`全市${b}增速`));
  });

  it.each([
    ['经济增长', '地区生产总值'], ['经济总量', '地区生产总值'], ['全省生产总值', '地区生产总值'], ['全市生产总值', '地区生产总值'],
    ['全县地区生产总值', '地区生产总值'], ['我省GDP', '地区生产总值'], ['国内生产总值', '地区生产总值'],
    ['居民消费价格涨幅', '居民消费价格'], ['居民消费价格指数', '居民消费价格'], ['CPI涨幅', '居民消费价格'], ['居民消费价格升幅', '居民消费价格'],
    ['社会消费品零售额', '社会消费品零售总额'], ['本市社零', '社会消费品零售总额'], ['全区规上工业增加值', '规模以上工业增加值'],
    ['城镇常住居民人均可支配收入', '城镇居民人均可支配收入'], ['一般公共预算地方本级收入', '一般公共预算收入'],
    ['单位地区生产总值能源消耗', '万元GDP能耗'], ['碳排放强度', '单位GDP二氧化碳排放'], ['单位GDP用水量', '万元GDP水耗'],
    ['地级及以上城市空气质量优良天数比率', '空气质量优良率'], ['每千人口执业(助理)医师数', '每千人口拥有执业(助理)医师数'],
    ['工业固定资产投资', '工业投资'], ['生物增加值', '生物产业增加值'], ['数字经济增加值', '数字经济增加值'], ['金融增加值', '金融业增加值'], ['高技术制造增加值', '高技术制造业增加值'], ['新能源(汽车)增加值', '新能源(汽车)产业增加值'],
  ])('%s is %s', (written, name) => expect(canonicalIndicator(written)).toBe(name));

  // Spellings of 2026年四川省人民政府工作报告, copy in GitHub yqcao/China-Fiscal-Data, data/prov-reports/text/2026_SC.txt.
  it.each([
    ['地方一般公共预算收入', '一般公共预算收入'], ['空气优良天数率', '空气质量优良率'], ['非化石能源消费占比', '非化石能源占能源消费总量比重'],
    ['民生支出占比', '民生类支出占一般公共预算支出比重'], ['货邮吞吐量', '机场货邮吞吐量'], ['地表水国考断面水质优良率', '国考断面水质优良率'],
    ['全省城镇新增就业', '城镇新增就业'], ['每万人口高价值发明专利拥有量', '每万人口高价值发明专利拥有量'], ['粮食产量', '粮食总产量'],
    ['全省社会消费品零售总额', '社会消费品零售总额'], ['PM2.5平均浓度', 'PM2.5浓度'], ['经济总量', '地区生产总值'],
  ])('a provincial report writes %s for %s', (written, name) => expect(canonicalIndicator(written)).toBe(name));

  it('a region prefix never changes the indicator, and is not taken for one when it is another word', () => {
    for (const region of ['全省', '全市', '全区', '全县', '全旗', '本市', '我省', '我区']) {
      expect(canonicalIndicator(`${region}城镇调查失业率`)).toBe('城镇调查失业率');
    }
    expect(canonicalIndicator('全市域旅游收入')).toBe('全市域旅游收入');
    expect(canonicalIndicator('全社会固定资产投资')).toBe('固定资产投资');
    expect(canonicalIndicator('全国文明城市')).toBe('全国文明城市');
    expect(canonicalIndicator('全州县地区生产总值')).toBe('全州县地区生产总值');
  });

  it.each(NAME_TRIMS.flatMap((t) => t.examples.map(([written, name]) => [t.id, written, name] as const)))('name trim %s: %s → %s', (_id, written, name) => {
    expect(canonicalIndicator(written)).toBe(name);
  });

  it('trims measure and period words only off a known indicator', () => {
    expect(canonicalIndicator('某新产业增速')).toBe('某新产业增速');
    expect(canonicalIndicator('人口自然增长率')).toBe('人口自然增长率');
  });
  it('keeps the words of a period other than the year: the name may be all that still says so', () => {
    expect(canonicalIndicator('前三季度地区生产总值')).toBe('前三季度地区生产总值');
    expect(canonicalIndicator('1-11月规上工业总产值')).not.toBe('规模以上工业总产值');
    expect(canonicalIndicator('居民人均可支配收入五年')).toBe('居民人均可支配收入五年');
    expect(canonicalIndicator('进出口总额接连')).toBe('进出口总额接连');
    expect(canonicalIndicator('前三季度经济运行平稳地区生产总值')).not.toBe('地区生产总值');
  });

  it.each(DIRECTION_WORDS.flatMap((w) => w.examples.map((x) => [w.id, x, w.direction] as const)))('direction words %s: %s is %s', (_id, name, direction) => {
    expect(indicatorInfo(name)).toMatchObject({ known: false, direction });
  });

  it('lower is better for intensities, debt, unemployment, pollution and CPI', () => {
    for (const name of ['单位GDP能耗', '碳排放强度', '单位GDP用水量', '政府债务率', '城镇调查失业率', '城镇登记失业率', 'PM2.5浓度',
      '万元GDP建设用地', '亿元GDP生产安全事故死亡率', '居民消费价格涨幅']) {
      expect(indicatorInfo(name).direction, name).toBe('lower');
    }
  });

  it('an indicator neither the catalogue nor its wording knows has direction unknown, never a silent higher', () => {
    expect(indicatorInfo('纳统规模')).toMatchObject({ known: false, direction: 'unknown' });
    expect(indicatorInfo('新增建设用地')).toMatchObject({ known: false, direction: 'unknown' });
    // "新增…" of a catalogue stock takes the stock's direction.
    expect(indicatorInfo('新增国高企业')).toMatchObject({ name: '新增国家高新技术企业', known: false, direction: 'higher' });
  });
  it('seeds the indicators and aliases tables, idempotently', async () => {
    const ws = Workspace.create(await loadSqlJs());
    const a = seedCatalog(ws);
    seedCatalog(ws);
    expect(Number(ws.one('SELECT count(*) AS n FROM indicators')!.n)).toBe(a.indicators);
    expect(ws.one(`SELECT i.name FROM indicator_aliases a JOIN indicators i ON i.id = a.indicator_id WHERE a.alias = '全社会固定资产投资'`)!.name).toBe('固定资产投资');
  });
  it('re-seeding a workspace from an older catalogue drops an alias that is now an indicator of its own', async () => {
    const ws = Workspace.create(await loadSqlJs());
    seedCatalog(ws);
    const registered = Number(ws.one(`SELECT id FROM indicators WHERE name = '城镇登记失业率'`)!.id);
    ws.run(`DELETE FROM indicators WHERE name = '城镇调查失业率'`);
    ws.run('INSERT INTO indicator_aliases(alias, indicator_id) VALUES (?, ?)', ['城镇调查失业率', registered]);
    seedCatalog(ws);
    expect(ws.one(`SELECT count(*) AS n FROM indicator_aliases WHERE alias = '城镇调查失业率'`)!.n).toBe(0);
    expect(ws.one(`SELECT count(*) AS n FROM indicator_aliases WHERE alias = '登记失业率'`)!.n).toBe(1);
  });

  // Bulletin and county spellings of national statistics (made-up phrasings of the kind 统计公报 use).
  it.each([
    ['第一产业增加值占地区生产总值的比重', '第一产业增加值占GDP比重'], ['第二产业增加值比重', '第二产业增加值占GDP比重'],
    ['城镇常住人口占总人口比重', '常住人口城镇化率'], ['城镇常住人口占比', '常住人口城镇化率'],
    ['规模工业增加值', '规模以上工业增加值'], ['全县规模工业增加值', '规模以上工业增加值'], ['地方税收收入', '税收收入'],
    ['出生率', '人口出生率'], ['城镇常住居民人均消费支出', '城镇居民人均消费支出'], ['年末金融机构本外币各项存款余额', '金融机构本外币存款余额'],
    ['省列重大项目完成投资', '省列重大项目投资'], ['全年全旗地区生产总值', '地区生产总值'], ['全盟居民人均可支配收入', '居民人均可支配收入'],
    ['一产增加值', '第一产业增加值'], ['三产增加值', '服务业增加值'], ['二产占比', '第二产业增加值占GDP比重'], ['一般公共财政预算收入', '一般公共预算收入'],
    ['全旗农牧民人均可支配收入', '农村居民人均可支配收入'], ['城镇新增就业人员', '城镇新增就业'], ['实际使用外商直接投资', '实际利用外资'],
    ['限上社会消费品零售额', '限额以上单位消费品零售额'], ['细颗粒物(PM2.5)平均浓度', 'PM2.5浓度'],
  ])('bulletin spelling %s → %s', (written, name) => expect(canonicalIndicator(written)).toBe(name));

  it('keeps the urban, rural and all-residents income and the two unemployment rates apart', () => {
    const names = ['城镇居民人均可支配收入', '农村居民人均可支配收入', '居民人均可支配收入', '城镇调查失业率', '城镇登记失业率',
      '城镇居民人均消费支出', '农村居民人均消费支出', '居民人均消费支出', '限额以上单位消费品零售额', '社会消费品零售总额'];
    expect(new Set(names.map(canonicalIndicator)).size).toBe(names.length);
    expect(canonicalIndicator('城镇常住人口')).not.toBe('常住人口城镇化率');
  });

  it.each(JOINT_NAMES.flatMap((j) => j.examples.map(([written, parts]) => [j.id, written, parts] as const)))('joint name %s: %s', (_id, written, parts) => {
    expect(jointParts(written)).toEqual(parts);
  });

  it('does not split the single statistics named 城乡居民', () => {
    for (const name of ['城乡居民收入比', '城乡居民基本养老保险参保人数', '城乡居民医保参保率', '居民人均可支配收入']) expect(jointParts(name)).toBeNull();
  });
});
