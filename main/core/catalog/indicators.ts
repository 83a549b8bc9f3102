// The indicator catalogue: the short canonical names economists use for headline indicators of a Chinese
// district's plan report, the other spellings reports use for them, and what a reader must know to compare
// numbers across reports (unit, whether lower is better, whether the number is a flow over the period, a stock
// at its end, or a ratio). Names follow ../shared/gold/SCHEMA.md.
import type { Direction } from '../types';

export type FlowStock = 'flow' | 'stock' | 'ratio';

export interface IndicatorEntry {
  name: string;
  aliases: readonly string[];
  /** The unit of its level, as reports usually write it. */
  unit: string | null;
  direction: Direction;
  flowStock: FlowStock;
}

const e = (name: string, unit: string | null, direction: Direction, flowStock: FlowStock, aliases: string[] = []): IndicatorEntry =>
  ({ name, unit, direction, flowStock, aliases });

export const INDICATORS: readonly IndicatorEntry[] = [
  e('地区生产总值', '亿元', 'higher', 'flow', ['本地区生产总值', '本地生产总值', '生产总值', '经济总量', 'GDP', '地区生产总值(GDP)', '生产总值(GDP)', '本地生产总值(GDP)', 'GDP总量', '国内生产总值']),
  e('人均地区生产总值', '万元', 'higher', 'ratio', ['人均GDP', '人均生产总值', '人均本地生产总值']),
  e('社会消费品零售总额', '亿元', 'higher', 'flow', ['社会消费品零售额', '社消零', '全社会消费品零售总额', '社零总额', '社零', '社会消费品零售']),
  e('固定资产投资', '亿元', 'higher', 'flow', ['全社会固定资产投资', '固定资产投资额', '固投']),
  e('规模以上工业增加值', '亿元', 'higher', 'flow', ['规上工业增加值', '规模以上工业企业增加值', '规模以上工业总产值增加值']),
  e('一般公共预算收入', '亿元', 'higher', 'flow', ['地方一般公共预算收入', '辖区一般公共预算收入', '公共财政预算收入', '地方公共财政预算收入', '一般预算收入', '地方财政一般预算收入', '区级一般公共预算收入', '本级一般公共预算收入', '地方级一般公共预算收入']),
  e('税收收入', '亿元', 'higher', 'flow', ['辖区税收收入', '税收总额', '辖区税收', '全口径税收收入', '税收总收入', '各项税收', '各项税收收入']),
  e('居民人均可支配收入', '元', 'higher', 'flow', ['城镇居民人均可支配收入', '人均可支配收入', '居民人均可支配收入增速']),
  e('城镇登记失业率', '%', 'lower', 'ratio', ['城镇居民登记失业率', '登记失业率', '城镇调查失业率', '失业率']),
  e('万元GDP建设用地', '平方米', 'lower', 'ratio', ['万元GDP建设用地面积', '单位GDP建设用地']),
  e('万元GDP水耗', '立方米', 'lower', 'ratio', ['万元GDP用水量', '单位GDP水耗']),
  e('万元GDP电耗', '千瓦时', 'lower', 'ratio', ['万元GDP用电量', '单位GDP电耗']),
  e('万元GDP能耗', '吨标准煤', 'lower', 'ratio', ['单位GDP能耗', '万元GDP综合能耗']),
  e('金融业增加值', '亿元', 'higher', 'flow', ['金融业']),
  e('商贸业增加值', '亿元', 'higher', 'flow', ['商贸业']),
  e('商务服务业增加值', '亿元', 'higher', 'flow', ['商务服务业']),
  e('黄金珠宝产业增加值', '亿元', 'higher', 'flow', ['黄金珠宝', '黄金珠宝业增加值', '黄金珠宝增加值']),
  e('文化及相关产业增加值', '亿元', 'higher', 'flow', ['文化及相关产业']),
  e('现代服务业增加值', '亿元', 'higher', 'flow', []),
  e('服务业增加值', '亿元', 'higher', 'flow', ['第三产业增加值']),
  e('战略性新兴产业增加值', '亿元', 'higher', 'flow', ['战新产业增加值', '战略性新兴产业', '战新产业']),
  e('战略性新兴产业增加值占GDP比重', '%', 'higher', 'ratio', ['战新产业增加值占GDP比重', '战略性新兴产业占GDP比重', '战新产业占GDP比重']),
  e('服务业增加值占GDP比重', '%', 'higher', 'ratio', ['服务业占GDP比重', '服务业占比']),
  e('第三产业增加值占GDP比重', '%', 'higher', 'ratio', ['第三产业占GDP比重', '第三产业占比']),
  e('金融业增加值占GDP比重', '%', 'higher', 'ratio', ['金融业占GDP比重']),
  e('全社会研发投入', '亿元', 'higher', 'flow', ['全社会研发支出', '研发投入', '研发支出', 'R&D经费支出']),
  e('全社会研发投入占GDP比重', '%', 'higher', 'ratio', ['全社会研发支出占GDP比重', '研发投入占GDP比重', 'R&D经费支出占GDP比重', '全社会研发投入强度', '研发投入强度', 'R&D投入强度', '研发经费投入强度', 'R&D经费投入强度']),
  e('国家高新技术企业数量', '家', 'higher', 'stock', ['国家高新技术企业', '国高企业', '国高企业数量', '国家级高新技术企业', '高新技术企业', '高新技术企业数量', '国家级高新技术企业数量']),
  e('每万人发明专利拥有量', '件', 'higher', 'stock', ['万人发明专利拥有量', '每万人口发明专利拥有量', '万人口发明专利拥有量']),
  e('每万人全科医生数', '名', 'higher', 'stock', ['万人全科医生数']),
  e('外贸进出口总额', '亿元', 'higher', 'flow', ['进出口总额', '外贸进出口额', '外贸进出口', '进出口贸易总额', '货物进出口总额']),
  e('实际利用外资', '亿美元', 'higher', 'flow', ['实际使用外资', '利用外资', '实际使用外资金额', '实际利用外资金额', '实际外资']),
  e('区政府投资', '亿元', 'higher', 'flow', ['政府投资', '区级政府投资']),
  // Reports state it as its change ("居民消费价格涨幅控制在3%", "CPI上涨2.1%"): a growth of the price index.
  e('居民消费价格指数', null, 'lower', 'ratio', ['居民消费价格', 'CPI', '居民消费价格总水平', '居民消费价格涨幅', '居民消费价格指数涨幅', 'CPI涨幅']),
  e('空气质量优良率', '%', 'higher', 'ratio', ['空气优良率', '空气质量优良天数比例', 'AQI达标率', '空气优良天数比例', 'AQI优良率', '空气质量优良天数比率']),
  e('PM2.5浓度', '微克/立方米', 'lower', 'ratio', ['PM2.5平均浓度', 'PM2.5年均浓度', 'PM_{2.5}浓度', 'PM_{2.5}平均浓度', 'PM_{2.5}累计平均浓度', 'PM2.5累计平均浓度', '细颗粒物浓度']),
  e('亿元GDP死亡率', null, 'lower', 'ratio', ['亿元GDP生产安全事故死亡率']),
  e('城区绿化覆盖率', '%', 'higher', 'ratio', ['绿化覆盖率', '建成区绿化覆盖率']),
  e('公共停车位不满意度', '%', 'lower', 'ratio', []),
  e('开办企业办理时间', '个工作日', 'lower', 'ratio', []),
  e('食品抽检合格率', '%', 'higher', 'ratio', ['食品安全抽检合格率']),
  // Social-development indicators that district plans set year after year.
  e('医疗床位', '张', 'higher', 'stock', ['床位', '病床', '医疗卫生机构床位', '医院床位']),
  e('养老床位', '张', 'higher', 'stock', ['养老机构床位', '机构养老床位']),
  e('普惠性养老床位', '张', 'higher', 'stock', ['普惠性床位', '普惠养老床位']),
  e('学位', '个', 'higher', 'stock', ['公办学位', '中小学学位']),
  e('社会救助资金', '万元', 'neutral', 'flow', ['救助资金', '社会救助金']),
  e('产业扶持资金', '亿元', 'neutral', 'flow', ['扶持资金', '产业发展专项资金', '产业资金']),
  e('地方政府专项债发行额', '亿元', 'neutral', 'flow', ['发行地方政府专项债', '发行专项债', '专项债发行额', '地方政府专项债券发行额']),
  e('绿道总里程', '公里', 'higher', 'stock', ['绿道里程', '绿道总里程数']),
  e('土地整备', '公顷', 'higher', 'flow', ['土地整备面积', '清理储备土地', '清理整备土地', '整备土地']),
  e('拆除消减违法建筑', '万平方米', 'higher', 'flow', ['拆除消化违法建筑', '拆除违法建筑', '查处违法建筑', '消减违法建筑']),
  e('家庭医生签约人数', '万人', 'higher', 'stock', ['家庭医生签约', '家庭医生签约服务人数']),
  e('居民垃圾分类参与率', '%', 'higher', 'ratio', ['居民生活垃圾分类参与率', '生活垃圾分类参与率', '垃圾分类参与率']),
  e('居民健康素养水平', '%', 'higher', 'ratio', ['居民健康素养', '健康素养水平']),
  e('剩余建设用地面积', '公顷', 'neutral', 'stock', ['剩余建设用地总面积', '剩余建设用地']),
  e('城市更新固定资产投资', '亿元', 'higher', 'flow', ['城市更新投资']),
  // Recurring in Shenzhen's district plans since the city's sponge-city and super-charging programmes; reports
  // name the same series by the works ("海绵城市建设") or by what was added ("新增海绵城市").
  e('海绵城市建设面积', '平方公里', 'higher', 'flow', ['新增海绵城市面积', '海绵城市面积', '新增海绵城市建设面积', '海绵城市建成面积']),
  e('超充站', '座', 'higher', 'stock', ['超充设施', '超充场站', '超级充电站', '超充站点']),
  e('每千名户籍老人养老床位数', '张', 'higher', 'ratio', ['每千名户籍老人床位数', '每千名户籍老人拥有养老床位数', '每千名老人养老床位数', '每千名老年人养老床位数']),
  // Industrial floor space made available to firms: released by renewal, supplied, provided.
  e('释放产业空间', '万平方米', 'higher', 'flow', ['提供产业空间', '新增产业空间', '供给产业空间', '供应产业空间']),
];
