// The reading order rebuilt from a PDF's positioned strings, on small made-up pages (positions in PDF units on an
// A4 page, 595 × 842, y growing upwards; texts made up in the style of plan reports), and the text of mammoth's
// HTML and of word-extractor's body, each with its own example.
import { describe, expect, it } from 'vitest';
import { typedText, LIGATURE_DASHES, RADICAL_SUPPLEMENT_IDEOGRAPHS } from '../../main/core/documents/glyph-text';
import { docxHtmlToText } from '../../main/core/documents/docx-text';
import { DOC_MERGED_TABLE_ROWS, wordBodyToText } from '../../main/core/documents/doc-text';
import { pageAt } from '../../main/core/documents/paged-text';
import { layoutPdfText, PARAGRAPH_START, pagesWithoutText, type PdfPageItems, type PdfTextItem } from '../../main/core/documents/pdf-text';

const SIZE = 10;
/** A string drawn at (x, y), each character one em wide (as CJK glyphs are). */
const at = (x: number, y: number, str: string): PdfTextItem => ({ str, x, y, width: str.length * SIZE, size: SIZE });
const page = (n: number, items: PdfTextItem[]): PdfPageItems => ({ page: n, width: 595, height: 842, items });

/** A one-column body line at row `i` of the text block (top at y = 760, 16 units per line), `chars` wide. */
const bodyLine = (i: number, text: string, x = 60) => at(x, 760 - i * 16, text);

describe('a PDF page read in reading order', () => {
  it('joins the lines of a paragraph, and a number split by the line end with its unit', () => {
    const full = '全区上下坚持稳中求进工作总基调，经济运行总体平稳，全年地区生产总值5.2'; // 38 chars → ends at x = 440
    const text = layoutPdfText([page(1, [bodyLine(0, full), bodyLine(1, '万亿元，增长6%左右。'), bodyLine(3, '二、2025年主要目标', 60)])]).text;
    expect(text).toBe(`${full}万亿元，增长6%左右。\n二、2025年主要目标`);
  });

  it('joins a line that ends short by the width of the number the writer moved whole to the next line', () => {
    const full = '全区上下坚持稳中求进工作总基调，经济运行总体平稳，全年地区生产总值增长';
    const items = [bodyLine(0, full), bodyLine(1, '全区发放高层次人才各项综合服务补贴和住房补贴的总额比上年增加，达到'), bodyLine(2, '1.31 亿元。')];
    expect(layoutPdfText([page(1, items)]).text).toBe(`${full}全区发放高层次人才各项综合服务补贴和住房补贴的总额比上年增加，达到1.31 亿元。`);
  });

  it('keeps a line that ends short, or ends a sentence, as the end of its paragraph', () => {
    const full = '全区上下坚持稳中求进工作总基调，经济运行总体平稳，全年地区生产总值增长';
    const items = [bodyLine(0, full), bodyLine(1, '（一）经济增长'), bodyLine(2, full), bodyLine(3, '6%左右。')];
    expect(layoutPdfText([page(1, items)]).text).toBe(`${full}\n（一）经济增长\n${full}6%左右。`);
  });

  it('reads a two-column page left column first, then the right, with a title over both read where it stands', () => {
    const left = (i: number, t: string) => at(50, 700 - i * 16, t);
    const right = (i: number, t: string) => at(310, 703 - i * 16, t); // baselines need not line up with the left column
    const items = [at(105, 760, '关于2024年国民经济和社会发展计划执行情况的报告')]; // centred over both columns (50 … 430)
    for (let i = 0; i < 6; i++) {
      items.push(left(i, `左栏第${i + 1}行的文字内容。`));
      items.push(right(i, `右栏第${i + 1}行的文字内容。`));
    }
    const lines = layoutPdfText([page(1, items)]).text.split('\n');
    expect(lines[0]).toBe('关于2024年国民经济和社会发展计划执行情况的报告');
    expect(lines.slice(1)).toEqual([...[1, 2, 3, 4, 5, 6].map((n) => `左栏第${n}行的文字内容。`), ...[1, 2, 3, 4, 5, 6].map((n) => `右栏第${n}行的文字内容。`)]);
  });

  it('drops running heads and footers that repeat across pages, and page numbers', () => {
    const bodies = ['一是稳增长。', '二是促改革。', '三是惠民生。'];
    const pages = [1, 2, 3].map((n) => page(n, [
      at(200, 810, `某市人民代表大会会刊 2024年第${n}期`), bodyLine(0, bodies[n - 1]!), at(280, 40, `- ${n} -`),
    ]));
    const r = layoutPdfText(pages);
    expect(r.text).toBe(bodies.join('\n'));
    expect(r.pages.map((p) => r.text.slice(p.start, p.end))).toEqual(bodies);
  });

  it('keeps a margin line that does not repeat (a title at the top of the first page)', () => {
    const pages = [page(1, [at(150, 800, '政府工作报告'), bodyLine(2, '正文一。')]), page(2, [bodyLine(0, '正文二。')])];
    expect(layoutPdfText(pages).text).toBe('政府工作报告\n正文一。\n正文二。');
  });

  it('maps every offset to its page, a paragraph running over the page break included', () => {
    const full = '全区上下坚持稳中求进工作总基调，经济运行总体平稳，全年地区生产总值增长';
    const r = layoutPdfText([page(1, [bodyLine(0, full)]), page(2, [bodyLine(0, '6%左右。')])]);
    expect(r.text).toBe(`${full}6%左右。`);
    expect(pageAt(r.pages, r.text.indexOf('全年'))).toBe(1);
    expect(pageAt(r.pages, r.text.indexOf('6%'))).toBe(2);
    expect(pageAt([], 0)).toBeNull();
  });

  it('reads a table row as cells: a gap wider than the font between strings is a tab, a narrow one a space', () => {
    const items = [at(60, 700, '指标'), at(200, 700, '单位'), at(260, 700, '2024年目标'), at(60, 684, '地区生产总值'), at(200, 684, '亿元'),
      at(260, 684, '5200'), at(60, 668, 'GDP'), { str: '增长', x: 95, y: 668, width: 20, size: SIZE }];
    expect(layoutPdfText([page(1, items)]).text).toBe('指标\t单位\t2024年目标\n地区生产总值\t亿元\t5200\nGDP 增长');
  });

  it('reads a page printed glyph by glyph with more glyphs than a call takes arguments (a crafted or huge page)', () => {
    // 200 000 one-character items packed onto the page: its edges must not be found by spreading them into Math.min.
    const items = Array.from({ length: 200_000 }, (_, i) => at(60 + (i % 100) * 4, 800 - Math.floor(i / 100) * 0.4, '增'));
    const text = layoutPdfText([page(1, items)]).text;
    expect(text.replace(/\s/g, '').length).toBe(200_000);
  });

  it('counts pages with (next to) no text layer, as a scan has', () => {
    expect(pagesWithoutText([page(1, []), page(2, [at(60, 700, '   ')]), page(3, [bodyLine(0, '地区生产总值增长百分之六左右')])])).toBe(2);
  });
});

describe(PARAGRAPH_START.id, () => {
  it.each(PARAGRAPH_START.examples)('starts a paragraph: %s', (line) => expect(PARAGRAPH_START.pattern.test(line)).toBe(true));
  it.each(PARAGRAPH_START.keeps)('continues one: %s', (line) => expect(PARAGRAPH_START.pattern.test(line)).toBe(false));
});

describe('glyphs read as the characters a reader typed', () => {
  it.each([...RADICAL_SUPPLEMENT_IDEOGRAPHS.examples, ...LIGATURE_DASHES.examples, ['⽣产总值', '生产总值']])('%s → %s', (from, to) => {
    expect(typedText(from!)).toBe(to);
  });
});

describe('Word documents as text', () => {
  it('.docx (mammoth HTML): a line per paragraph, a tab between the cells of a table row', () => {
    // Made-up HTML of the shape mammoth writes.
    const html = '<h1>主要指标</h1><p>2024年主要预期目标如下：</p><table><tr><td><p>指标</p></td><td><p>单位</p></td><td><p>目标</p></td></tr>'
      + '<tr><td><p>地区生产总值</p><p>增长</p></td><td><p>%</p></td><td><p>6左右</p></td></tr></table><p>A &amp; B</p>';
    expect(docxHtmlToText(html)).toBe('主要指标\n2024年主要预期目标如下：\n指标\t单位\t目标\n地区生产总值 增长\t%\t6左右\nA & B\n');
  });

  it('.doc (word-extractor body): field codes dropped, their shown result kept, Word breaks as line breaks', () => {
    const body = '一、主要目标\r地区生产总值增长6%\u000b左右\u0013 PAGE \\* MERGEFORMAT \u00143\u0015\r\r\r\r二、';
    expect(wordBodyToText(body)).toBe('一、主要目标\n地区生产总值增长6%\n左右3\n\n二、\n');
    expect(wordBodyToText('指标\t单位\t目标\t\n地区生产总值\t%\t\t\n')).toBe('指标\t单位\t目标\n地区生产总值\t%\t\n');
  });

  it.each(DOC_MERGED_TABLE_ROWS.examples)('.doc: two rows word-extractor ran together are split back (%#)', (from, to) => {
    expect(wordBodyToText(from!)).toBe(to);
  });

  it('.doc: a row with an empty cell is not split when its cell count says it is one row', () => {
    expect(wordBodyToText('指标\t单位\t目标\n地区生产总值\t\t320\n')).toBe('指标\t单位\t目标\n地区生产总值\t\t320\n');
  });
});
