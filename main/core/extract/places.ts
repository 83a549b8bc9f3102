// Place names: which district issued a report, and whether a number is about some other place
// ("远高于深圳 60%、香港 80%", "福田区的51%") rather than about the district itself.

// Words ending in 区/县/市 that are not proper place names (parts of a district, kinds of zones).
const NOT_A_PLACE = /^(全|我|本|本地|辖|城|片|园|社|街|景|商|校|院|山|市|郊|老|旧|灾|疫|示范|核心|集聚|先行|功能|保护|试验|开发|合作|自贸|特|新|住宅|居住|生活|办公|产业|服务|中心|重点|口岸|步行|都|地|该|各|两|三|五|八|城中|边|高新|风景|工业|物流|保税|综合|封控|管控|防范|防控|风险|禁|限|试点|改革|湾|港|市辖|片|街道|小|老城|全市|全省|大湾|商务|旅游|生态|滨海|中心|金融|科技|创新|消费|文化|口岸|商业|城市|园|校|库|矿|灾区|林区|山区|牧区|湖区|城镇|农村|建成|度假|商贸|示范|核心|旧城|新城|工作|农业|水源|城乡|建设|管控|防护|控制)$/;

const DISTRICT = /(?:[\u4e00-\u9fff]{2,3}[省市])?([\u4e00-\u9fff]{2,3}?(?:新区|区|县|旗))/g;

function isPlaceStem(name: string): boolean {
  const stem = name.replace(/(新区|区|县|旗)$/, '');
  return stem.length >= 2 && !NOT_A_PLACE.test(stem) && !/[的和与及在对从是为了年月日个家]/.test(stem);
}

/** The first district named in a line such as a title ("深圳市罗湖区2024年…" → 罗湖区). */
export function districtIn(line: string): string | null {
  // "关于宝安区…的报告": the opening preposition is not part of the name.
  for (const m of line.replace(/^\s*(关于|对于|对)/, '').matchAll(DISTRICT)) {
    const name = m[1]!;
    if (isPlaceStem(name)) return name;
  }
  return null;
}

/** The district a report talks about most (for reports whose title was lost, e.g. a breadcrumb page). */
export function mostMentionedDistrict(text: string): string | null {
  const counts = new Map<string, number>();
  // A district's name is written after its city ("深圳市罗湖区"), at a line start, or before 区委/区政府.
  for (const m of text.matchAll(/(?:^|[^\u4e00-\u9fff]|[市省])([\u4e00-\u9fff]{2})区(?=委|政府|人民政府|人大|[^\u4e00-\u9fff])?/gm)) {
    const name = m[1]! + '区';
    if (isPlaceStem(name)) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  let best: string | null = null;
  for (const [name, n] of counts) if (!best || n > counts.get(best)!) best = name;
  return best;
}

// Cities and higher levels that district reports compare themselves with, or any other named district.
const CITIES = '深圳|香港|澳门|广州|北京|上海|天津|重庆|东莞|惠州|佛山|珠海|中山|杭州|南京|苏州|成都|武汉|西安';
const OTHER_PLACE_END = new RegExp(`(全市|全省|全国|全球|(?:${CITIES})市?|广东省?|珠三角|[\\u4e00-\\u9fff]{2}(?:区|县))$`);
// Only whole-area words open another place's indicator; "深圳国际…平台" is a body in the district.
// A city's report lists its districts' figures ("南山区地区生产总值增长8%"): a district named first is that
// district's number, not the city's.
const OTHER_PLACE_START = /^(全市|全省|全国|全球|[\u4e00-\u9fff]{2}(?:区|县)(?![\u4e00-\u9fff]?(率|比|量|数)$))/;

function isOther(place: string, region: string): boolean {
  if (region && place === '全' + region.slice(-1)) return false;
  const stem = region.replace(/(新区|区|县|旗|市)$/, '');
  if (stem && place.includes(stem)) return false;
  if (/^[\u4e00-\u9fff]{2}(?:区|县|市|省)$/.test(place) && !isPlaceStem(place.replace(/[市省]$/, '区'))) return false;
  return true;
}

/**
 * True when the words just before a number name a place other than `region` as whose number it is:
 * "远高于深圳 60%", "、香港 80%", "福田区的51%". "占全市比重的11%" is the district's own share and passes.
 */
export function isAboutOtherPlace(before: string, region: string): boolean {
  const tail = before.replace(/[\s"“”]/g, '').replace(/(的|为|达|约|仅|是|有)+$/, '');
  const m = OTHER_PLACE_END.exec(tail);
  return m !== null && isOther(m[1]!, region);
}

/** True when an indicator phrase is another place's ("全市高层次人才总数", "深圳GDP"). */
export function startsWithOtherPlace(subject: string, region: string): boolean {
  const m = OTHER_PLACE_START.exec(subject);
  if (m === null) return false;
  if (/(区|县)$/.test(m[1]!) && !isPlaceStem(m[1]!)) return false;
  return isOther(m[1]!, region);
}

/** "完成罗湖区2.6公里": the district's own name is no indicator. */
export function isRegionItself(indicator: string, region: string): boolean {
  const stem = region.replace(/(新区|区|县|旗|市)$/, '');
  return indicator === region || (stem.length >= 2 && indicator === stem) || /^(全区|我区|本区|辖区)$/.test(indicator);
}
