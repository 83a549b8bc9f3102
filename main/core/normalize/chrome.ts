// Page chrome: the lines a government portal wraps around a report (breadcrumbs, view counters, print /
// close / share buttons, accessibility toolbars, QR-code prompts). They are recognised by generic portal
// vocabulary on short lines without sentence punctuation, so a report sentence that mentions 二维码 stays.
// Runs after traditional→simplified conversion, so the patterns are written in simplified characters.
import { MappedTextBuilder, type MappedText } from './mapped-text';

const MAX_CHROME_LINE = 80;

const CHROME_PATTERNS: readonly RegExp[] = [
  // Breadcrumbs: "首页 > 政务服务 > 营商环境", "当前位置：首页 » 信息公开"
  /^(?:首页|主页|网站首页|当前位置|您的位置|你的位置|您现在的位置|所在位置)\s*(?:[:：>›»/]|$)/,
  /^[^>›»。，,;；]{1,20}(?:\s*[>›»]\s*[^>›»。，,;；]{1,20}){2,}$/,
  // Counters and toolbars
  /(?:浏览次数|浏览量|阅读次数|阅读量|访问量|访问次数|点击数|点击量|点击率)\s*[:：]?/,
  /【\s*(?:打印|关闭|字体|字号|大|中|小|收藏|关闭窗口|打印本页|打印正文|返回顶部)/,
  /^(?:打印|关闭|关闭窗口|打印本页|返回|返回顶部|返回首页|收藏|我的收藏|上一篇|下一篇|相关链接|相关文章)(?:\s|[:：]|$)/,
  /(?:字号|字体)\s*[:：]\s*(?:大|中|小|默认)/,
  /分享到|扫一扫|在手机上打开|手机扫描|微信扫描|扫描二维码|二维码/,
  // Site footer
  // (© only with a year: a lone © is also what Latin-1 mojibake "Ã©" ends with.)
  /版权所有|主办单位|承办单位|ICP备|网站标识码|公网安备|技术支持\s*[:：]|网站地图|联系我们|Copyright|©\s*(?:19|20)\d\d/i,
  /无障碍|长者助手|长者模式|关怀版|适老化|读屏专用|简体版|繁体版|繁體版|English|ENGLISH|登录\s*注册/,
];

export interface ChromeRule {
  id: string;
  pattern: RegExp;
  /** Portal lines the rule drops, and report lines it must keep (asserted in the tests). */
  examples: readonly string[];
  keeps: readonly string[];
}

/**
 * More portal furniture, found on district and city government sites: each rule is a kind of line, not a
 * site. A line with sentence punctuation is never dropped (isChromeLine), so these only see short lines.
 */
export const PORTAL_LINES: readonly ChromeRule[] = [
  {
    id: 'portal.clock',
    // The site's date-and-weekday clock in its top bar.
    pattern: /^(?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:星期|周|礼拜)[一二三四五六日天]$/,
    examples: ['2026年12月02日 星期三', '2024年3月5日周二'],
    keeps: ['2024年3月5日', '(2021年1月26日在坪山区第一届人民代表大会第七次会议上)'],
  },
  {
    id: 'portal.counter',
    pattern: /^(?:点击|阅读|浏览|访问)(?:数|量|次数|人次)?\s*[:：]\s*\d*\s*次?$|第\s*\d+\s*位访客|访客人?数\s*[:：]/,
    examples: ['点击：1234', '阅读：123次', '您是本站第1234567位访客'],
    keeps: ['阅读推广活动覆盖12万人'],
  },
  {
    id: 'portal.site-owner',
    // The footer's owner and contact lines: 主办/承办 units, a phone, fax or postcode behind its label.
    pattern: /^(?:主办|承办|协办|运维|维护)(?:单位)?\s*[:：]|(?:电话|传真|热线)\s*[:：]\s*[\d（）()\-－ ]{7,}|邮编\s*[:：]\s*\d{6}/,
    examples: ['主办：深圳市坪山区人民政府办公室', '地址:深圳市坪山区坪山大道2008号邮编:518118电话:0755-84636000', '联系电话：0755-12345678'],
    keeps: ['开通12345政务服务热线'],
  },
  {
    id: 'portal.browser-hint',
    pattern: /建议使用.{0,30}(?:浏览器|分辨率)|分辨率.{0,12}浏览/,
    examples: ['建议使用1920×1080分辨率浏览', '建议使用IE9以上浏览器'],
    keeps: ['全区建成5G基站1200个'],
  },
  {
    id: 'portal.follow-us',
    pattern: /^(?:关注我们|政务微博|政务微信|政务抖音|官方微博|官方微信|微信公众号|官方账号|新媒体矩阵)$/,
    examples: ['关注我们', '政务微信'],
    keeps: ['政务微信公众号关注人数达到12万'],
  },
  {
    id: 'portal.toolbar',
    // "[ 打印 ] [ 关闭 ]", "字号：T|T", "分享：": the tools under an article, in any bracket.
    pattern: /^[[［(（]\s*(?:打印|关闭|收藏|纠错|返回顶部)|^【?\s*(?:字号|字体|字体大小)\s*[:：]|^分享\s*[:：]/,
    examples: ['[ 打印 ] [ 关闭 ]', '字号：T|T', '分享：'],
    keeps: ['(一)打造收藏品交易中心'],
  },
  {
    id: 'portal.listing-entry',
    // A related-articles or latest-news entry: a headline with its posting date glued on. Its numbers
    // ("…地区生产总值增长6.1%2023-10-30") belong to another page. A date the sentence points at (截至…) stays.
    pattern: /[^\d\s:：至到于为止截]\s*(?:19|20)\d\d[-/.](?:0?[1-9]|1[0-2])[-/.](?:0?[1-9]|[12]\d|3[01])(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/,
    examples: ['坪山区2023年前三季度地区生产总值增长6.1%2023-10-30', '坪山区召开2024年经济工作会议 2024-01-05'],
    keeps: ['数据截至2023-12-31', '发布日期：2024-03-05'],
  },
];

/** Lines of one symbol left over from icons: "<", "×", "|", "▲". */
const ICON_LINE = /^[<>×xX|·•▲▼◆■□★☆→←↑↓\-–—_=+*]$/;

const SENTENCE_PUNCTUATION = /[。，,；;！？]/;

export function isChromeLine(line: string): boolean {
  const t = line.trim();
  if (t.length === 0 || t.length > MAX_CHROME_LINE) return false;
  if (ICON_LINE.test(t)) return true;
  // Portal buttons and counters are never sentences; a line with sentence punctuation is report text.
  if (SENTENCE_PUNCTUATION.test(t)) return false;
  // A table row (tab-separated cells) is report text, whatever its last cell holds.
  if (t.includes('\t')) return CHROME_PATTERNS.some((p) => p.test(t));
  return CHROME_PATTERNS.some((p) => p.test(t)) || PORTAL_LINES.some((r) => r.pattern.test(t));
}

/**
 * A page's info line holds the report's date with the counters and tools ("发布日期：2026-01-31  浏览次数：-
 * 【字号：大 中 小】"): the date is the report's, so it is kept and the rest of the line dropped.
 */
export const DATED_INFO_LINE = {
  id: 'portal.dated-info-line',
  pattern: /^\s*(?:发布日期|发布时间|成文日期|日期|时间)\s*[:：]\s*(?:19|20)\d\d\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?/,
  examples: [['发布日期：2026-01-31  浏览次数：-', '发布日期：2026-01-31'], ['发布时间：2021-06-18 16:30 来源：区发改局 浏览次数：1234', '发布时间：2021-06-18']] as const,
};

export function stripChrome(input: MappedText): MappedText {
  const text = input.text;
  let out: MappedTextBuilder | null = null;
  let copied = 0;
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    // Cheap pre-filter: a chrome line is short, so long lines skip the regex work.
    const line = text.slice(start, end);
    if (end - start <= MAX_CHROME_LINE + 8 && isChromeLine(line)) {
      out ??= new MappedTextBuilder(input);
      const dated = DATED_INFO_LINE.pattern.exec(line);
      out.copy(copied, dated ? start + dated[0].length : start);
      copied = dated ? end : Math.min(text.length, end + 1);
    }
    start = end + 1;
  }
  if (out === null) return input;
  out.copy(copied, text.length);
  return out.finish();
}
