import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalizeReport, normalizeWithSteps, type NormalizedText } from '../../main/core/normalize/index';

/** The original text behind a normalized substring (first occurrence). */
function originalOf(original: string, n: NormalizedText, needle: string): string {
  const at = n.text.indexOf(needle);
  expect(at, `normalized text lacks ${needle}`).toBeGreaterThanOrEqual(0);
  const span = n.toOriginalSpan(at, at + needle.length);
  return original.slice(span.start, span.end);
}

describe('normalizeReport: traditional script and pinyin', () => {
  it('converts traditional to simplified and maps each character to its traditional source', () => {
    const original = '——地區生產總值增長6.5%左右；\n——規模以上工業增加值增長6.0%。';
    const n = normalizeReport(original);
    expect(n.text).toBe('——地区生产总值增长6.5%左右;\n——规模以上工业增加值增长6.0%。');
    expect(originalOf(original, n, '地区生产总值')).toBe('地區生產總值');
    expect(original[n.toOriginal(n.text.indexOf('工业'))]).toBe('工');
  });

  it('uses phrase conversions where one character has several simplified forms', () => {
    // 乾隆 keeps 乾, 乾淨 becomes 干净; 著作 keeps 著 — character-by-character conversion gets these wrong.
    expect(normalizeReport('乾隆年間，乾淨整潔').text).toBe('乾隆年间,干净整洁');
  });

  it('finds a phrase far from the first character that may convert, and keeps simplified text around it', () => {
    // Made up: 覆 is simplified in 覆盖 but a phrase's character in 答覆 (答复); the conversion jumps between such
    // characters, so the phrase long after the first one must still be found, with its origins.
    const original = '实现全覆盖。' + '全区经济平稳增长,'.repeat(40) + '答覆代表建议,反覆研究';
    const n = normalizeReport(original);
    expect(n.text).toBe('实现全覆盖。' + '全区经济平稳增长,'.repeat(40) + '答复代表建议,反复研究');
    expect(originalOf(original, n, '答复')).toBe('答覆');
    expect(originalOf(original, n, '反复研究')).toBe('反覆研究');
  });

  it('removes pinyin annotations, with or without the opening parenthesis', () => {
    const original = '國民經(jīng)濟和社會發(fā)展，統tǒng)籌推進，優（yōu）化營商環(huán)境';
    const n = normalizeReport(original);
    expect(n.text).toBe('国民经济和社会发展,统筹推进,优化营商环境');
    expect(originalOf(original, n, '经济')).toBe('經(jīng)濟');
    // The span of one character does not swallow the annotation after it.
    expect(originalOf(original, n, '经')).toBe('經');
    expect(originalOf(original, n, '统')).toBe('統');
  });

  it('removes annotations of proper nouns and annotations written with combining tone marks', () => {
    expect(normalizeReport('深(Shēn)圳羅(luó)湖，經(ji\u0304ng)濟').text).toBe('深圳罗湖,经济');
  });

  it('keeps parenthesised abbreviations and list markers that are not pinyin', () => {
    expect(normalizeReport('地區生產總值(GDP)增長3.5%，PM2.5(年均)下降，(a)項').text).toBe('地区生产总值(GDP)增长3.5%,PM2.5(年均)下降,(a)项');
  });
});

describe('normalizeReport: widths, numbers and spaces', () => {
  it('folds full-width digits, letters and punctuation to ASCII', () => {
    expect(normalizeReport('增长７．０％（目标６％）；ＧＤＰ：１２３４亿元，～').text).toBe('增长7.0%(目标6%);GDP:1234亿元,~');
  });

  it('turns Hong Kong and Taiwan quotation marks into mainland ones', () => {
    expect(normalizeReport('「十四五」規劃，『雙區』驅動').text).toBe('“十四五”规划,‘双区’驱动');
  });

  it('joins numbers split by spaces and drops spaces around Chinese text', () => {
    const original = '地区生产总值增长 7.0 %左右，从 2016 年的1945.16 亿元增长到 2020 年的 2375.28 亿元，增长 -2.0 %';
    const n = normalizeReport(original);
    expect(n.text).toBe('地区生产总值增长7.0%左右,从2016年的1945.16亿元增长到2020年的2375.28亿元,增长-2.0%');
    expect(originalOf(original, n, '2375.28亿元')).toBe('2375.28 亿元');
    expect(originalOf(original, n, '7.0%')).toBe('7.0 %');
  });

  it('keeps one space between two ASCII tokens and none at line ends', () => {
    expect(normalizeReport('  PM 2.5 浓度 下降   \n\t2019 2020 两年  ').text).toBe('PM 2.5浓度下降\n2019 2020两年');
  });

  it('collapses blank lines and normalizes line breaks, ideographic spaces and invisible characters', () => {
    expect(normalizeReport('\r\n\r\n第一段\r\n\r\n\r\n\u3000\u3000第二段\u200b\ufeff\r第三段\n\n').text).toBe('第一段\n\n第二段\n第三段');
  });
});

describe('normalizeReport: HTML pages and page chrome', () => {
  const page = readFileSync('tests/fixtures/reports/portal-page.html', 'utf8');
  const n = normalizeReport(page);

  it('keeps the report text with block boundaries as line breaks', () => {
    const lines = n.text.split('\n').filter((l) => l.trim() !== '');
    expect(lines).toContain('一、2023年经济社会发展主要指标完成情况');
    expect(lines).toContain('——地区生产总值增长6.2%,达到1520.36亿元;');
    expect(lines).toContain('——固定资产投资增长10.5%;');
    expect(lines).toContain('——社会消费品零售总额下降-2.1%。');
    expect(lines).toContain('指标\t目标');
    expect(lines).toContain('一般公共预算收入\t88.6亿元');
    // The footnote mark <sup>1</sup> goes (footnotes.ts); the exponent of m² stays.
    expect(lines).toContain('全年GDP达到2400亿元,新增绿地10万m²。');
    expect(lines).toContain('研发投入强度达到4.5%&以上,“R&D”经费稳步增长。');
  });

  it('drops scripts, styles, comments, breadcrumbs, counters, share and print bars', () => {
    for (const gone of ['visits', 'font-size', '88.8%', '99.9%', '当前位置', '浏览次数', '1024', '分享到', '打印', '无障碍', '<', 'JavaScript', '版权所有', 'ICP', '政务公开', '办事', '互动交流']) {
      expect(n.text, gone).not.toContain(gone);
    }
  });

  it('maps HTML text back to the exact source, entities included', () => {
    expect(originalOf(page, n, '1520.36亿元')).toBe('1520.36 亿元');
    expect(originalOf(page, n, '6.2%')).toBe('6.2&nbsp;%');
    expect(originalOf(page, n, '10.5%')).toBe('１０．５％');
    expect(originalOf(page, n, 'R&D')).toBe('R&amp;D');
  });

  it('removes tags that span lines, and entities written without their semicolon', () => {
    const html = '<html><body><p class="a"\n   style="x">增长&nbsp7.0&#37;</p><a\nhref="/x">链接</a>&lt;表1&gt;</body></html>';
    expect(normalizeReport(html).text).toBe('增长7.0%\n链接<表1>');
  });

  it('removes stray tags and entities from plain text but not angle-bracketed Chinese', () => {
    const n2 = normalizeReport('(二)<strong>坚持</strong>创新&nbsp;驱动，落实<十四五规划>，?。?/strong>三)推进');
    expect(n2.text).toBe('(二)坚持创新驱动,落实<十四五规划>,?。?三)推进');
  });

  it('does not let a stray "<script>" or "<!--" in a plain-text file swallow the report after it', () => {
    const original = '说明<!--\n——地区生产总值增长6%;<script>\n——固定资产投资增长5%。<!-- 注 -->完';
    expect(normalizeReport(original).text).toBe('说明<!--\n——地区生产总值增长6%;\n——固定资产投资增长5%。完');
  });

  it('removes chrome lines of plain-text copies without touching report sentences', () => {
    const original = [
      '首頁 > 政務服務 > 營商環境 > 產業規劃',
      '【打印】 【字体:大 中 小】',
      '发布日期:2024-10-24  浏览次数:-',
      '扫一扫在手机上打开当前页',
      '×',
      '深圳市某区2024年上半年计划执行情况报告',
      '推广“扫码即办”，群众通过微信扫描二维码即可办理108项业务，比上年增加12项，办理量增长35.6%，满意度达到99.2%以上。',
    ].join('\n');
    const out = normalizeReport(original).text;
    // The info line keeps the report's date (DATED_INFO_LINE) and loses its counter.
    expect(out.split('\n')).toEqual([
      '发布日期:2024-10-24',
      '深圳市某区2024年上半年计划执行情况报告',
      '推广“扫码即办”,群众通过微信扫描二维码即可办理108项业务,比上年增加12项,办理量增长35.6%,满意度达到99.2%以上。',
    ]);
  });
});

describe('normalizeReport: damaged input', () => {
  it('tolerates mojibake, replacement characters and Latin-1 garbage without losing the facts around them', () => {
    const original = '?。ㄒ唬┳嵶ゼ氁咔榉揽睾徒?jīng)濟發展\n——固定資產投資完成373億元；Ã©Â\ufffd\ufffd增长6.0%';
    const n = normalizeReport(original);
    expect(n.text).toContain('——固定资产投资完成373亿元;');
    expect(n.text).toContain('\ufffd\ufffd增长6.0%');
    expect(originalOf(original, n, '373亿元')).toBe('373億元');
  });

  it('maps every index including the end, and never past the original', () => {
    const original = '<p>增长&nbsp;7.0 %</p>';
    const n = normalizeReport(original);
    expect(n.toOriginal(n.text.length)).toBe(original.length);
    expect(n.toOriginal(-3)).toBe(n.toOriginal(0));
    expect(n.toOriginal(n.text.length + 10)).toBe(original.length);
    for (let i = 0; i <= n.text.length; i++) expect(n.toOriginal(i)).toBeLessThanOrEqual(original.length);
  });

  it('handles empty and whitespace-only text', () => {
    expect(normalizeReport('').text).toBe('');
    expect(normalizeReport('').toOriginal(0)).toBe(0);
    expect(normalizeReport(' \n\u3000\n').text).toBe('');
  });

  it('shows each step for debugging', () => {
    const steps = normalizeWithSteps('經(jīng)濟增長 ７％');
    expect(steps.map((s) => s.step)).toEqual(['original', 'markup', 'pinyin', 'simplify', 'chrome', 'pipes', 'columns', 'spacing']);
    expect(steps.at(-1)?.text).toBe('经济增长7%');
  });
});
