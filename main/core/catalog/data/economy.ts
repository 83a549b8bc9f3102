// Output, industry, investment, consumption, trade and prices: the headline block of every work report and the
// first sections of every statistical bulletin.
// Sources for names, units and definitions:
// - 国家统计局《中华人民共和国2023年国民经济和社会发展统计公报》, https://www.stats.gov.cn/sj/zxfb/202402/t20240228_1947915.html
//   (国内生产总值, 三次产业增加值, 全部工业增加值, 规模以上工业增加值, 高技术制造业/装备制造业增加值, 粮食总产量,
//   固定资产投资(不含农户), 民间投资, 基础设施投资, 制造业投资, 房地产开发投资, 社会消费品零售总额, 实物商品网上零售额,
//   货物进出口总额, 实际使用外资, 居民消费价格, 工业生产者出厂价格, 港口货物/集装箱吞吐量, 快递业务量).
// - 《中华人民共和国国民经济和社会发展第十四个五年规划和2035年远景目标纲要》专栏1 主要指标,
//   https://www.gov.cn/xinwen/2021-03/13/content_5592681.htm (全员劳动生产率增长, 常住人口城镇化率,
//   数字经济核心产业增加值占GDP比重, 粮食综合生产能力, 能源综合生产能力).
// - 2026年国务院《政府工作报告》预期目标 (经济增长, 居民消费价格升幅, 粮食产量), as summarised by
//   am730.com.hk, 2026-03-05 ("全國兩會2026 今年經濟目標增長4.5至5%").
import type { IndicatorEntry } from '../indicators';
import { e } from './entry';

export const ECONOMY_INDICATORS: readonly IndicatorEntry[] = [
  // "经济增长5%" and "经济总量" are GDP in every report; so is the national 国内生产总值 in a national report.
  e('地区生产总值', '亿元', 'higher', 'flow', ['本地区生产总值', '本地生产总值', '生产总值', '经济总量', 'GDP', '地区生产总值(GDP)', '生产总值(GDP)',
    '本地生产总值(GDP)', 'GDP总量', '国内生产总值', '国内生产总值(GDP)', '经济增长', '经济增速', '经济增长速度', '地区生产总值总量', '地区生产总值(GDP)总量']),
  e('人均地区生产总值', '万元', 'higher', 'ratio', ['人均GDP', '人均生产总值', '人均本地生产总值', '人均国内生产总值']),
  e('第一产业增加值', '亿元', 'higher', 'flow', ['第一产业']),
  e('第二产业增加值', '亿元', 'higher', 'flow', ['第二产业']),
  // NBS: 第三产业即服务业.
  e('服务业增加值', '亿元', 'higher', 'flow', ['第三产业增加值']),
  e('第一产业增加值占GDP比重', '%', 'neutral', 'ratio', ['第一产业占GDP比重', '第一产业占比', '第一产业增加值比重', '第一产业比重']),
  e('第二产业增加值占GDP比重', '%', 'neutral', 'ratio', ['第二产业占GDP比重', '第二产业占比', '第二产业增加值比重', '第二产业比重']),
  e('第三产业增加值占GDP比重', '%', 'higher', 'ratio', ['第三产业占GDP比重', '第三产业占比', '第三产业增加值比重', '第三产业比重']),
  e('服务业增加值占GDP比重', '%', 'higher', 'ratio', ['服务业占GDP比重', '服务业占比']),
  // All industry and the industry of enterprises above the size threshold are different statistics.
  e('工业增加值', '亿元', 'higher', 'flow', ['全部工业增加值', '全口径工业增加值']),
  e('规模以上工业增加值', '亿元', 'higher', 'flow', ['规上工业增加值', '规模以上工业企业增加值', '规模以上工业总产值增加值']),
  e('规模以上工业总产值', '亿元', 'higher', 'flow', ['规模以上工业产值', '规模以上工业企业总产值']),
  e('规模以上工业企业利润总额', '亿元', 'higher', 'flow', ['规模以上工业企业利润', '规模以上工业利润总额']),
  e('规模以上工业企业营业收入', '亿元', 'higher', 'flow', ['规模以上工业营业收入']),
  e('制造业增加值', '亿元', 'higher', 'flow', []),
  e('制造业增加值占GDP比重', '%', 'higher', 'ratio', ['制造业占GDP比重', '制造业比重']),
  e('建筑业增加值', '亿元', 'higher', 'flow', ['建筑业']),
  e('高技术制造业增加值', '亿元', 'higher', 'flow', []),
  e('高技术制造业增加值占规模以上工业增加值比重', '%', 'higher', 'ratio', ['高技术制造业占规模以上工业增加值比重', '高技术制造业比重']),
  e('装备制造业增加值', '亿元', 'higher', 'flow', []),
  e('先进制造业增加值', '亿元', 'higher', 'flow', []),
  e('先进制造业增加值占规模以上工业增加值比重', '%', 'higher', 'ratio', ['先进制造业占规模以上工业增加值比重', '先进制造业比重']),
  e('高新技术产业增加值', '亿元', 'higher', 'flow', []),
  e('数字经济核心产业增加值', '亿元', 'higher', 'flow', []),
  e('数字经济核心产业增加值占GDP比重', '%', 'higher', 'ratio', ['数字经济核心产业占GDP比重']),
  e('战略性新兴产业增加值', '亿元', 'higher', 'flow', ['战新产业增加值', '战略性新兴产业', '战新产业']),
  e('战略性新兴产业增加值占GDP比重', '%', 'higher', 'ratio', ['战新产业增加值占GDP比重', '战略性新兴产业占GDP比重', '战新产业占GDP比重']),
  e('规模以上服务业营业收入', '亿元', 'higher', 'flow', ['规模以上服务业企业营业收入']),
  e('金融业增加值', '亿元', 'higher', 'flow', ['金融业']),
  e('金融业增加值占GDP比重', '%', 'higher', 'ratio', ['金融业占GDP比重']),
  e('全员劳动生产率', '万元/人', 'higher', 'ratio', ['劳动生产率']),
  // 地均GDP: output per square kilometre, a land-efficiency indicator of Shenzhen's and Guangdong's plans.
  e('每平方公里GDP产出', '亿元', 'higher', 'ratio', ['地均GDP', '每平方公里GDP', '地均地区生产总值']),
  // The share in services of modern services; 第三产业 is 服务业.
  e('现代服务业增加值占服务业增加值比重', '%', 'higher', 'ratio', ['现代服务业增加值占第三产业比重', '现代服务业增加值占第三产业增加值比重',
    '现代服务业占服务业比重', '现代服务业占第三产业比重', '现代服务业增加值占服务业比重']),
  // Market entities and firms of the national enterprise-growth programmes (工业和信息化部 专精特新, 科技部 科技型中小企业).
  e('新登记经营主体', '万户', 'higher', 'flow', ['新登记市场主体', '新增市场主体', '新增经营主体', '新登记各类经营主体']),
  e('新设立外商投资企业', '家', 'higher', 'flow', ['新设外资企业', '新设外商投资企业', '新设立外资企业']),
  e('专精特新小巨人企业', '家', 'higher', 'stock', ['国家级专精特新小巨人企业', '专精特新“小巨人”企业', '国家级专精特新“小巨人”企业']),
  e('专精特新中小企业', '家', 'higher', 'stock', ['专精特新企业']),
  e('科技型中小企业', '家', 'higher', 'stock', ['科技型中小企业数量']),
  // NBS defines the rate as 城镇常住人口占常住人口比重; bulletins write the definition as often as the name.
  e('常住人口城镇化率', '%', 'higher', 'ratio', ['城镇化率', '常住人口城市化率', '城镇化水平', '城镇常住人口占比', '城镇常住人口比重', '城镇人口比重',
    '城镇人口占总人口比重', '城镇常住人口占总人口比重', '城镇常住人口占常住人口比重']),
  e('户籍人口城镇化率', '%', 'higher', 'ratio', []),
  // Agriculture: 农林牧渔业总产值 and 第一产业增加值 are different statistics (gross output, value added).
  e('农林牧渔业总产值', '亿元', 'higher', 'flow', ['农林牧渔总产值', '农林牧渔业产值']),
  e('粮食总产量', '万吨', 'higher', 'flow', ['粮食产量', '粮食总产']),
  e('粮食播种面积', '万亩', 'higher', 'stock', ['粮食作物播种面积']),
  e('粮食综合生产能力', '亿吨', 'higher', 'stock', []),
  // 2026年四川省政府工作报告 (copy in GitHub yqcao/China-Fiscal-Data, data/prov-reports/text/2026_SC.txt): "生猪出栏6248万头".
  e('生猪出栏', '万头', 'higher', 'flow', ['生猪出栏量', '出栏生猪']),
  e('民营经济增加值', '亿元', 'higher', 'flow', []),
  e('能源综合生产能力', '亿吨标准煤', 'higher', 'stock', []),
  // Investment: the whole and its parts are different statistics (工业投资 is not 固定资产投资).
  e('固定资产投资', '亿元', 'higher', 'flow', ['全社会固定资产投资', '固定资产投资额', '固投', '固定资产投资总额', '固定资产投资(不含农户)']),
  e('工业投资', '亿元', 'higher', 'flow', ['工业固定资产投资', '工业投资额']),
  e('技改投资', '亿元', 'higher', 'flow', ['技术改造投资', '工业技改投资', '工业技术改造投资']),
  e('制造业投资', '亿元', 'higher', 'flow', ['制造业固定资产投资']),
  e('基础设施投资', '亿元', 'higher', 'flow', ['基础设施建设投资', '基建投资']),
  e('民间投资', '亿元', 'higher', 'flow', ['民间固定资产投资']),
  // Property is reported, not maximised: plans since 2021 aim at stability, not growth.
  e('房地产开发投资', '亿元', 'neutral', 'flow', ['房地产开发投资额', '房地产投资']),
  e('商品房销售面积', '万平方米', 'neutral', 'flow', []),
  // Consumption.
  // Retail of the units above the size threshold: a part of the total, its own bulletin series.
  e('限额以上单位消费品零售额', '亿元', 'higher', 'flow', ['限额以上消费品零售额', '限上社会消费品零售额', '限上消费品零售额', '限额以上社会消费品零售额']),
  e('社会消费品零售总额', '亿元', 'higher', 'flow', ['社会消费品零售额', '社消零', '全社会消费品零售总额', '社零总额', '社零', '社会消费品零售']),
  e('网上零售额', '亿元', 'higher', 'flow', ['网络零售额']),
  e('实物商品网上零售额', '亿元', 'higher', 'flow', []),
  e('居民人均消费支出', '元', 'higher', 'flow', ['全体居民人均消费支出', '人均消费支出']),
  // NBS publishes the urban and the rural series apart from the all-residents one (统计公报 "居民收入消费").
  e('城镇居民人均消费支出', '元', 'higher', 'flow', ['城镇常住居民人均消费支出', '城镇居民人均生活消费支出']),
  e('农村居民人均消费支出', '元', 'higher', 'flow', ['农村常住居民人均消费支出', '农村居民人均生活消费支出']),
  e('旅游总收入', '亿元', 'higher', 'flow', ['旅游收入']),
  e('接待游客', '万人次', 'higher', 'flow', ['接待游客人次', '接待游客总人次', '游客接待量', '接待国内外游客']),
  // Trade and foreign capital. Customs count goods; services trade is a separate statistic.
  e('外贸进出口总额', '亿元', 'higher', 'flow', ['进出口总额', '外贸进出口额', '外贸进出口', '进出口贸易总额', '货物进出口总额', '货物贸易进出口总额',
    '进出口总值', '外贸进出口总值', '货物进出口总值', '进出口', '货物进出口', '货物贸易进出口']),
  e('出口总额', '亿元', 'higher', 'flow', ['出口', '出口额', '外贸出口', '出口总值', '货物出口', '外贸出口总额', '货物出口总额']),
  e('进口总额', '亿元', 'neutral', 'flow', ['进口', '进口额', '外贸进口', '进口总值', '货物进口', '货物进口总额']),
  e('服务贸易总额', '亿元', 'higher', 'flow', ['服务贸易进出口总额', '服务贸易进出口额', '服务进出口总额']),
  e('实际利用外资', '亿美元', 'higher', 'flow', ['实际使用外资', '利用外资', '实际使用外资金额', '实际利用外资金额', '实际外资',
    // MOFCOM's 实际使用外资 is the foreign direct investment actually used.
    '实际使用外商直接投资', '实际使用外商直接投资金额']),
  // Prices. Reports state CPI as its change ("涨幅控制在3%左右", "CPI上涨2.1%"): a ceiling, so lower is better.
  e('居民消费价格', null, 'lower', 'ratio', ['居民消费价格指数', 'CPI', '居民消费价格总水平', '居民消费价格涨幅', '居民消费价格指数涨幅', 'CPI涨幅',
    '居民消费价格升幅', '居民消费价格总水平涨幅', '居民消费价格上涨', '居民消费价格指数(CPI)']),
  e('工业生产者出厂价格', null, 'neutral', 'ratio', ['工业生产者出厂价格指数', 'PPI']),
  // Transport, post and energy use: activity volumes, reported but not targets to push one way.
  e('港口货物吞吐量', '万吨', 'higher', 'flow', ['港口吞吐量', '货物吞吐量']),
  e('集装箱吞吐量', '万标箱', 'higher', 'flow', ['港口集装箱吞吐量']),
  e('机场旅客吞吐量', '万人次', 'higher', 'flow', ['民航旅客吞吐量']),
  e('机场货邮吞吐量', '万吨', 'higher', 'flow', ['航空货邮吞吐量', '货邮吞吐量']),
  e('铁路货运量', '万吨', 'higher', 'flow', ['铁路货物发送量']),
  e('铁路旅客发送量', '万人次', 'higher', 'flow', []),
  e('高速铁路运营里程', '公里', 'higher', 'stock', ['高铁运营总里程', '高铁运营里程', '高速铁路营业里程']),
  e('中欧班列开行', '列', 'higher', 'flow', ['中欧班列开行数量', '中欧班列开行列数']),
  e('快递业务量', '亿件', 'higher', 'flow', []),
  // Logistics cost over GDP (国家发展改革委 全国社会物流统计): lower is a cheaper economy to move goods in.
  e('社会物流总费用与GDP比率', '%', 'lower', 'ratio', ['社会物流总费用与GDP的比率', '社会物流总费用占GDP比重']),
  e('全社会用电量', '亿千瓦时', 'neutral', 'flow', ['全社会用电']),
  e('工业用电量', '亿千瓦时', 'neutral', 'flow', []),
  e('金融机构本外币存款余额', '亿元', 'higher', 'stock', ['本外币存款余额', '金融机构各项存款余额', '金融机构本外币各项存款余额']),
  e('金融机构本外币贷款余额', '亿元', 'higher', 'stock', ['本外币贷款余额', '金融机构各项贷款余额', '金融机构本外币各项贷款余额']),
];
