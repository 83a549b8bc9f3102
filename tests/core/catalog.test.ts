import { describe, expect, it } from 'vitest';
import { canonicalIndicator, indicatorInfo, seedCatalog } from '../../main/core/catalog';
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
    ['社零', '社会消费品零售总额'], ['CPI', '居民消费价格指数'], ['新增高新技术企业', '新增国家高新技术企业'], ['引入低空经济企业', '引进低空经济企业'], ['新引进总部企业', '引进总部企业'],
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
  it('seeds the indicators and aliases tables, idempotently', async () => {
    const ws = Workspace.create(await loadSqlJs());
    const a = seedCatalog(ws);
    seedCatalog(ws);
    expect(Number(ws.one('SELECT count(*) AS n FROM indicators')!.n)).toBe(a.indicators);
    expect(ws.one(`SELECT i.name FROM indicator_aliases a JOIN indicators i ON i.id = a.indicator_id WHERE a.alias = '全社会固定资产投资'`)!.name).toBe('固定资产投资');
  });
});
