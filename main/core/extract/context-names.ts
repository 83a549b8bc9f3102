// Indicator names that the words right before a number leave generic: "实缴税收1.002亿元" in a sentence about
// investment promotion is the tax paid by the firms brought in (招商引资实缴税收), not the district's tax
// revenue; "总金额达1.1亿元的民生微实事项目" is the money put into that programme. The phrase before the number
// names only the measure (tax, revenue, amount, money put in); the sentence names whose measure it is.
//
// Two readings, both only for amounts of money whose own name is one of a few generic heads:
//   – a programme named EARLIER in the same sentence (招商引资, 城市更新, a 棚户区改造 …) owns the amount;
//   – money put into projects named AFTER the number ("投入1.33亿元实施1300个X项目", "总金额…的X项目") is X投入.
// A name with its own owner ("全区实缴税收", "全社会固定资产投资") is left alone.

/** Amounts whose name says what was measured but not whose. */
const GENERIC_RESULT = /^(实缴税收|税收|实产营收|营收|营业收入|固定资产投资)$/;
/** Money put in, named only by the act of putting it in or by the word for an amount. */
// 总投资 is not here: the total investment of projects is the projects' size, not money put in.
const GENERIC_INPUT = /^(总金额|金额|投入|投入实施|投入(?:财政|政府)?资金|财政资金)$/;

/**
 * Programmes a sentence can be about, named by their head: investment promotion, urban renewal and the
 * rebuilding of shanty areas and villages. The words before the head (up to 10 characters, quotes allowed)
 * say which one ("“二线插花地”棚户区改造").
 */
const PROGRAMME = /((?:[\u4e00-\u9fff]|“[\u4e00-\u9fff]{1,8}”){0,10}?(?:棚户区改造|城中村改造|旧村改造|旧城改造|城市更新)|招商引资|招商(?!引资))/g;

/** Verbs and adverbs that open a clause and are not part of a programme's name. */
const CLAUSE_OPENERS = /^(?:(?:加快|持续|深入|全力|大力|积极|稳步|扎实|有序|全面)?(?:推进|推动|实施|开展|落实|加大)|加快|持续|深入|全力|大力|积极|稳步|扎实|有序|全面)+/;

/** The programme named last in `before` (the sentence up to the number's clause), tidied into its name. */
export function programmeBefore(before: string): string | null {
  let last: string | null = null;
  for (const m of before.matchAll(PROGRAMME)) last = m[1] ?? null;
  if (!last) return null;
  // 招商 alone is the usual short form of 招商引资 ("赴外招商", "产业链招商").
  if (/招商$/.test(last)) return '招商引资';
  const name = last.replace(/[“”]/g, '');
  // "推进城市更新": the verb before the programme names nothing; a place or kind before it does.
  return name.replace(CLAUSE_OPENERS, '') || null;
}

/** "…的X项目", "实施N个X项目" after the number: the projects the money went into. */
const PROJECTS_AFTER = /^[^。;；]{0,12}?(?:的|实施|用于|支持|建设)\s*(?:\d+\s*个)?\s*([\u4e00-\u9fff]{2,10}?)项目/;

/**
 * The indicator for a generic amount of money, named from its sentence: `before` is the sentence up to the
 * start of the number's clause, `clause` the clause's words before the number, `after` the sentence after it.
 */
export function nameFromSentence(indicator: string, unitClass: string, before: string, clause: string, after: string, previousSentence = ''): string {
  if (unitClass !== 'money') return indicator;
  const government = governmentInvestment(indicator, previousSentence + before, clause);
  if (government) return government;
  if (GENERIC_INPUT.test(indicator)) {
    const projects = PROJECTS_AFTER.exec(after);
    if (projects) return `${projects[1]!}投入`;
  }
  if (GENERIC_RESULT.test(indicator) || GENERIC_INPUT.test(indicator)) {
    // "全区实缴税收", "全社会固定资产投资": the clause names its own owner.
    if (/(全区|全市|全县|全社会|辖区|我区|本区|区政府|政府)/.test(clause)) return indicator;
    const programme = programmeBefore(before);
    if (programme) return programme + (GENERIC_INPUT.test(indicator) ? '投入' : indicator);
  }
  return indicator;
}

/** Investment figures a sentence can give without saying whose ("安排投资总规模", "下达投资计划", "完成固定资产投资"). */
const BARE_INVESTMENT = /^(?:(?:计划)?安排|完成|推动完成)?(?:固定资产投资|投资)(?:总规模|总额|规模)?$/;

/**
 * "2024年政府投资项目计划共安排137项，计划安排投资总规模55亿元。1-6月，下达投资计划27.7亿元，推动完成固定资产
 * 投资34.06亿元": in a passage about the government's investment plan, every bare investment figure is the
 * government's own investment (its plan, the part released, the part spent), not the district's total. The
 * passage is this sentence and the one before it.
 */
function governmentInvestment(indicator: string, before: string, clause: string): string | null {
  // The name is tested first: most amounts are no bare investment figure, and the passage is not read for them.
  const bare = BARE_INVESTMENT.test(indicator);
  const plan = bare ? null : /^(下达|安排|完成)投资计划$/.exec(indicator);
  if (!bare && !plan) return null;
  // "全社会固定资产投资" names its own owner, whatever the passage is about.
  if (!/政府投资(项目|计划)/.test(before) || /(全区|全市|全县|全社会|辖区|我区|本区)/.test(clause)) return null;
  return bare ? '政府投资' : `${plan![1]!}政府投资计划`;
}
