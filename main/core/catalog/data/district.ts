// Indicators that Shenzhen's district plans (罗湖, 福田, 南山 …) set year after year: local industries, public
// services and land. Names follow ../shared/gold/SCHEMA.md and the district reports in assets/samples.
import type { IndicatorEntry } from '../indicators';
import { e } from './entry';

export const DISTRICT_INDICATORS: readonly IndicatorEntry[] = [
  e('商贸业增加值', '亿元', 'higher', 'flow', ['商贸业']),
  e('商务服务业增加值', '亿元', 'higher', 'flow', ['商务服务业']),
  e('黄金珠宝产业增加值', '亿元', 'higher', 'flow', ['黄金珠宝', '黄金珠宝业增加值', '黄金珠宝增加值']),
  e('文化及相关产业增加值', '亿元', 'higher', 'flow', ['文化及相关产业']),
  e('现代服务业增加值', '亿元', 'higher', 'flow', []),
  e('每万人全科医生数', '名', 'higher', 'stock', ['万人全科医生数']),
  e('公共停车位不满意度', '%', 'lower', 'ratio', []),
  e('开办企业办理时间', '个工作日', 'lower', 'ratio', []),
  e('食品抽检合格率', '%', 'higher', 'ratio', ['食品安全抽检合格率']),
  e('医疗床位', '张', 'higher', 'stock', ['床位', '病床', '医疗卫生机构床位', '医院床位']),
  e('养老床位', '张', 'higher', 'stock', ['养老机构床位', '机构养老床位']),
  e('普惠性养老床位', '张', 'higher', 'stock', ['普惠性床位', '普惠养老床位']),
  e('学位', '个', 'higher', 'stock', ['公办学位', '中小学学位']),
  e('社会救助资金', '万元', 'neutral', 'flow', ['救助资金', '社会救助金']),
  e('产业扶持资金', '亿元', 'neutral', 'flow', ['扶持资金', '产业发展专项资金', '产业资金']),
  e('绿道总里程', '公里', 'higher', 'stock', ['绿道里程', '绿道总里程数']),
  e('土地整备', '公顷', 'higher', 'flow', ['土地整备面积', '清理储备土地', '清理整备土地', '整备土地']),
  e('拆除消减违法建筑', '万平方米', 'higher', 'flow', ['拆除消化违法建筑', '拆除违法建筑', '查处违法建筑', '消减违法建筑']),
  e('家庭医生签约人数', '万人', 'higher', 'stock', ['家庭医生签约', '家庭医生签约服务人数']),
  e('居民垃圾分类参与率', '%', 'higher', 'ratio', ['居民生活垃圾分类参与率', '生活垃圾分类参与率', '垃圾分类参与率']),
  e('居民健康素养水平', '%', 'higher', 'ratio', ['居民健康素养', '健康素养水平']),
  e('剩余建设用地面积', '公顷', 'neutral', 'stock', ['剩余建设用地总面积', '剩余建设用地']),
  e('城市更新固定资产投资', '亿元', 'higher', 'flow', ['城市更新投资']),
  // Shenzhen's sponge-city and super-charging programmes; reports name the same series by the works
  // ("海绵城市建设") or by what was added ("新增海绵城市").
  e('海绵城市建设面积', '平方公里', 'higher', 'flow', ['新增海绵城市面积', '海绵城市面积', '新增海绵城市建设面积', '海绵城市建成面积']),
  e('超充站', '座', 'higher', 'stock', ['超充设施', '超充场站', '超级充电站', '超充站点']),
  e('每千名户籍老人养老床位数', '张', 'higher', 'ratio', ['每千名户籍老人床位数', '每千名户籍老人拥有养老床位数', '每千名老人养老床位数', '每千名老年人养老床位数']),
  // Industrial floor space made available to firms: released by renewal, supplied, provided.
  e('释放产业空间', '万平方米', 'higher', 'flow', ['提供产业空间', '新增产业空间', '供给产业空间', '供应产业空间']),
];
