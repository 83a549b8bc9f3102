import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as OpenCC from 'opencc-js';
import { PlanscopeError } from '../../main/contract/errors';
import { decodeReport } from '../../main/core/normalize/decode';
import { sayIn } from '../../main/core/messages';
import { encodeLegacy, encodeLegacyLossy } from '../fixtures/reports/legacy-encoder';

const REPORT = [
  '某某区2023年国民经济和社会发展计划执行情况的报告',
  '一、2023年经济社会发展主要指标完成情况',
  '——地区生产总值增长6.2%，达到1520.36亿元；',
  '——固定资产投资增长10.5%；',
  '——一般公共预算收入完成88.6亿元，同比下降2.1%。',
  '二、2024年主要目标',
  '地区生产总值增长6%左右，城镇登记失业率控制在3%以内。',
].join('\n');
const TRADITIONAL = OpenCC.Converter({ from: 'cn', to: 'hk' })(REPORT);

function utf16(text: string, order: 'le' | 'be', bom: boolean): Uint8Array {
  const out = new Uint8Array((text.length + (bom ? 1 : 0)) * 2);
  const units = bom ? `\ufeff${text}` : text;
  for (let i = 0; i < units.length; i++) {
    const u = units.charCodeAt(i);
    out[2 * i + (order === 'le' ? 0 : 1)] = u & 0xff;
    out[2 * i + (order === 'le' ? 1 : 0)] = u >> 8;
  }
  return out;
}

function refusal(bytes: Uint8Array, fileName: string): PlanscopeError {
  try {
    decodeReport(bytes, fileName);
  } catch (e) {
    if (e instanceof PlanscopeError) return e;
    throw e;
  }
  throw new Error(`${fileName} was accepted`);
}

describe('decodeReport detects the encoding', () => {
  it('reads UTF-8 with and without a byte-order mark', () => {
    const plain = new TextEncoder().encode(REPORT);
    expect(decodeReport(plain, 'a.txt')).toEqual({ text: REPORT, encoding: 'utf-8' });
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...plain]);
    expect(decodeReport(withBom, 'a.txt')).toEqual({ text: REPORT, encoding: 'utf-8' });
  });

  it('reads UTF-16 with either byte-order mark, and ASCII-heavy UTF-16 without one', () => {
    expect(decodeReport(utf16(REPORT, 'le', true), 'a.txt')).toEqual({ text: REPORT, encoding: 'utf-16le' });
    expect(decodeReport(utf16(REPORT, 'be', true), 'a.txt')).toEqual({ text: REPORT, encoding: 'utf-16be' });
    const latinHeavy = `GDP growth 6.2% (2023), target 6% ${REPORT.slice(0, 12)} `.repeat(20);
    expect(decodeReport(utf16(latinHeavy, 'le', false), 'a.txt')).toEqual({ text: latinHeavy, encoding: 'utf-16le' });
  });

  it('reads GBK as GB18030 and Big5 as Big5 from the bytes alone', () => {
    expect(decodeReport(encodeLegacy(REPORT, 'gbk'), 'gbk.txt')).toEqual({ text: REPORT, encoding: 'gb18030' });
    expect(decodeReport(encodeLegacy(TRADITIONAL, 'big5'), 'big5.txt')).toEqual({ text: TRADITIONAL, encoding: 'big5' });
  });

  it('tells GBK from Big5 even for one short line', () => {
    expect(decodeReport(encodeLegacy('地区生产总值增长6%左右', 'gbk'), 's.txt').encoding).toBe('gb18030');
    expect(decodeReport(encodeLegacy('地區生產總值增長6%左右', 'big5'), 's.txt').encoding).toBe('big5');
  });

  it('reads a couple of words too short for character statistics', () => {
    for (const word of ['固定资产', '城镇登记', '增长', '预算']) expect(decodeReport(encodeLegacy(word, 'gbk'), 'w.txt'), word).toEqual({ text: word, encoding: 'gb18030' });
    for (const word of ['固定資產', '預算收入', '增長']) expect(decodeReport(encodeLegacy(word, 'big5'), 'w.txt'), word).toEqual({ text: word, encoding: 'big5' });
    expect(decodeReport(new TextEncoder().encode('预算'), 'w.txt')).toEqual({ text: '预算', encoding: 'utf-8' });
  });

  it('trusts bytes over a wrong <meta charset>, and uses a right one', () => {
    const page = (charset: string) => `<html><head><meta charset="${charset}"><title>报告</title></head><body><p>${REPORT}</p></body></html>`;
    // A page re-saved by a browser: UTF-8 bytes still declaring gb2312.
    expect(decodeReport(new TextEncoder().encode(page('gb2312')), 'p.html').encoding).toBe('utf-8');
    expect(decodeReport(encodeLegacy(page('gbk'), 'gbk'), 'p.html').encoding).toBe('gb18030');
    // Declared UTF-8 but really GBK: the bytes are not UTF-8, so the declaration is ignored.
    expect(decodeReport(encodeLegacy(page('utf-8'), 'gbk'), 'p.html')).toMatchObject({ encoding: 'gb18030', text: page('utf-8') });
    const big5Page = `<meta http-equiv="Content-Type" content="text/html; charset=big5"><p>${TRADITIONAL}</p>`;
    expect(decodeReport(encodeLegacy(big5Page, 'big5'), 'p.htm')).toEqual({ text: big5Page, encoding: 'big5' });
  });

  it('detects every sample report when re-encoded as GBK or Big5', () => {
    const toTraditional = OpenCC.Converter({ from: 'cn', to: 'hk' });
    const names = readdirSync('assets/samples');
    expect(names.length).toBeGreaterThanOrEqual(5); // the bundled samples; an empty folder would pass the loop
    for (const name of names) {
      const text = readFileSync(`assets/samples/${name}`, 'utf8');
      expect(decodeReport(encodeLegacyLossy(text, 'gbk'), name).encoding, name).toBe('gb18030');
      expect(decodeReport(encodeLegacyLossy(toTraditional(text), 'big5'), name).encoding, name).toBe('big5');
      expect(decodeReport(new TextEncoder().encode(text), name).text, name).toBe(text);
    }
  });

  it('tolerates a UTF-8 report with a few broken bytes instead of refusing it', () => {
    const good = new TextEncoder().encode(REPORT);
    const damaged = new Uint8Array([...good.subarray(0, 30), 0xc3, 0x28, 0xb1, ...good.subarray(30)]);
    const decoded = decodeReport(damaged, 'damaged.txt');
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.text).toContain('一般公共预算收入完成88.6亿元');
    expect(decoded.text).toContain('\ufffd');
  });
});

describe('decodeReport refuses what is not a readable report', () => {
  it.each([
    ['an empty file', new Uint8Array(0), /empty/],
    ['a file of blanks', new TextEncoder().encode(' \n\t\n'), /blank/],
    ['a binary file with NUL bytes', new Uint8Array([0x41, 0x42, 0x00, 0x01, 0x02, 0x43, 0x44, 0x45, 0x46, 0x47]), /binary.*NUL/],
    ['a PDF', new TextEncoder().encode('%PDF-1.7\n%âãÏÓ\n1 0 obj'), /PDF/],
    ['a .docx (ZIP)', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]), /ZIP/],
    ['control bytes', Uint8Array.from({ length: 400 }, (_, i) => (i % 7 === 0 ? 0x03 : 0x61)), /binary.*control/],
  ])('%s', (_what, bytes, reason) => {
    const error = refusal(bytes, '2023年报告.txt');
    expect(error.code).toBe('unreadable-file');
    expect(error.message).toContain('2023年报告.txt');
    expect(error.message).toMatch(reason);
    expect(error.message).toMatch(/expected .*UTF-8.*GBK.*Big5/);
  });

  it('words the refusal in Chinese too, naming the file and what it is', () => {
    const error = refusal(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), '上半年报告.txt');
    expect(error.message).toBe('上半年报告.txt: this is a PNG image, not a text report; expected a .txt or .html report in UTF-8, GBK/GB18030, Big5 or UTF-16 with a byte-order mark.');
    expect(sayIn('zh-CN', error.say!)).toBe('上半年报告.txt：这是 PNG 图片，不是文本报告；请提供 UTF-8、GBK/GB18030、Big5 或带字节顺序标记的 UTF-16 编码的 .txt 或 .html 报告。');
  });

  it('says the encoding is unknown for bytes that read as Chinese in no encoding', () => {
    let seed = 7;
    const noise = Uint8Array.from({ length: 3000 }, () => 0x80 + ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % 127));
    const error = refusal(noise, 'noise.txt');
    expect(error.code).toBe('unreadable-file');
    expect(error.message).toMatch(/noise\.txt: unknown text encoding/);
    const latin1 = Uint8Array.from('Élève déjà préoccupé à côté de la fenêtre. '.repeat(30), (c) => c.charCodeAt(0));
    expect(refusal(latin1, 'french.txt').message).toMatch(/french\.txt: unknown text encoding/);
  });

  it('names the declared charset when the bytes contradict it', () => {
    let seed = 3;
    const body = Uint8Array.from({ length: 2000 }, () => 0x80 + ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % 127));
    const head = new TextEncoder().encode('<html><head><meta charset="big5"></head><body>');
    const error = refusal(new Uint8Array([...head, ...body]), 'page.html');
    expect(error.message).toMatch(/page\.html: unknown text encoding \(the page declares big5/);
  });
});
