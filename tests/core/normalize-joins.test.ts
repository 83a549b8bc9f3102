import { describe, expect, it } from 'vitest';
import { normalizeReport, type NormalizedText } from '../../main/core/normalize/index';
import { breaksMidSentence } from '../../main/core/normalize/joins';

/** The original text behind a normalized substring (first occurrence). */
function originalOf(original: string, n: NormalizedText, needle: string): string {
  const at = n.text.indexOf(needle);
  expect(at, `normalized text lacks ${needle}`).toBeGreaterThanOrEqual(0);
  const span = n.toOriginalSpan(at, at + needle.length);
  return original.slice(span.start, span.end);
}

describe('normalizeReport: a line break inside a sentence', () => {
  it('keeps the break after a line that ends in an emoji (a blog copy ends its sentences and headings so)', () => {
    // A blog copy of 镇原县's 2024 report (https://www.paiqing-icetech.com/post/23326.html).
    expect(breaksMidSentence('我代表镇原县政府,向大家汇报2024年的工作报告。🌟', '回顾2023年工作成果🏆')).toBe(false);
    expect(breaksMidSentence('尊敬的各位领导、各位代表,大家好!👋', '在这春意盎然的季节里,我们齐聚一堂,')).toBe(false);
    expect(normalizeReport('展望2024年工作目标🎯\n2024年,我们将继续努力,实现以下目标:').text).toBe('展望2024年工作目标🎯\n2024年,我们将继续努力,实现以下目标:');
    // Made up: without the emoji the same break is inside a sentence and is joined.
    expect(breaksMidSentence('全县交通、水利、能源等基础设施条件得到明显改善,', '生态环境持续改善')).toBe(true);
  });

  it('joins a word broken by a blank line and maps both halves back to the original', () => {
    const original = '投资稳步回升。全区新引进华南水\n\n务区域总部等5家总部企业，实现营业收入12亿元。';
    const n = normalizeReport(original);
    expect(n.text).toBe('投资稳步回升。全区新引进华南水务区域总部等5家总部企业,实现营业收入12亿元。');
    // The joined word's span runs over the removed break in the original.
    expect(originalOf(original, n, '华南水务')).toBe('华南水\n\n务');
    expect(original[n.toOriginal(n.text.indexOf('务区域'))]).toBe('务');
    expect(originalOf(original, n, '12亿元')).toBe('12亿元');
    expect(n.toOriginal(n.text.length)).toBe(original.length);
  });

  it('joins a number broken from its unit, across indentation and full-width spaces', () => {
    const original = '产业空间持续拓展。全年盘活低效用地，腾挪空间38.5万平方\r\n\r\n\u3000\u3000米，完成年度任务。';
    const n = normalizeReport(original);
    expect(n.text).toBe('产业空间持续拓展。全年盘活低效用地,腾挪空间38.5万平方米,完成年度任务。');
    expect(originalOf(original, n, '38.5万平方米')).toBe('38.5万平方\r\n\r\n\u3000\u3000米');
  });

  it('joins a long wrapped paragraph even without a full stop on the first line', () => {
    const first = '围绕产业链上下游精准招商引资，持续优化营商环境，推动生物医药与数字经济融合发展，建设一批专业化特色园区和创新载体，完善人才住房和公共服务配套';
    expect(first.length).toBeGreaterThanOrEqual(60);
    const n = normalizeReport(`${first}\n带动社会投资稳定增长。`);
    expect(n.text).toBe(`${first.replace(/，/g, ',')}带动社会投资稳定增长。`);
  });

  it('keeps a space between two English words broken apart', () => {
    expect(normalizeReport('城区治理提速。建设数字孪生平台，引入Smart\nCity 方案。').text).toBe('城区治理提速。建设数字孪生平台,引入Smart City方案。');
  });

  it('does not join after a sentence end, with or without a closing quote or bracket', () => {
    expect(normalizeReport('经济平稳增长。\n\n消费持续回暖。').text).toBe('经济平稳增长。\n\n消费持续回暖。');
    expect(normalizeReport('提出“稳字当头。”\n全年目标如下:\n地区生产总值增长5%').text).toBe('提出“稳字当头。”\n全年目标如下:\n地区生产总值增长5%');
    expect(normalizeReport('(全区发展取得积极成效。)\n今年以来,投资回升。').text).toBe('(全区发展取得积极成效。)\n今年以来,投资回升。');
  });

  it('does not join a heading to its paragraph, nor a paragraph to the heading after it', () => {
    const text = [
      '一、2025年经济社会发展计划执行情况',
      '(一)产业结构持续优化,创新动能不断增强',
      '今年以来,全区工业增加值增长6%,新增高新技术企业',
      '(二)民生保障有力有效',
      '第三章主要任务',
      '优化营商环境,推动服务业提质增效',
      '持续推进城市更新。',
    ].join('\n');
    expect(normalizeReport(text).text).toBe(text);
  });

  it('does not join bullet lists, numbered items, footnotes or document furniture', () => {
    const text = [
      '主要预期目标建议为,',
      '——地区生产总值增长5.5%左右',
      '——一般公共预算收入增长4%',
      '-社会消费品零售总额增长6%',
      '•固定资产投资增长8%',
      '1.金融业增加值达到900亿元',
      '2、商贸业增加值达到300亿元',
      '(1)新增上市企业3家',
      '①新增国家级专精特新企业5家,',
      '一是扩大有效投资,',
      '²一街一车:即一个街道一台快检车。',
      '建设国际消费中心,推动商圈改造提升,',
      '图1商圈空间布局',
      '专栏2重点项目',
      '发布时间:2025-03-01',
    ].join('\n');
    expect(normalizeReport(text).text).toBe(text);
  });

  it('does not join short title and metadata lines without punctuation', () => {
    const text = '某区发展和改革局\n某区2025年国民经济和社会发展计划执行情况报告\n知识图谱\n相关信息和服务';
    expect(normalizeReport(text).text).toBe(text);
  });

  it('does not join table rows', () => {
    const text = '指标名称,\t2024年\n地区生产总值\t2400亿元';
    expect(normalizeReport(text).text).toBe(text);
  });
});

describe('breaksMidSentence', () => {
  it('reads a decimal after a line break as text, not as a numbered item', () => {
    expect(breaksMidSentence('商圈焕新。推进东门商圈', '2.0版升级工程')).toBe(true);
    expect(breaksMidSentence('商圈焕新。推进东门商圈', '2.商圈升级工程')).toBe(false);
  });

  it('treats 注 as a note only when a colon or number follows', () => {
    expect(breaksMidSentence('持续推进基层治理,', '注重发挥社区作用。')).toBe(true);
    expect(breaksMidSentence('持续推进基层治理,', '注:数据为初步统计。')).toBe(false);
  });
});

describe('joinBrokenLines on a hard-wrapped document', () => {
  it('joins every wrapped line of a long paragraph into one, and a second pass changes nothing', () => {
    const sentence = '推动产业转型升级,加快建设现代化产业体系,';
    const original = `${Array.from({ length: 2000 }, () => sentence).join('\n')}完成全年目标。\n二、下一步工作`;
    const once = normalizeReport(original).text;
    expect(once.split('\n')).toHaveLength(2);
    expect(normalizeReport(once).text).toBe(once);
  });
});
