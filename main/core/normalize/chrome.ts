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

/** Lines of one symbol left over from icons: "<", "×", "|", "▲". */
const ICON_LINE = /^[<>×xX|·•▲▼◆■□★☆→←↑↓\-–—_=+*]$/;

const SENTENCE_PUNCTUATION = /[。，,；;！？]/;

export function isChromeLine(line: string): boolean {
  const t = line.trim();
  if (t.length === 0 || t.length > MAX_CHROME_LINE) return false;
  if (ICON_LINE.test(t)) return true;
  // Portal buttons and counters are never sentences; a line with sentence punctuation is report text.
  if (SENTENCE_PUNCTUATION.test(t)) return false;
  return CHROME_PATTERNS.some((p) => p.test(t));
}

export function stripChrome(input: MappedText): MappedText {
  const text = input.text;
  let out: MappedTextBuilder | null = null;
  let copied = 0;
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    // Cheap pre-filter: a chrome line is short, so long lines skip the regex work.
    if (end - start <= MAX_CHROME_LINE + 8 && isChromeLine(text.slice(start, end))) {
      out ??= new MappedTextBuilder(input);
      out.copy(copied, start);
      copied = Math.min(text.length, end + 1);
    }
    start = end + 1;
  }
  if (out === null) return input;
  out.copy(copied, text.length);
  return out.finish();
}
