// The message catalogue: every message in both languages with the same placeholders, errors carrying it across the
// contract as an id and values, and the interface wording it in its own language.
import { describe, expect, it } from 'vitest';
import { MESSAGES, MESSAGE_PARTS, isSaid, sayIn, worded, type MessageId } from '../../main/core/messages';
import { PlanscopeError } from '../../main/core/errors';
import { toErrorData } from '../../main/services/dispatch';

const placeholders = (t: string) => [...t.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message catalogue', () => {
  it('words every message in Chinese and English with the same placeholders', () => {
    for (const [id, w] of Object.entries(MESSAGES)) {
      expect(placeholders(w['zh-CN']), id).toEqual(placeholders(w.en));
      expect(w['zh-CN'], id).toMatch(/[\u4e00-\u9fff]/);
      expect(w.en, id).not.toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('carries an error as its id and values; both languages are filled from them', () => {
    const err = PlanscopeError.says('not-found', 'fact.not-found', { id: 42 });
    expect(err.message).toBe('There is no fact with id 42 in this workspace (it may belong to another workspace).');
    const data = JSON.parse(JSON.stringify(toErrorData('facts.update', err))) as ReturnType<typeof toErrorData>;
    expect(data).toMatchObject({ code: 'not-found', say: { id: 'fact.not-found', params: { id: 42 } } });
    expect(isSaid(data.say)).toBe(true);
    expect(sayIn('zh-CN', data.say!)).toBe('工作区中没有编号为 42 的数据（它可能属于另一个工作区）。');
    expect(PlanscopeError.from(data).say).toEqual(data.say);
  });

  it('says an unexpected error is internal, in both languages, naming the method', () => {
    const data = toErrorData('pivot.run', new TypeError('x is undefined'), () => undefined);
    expect(data.code).toBe('internal');
    expect(sayIn('zh-CN', data.say!)).toBe('Planscope 在执行“pivot.run”时出现内部错误（x is undefined），操作没有完成。已保存的文件没有改变。');
  });

  it('refuses ids it does not know, and keeps a missing value visible rather than dropping it', () => {
    expect(isSaid({ id: 'no.such.message', params: {} })).toBe(false);
    expect(sayIn('en', { id: 'report.empty' as MessageId, params: {} })).toBe('{file} is empty: there is no report text in it.');
  });

  it('keeps every id in one part only: no part overrides another', () => {
    const ids = Object.values(MESSAGE_PARTS).flatMap((part) => Object.keys(part));
    expect(ids.length).toBe(new Set(ids).size);
    expect(Object.keys(MESSAGES).length).toBe(ids.length);
  });

  it('fills a word that differs by language in the language shown', () => {
    const said = { id: 'check.object-missing' as const, params: { name: 'a.db', kind: worded('索引', 'index'), object: 'facts_by_kind' } };
    expect(sayIn('en', said)).toBe('a.db lacks Planscope\'s index "facts_by_kind"; it is refused.');
    expect(sayIn('zh-CN', said)).toBe('a.db 缺少 Planscope 的索引“facts_by_kind”，拒绝打开。');
  });
});
