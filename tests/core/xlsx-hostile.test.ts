// Hostile workbooks go through the real isolated parser (worker thread, real SheetJS). Each test checks the
// message the user gets and that this process is unharmed: Object.prototype unchanged, event loop responsive.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PlanscopeError } from '../../main/contract/errors';
import { checkWorkerHardening, decodeReply, parseWorkbook, validateReply } from '../../main/workbook-worker/parse-workbook';
import { DEFAULT_LIMITS, maxReplyBytes, type WorkbookLimits } from '../../main/workbook-worker/protocol';
import { craftWorkbook, makeZip, sheetXml } from './xlsx-craft';

const protoKeys = () => Object.getOwnPropertyNames(Object.prototype).sort().join(',');
let before = '';
beforeEach(() => {
  before = protoKeys();
});
afterEach(() => {
  expect(protoKeys()).toBe(before);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.getPrototypeOf({})).toBe(Object.prototype);
});

async function refusal(fileName: string, bytes: Uint8Array, limits: Partial<WorkbookLimits> = {}): Promise<PlanscopeError> {
  try {
    await parseWorkbook(fileName, bytes, { ...DEFAULT_LIMITS, ...limits });
  } catch (err) {
    expect(err).toBeInstanceOf(PlanscopeError);
    return err as PlanscopeError;
  }
  throw new Error(`${fileName} was accepted`);
}

describe('hostile workbooks', () => {
  it('meets a parser whose prototypes are frozen before SheetJS is loaded', async () => {
    expect(await checkWorkerHardening()).toEqual({
      objectPrototypeFrozen: true, arrayPrototypeFrozen: true, functionPrototypeFrozen: true,
      shadowingStillWorks: true, pollutionRefused: true, sheetjsNotYetLoaded: true,
    });
  });

  it('reads __proto__ as a sheet name, a header and a defined name as plain text, polluting nothing', async () => {
    const bytes = craftWorkbook(
      [
        { name: '__proto__', rows: [['__proto__', 'constructor', 'polluted'], ['prototype', 1, 2]] },
        { name: 'constructor', rows: [['toString', 'valueOf'], [3, 4]] },
      ],
      { definedNames: [{ name: '__proto__', ref: "'__proto__'!$A$1" }, { name: 'polluted', ref: '1' }] },
    );
    const book = await parseWorkbook('proto.xlsx', bytes);
    expect(book.sheets.map((s) => s.name)).toEqual(['__proto__', 'constructor']);
    expect(book.sheets[0]!.rows).toEqual([['__proto__', 'constructor', 'polluted'], ['prototype', 1, 2]]);
    expect(Object.getPrototypeOf(book.sheets[0]!.rows[0])).toBe(Array.prototype);
    expect(book.sheets[1]!.rows).toEqual([['toString', 'valueOf'], [3, 4]]);
  });

  it('refuses a zip bomb whose parts unpack to more than they declare', async () => {
    const zeros = new Uint8Array(64 * 1024 * 1024);
    const bytes = craftWorkbook([{ name: 'S', rows: [['a']] }], { extra: [{ name: 'xl/media/bomb.bin', data: zeros, claimSize: 1000 }] });
    expect(bytes.length).toBeLessThan(200 * 1024);
    const err = await refusal('bomb.xlsx', bytes);
    expect(err.code).toBe('limit-exceeded');
    expect(err.message).toMatch(/bomb\.xlsx: part "xl\/media\/bomb\.bin" unpacks to more than it declares .*zip bomb/);
  });

  it('refuses a workbook that honestly unpacks past the size limit, before parsing it', async () => {
    const bytes = craftWorkbook([{ name: 'S', rows: [['a']] }], { extra: [{ name: 'xl/media/big.bin', data: new Uint8Array(30 * 1024 * 1024) }] });
    const err = await refusal('big.xlsx', bytes, { maxUncompressedBytes: 20 * 1024 * 1024 });
    expect(err.code).toBe('limit-exceeded');
    expect(err.message).toMatch(/big\.xlsx unpacks to 30 MB; Planscope reads workbooks up to 20 MB unpacked/);
  });

  it('refuses huge shared strings by the unpacked-size limit', async () => {
    const si = '<si><t>重复的文字重复的文字重复的文字</t></si>';
    const shared = `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="400000" uniqueCount="400000">${si.repeat(400_000)}</sst>`;
    const bytes = craftWorkbook([{ name: 'S', rows: [['a']] }], { sharedStrings: shared });
    const err = await refusal('strings.xlsx', bytes, { maxUncompressedBytes: 10 * 1024 * 1024 });
    expect(err.code).toBe('limit-exceeded');
    expect(err.message).toMatch(/strings\.xlsx unpacks to \d+ MB/);
  });

  it('refuses a sheet past the cell-count limit', async () => {
    const rows = Array.from({ length: 200 }, (_, r) => Array.from({ length: 10 }, (_, c) => r * 10 + c));
    const err = await refusal('cells.xlsx', craftWorkbook([{ name: '数据', rows }]), { maxCells: 1000 });
    expect(err.code).toBe('limit-exceeded');
    expect(err.message).toMatch(/cells\.xlsx: sheet "数据" takes the workbook past Planscope's limit of cells/);
  });

  /** `count` merged areas of 10 rows × `width` columns, each headed by one long text; the rows below exist. */
  function mergeBomb(count: number, width: number, text: string, fullRows: boolean): Uint8Array {
    const rows: (string | number | null)[][] = Array.from({ length: count * 10 }, (_, r) => {
      const row: (string | number | null)[] = fullRows ? new Array<string | number | null>(width).fill(null) : [];
      if (fullRows) row[width - 1] = 0;
      row[0] = r % 10 === 0 ? text : fullRows ? null : r === count * 10 - 1 ? 0 : null;
      return row;
    });
    const last = (() => {
      let s = '';
      for (let n = width; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
      return s;
    })();
    const merges = Array.from({ length: count }, (_, i) => `A${i * 10 + 1}:${last}${i * 10 + 10}`);
    return craftWorkbook([{ name: '合并', rows, merges }]);
  }

  it('counts merged-cell copies against the cell and text limits: a small workbook cannot fill billions of characters', async () => {
    // 600 merges × 10,000 cells, each copying a 1,000-character text: 6 billion characters once filled, from a file of
    // ~30 KB here (the reported one, with shared strings, was 8 KB); before, the host died deserializing the reply.
    const bytes = mergeBomb(600, 1000, '长'.repeat(1000), false);
    expect(bytes.length).toBeLessThan(40 * 1024);
    let ticks = 0;
    const timer = setInterval(() => ticks++, 5);
    const err = await refusal('merges.xlsx', bytes);
    clearInterval(timer);
    expect(err.code).toBe('limit-exceeded');
    expect(err.message).toMatch(/^merges\.xlsx: sheet "合并" with its merged area A\d+:ALL\d+ takes the workbook past Planscope's limit of (cells \(2 million\)|20 million characters of text)/);
    expect(ticks).toBeGreaterThan(0);
  });

  it('refuses merged copies that stay inside the used area once their text passes the character limit', async () => {
    // Rows already 100 wide (a number in the last column), so the copies add no cells, only text.
    const bytes = mergeBomb(50, 100, 'x'.repeat(500), true);
    const err = await refusal('wide.xlsx', bytes, { maxChars: 1_000_000 });
    expect(err.message).toMatch(/^wide\.xlsx: sheet "合并" with its merged area A\d+:CV\d+ takes the workbook past Planscope's limit of 1 million characters of text/);
    const book = await parseWorkbook('wide.xlsx', mergeBomb(2, 100, 'x'.repeat(500), true), { ...DEFAULT_LIMITS, maxChars: 1_000_000 });
    expect(book.sheets[0]!.rows[9]![99]).toBe(0);
    expect(book.sheets[0]!.rows[9]![98]).toBe('x'.repeat(500)); // merged copies are still filled in under the limit
  });

  it('the host decodes no reply longer than the limits allow, and recounts cells and text itself', () => {
    const limits = { ...DEFAULT_LIMITS, maxCells: 100, maxChars: 1000 };
    const huge = new Uint8Array(maxReplyBytes(limits) + 1);
    expect(() => decodeReply(huge, 'forged.xlsx', limits)).toThrow(/forged\.xlsx holds more than Planscope reads from one workbook \(a reply of \d+ MB\)/);
    expect(() => decodeReply({ ok: true }, 'forged.xlsx', limits)).toThrow(/malformed data for forged\.xlsx \(not a byte reply\)/);
    const wordy = { ok: true, workbook: { sheets: [{ name: 'S', rows: [['y'.repeat(600), 'y'.repeat(600)]], percentCells: [] }] } };
    expect(() => validateReply(wordy, 'forged.xlsx', limits)).toThrow(/more than 1000 characters of text/);
    const wide = { ok: true, workbook: { sheets: [{ name: 'S', rows: [new Array(101).fill(null)], percentCells: [] }] } };
    expect(() => validateReply(wide, 'forged.xlsx', limits)).toThrow(/more than 100 cells/);
  });

  it('refuses a truncated workbook', async () => {
    const good = craftWorkbook([{ name: 'S', rows: [['a', 1]] }]);
    const err = await refusal('cut.xlsx', good.subarray(0, Math.floor(good.length / 2)));
    expect(err.code).toBe('unreadable-file');
    expect(err.message).toMatch(/^cut\.xlsx is not an Excel workbook \(\.xlsx\), or it is damaged: .*truncated/);
  });

  it('refuses files that are not workbooks: text, random bytes, an empty file, a zip of something else', async () => {
    const text = await refusal('notes.xlsx', new TextEncoder().encode('地区生产总值 增长6%\n'.repeat(20)));
    expect(text.message).toMatch(/^notes\.xlsx is not an Excel workbook/);
    const random = new Uint8Array(4096).map((_, i) => (i * 7919 + 13) % 251);
    expect((await refusal('random.xlsx', random)).code).toBe('unreadable-file');
    expect((await refusal('empty.xlsx', new Uint8Array())).message).toBe('empty.xlsx is empty.');
    const zip = makeZip([{ name: 'readme.txt', data: 'hello' }]);
    expect((await refusal('other.zip', zip)).message).toMatch(/other\.zip is a zip file but not an Excel workbook/);
  });

  it('refuses a part whose bytes are damaged', async () => {
    const bytes = craftWorkbook([{ name: 'S', rows: [['a', 1]] }]);
    // Damage the deflated data of the first part (its data starts after a 30-byte header and its name).
    const damaged = bytes.slice();
    for (let i = 50; i < 70; i++) damaged[i] = 0xff;
    const err = await refusal('damaged.xlsx', damaged);
    expect(err.code).toBe('unreadable-file');
    expect(err.message).toMatch(/damaged\.xlsx is damaged/);
  });

  it('terminates a parse that runs past the time limit, says why, and keeps this process responsive', async () => {
    const rows = Array.from({ length: 3000 }, (_, r) => Array.from({ length: 20 }, (_, c) => `r${r}c${c}`));
    const bytes = craftWorkbook([{ name: 'S', rows }]);
    let ticks = 0;
    const timer = setInterval(() => ticks++, 5);
    const started = Date.now();
    const err = await refusal('slow.xlsx', bytes, { timeoutMs: 150 });
    clearInterval(timer);
    expect(err.code).toBe('limit-exceeded');
    expect(err.message).toMatch(/^Reading slow\.xlsx took longer than 0.15 s, so Planscope stopped it/);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(ticks).toBeGreaterThan(5);
  });

  it('stops a worker that runs out of its heap limit', async () => {
    const rows = Array.from({ length: 20000 }, (_, r) => Array.from({ length: 20 }, (_, c) => `${r}-${c}-${'x'.repeat(20)}`));
    const err = await refusal('heavy.xlsx', craftWorkbook([{ name: 'S', rows }]), { maxHeapMb: 16 });
    expect(err.code).toBe('limit-exceeded');
    expect(err.message).toMatch(/Reading heavy\.xlsx needed more than 16 MB of memory/);
  });

  it('still reads an honest workbook after all that (percent cells reported)', async () => {
    const xml = sheetXml([['指标', '2023'], ['地区生产总值', 0.06]]).replace('<c r="B2">', '<c r="B2" s="1">');
    const styles = '<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="0"/><fonts count="1"><font/></fonts><fills count="1"><fill/></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="10" applyNumberFormat="1"/></cellXfs></styleSheet>';
    const bytes = makeZipWithStyles(xml, styles);
    const book = await parseWorkbook('ok.xlsx', bytes);
    expect(book.sheets[0]!.rows).toEqual([['指标', '2023'], ['地区生产总值', 0.06]]);
    expect(book.sheets[0]!.percentCells).toEqual(['B2']);
  });
});

function makeZipWithStyles(sheet: string, styles: string): Uint8Array {
  const ct = '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>';
  return makeZip([
    { name: '[Content_Types].xml', data: ct },
    { name: '_rels/.rels', data: '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>' },
    { name: 'xl/workbook.xml', data: '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>' },
    { name: 'xl/_rels/workbook.xml.rels', data: '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>' },
    { name: 'xl/worksheets/sheet1.xml', data: sheet },
    { name: 'xl/styles.xml', data: styles },
  ]);
}
