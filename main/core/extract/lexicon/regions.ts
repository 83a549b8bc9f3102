// Places as data: China's provincial-level divisions with their short names, the prefecture-level cities a
// report may name bare ("广州、深圳GDP分别…"), the economic areas that span several places (珠三角), the
// suffixes that make a word a region's name (XX县, XX旗), and the words ending in those suffixes that are not
// places (园区, 社区, 城市). ../places.ts reads them.

export interface Province {
  /** Full name as titles write it. */
  name: string;
  /** The name without its level, as prose writes it ("广东", "广西", "内蒙古"). */
  short: string;
  /** One-character abbreviation ("粤"): it names the province's parts ("粤东西北", "苏南"). */
  abbr: string;
}

export const PROVINCES: readonly Province[] = [
  { name: '北京市', short: '北京', abbr: '京' }, { name: '天津市', short: '天津', abbr: '津' },
  { name: '上海市', short: '上海', abbr: '沪' }, { name: '重庆市', short: '重庆', abbr: '渝' },
  { name: '河北省', short: '河北', abbr: '冀' }, { name: '山西省', short: '山西', abbr: '晋' },
  { name: '辽宁省', short: '辽宁', abbr: '辽' }, { name: '吉林省', short: '吉林', abbr: '吉' },
  { name: '黑龙江省', short: '黑龙江', abbr: '黑' }, { name: '江苏省', short: '江苏', abbr: '苏' },
  { name: '浙江省', short: '浙江', abbr: '浙' }, { name: '安徽省', short: '安徽', abbr: '皖' },
  { name: '福建省', short: '福建', abbr: '闽' }, { name: '江西省', short: '江西', abbr: '赣' },
  { name: '山东省', short: '山东', abbr: '鲁' }, { name: '河南省', short: '河南', abbr: '豫' },
  { name: '湖北省', short: '湖北', abbr: '鄂' }, { name: '湖南省', short: '湖南', abbr: '湘' },
  { name: '广东省', short: '广东', abbr: '粤' }, { name: '海南省', short: '海南', abbr: '琼' },
  { name: '四川省', short: '四川', abbr: '川' }, { name: '贵州省', short: '贵州', abbr: '黔' },
  { name: '云南省', short: '云南', abbr: '滇' }, { name: '陕西省', short: '陕西', abbr: '陕' },
  { name: '甘肃省', short: '甘肃', abbr: '陇' }, { name: '青海省', short: '青海', abbr: '青' },
  { name: '台湾省', short: '台湾', abbr: '台' },
  { name: '内蒙古自治区', short: '内蒙古', abbr: '蒙' }, { name: '广西壮族自治区', short: '广西', abbr: '桂' },
  { name: '西藏自治区', short: '西藏', abbr: '藏' }, { name: '宁夏回族自治区', short: '宁夏', abbr: '宁' },
  { name: '新疆维吾尔自治区', short: '新疆', abbr: '新' },
  { name: '香港特别行政区', short: '香港', abbr: '港' }, { name: '澳门特别行政区', short: '澳门', abbr: '澳' },
];

/**
 * Prefecture-level cities, by bare name (a report writes "广州", "深圳" without 市). Names that are also common
 * words are left out, so that a phrase starting with the word is not taken for the city: 朝阳 (朝阳产业),
 * 日照 (日照时数), 来宾 (来宾), and 吉林 (the province's short name).
 */
export const CITIES: readonly string[] = [
  // 河北 山西 内蒙古
  '石家庄', '唐山', '秦皇岛', '邯郸', '邢台', '保定', '张家口', '承德', '沧州', '廊坊', '衡水',
  '太原', '大同', '阳泉', '长治', '晋城', '朔州', '晋中', '运城', '忻州', '临汾', '吕梁',
  '呼和浩特', '包头', '乌海', '赤峰', '通辽', '鄂尔多斯', '呼伦贝尔', '巴彦淖尔', '乌兰察布',
  // 辽宁 吉林 黑龙江
  '沈阳', '大连', '鞍山', '抚顺', '本溪', '丹东', '锦州', '营口', '阜新', '辽阳', '盘锦', '铁岭', '葫芦岛',
  '长春', '四平', '辽源', '通化', '白山', '松原', '白城',
  '哈尔滨', '齐齐哈尔', '鸡西', '鹤岗', '双鸭山', '大庆', '伊春', '佳木斯', '七台河', '牡丹江', '黑河', '绥化',
  // 江苏 浙江 安徽
  '南京', '无锡', '徐州', '常州', '苏州', '南通', '连云港', '淮安', '盐城', '扬州', '镇江', '泰州', '宿迁',
  '杭州', '宁波', '温州', '嘉兴', '湖州', '绍兴', '金华', '衢州', '舟山', '台州', '丽水',
  '合肥', '芜湖', '蚌埠', '淮南', '马鞍山', '淮北', '铜陵', '安庆', '黄山', '滁州', '阜阳', '宿州', '六安', '亳州',
  '池州', '宣城',
  // 福建 江西 山东
  '福州', '厦门', '莆田', '三明', '泉州', '漳州', '南平', '龙岩', '宁德',
  '南昌', '景德镇', '萍乡', '九江', '新余', '鹰潭', '赣州', '吉安', '宜春', '抚州', '上饶',
  '济南', '青岛', '淄博', '枣庄', '东营', '烟台', '潍坊', '济宁', '泰安', '威海', '临沂', '德州', '聊城', '滨州', '菏泽',
  // 河南 湖北 湖南
  '郑州', '开封', '洛阳', '平顶山', '安阳', '鹤壁', '新乡', '焦作', '濮阳', '许昌', '漯河', '三门峡', '南阳', '商丘',
  '信阳', '周口', '驻马店',
  '武汉', '黄石', '十堰', '宜昌', '襄阳', '鄂州', '荆门', '孝感', '荆州', '黄冈', '咸宁', '随州',
  '长沙', '株洲', '湘潭', '衡阳', '邵阳', '岳阳', '常德', '张家界', '益阳', '郴州', '永州', '怀化', '娄底',
  // 广东 广西 海南
  '广州', '韶关', '深圳', '珠海', '汕头', '佛山', '江门', '湛江', '茂名', '肇庆', '惠州', '梅州', '汕尾', '河源',
  '阳江', '清远', '东莞', '中山', '潮州', '揭阳', '云浮',
  '南宁', '柳州', '桂林', '梧州', '北海', '防城港', '钦州', '贵港', '玉林', '百色', '贺州', '河池', '崇左',
  '海口', '三亚', '三沙', '儋州',
  // 四川 贵州 云南 西藏
  '成都', '自贡', '攀枝花', '泸州', '德阳', '绵阳', '广元', '遂宁', '内江', '乐山', '南充', '眉山', '宜宾', '广安',
  '达州', '雅安', '巴中', '资阳',
  '贵阳', '六盘水', '遵义', '安顺', '毕节', '铜仁',
  '昆明', '曲靖', '玉溪', '保山', '昭通', '丽江', '普洱', '临沧',
  '拉萨', '日喀则', '昌都', '林芝', '山南', '那曲',
  // 陕西 甘肃 青海 宁夏 新疆
  '西安', '铜川', '宝鸡', '咸阳', '渭南', '延安', '汉中', '榆林', '安康', '商洛',
  '兰州', '嘉峪关', '金昌', '白银', '天水', '武威', '张掖', '平凉', '酒泉', '庆阳', '定西', '陇南',
  '西宁', '海东', '银川', '石嘴山', '吴忠', '固原', '中卫', '乌鲁木齐', '克拉玛依', '吐鲁番', '哈密',
];

/**
 * Abbreviations that name a province's parts with a direction (粤东西北, 苏南, 鲁西南, 川西). Not the ones that
 * open common words (新中, 港东) or whose parts go by other names.
 */
export const PART_NAMING_ABBRS: readonly string[] = [
  '粤', '苏', '浙', '皖', '闽', '赣', '鲁', '豫', '鄂', '湘', '川', '黔', '滇', '陕', '陇', '冀', '晋', '辽', '蒙', '桂', '藏', '琼',
];

/** Economic areas spanning several places: a figure for one is the area's, not the region's. */
export const MULTI_PLACE_AREAS: readonly string[] = [
  '粤港澳大湾区', '大湾区', '长三角', '珠三角', '京津冀', '成渝地区', '长江经济带', '黄河流域', '东北地区', '中西部地区',
  '东部地区', '中部地区', '西部地区',
];

/** Levels of a region's name, longest first ("自治区" before "区"). `level` is the character of 全X/我X/本X. */
export const REGION_LEVELS: readonly { suffix: string; level: string }[] = [
  { suffix: '特别行政区', level: '区' }, { suffix: '自治区', level: '区' }, { suffix: '自治州', level: '州' },
  { suffix: '自治县', level: '县' }, { suffix: '自治旗', level: '旗' }, { suffix: '新区', level: '区' },
  { suffix: '地区', level: '区' }, { suffix: '省', level: '省' }, { suffix: '市', level: '市' }, { suffix: '州', level: '州' },
  { suffix: '盟', level: '盟' }, { suffix: '县', level: '县' }, { suffix: '旗', level: '旗' }, { suffix: '区', level: '区' },
  { suffix: '街道', level: '街道' }, { suffix: '镇', level: '镇' }, { suffix: '乡', level: '乡' },
];

/** The characters a region-wide word is made of: 全省, 我市, 本县 … */
export const LEVEL_CHARS = ['省', '市', '区', '县', '州', '盟', '旗', '镇', '乡'] as const;

/**
 * Words that always name the document's own region, whatever its level: the speaker's own (我省, 本市) and its
 * jurisdiction (辖区, 全辖).
 */
export const OWN_REGION_WORDS: readonly string[] = [
  ...LEVEL_CHARS.flatMap((c) => [`我${c}`, `本${c}`]), '辖区内', '辖区', '全辖',
];

/** Words that always name a wider place than any region a local report speaks for. */
export const WIDER_THAN_ANY_REGION: readonly string[] = ['全世界', '全国', '全球'];

/**
 * Levels of government within a region (省级财政, 市级项目): a tier of the region's own administration, never
 * another place. They stay in the indicator's name (省级一般公共预算收入 is not the province's whole budget).
 */
export const GOVERNMENT_LEVELS: readonly string[] = ['省级', '市级', '区级', '县级', '州级', '盟级', '旗级', '镇级', '乡级', '村级'];

/** Ethnic names inside an autonomous region's name ("广西壮族自治区" → 广西): they are no part of its short name. */
export const ETHNIC_NAMES: readonly string[] = [
  '维吾尔', '哈萨克', '柯尔克孜', '塔吉克', '蒙古族', '蒙古', '朝鲜族', '土家族', '达斡尔族', '鄂温克族', '鄂伦春族',
  '仡佬族', '傈僳族', '布依族', '哈尼族', '景颇族', '纳西族', '拉祜族', '毛南族', '仫佬族', '撒拉族', '东乡族', '保安族',
  '裕固族', '锡伯族', '普米族', '独龙族', '布朗族', '壮族', '回族', '藏族', '苗族', '彝族', '傣族', '白族', '侗族', '瑶族',
  '黎族', '羌族', '土族', '畲族', '水族', '佤族', '怒族', '满族', '各族',
];

/**
 * Stems (the part before 区/县/市/旗) of words that are not proper place names: parts of a region and kinds of
 * zones (园区, 社区, 开发区, 城区, 景区, 保税区), and the region's own words (全区, 辖区). Longest first.
 */
export const NOT_A_PLACE_STEMS: readonly string[] = [
  '革命老', '本地', '建制', '特色', '直辖', '地级', '示范', '核心', '集聚', '先行', '功能', '保护', '试验', '开发', '合作', '自贸', '住宅', '居住', '生活', '办公', '产业', '服务', '中心',
  '重点', '口岸', '步行', '城中', '高新', '风景', '工业', '物流', '保税', '综合', '封控', '管控', '防范', '防控', '风险', '试点', '改革', '市辖', '街道',
  '老城', '全市', '全省', '大湾', '商务', '旅游', '生态', '滨海', '金融', '科技', '创新', '消费', '文化', '商业', '城市', '灾区', '林区', '山区', '牧区',
  '湖区', '城镇', '农村', '建成', '度假', '商贸', '旧城', '新城', '工作', '农业', '水源', '城乡', '建设', '防护', '控制', '经济', '贫困', '百强', '自治', '全',
  '我', '本', '辖', '城', '片', '园', '社', '街', '景', '商', '校', '院', '山', '市', '郊', '老', '旧', '灾', '疫', '特', '新', '都', '地',
  '该', '各', '两', '三', '五', '八', '边', '禁', '限', '湾', '港', '小', '库', '矿', '垦',
];
