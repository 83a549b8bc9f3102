// UTF-16 without a byte-order mark (some Windows tools save "Unicode" text that way) is read, in either byte
// order, instead of being called a binary file; a real binary file is still refused. Sentences made up.
import { describe, expect, it } from 'vitest';
import { decodeReport } from '../../main/core/normalize/decode';

const utf16 = (text: string, order: 'le' | 'be') => {
  const b = Buffer.from(text, 'utf16le');
  return new Uint8Array(order === 'be' ? b.swap16() : b);
};

describe('UTF-16 without a byte-order mark', () => {
  const text = '2023年，全区地区生产总值增长6.5%；固定资产投资完成410亿元。\n2024年预期目标：增长6%左右。';
  it.each(['le', 'be'] as const)('mostly Chinese text in UTF-16%s is decoded', (order) => {
    const out = decodeReport(utf16(text, order), 'report.txt');
    expect(out.encoding).toBe(`utf-16${order}`);
    expect(out.text).toContain('地区生产总值增长6.5%');
  });

  it('a short Chinese line too', () => {
    expect(decodeReport(utf16('增长6%左右', 'le'), 'short.txt').encoding).toBe('utf-16le');
  });

  it('binary bytes with NULs are still refused as binary', () => {
    const bytes = new Uint8Array(256).map((_, i) => (i % 7 === 0 ? 0 : (i * 37) % 256));
    expect(() => decodeReport(bytes, 'blob.bin')).toThrow(/blob\.bin: this is a binary file/);
  });
});
