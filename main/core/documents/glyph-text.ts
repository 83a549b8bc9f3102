// What a PDF's glyphs say, as the characters a reader typed. PDF writers that subset CJK fonts (Chromium's print to PDF, some Word exports) often map a glyph shared by a
// radical and an ideograph to the radical's code point in the ToUnicode table: "国⺠经济" (U+2EA0) for "国民经济",
// "增⻓" for "增长", "⽣产" (U+2F63) for "生产". The text looks right but no word matches. Kangxi Radicals
// (U+2F00–U+2FD5) decompose to their ideograph under NFKC; the CJK Radicals Supplement (U+2E80–U+2EF3) mostly do
// not, so the simplified-Chinese forms that stand for an ideograph are listed here.

/** Radicals Supplement forms that are themselves an ideograph of running text, and that ideograph. */
export const RADICAL_SUPPLEMENT_IDEOGRAPHS = {
  id: 'pdf.radical-supplement-ideographs',
  map: {
    '⺁': '厂', '⺇': '几', '⺊': '卜', '⺌': '小', '⺎': '兀', '⺐': '尢', '⺒': '巳', '⺓': '幺', '⺔': '彐', '⺗': '心',
    '⺜': '日', '⺝': '月', '⺟': '母', '⺠': '民', '⺢': '氺', '⺦': '丬', '⺧': '牛', '⺩': '王', '⺪': '疋', '⺫': '罒',
    '⺬': '示', '⺮': '竹', '⺯': '糸', '⺰': '纟', '⺱': '网', '⺶': '羊', '⺷': '羊', '⺼': '月', '⺽': '臼', '⻁': '虎',
    '⻄': '西', '⻅': '见', '⻆': '角', '⻇': '角', '⻈': '讠', '⻉': '贝', '⻊': '足', '⻋': '车', '⻐': '金', '⻑': '長',
    '⻒': '镸', '⻓': '长', '⻔': '门', '⻗': '雨', '⻘': '青', '⻙': '韦', '⻚': '页', '⻛': '风', '⻜': '飞', '⻝': '食',
    '⻠': '饣', '⻢': '马', '⻣': '骨', '⻤': '鬼', '⻥': '鱼', '⻦': '鸟', '⻧': '卤', '⻨': '麦', '⻩': '黄', '⻪': '黾',
    '⻬': '齐', '⻮': '齿', '⻰': '龙', '⻳': '龟', '⻟': '食',
  } as Record<string, string>,
  examples: [['国⺠经济', '国民经济'], ['增⻓7.0%', '增长7.0%'], ['⻩⾦', '黄金']],
};

/**
 * A font that draws "——" (two em dashes, the bullet of a Chinese list) as one wide glyph maps it to the two-em dash
 * U+2E3A ("⸺本地区生产总值…"), and "———" to the three-em dash U+2E3B; the words after them must stay words.
 */
export const LIGATURE_DASHES = {
  id: 'pdf.ligature-dashes',
  map: { '\u2e3a': '——', '\u2e3b': '———' } as Record<string, string>,
  examples: [['\u2e3a地区生产总值增长6%', '——地区生产总值增长6%']],
};

const KANGXI = /[\u2f00-\u2fd5]/g;
const SUPPLEMENT = /[\u2e80-\u2ef3]/g;

/** A text string of a PDF with its radicals read as the ideographs they stand for and its dash ligatures undone. */
export function typedText(s: string): string {
  if (!/[\u2e3a\u2e3b\u2e80-\u2fdf]/.test(s)) return s;
  return s
    .replace(KANGXI, (c) => c.normalize('NFKC'))
    .replace(SUPPLEMENT, (c) => RADICAL_SUPPLEMENT_IDEOGRAPHS.map[c] ?? c)
    .replace(/[\u2e3a\u2e3b]/g, (c) => LIGATURE_DASHES.map[c]!);
}
