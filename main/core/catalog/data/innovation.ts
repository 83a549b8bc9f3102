// Research, patents and firms: the 创新驱动 block of plan outlines.
// Sources: 《中华人民共和国国民经济和社会发展第十四个五年规划和2035年远景目标纲要》专栏1,
// https://www.gov.cn/xinwen/2021-03/13/content_5592681.htm (全社会研发经费投入增长, 每万人口高价值发明专利拥有量);
// 国家统计局 科学技术部 财政部《全国科技经费投入统计公报》(stats.gov.cn, yearly)
// (研究与试验发展(R&D)经费, 投入强度, 基础研究经费占比); 国家知识产权局 annual statistics (发明专利授权量,
// 每万人口发明专利拥有量); 科技部 技术合同成交额.
import type { IndicatorEntry } from '../indicators';
import { e } from './entry';

export const INNOVATION_INDICATORS: readonly IndicatorEntry[] = [
  e('全社会研发投入', '亿元', 'higher', 'flow', ['全社会研发支出', '研发投入', '研发支出', 'R&D经费支出', '全社会研发经费投入', '研发经费投入', 'R&D经费投入',
    '研究与试验发展经费支出', '研究与试验发展(R&D)经费支出', 'R&D经费', '全社会R&D经费支出', '研发经费支出']),
  e('全社会研发投入占GDP比重', '%', 'higher', 'ratio', ['全社会研发支出占GDP比重', '研发投入占GDP比重', 'R&D经费支出占GDP比重', '全社会研发投入强度', '研发投入强度',
    'R&D投入强度', '研发经费投入强度', 'R&D经费投入强度', '全社会研发经费投入强度', '研究与试验发展经费投入强度']),
  e('基础研究经费占研发经费比重', '%', 'higher', 'ratio', ['基础研究经费投入占研发经费投入比重', '基础研究经费占R&D经费比重']),
  // 高价值 patents (the 14th plan's indicator) are a subset: a different statistic from all invention patents.
  e('每万人发明专利拥有量', '件', 'higher', 'stock', ['万人发明专利拥有量', '每万人口发明专利拥有量', '万人口发明专利拥有量']),
  e('每万人口高价值发明专利拥有量', '件', 'higher', 'stock', ['每万人高价值发明专利拥有量', '万人高价值发明专利拥有量']),
  e('发明专利授权量', '件', 'higher', 'flow', ['发明专利授权', '授权发明专利']),
  e('专利授权量', '件', 'higher', 'flow', ['专利授权']),
  e('专利申请量', '件', 'higher', 'flow', ['专利申请']),
  e('发明专利申请量', '件', 'higher', 'flow', ['发明专利申请']),
  e('技术合同成交额', '亿元', 'higher', 'flow', ['技术合同交易额', '技术交易额']),
  e('国家高新技术企业数量', '家', 'higher', 'stock', ['国家高新技术企业', '国高企业', '国高企业数量', '国家级高新技术企业', '高新技术企业', '高新技术企业数量',
    '国家级高新技术企业数量']),
  e('固定宽带家庭普及率', '%', 'higher', 'ratio', []),
  e('5G用户普及率', '%', 'higher', 'ratio', ['5G网络用户普及率']),
];
