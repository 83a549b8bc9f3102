// The small grammar of plan reports: the words that sit between an indicator and its number. The words are data
// in ./lexicon/words.ts; this file compiles them into the regexes the readers use, with the few patterns that
// are more than a word (a year, a list number, a lookbehind that keeps 签约 from reading as 约).
import type { Qualifier } from '../types';
import { alternation, containing, endingWith, onlyOf, startingWith } from './lexicon/compile';
import * as W from './lexicon/words';

/** Qualifier words just before a number. `over` is 超过-style: more_than for an outcome, at_least for a target. */
export const PRE_QUALIFIERS: readonly [RegExp, Qualifier | 'over'][] = [
  [endingWith(W.AT_LEAST_BEFORE), 'at_least'],
  [endingWith(W.AT_MOST_BEFORE), 'at_most'],
  [endingWith(W.OVER_BEFORE), 'over'],
  // Not the 约 of 签约/制约/合约, nor the 近 of 最近/附近.
  [new RegExp(`(${alternation(W.APPROX_BEFORE)}|(?<![签制合公条预节简契])约|(?<![最附])近)$`), 'approx'],
];

/** The characters the words read back from the end of the words before a number can end with. */
const lastCharsOf = (words: readonly string[]) => words.filter((w) => w.length > 0).map((w) => w.charCodeAt(w.length - 1));

/** For each of PRE_QUALIFIERS, in order, the characters its words can end with (each pattern ends with a word). */
export const PRE_QUALIFIER_ENDS: readonly ReadonlySet<number>[] = [
  new Set(lastCharsOf(W.AT_LEAST_BEFORE)), new Set(lastCharsOf(W.AT_MOST_BEFORE)), new Set(lastCharsOf(W.OVER_BEFORE)),
  new Set(lastCharsOf([...W.APPROX_BEFORE, '约', '近'])),
];

/**
 * Every character a PRE_QUALIFIERS word, a LINK_WORDS word or a GROWTH_VERB ends with (built from the same
 * lists, with the 约 and 近 the approximate pattern adds): words ending otherwise have none of them to take off.
 */
export const READ_BACK_WORD_ENDS: ReadonlySet<number> = new Set([
  ...lastCharsOf([...W.AT_LEAST_BEFORE, ...W.AT_MOST_BEFORE, ...W.OVER_BEFORE, ...W.APPROX_BEFORE, '约', '近']),
  ...lastCharsOf(W.LINK_WORDS), ...lastCharsOf(W.GROWTH_VERBS),
]);

/** Qualifier words just after a number and its unit. */
export const POST_QUALIFIERS: readonly [RegExp, Qualifier | 'over'][] = [
  [startingWith(W.APPROX_AFTER), 'approx'],
  [startingWith(W.OVER_AFTER), 'over'],
  [startingWith(W.AT_MOST_AFTER), 'at_most'],
];

/** Verbs that turn a percentage into a change of the indicator; the sign is negative for falls. */
export const GROWTH_VERB = endingWith(W.GROWTH_VERBS);
export const FALL_VERB = endingWith(W.FALL_VERBS);

/** Verbs and fillers between an indicator and its number that carry no meaning of their own. */
export const LINK_WORDS = endingWith(W.LINK_WORDS);

/** Openers of an indicator phrase that say when or who, not what; and list numbering (1. ① 一是). */
// Patterns first (list numbers, months, years, "十四五"), then the plain words.
const LEADING_PATTERNS = [
  /[—\-－•·]+/, /\d{1,2}\s*[.、．](?!\d)/, /[①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳]/, /[一二三四五六七八九十]{1,2}是/, /按照?(?=每|人均)/,
  /\d{1,2}\s*[-—至~]\s*\d{1,2}\s*月(份)?/, /\d{1,2}\s*月(份)?/, /前三季度/, /[一二三四]季度/, /截至\s*\d{4}\s*年底?/,
  /到\s*\d{4}\s*年底?/, /\d{4}\s*年(底|末|度)?/, /“?十[一二三四五]五”?(期间|末)?/, /经济(?!总量)/,
].map((re) => re.source);
export const LEADING_FILLERS = new RegExp(`^(${LEADING_PATTERNS.join('|')}|${alternation(W.LEADING_FILLER_WORDS)})`);

/** A number said to be an estimate. */
// 初步核算 (preliminary accounting) is an outcome, not an estimate.
export const ESTIMATE_WORD = containing(W.ESTIMATE_WORDS);
/** A number said to be a goal (预期, but not 预期寿命: life expectancy is an outcome; 目标, but not the one a
 * number is measured against: "完成全年目标的52%"). 努力 only with a verb of reaching ("努力实现"), not of effort ("努力保障", "努力破解").
 * 计划 only counts as a verb ("计划安排", "计划完成"), not as a noun ("年度计划"). */
export const TARGET_WORD = new RegExp(`(${alternation(W.TARGET_WORDS)}|(?<!完成(?:全年|年度)?[\\u4e00-\\u9fff]{0,10})目标|预期(?!寿命)|努力(?=${alternation(W.EFFORT_REACH_VERBS)})|计划(?=${alternation(W.PLAN_VERBS)}))`);

/** Verbs that, with nothing named before them, take their indicator from the noun after the count ("新增3家持牌金融机构"). */
export const COUNT_VERB = onlyOf(W.COUNT_VERBS);

/** Counted things that are activities or parts of the district, not its indicators (tested on the head noun, which Chinese puts last). */
export const NOT_INDICATOR_NOUN = endingWith(W.NOT_INDICATOR_NOUNS);

/** People counts worth keeping are of talent and workforce, not of officials or participants. */
export const PEOPLE_NOUN = containing(W.PEOPLE_NOUNS);

/** Per-head and density wording makes a count a level ("每万人全科医生数4.07名"). */
export const PER_HEAD = containing(W.PER_HEAD_WORDS);

/** Head nouns of counts that are indicators of a district: firms, institutions, talent, places for people (学位, 床位). */
// Buildings and facilities (schools, stations, service centres) are excluded, except the few that plans
// count as capacity: charging stations and elderly-care stations.
export const COUNTED_INDICATOR_HEAD = endingWith(W.COUNTED_INDICATOR_HEADS);

/** Counts of what the government did to or for firms (served, visited, trained) are activities, not indicators. */
// 受益/惠及: the firms or people a programme reached.
export const ACTIVITY_VERB = containing(W.ACTIVITY_VERBS);

/** A percentage is a rate of the district when its phrase names one, or a verb ties it to its subject. */
export const RATE_HEAD = endingWith(W.RATE_HEADS);

/** Lengths and progress of construction works (roads, pipes, lanes, a metro line's progress) are project quantities. */
// A phrase ending in a rate word is a rate of the region even when it names works ("行政村通双车道公路覆盖率",
// "农村规模化供水工程覆盖人口比例"): only the works' own lengths and progress are project quantities.
export const WORKS = new RegExp(`^(?![\\s\\S]*(${alternation(W.RATE_OF_WORKS)})$)[\\s\\S]*(${alternation(W.WORKS_WORDS)})`);

/** Parts of the map: an area stated for one of them is that place's size, not an indicator of the district. */
export const PLACE_PART = endingWith(W.PLACE_PARTS);

/** Inventories the government drew up ("梳理24.6万平方米产业用地进行推介", "摸排闲置楼宇"): lists of work, not outcomes. */
export const INVENTORY_VERB = startingWith(W.INVENTORY_VERBS);
