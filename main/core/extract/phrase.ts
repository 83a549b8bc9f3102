// Reading the words before a number: which indicator, which verb (a growth, a fall, a level reached), which
// qualifier, and which year ("从2016年的…", "截至2020年底…"). Works on one clause segment at a time.
import { codes } from './char-codes';
import type { Qualifier } from '../types';
import { alternation, endingWith } from './lexicon/compile';
import { ALL_KINDS_WORDS, NOUN_TAIL_WORDS, RUNNING_TOTAL_VERBS, SINCE_PERIOD_START, TRAILING_TIME_WORDS, VERBS_AFTER_NOUN } from './lexicon/words';
import { withoutOwnRegion } from './region';
import { FALL_VERB, GROWTH_VERB, LEADING_FILLERS, LINK_WORDS, PRE_QUALIFIER_ENDS, PRE_QUALIFIERS, READ_BACK_WORD_ENDS } from './words';

export interface LeftReading {
  /** The indicator phrase as written, tidied (no verbs, fillers or years). */
  subject: string;
  qualifier: Qualifier | 'over' | null;
  growth: boolean;
  fall: boolean;
  /** A year written right before the number ("2020 年的"). */
  year: number | null;
  /** "从 N 增至 M": this number is the base of a change. */
  from: boolean;
  /** Measured against something other than the previous year ("较十二五末期增长"). */
  relative: boolean;
  /** 年均增长: an average yearly growth over a span of years, not one year's growth. */
  average: boolean;
  /** 累计: a running total (a stock), not the period's flow. */
  cumulative: boolean;
  /** The words before the number were only verbs (so the indicator must come from elsewhere). */
  verbOnly: string;
}

const SINCE_START = new RegExp(`(${alternation(SINCE_PERIOD_START)}|\\d{1,2}\\s*[-—至~]\\s*\\d{1,2}\\s*月(份)?)\\s*累计`);
const CUMULATIVE_FILLER = new RegExp(`累计(?!${alternation(RUNNING_TOTAL_VERBS)})(?=[\\u4e00-\\u9fff]{2})`, 'g');
const ALL_KINDS = new RegExp(`(${alternation(ALL_KINDS_WORDS)})`, 'g');
const VERB_AFTER_NOUN = new RegExp(`(${alternation(VERBS_AFTER_NOUN)}).*$`);
const NOUN_TAIL = new RegExp(`(${alternation(NOUN_TAIL_WORDS)})$`);
/** The characters NOUN_TAIL can end with: a noun ending otherwise keeps its tail. */
const NOUN_TAIL_ENDS = new Set(NOUN_TAIL_WORDS.filter((w) => w.length > 0).map((w) => w.charCodeAt(w.length - 1)));
const TRAILING_TIME = endingWith(TRAILING_TIME_WORDS);

// Not before a change of the same amount: in "接待游客9.6亿人次、增长10.3%" the growth is the visitors'.
const AFTER_LISTED_AMOUNT = /^.*\d[\u4e00-\u9fff%‰]{0,3}、(?!(?:同比|比上年|较上年|年均)?(?:增|下降|降低|减少|提高|提升|上升|上涨|回落|下滑|涨))(?=[\u4e00-\u9fff]{2})/;
const SPENT_FUND = /^(?:安排|投入)(?=[\u4e00-\u9fff]{2,12}资金$)/;
const YEAR_TAIL = /(?:截至|到|至|在)?(\d{4})年(?:底|末|度|全年)?(?:的)?$/;
/** The characters YEAR_TAIL can end with. */
const YEAR_TAIL_ENDS = codes('年底末度的');
/** What the loop of readLeft can take off ends with one of these: qualifiers, years, 从, link words, times, growth verbs. */
const READ_BACK_ENDS: ReadonlySet<number> = new Set([...READ_BACK_WORD_ENDS, ...YEAR_TAIL_ENDS, '从'.charCodeAt(0),
  ...TRAILING_TIME_WORDS.map((w) => w.charCodeAt(w.length - 1))]);

/** Strips verbs, qualifiers and years from the end of `left` and fillers from its start. */
export function readLeft(left: string, region: string): LeftReading {
  let t = left.replace(/[\s\u3000"“”‘’'《》]/g, '');
  // A remark in brackets goes; most segments have no bracket to look for.
  if (t.includes('(') || t.includes('（')) t = t.replace(/[(（][^()（）]{0,12}[)）]/g, '');
  // "争取建设任务162项、中央预算内投资…465.8亿元": an item of a list ends with its number and unit; the next name starts
  // after the list comma that follows it.
  if (t.includes('、')) t = t.replace(AFTER_LISTED_AMOUNT, '');
  let qualifier: Qualifier | 'over' | null = null;
  let growth = false;
  let fall = false;
  let average = false;
  let year: number | null = null;
  let from = false;
  const relative = t.includes('较') && /较(?!上年|去年|同期|上半年)[\u4e00-\u9fff“”]{2,10}(增长|下降|提高|提升)/.test(t);
  let verbs = '';
  for (let guard = 0; guard < 12; guard++) {
    // Every word below is taken off the end: words whose last character ends none of them are left as they are
    // (the last round of the loop, which finds nothing more, is not run word by word).
    if (!READ_BACK_ENDS.has(t.charCodeAt(t.length - 1))) break;
    const before = t;
    for (let k = 0; k < PRE_QUALIFIERS.length; k++) {
      // The approximate pattern is no word list: its words' last characters are checked here, as for the others.
      if (!PRE_QUALIFIER_ENDS[k]!.has(t.charCodeAt(t.length - 1))) continue;
      const [re, q] = PRE_QUALIFIERS[k]!;
      const m = re.exec(t);
      if (m) {
        qualifier ??= q;
        t = t.slice(0, m.index);
      }
    }
    // A year's words end with one of these characters: other texts are not searched for one.
    const y = YEAR_TAIL_ENDS.has(t.charCodeAt(t.length - 1)) ? YEAR_TAIL.exec(t) : null;
    if (y) {
      year ??= Number(y[1]);
      t = t.slice(0, y.index);
    }
    if (t.endsWith('从')) {
      from = true;
      t = t.slice(0, -1);
    }
    const link = LINK_WORDS.exec(t);
    if (link && link[0].length < t.length + 1) {
      verbs = link[0] + verbs;
      t = t.slice(0, link.index);
    }
    // "社消零总额预计全年实现": when it was, said between the indicator and its verb, is no part of the name.
    const when = TRAILING_TIME.exec(t);
    if (when && when.index > 0) t = t.slice(0, when.index);
    const g = GROWTH_VERB.exec(t);
    if (g && !growth && !verbs) {
      growth = true;
      fall = FALL_VERB.test(g[0]);
      average = /^年(均|平均)/.test(g[0]);
      verbs = g[0] + verbs;
      t = t.slice(0, g.index);
    }
    if (t === before) break;
  }
  for (let guard = 0; guard < 8; guard++) {
    const before = t;
    t = t.replace(LEADING_FILLERS, '');
    // "全市" in a city's report, "全省" in a province's, "我县", "本区", the region's own name: the region itself.
    t = withoutOwnRegion(t, region);
    if (t === before) break;
  }
  // "城市更新累计完成固定资产投资": the verbs inside name no different indicator.
  if (t.includes('完成') || t.includes('实现')) t = t.replace(/(累计)?(完成|实现)(?=[\u4e00-\u9fff]{2}|[A-Za-z]{2})/g, '');
  // "累计引进各类人才" names the same indicator as "引进人才": 累计 says stock-so-far, 各类 says all kinds.
  // "今年以来累计引进…", "1-6月累计…": a total since the period began is the period's flow, not a stock.
  const saysCumulative = left.includes('累计');
  const sincePeriodStart = saysCumulative && SINCE_START.test(left);
  if (sincePeriodStart) t = t.replace(/^累计/, '');
  const cumulative = !sincePeriodStart && saysCumulative;
  // But "累计引进18家": the running total of what was brought in since the plan began is its own series.
  // Each pattern is tried only when its key character is there (most subjects have none of them).
  if (t.includes('累计')) t = t.replace(CUMULATIVE_FILLER, '');
  if (t.includes('各')) t = t.replace(ALL_KINDS, '');
  // Price basis and "scale of" do not change the indicator: 工业现价增加值 is 工业增加值, 总营收规模 is 总营收.
  if (t.includes('价')) t = t.replace(/(现价|可比价)(?=增加值)/, '');
  if (t.endsWith('规模')) t = t.replace(/(营收|收入|产值|投资)规模$/, '$1');
  // "安排省级财政资金", "投入各类扶贫资金": the verb of spending says what was done with a fund; the fund is the
  // indicator. 拨付/下达 stay: money paid out so far is progress against the allocation, its own series.
  if (t.startsWith('安排') || t.startsWith('投入')) t = t.replace(SPENT_FUND, '');
  // "至少引进3家": the qualifier opens the verb phrase.
  const least = /^(至少|不少于|不低于)/.exec(t);
  if (least) {
    qualifier ??= 'at_least';
    t = t.slice(least[0].length);
  }
  return { subject: t, qualifier, growth, fall, average, year, from, relative, cumulative, verbOnly: t ? '' : verbs };
}

// The naming rules, vetoes and rewrites of one clause ask for the noun after its number several times over;
// the answer depends on the words alone, so the last one is kept.
let lastRight: string | null = null;
let lastNoun = '';

/** The counted noun after a number ("3家持牌金融机构;" → 持牌金融机构). */
export function readRightNoun(right: string): string {
  if (right !== lastRight) {
    lastNoun = rightNounOf(right);
    lastRight = right;
  }
  return lastNoun;
}

function rightNounOf(right: string): string {
  const t = right.replace(/^[\s]*(以上|以下|以内|左右|多|余)?/, '').replace(/\s+/g, '');
  // "2个消费新品牌、新业态", "2所研究院或特色学院": one count of a short list of nouns; the list stops at the
  // first item that is not a plain noun ("49座超充站、在建…").
  const head = /^[^，,。；;:：)）(（“”和]*/.exec(t)?.[0] ?? '';
  // Most nouns are one item: the split (and its array of parts) only for a list.
  const parts = head.includes('、') || head.includes('或') ? head.split(/([、或])/) : [head];
  const first = parts[0] ?? '';
  const more = parts.slice(1);
  let noun = nounOf(first);
  if (noun !== first.replace(/(等|以上|左右)$/, '') || noun.length < 3) return shortNoun(noun);
  for (let k = 0; k + 1 < more.length; k += 2) {
    const item = nounOf(more[k + 1]!);
    // Two-character items ("央企、港企") enumerate kinds of partners, not one counted group.
    if (item.length < 3 || item.length > 14) break;
    noun += more[k]! + item;
    // "…或特色学院落地罗湖": a verb after an item ends the list.
    if (item !== more[k + 1]!.replace(/(等|以上|左右)$/, '')) break;
  }
  return /[、或]/.test(noun) ? noun : shortNoun(noun);
}

/** One noun, cut where a verb starts ("3个保险园区累计引进…" counts 保险园区). */
function nounOf(phrase: string): string {
  // Each cut is tried only when its key characters are there (a noun is read for most counts).
  let noun = phrase.replace(VERB_AFTER_NOUN, '');
  if (AT_OR_TO.test(noun)) noun = noun.replace(/(?<=[\u4e00-\u9fff]{2})[在于向].*$/, '').replace(/^[在于向].*$/, '');
  if (NOUN_TAIL_ENDS.has(noun.charCodeAt(noun.length - 1))) noun = noun.replace(NOUN_TAIL, '');
  // "1400名医生24小时在线问诊": a duration after the noun starts what they do.
  if (/\d/.test(noun)) noun = noun.replace(/(?<=[\u4e00-\u9fff]{2})\d+(\.\d+)?\s*(小时|分钟|天|日|周|个月|年)[\s\S]*$/, '');
  if (!noun.includes('的')) return noun;
  // "具有国际知名度的龙头企业": the quality that selects what is counted stays in the name (知名度, 知名影响力 → 知名).
  const selected = /(?:具有|具备)([\u4e00-\u9fff]{2,8}?)的([^的]{2,})$/.exec(noun);
  if (selected) return selected[1]!.replace(/(?<=知名)(度|影响力)$/, '') + selected[2]!;
  return noun.slice(noun.lastIndexOf('的') + 1);
}
const AT_OR_TO = /[在于向]/;

const shortNoun = (noun: string) => (noun.length > 14 ? '' : noun);
