// Tables with | between cells (a PDF or Word export as Markdown, a page's table copied as text) get tabs instead,
// before the spacing step would glue their rows together; the rule lines between rows are blanked.
import { describe, expect, it } from 'vitest';
import { normalizeReport } from '../../main/core/normalize';
import { identityMapped } from '../../main/core/normalize/mapped-text';
import { PIPE_ROW, PIPE_RULE, SIDE_LETTER, alignPipeTables, isPipeRow, isPipeRule } from '../../main/core/normalize/pipe-tables';

const pipes = (text: string) => alignPipeTables(identityMapped(text)).text;

describe('rules as data, each with its examples', () => {
  it(`${PIPE_ROW.id}: rows with bars, not a bar in prose or a sentence`, () => {
    for (const e of PIPE_ROW.examples) expect(isPipeRow(e), e).toBe(true);
    for (const e of PIPE_ROW.counterExamples) expect(isPipeRow(e), e).toBe(false);
  });
  it(`${PIPE_RULE.id}: Markdown rules, not dashes in cells`, () => {
    for (const e of PIPE_RULE.examples) expect(isPipeRule(e), e).toBe(true);
    for (const e of PIPE_RULE.counterExamples) expect(isPipeRule(e), e).toBe(false);
  });
  it(`${SIDE_LETTER.id}: a side label's letter before the first cell's name goes; a spaced header word stays`, () => {
    expect(pipes(`| ${SIDE_LETTER.examples[0]} |     | —   | 【550】 | 预期性 |`)).toBe('新增人才数（万人）\t\t—\t【550】\t预期性');
    expect(pipes(`| ${SIDE_LETTER.counterExamples[0]} | 2030年 | 属性 |`)).toBe('指 标\t2030年\t属性');
  });
});

describe('writing barred rows as tab rows', () => {
  it('keeps empty cells as columns, drops the outer bars and the padding, blanks rule lines', () => {
    // Made up, in the layout of tests/fixtures/real/jiangsu_15th_fyp_main_indicators_table.txt.
    const text = ['| 类   |     | 规划目标 | 属性  |', '| --- | --- | ---- | --- |', '| 1.地区生产总值（GDP）增长（%） |     | 5左右   | 预期性 |', '注：【】内为5年累计数。'].join('\n');
    expect(pipes(text)).toBe(['类\t\t规划目标\t属性', '', '1.地区生产总值（GDP）增长（%）\t\t5左右\t预期性', '注：【】内为5年累计数。'].join('\n'));
  });
  it('maps every cell back to where it was in the original', () => {
    const text = '说明\n| 地区生产总值 | 2313.0 | 5.2 |\n';
    const n = normalizeReport(text);
    const at = n.text.indexOf('2313.0');
    expect(text.slice(n.toOriginalSpan(at, at + 6).start, n.toOriginalSpan(at, at + 6).end)).toBe('2313.0');
  });
  it('reads a yearbook table with compact empty cells', () => {
    // https://tjj.fujian.gov.cn/tongjinianjian/dz2015/cn/html/0203.htm (福建统计年鉴2015, 表2-3 总产出), first rows.
    const text = ['| 2-3 总产出 | |||||', '| 单位:亿元 | |||||', '| 项目 | 2000 | 2005 | 2010 | 2013 | 2014 |', '| 第一产业 | 1037.27 | 1373.03 | 2307.05 | 3170.16 | 3400.90 |'].join('\n');
    expect(pipes(text).split('\n')).toEqual(['2-3 总产出\t\t\t\t\t', '单位:亿元\t\t\t\t\t', '项目\t2000\t2005\t2010\t2013\t2014', '第一产业\t1037.27\t1373.03\t2307.05\t3170.16\t3400.90']);
  });
  it('leaves text without barred rows alone', () => {
    const text = '收入|支出\n全年地区生产总值2313亿元。';
    expect(alignPipeTables(identityMapped(text)).text).toBe(text);
  });
});
