// A refusal from a reader worker crosses as a message id and values; the worker has parsed a stranger's file, so the
// host takes only a message that worker may say, with a few bounded values, and words it from the catalogue itself.
// Replies below are forged by hand, as a worker whose parser was subverted could send them.
import { describe, expect, it } from 'vitest';
import { PlanscopeError } from '../../main/core/errors';
import { sayIn, worded } from '../../main/core/messages';
import { inBothLanguages, MAX_SAID_CHARS, reasonOf, saidFromWorker } from '../../main/core/said';
import { checkReply as checkDocumentReply } from '../../main/documents-worker/read-document';
import { DEFAULT_DOCUMENT_LIMITS } from '../../main/documents-worker/protocol';
import { checkReply as checkExtractReply } from '../../main/extract-worker/run-extract';

const any = () => true;
const thrown = (f: () => unknown): PlanscopeError => {
  try {
    f();
  } catch (err) {
    expect(err).toBeInstanceOf(PlanscopeError);
    return err as PlanscopeError;
  }
  throw new Error('nothing was thrown');
};

describe('saidFromWorker', () => {
  it('rebuilds a message with strings, numbers and words in both languages', () => {
    const sent = { id: 'document.pdf-too-many-pages', params: { file: 'a.pdf', pages: 9, max: 2 } };
    expect(saidFromWorker(sent, any)).toEqual(sent);
    const withWord = { id: 'document.too-big', params: { file: 'a.pdf', size: '3.0', max: '2', format: { 'zh-CN': 'PDF', en: 'PDF' } } };
    expect(saidFromWorker(withWord, any)).toEqual(withWord);
  });

  it('refuses an unknown id, an id the worker may not say, and values that are not short plain data', () => {
    const file = { file: 'a.pdf' };
    expect(saidFromWorker({ id: 'no.such.message', params: file }, any)).toBeNull();
    expect(saidFromWorker({ id: 'workspace.sound', params: file }, (id) => id.startsWith('document.'))).toBeNull();
    expect(saidFromWorker({ id: 'document.unreadable', params: { file: 'x'.repeat(MAX_SAID_CHARS + 1) } }, any)).toBeNull();
    expect(saidFromWorker({ id: 'document.unreadable', params: { file: { nested: { deeper: 1 } } } }, any)).toBeNull();
    expect(saidFromWorker({ id: 'document.unreadable', params: { file: { 'zh-CN': 'a', en: 'a', extra: 'b' } } }, any)).toBeNull();
    expect(saidFromWorker({ id: 'document.unreadable', params: { file: Number.NaN } }, any)).toBeNull();
    expect(saidFromWorker({ id: 'document.unreadable', params: JSON.parse('{"__proto__": {"zh-CN": "a", "en": "b"}}') }, any)).toBeNull();
    expect(saidFromWorker({ id: 'document.unreadable', params: ['a.pdf'] }, any)).toBeNull();
    const many = Object.fromEntries(Array.from({ length: 17 }, (_, i) => [`p${i}`, i]));
    expect(saidFromWorker({ id: 'document.unreadable', params: many }, any)).toBeNull();
  });
});

describe('the document reader host takes a refusal only as a message it may say', () => {
  const limits = DEFAULT_DOCUMENT_LIMITS;
  it('words a well-formed refusal from the catalogue', () => {
    const err = thrown(() => checkDocumentReply({ type: 'done', ok: false, code: 'unreadable-file', message: 'ignored', say: { id: 'document.pdf-password', params: { file: 'p.pdf' } } }, 'p.pdf', limits));
    expect(err.code).toBe('unreadable-file');
    expect(err.message).toBe('p.pdf is password-protected; open it in a PDF reader, save a copy without the password, and import that.');
    expect(sayIn('zh-CN', err.say!)).toBe('p.pdf 有密码保护；请在 PDF 阅读器中打开它，另存一份不带密码的副本，再导入这份副本。');
  });

  it('calls a refusal without a message, or with one it may not say, a malformed reply', () => {
    for (const say of [undefined, { id: 'workspace.sound', params: { name: 'p.pdf', documents: 1, facts: 1 } }, { id: 'document.unreadable', params: { file: 'x'.repeat(5000) } }]) {
      const err = thrown(() => checkDocumentReply({ type: 'done', ok: false, code: 'unreadable-file', message: 'p.pdf is fine', say }, 'p.pdf', limits));
      expect(err.code).toBe('internal');
      expect(err.message).toBe('The document reader returned malformed data for p.pdf (a message); nothing was imported.');
    }
  });
});

describe('the report reader host takes a refusal only as a message it may say', () => {
  it('words a refusal and keeps its details (a missing year)', () => {
    const details = { needsYear: true, file: 'r.txt', suggestedYear: null };
    const err = thrown(() => checkExtractReply({ ok: false, code: 'bad-input', message: 'ignored', say: { id: 'report.year-unknown', params: { file: 'r.txt' } }, details }, 'r.txt'));
    expect(err).toMatchObject({ code: 'bad-input', details });
    expect(sayIn('zh-CN', err.say!)).toBe('r.txt：无法从标题或章节标题读出报告所属年份，请填写该报告的年份后重新导入。');
  });

  it('calls a message the report reader never says a malformed reply', () => {
    const err = thrown(() => checkExtractReply({ ok: false, code: 'bad-input', message: 'x', say: { id: 'document.pdf-password', params: { file: 'r.txt' } } }, 'r.txt'));
    expect(err.code).toBe('internal');
    expect(sayIn('zh-CN', err.say!)).toBe('读取 r.txt 时报告解析进程返回了无效数据（拒绝读取的说明），未导入任何内容。');
  });
});

describe('one error inside another', () => {
  it('takes the inner message in both languages from its id, or its own message in both', () => {
    const inner = PlanscopeError.says('not-found', 'report.not-found', { id: 7 });
    expect(reasonOf(inner)).toEqual(worded('工作区中没有编号为 7 的报告。', 'There is no report with id 7 in this workspace.'));
    expect(reasonOf(new Error('EACCES'))).toEqual(worded('EACCES', 'EACCES'));
    const outer = PlanscopeError.says('bad-input', 'report.in-file', { file: 'a.txt', reason: reasonOf(inner) });
    expect(outer.message).toBe('a.txt: There is no report with id 7 in this workspace.');
    expect(sayIn('zh-CN', outer.say!)).toBe('a.txt 无法导入：工作区中没有编号为 7 的报告。');
    expect(inBothLanguages(inner)).toBe('工作区中没有编号为 7 的报告。\n\nThere is no report with id 7 in this workspace.');
    expect(inBothLanguages(new Error('EACCES'))).toBe('EACCES');
  });
});
