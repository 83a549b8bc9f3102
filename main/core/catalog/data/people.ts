// Income, jobs, population, schooling, health and social security: the 民生福祉 block of plan outlines and the
// people sections of statistical bulletins.
// Sources: 《中华人民共和国国民经济和社会发展第十四个五年规划和2035年远景目标纲要》专栏1 主要指标,
// https://www.gov.cn/xinwen/2021-03/13/content_5592681.htm (居民人均可支配收入增长, 城镇调查失业率, 劳动年龄人口平均
// 受教育年限, 每千人口拥有执业(助理)医师数, 基本养老保险参保率, 每千人口拥有3岁以下婴幼儿托位数, 人均预期寿命);
// 国家统计局《中华人民共和国2023年国民经济和社会发展统计公报》, https://www.stats.gov.cn/sj/zxfb/202402/t20240228_1947915.html
// (全国居民/城镇居民/农村居民人均可支配收入, 城镇新增就业, 城镇调查失业率, 年末常住人口, 自然增长率, 参保人数).
// 城镇调查失业率 (labour-force survey) and 城镇登记失业率 (registrations) are different statistics with different levels;
// so are the income of all residents and of urban or rural residents.
import type { IndicatorEntry } from '../indicators';
import { e } from './entry';

export const PEOPLE_INDICATORS: readonly IndicatorEntry[] = [
  // "居民收入增长与经济增长同步" speaks of this indicator.
  e('居民人均可支配收入', '元', 'higher', 'flow', ['人均可支配收入', '全体居民人均可支配收入', '居民收入']),
  e('城镇居民人均可支配收入', '元', 'higher', 'flow', ['城镇常住居民人均可支配收入', '城镇居民收入', '城镇居民人均收入']),
  e('农村居民人均可支配收入', '元', 'higher', 'flow', ['农村常住居民人均可支配收入', '农民人均可支配收入',
    // 内蒙古's statistics name the rural series for farming and herding areas: 农村牧区常住居民, 农牧民.
    '农村牧区常住居民人均可支配收入', '农村牧区居民人均可支配收入', '农牧民人均可支配收入', '农村居民收入', '农村居民人均收入']),
  // The pre-2013 rural income statistic; not comparable with 农村居民人均可支配收入.
  e('农民人均纯收入', '元', 'higher', 'flow', ['农村居民人均纯收入']),
  e('城乡居民收入比', null, 'lower', 'ratio', ['城乡收入比', '城乡居民人均可支配收入比', '城乡居民收入倍差']),
  // Unemployment targets are ceilings ("控制在5.5%左右", "3%以内").
  e('城镇调查失业率', '%', 'lower', 'ratio', ['调查失业率', '城镇人口调查失业率']),
  e('城镇登记失业率', '%', 'lower', 'ratio', ['城镇居民登记失业率', '登记失业率']),
  e('城镇新增就业', '万人', 'higher', 'flow', ['新增城镇就业', '城镇新增就业人数', '新增城镇就业人数', '城镇新增就业人员']),
  e('常住人口', '万人', 'neutral', 'stock', ['年末常住人口', '常住人口总量']),
  e('户籍人口', '万人', 'neutral', 'stock', ['年末户籍人口']),
  e('人口自然增长率', '‰', 'neutral', 'ratio', ['自然增长率']),
  // The bulletins' population paragraph: "出生率为5.46‰;死亡率为9.39‰;自然增长率为…" are the population's rates.
  e('人口出生率', '‰', 'neutral', 'ratio', ['出生率']),
  e('人口死亡率', '‰', 'neutral', 'ratio', ['死亡率']),
  e('劳动年龄人口平均受教育年限', '年', 'higher', 'ratio', ['劳动年龄人口受教育年限']),
  e('学前教育毛入园率', '%', 'higher', 'ratio', ['学前三年毛入园率']),
  e('普惠性幼儿园覆盖率', '%', 'higher', 'ratio', ['普惠园覆盖率', '普惠性幼儿园在园幼儿占比']),
  e('人均体育场地面积', '平方米', 'higher', 'ratio', []),
  e('九年义务教育巩固率', '%', 'higher', 'ratio', ['义务教育巩固率']),
  e('高中阶段教育毛入学率', '%', 'higher', 'ratio', ['高中阶段毛入学率']),
  e('高等教育毛入学率', '%', 'higher', 'ratio', []),
  e('每千人口拥有执业(助理)医师数', '人', 'higher', 'ratio', ['每千人口执业(助理)医师数', '每千人口执业医师数', '每千常住人口执业(助理)医师数', '每千人口医师数']),
  e('每千人口注册护士数', '人', 'higher', 'ratio', ['每千人口拥有注册护士数']),
  e('每千人口医疗卫生机构床位数', '张', 'higher', 'ratio', ['每千人口床位数', '每千人口拥有床位数', '每千人口医疗机构床位数']),
  e('每千人口拥有3岁以下婴幼儿托位数', '个', 'higher', 'ratio', ['每千人口托位数', '每千人口拥有婴幼儿托位数', '每千人口3岁以下婴幼儿托位数']),
  e('人均预期寿命', '岁', 'higher', 'ratio', ['平均预期寿命', '居民人均预期寿命']),
  e('婴儿死亡率', '‰', 'lower', 'ratio', []),
  e('孕产妇死亡率', '1/10万', 'lower', 'ratio', []),
  e('5岁以下儿童死亡率', '‰', 'lower', 'ratio', []),
  e('基本养老保险参保率', '%', 'higher', 'ratio', ['养老保险参保率']),
  e('基本医疗保险参保率', '%', 'higher', 'ratio', ['医疗保险参保率', '基本医保参保率']),
  e('基本养老保险参保人数', '万人', 'higher', 'stock', ['养老保险参保人数']),
  e('基本医疗保险参保人数', '万人', 'higher', 'stock', ['医疗保险参保人数', '基本医保参保人数']),
  // Employees' medical insurance is one of the two schemes (职工, 城乡居民): a part, not the whole.
  e('职工基本医疗保险参保人数', '万人', 'higher', 'stock', ['职工医保参保人数', '职工医疗保险参保人数']),
];
