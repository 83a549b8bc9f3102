// Tables aligned with runs of spaces get tabs between their columns before spacing; everything else is left to
// the spacing step. The tables here are made up, in the layout pdftotext -layout gives a plan's indicator table.
import { describe, expect, it } from 'vitest';
import { normalizeReport } from '../../main/core/normalize';
import { DATA_ROW, HEADER_CELL, HEADER_LINE, SPACED_HEADER_WORD, TWO_LINE_HEADER, WRAPPED_NAME, alignSpaceColumns } from '../../main/core/normalize/space-columns';
import { identityMapped } from '../../main/core/normalize/mapped-text';

const columns = (text: string) => alignSpaceColumns(identityMapped(text)).text;

describe('rules as data, each with its examples', () => {
  it(`${HEADER_CELL.id}: header words, and not names or values`, () => {
    for (const e of HEADER_CELL.examples) expect(HEADER_CELL.pattern.test(e), e).toBe(true);
    for (const e of HEADER_CELL.counterExamples) expect(HEADER_CELL.pattern.test(e), e).toBe(false);
  });
  it(`${HEADER_LINE.id} + ${DATA_ROW.id}: a header line with a row under it becomes tab-separated`, () => {
    const row = DATA_ROW.examples[0]!;
    for (const header of HEADER_LINE.examples) expect(columns(`${header}\n${row}`), header).toContain('\t');
    for (const header of HEADER_LINE.counterExamples) expect(columns(`${header}\n${row}`), header).toBe(`${header}\n${row}`);
  });
  it(`${DATA_ROW.id}: prose with double spaces under a header is not a row`, () => {
    const header = HEADER_LINE.examples[0]!;
    for (const line of DATA_ROW.examples) expect(columns(`${header}\n${line}`).split('\n')[1], line).toContain('\t');
    for (const line of DATA_ROW.counterExamples) expect(columns(`${header}\n${line}`), line).toBe(`${header}\n${line}`);
  });
  it(`${WRAPPED_NAME.id}: a name cut at the column edge continues on the next line`, () => {
    const text = ['指标                        单位    2020年    2025年', `战略性新兴产业增加值占地区  %       35        42`, `${WRAPPED_NAME.examples[0]}`].join('\n');
    expect(columns(text).split('\n')[1]).toBe('战略性新兴产业增加值占地区生产总值比重\t%\t35\t42');
    // A footnote under the table is not a wrapped name.
    expect(columns(`${text}\n${WRAPPED_NAME.counterExamples[0]}`).split('\n')[2]).toBe(WRAPPED_NAME.counterExamples[0]);
  });
});

describe(`${SPACED_HEADER_WORD.id}: a header word spaced out to fill its cell is one cell`, () => {
  // Made up, in the layout of a plan table's pdftotext copy.
  const row = '地区生产总值增长    %      5.4      —      5左右      预期性';
  it('reads "指  标" as the 指标 column', () => {
    for (const word of SPACED_HEADER_WORD.examples) {
      const header = `${word}                单位      2025年    2030年    年均/累计    属性`;
      expect(columns(`${header}\n${row}`).split('\n')[0]!.split('\t'), word).toHaveLength(6);
    }
  });
  it('joins no other pair of letters', () => {
    const header = `${SPACED_HEADER_WORD.counterExamples[0]}        单位      2025年    2030年`;
    expect(columns(`${header}\n${row}`)).toBe(`${header}\n${row}`);
  });
});

describe(`${TWO_LINE_HEADER.id}: a fixed header word split over the header's two lines`, () => {
  it('joins "指标" over "属性" into one 指标属性 column while the years take their kind words', () => {
    // Made up, in the layout of a plan table's pdftotext copy.
    const text = ['序号   指标名称                 单位      2025年      2030年      年均增长      指标', '                                        基期值      目标值      (累计)        属性',
      '2      城镇调查失业率            %         5.2         <5.5        —             预期性'].join('\n');
    expect(columns(text).split('\n')).toEqual(['序号\t指标名称\t单位\t2025年基期值\t2030年目标值\t年均增长(累计)\t指标属性', '2\t城镇调查失业率\t%\t5.2\t<5.5\t—\t预期性']);
  });
});

describe('placing the cells of a row under the header', () => {
  it('puts a row with an empty cell under its columns by position (CJK characters two columns wide)', () => {
    const text = ['指标            单位    2020年    2025年    年均增长    属性', '城镇登记失业率  %       2.5       <3                    约束性'].join('\n');
    expect(columns(text).split('\n')[1]).toBe('城镇登记失业率\t%\t2.5\t<3\t\t约束性');
  });
  it('also when the copy aligned by characters, not display width', () => {
    const text = ['指标      单位  2020年  2025年  年均增长  属性', '城镇登记失业率   %   2.5    <3              约束性'].join('\n');
    expect(columns(text).split('\n')[1]).toBe('城镇登记失业率\t%\t2.5\t<3\t\t约束性');
  });
  it('keeps a blank first column (a category spanning rows) as an empty cell through spacing', () => {
    const text = ['类别      指标              单位    2020年    2025年', '经济发展  地区生产总值      亿元    801.05    1200', '          规模以上工业增加值  亿元    420       650'].join('\n');
    expect(normalizeReport(text).text.split('\n')[2]).toBe('\t规模以上工业增加值\t亿元\t420\t650');
  });
  it('writes a row whose cells sit under no single column with one tab per gap, guessing nothing', () => {
    const text = ['指标  单位  2020年  2025年  年均增长  属性', '城镇登记失业率(%)  2.5  <3  约束性'].join('\n');
    expect(columns(text).split('\n')[1]).toBe('城镇登记失业率(%)\t2.5\t<3\t约束性');
  });
  it('reads a table separated by full-width spaces', () => {
    expect(columns('指标　单位　2023年完成　2024年目标\n地区生产总值　亿元　6012.5　6400')).toBe('指标\t单位\t2023年完成\t2024年目标\n地区生产总值\t亿元\t6012.5\t6400');
  });
});

describe('what is left alone', () => {
  it('leaves prose and page lines with double spaces to spacing', () => {
    // From ../shared/real-reports (fuzhou_changle: template blanks; guangdong: byline; guangming: date line).
    for (const text of ['企业  家,完成产值  亿元,正增长率达  %', '广东省省长  孟凡利', '日期:2020年 03月 19日    信息来源: 光明区']) expect(columns(text)).toBe(text);
  });
  it('ends the table at the first line that is neither a row nor a wrapped name', () => {
    const text = ['指标          2020年    2025年', '地区生产总值  801.05    1200', '到2025年，全区地区生产总值  达到1200亿元。'].join('\n');
    expect(columns(text).split('\n')[2]).toBe('到2025年，全区地区生产总值  达到1200亿元。');
  });
  it('maps every tab back to the gap it replaced', () => {
    const text = '指标          2020年    2025年\n地区生产总值  801.05    1200';
    const n = normalizeReport(text);
    const at = n.text.indexOf('1200');
    expect(text.slice(n.toOriginalSpan(at, at + 4).start, n.toOriginalSpan(at, at + 4).end)).toBe('1200');
    expect(text.charAt(n.toOriginal(n.text.indexOf('\t')))).toBe(' ');
  });
  it('is stable: normalizing the normalized table changes nothing', () => {
    const once = normalizeReport('指标          单位    2020年    2025年\n地区生产总值  亿元    801.05    1200\n          人口  万人    50  ').text;
    expect(normalizeReport(once).text).toBe(once);
  });
});

describe(`${TWO_LINE_HEADER.id}`, () => {
  it('puts a line of years over the header words under it', () => {
    const text = [`                                  ${TWO_LINE_HEADER.examples[0]}`, '指标                  单位        目标        完成          目标',
      '地区生产总值          亿元        6000        6012.5        6400'].join('\n');
    expect(columns(text)).toBe('指标\t单位\t2023年目标\t2023年完成\t2024年目标\n地区生产总值\t亿元\t6000\t6012.5\t6400');
  });
  it('joins a unit line to the header word above it', () => {
    const text = ['指标            2020年    2025年    年均增长', `                                    ${TWO_LINE_HEADER.examples[1]}`, '地区生产总值    801.05    1200      7'].join('\n');
    expect(columns(text)).toBe('指标\t2020年\t2025年\t年均增长(%)\n地区生产总值\t801.05\t1200\t7');
  });
  it('does not take a row for a second header line', () => {
    for (const line of TWO_LINE_HEADER.counterExamples) {
      expect(columns(`指标          单位    2020年\n${line}`).split('\n')[0], line).toBe('指标\t单位\t2020年');
    }
  });
});

describe('full-width digits and raw HTML layouts', () => {
  it('reads a table written in full-width digits (folded later by spacing)', () => {
    const text = '指标          ２０２０年    ２０２５年\n地区生产总值  ８０１．０５    １２００';
    expect(normalizeReport(text).text).toBe('指标\t2020年\t2025年\n地区生产总值\t801.05\t1200');
  });
  it('keeps the spaces of a <pre> block on a web page, so its aligned table is read', () => {
    const page = '<html><body><p>说明</p><pre>\n指标          2020年    2025年\n地区生产总值  801.05    1200\n</pre></body></html>';
    expect(normalizeReport(page).text.split('\n').filter(Boolean)).toEqual(['说明', '指标\t2020年\t2025年', '地区生产总值\t801.05\t1200']);
  });
});

describe('the offset map of a rewritten table', () => {
  it('stays in order with wrapped names and a two-line header, and points each value at itself', () => {
    const text = ['                              2023年                  2024年', '指标                          目标        完成        目标',
      '战略性新兴产业增加值占地区    35          36          38', '生产总值比重', '地区生产总值                  6000        6012.5      6400'].join('\n');
    const n = normalizeReport(text);
    expect(n.text.split('\n')).toEqual(['指标\t2023年目标\t2023年完成\t2024年目标', '战略性新兴产业增加值占地区生产总值比重\t35\t36\t38', '地区生产总值\t6000\t6012.5\t6400']);
    for (let i = 1; i < n.text.length; i++) expect(n.toOriginal(i)).toBeGreaterThanOrEqual(n.toOriginal(i - 1));
    for (const value of ['36', '6012.5']) {
      const at = n.text.indexOf(value);
      const span = n.toOriginalSpan(at, at + value.length);
      expect(text.slice(span.start, span.end)).toBe(value);
    }
  });
});
