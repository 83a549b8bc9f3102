// Merge applies the import's report size limit: a colleague's workspace holding a report over 20 MB (written by
// another tool) is refused by name, before anything is copied, and my workspace stays byte-identical.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_REPORT_BYTES } from '../../main/contract/reports';
import { sayIn } from '../../main/contract/messages';
import { Workspace } from '../../main/core/store/workspace';
import { spineHarness, type SpineHarness } from '../helpers/spine-context';

let h: SpineHarness;
beforeEach(async () => (h = await spineHarness()));
afterEach(async () => h.cleanup());

describe('merge and the report size limit', () => {
  it('refuses a workspace with an oversized report, naming it; mine is unchanged', async () => {
    const theirs = Workspace.create(h.ctx.SQL);
    // Made-up: one ordinary line repeated past the limit (a report file this large would be refused at import).
    const line = '2023年全区地区生产总值增长6%。\n';
    const text = line.repeat(Math.ceil((MAX_REPORT_BYTES + 1024) / Buffer.byteLength(line)));
    theirs.addDocument({ fileName: 'huge.txt', title: '超大报告', region: '某区', period: '2023', published: null, encoding: 'utf-8', originalText: text });
    theirs.addDocument({ fileName: 'ok.txt', title: '普通报告', region: '某区', period: '2023', published: null, encoding: 'utf-8', originalText: line });
    const path = join(h.dir, 'colleague.db');
    await writeFile(path, theirs.export());
    theirs.close();

    await h.call('workspace.new', {});
    const before = h.ctx.session.current().export();
    for (const [method, args] of [['sharing.mergePreview', { path }], ['sharing.resolveAndMerge', { path, fileHash: '0'.repeat(64), decisions: {} }]] as const) {
      const outcome = await h.outcome(method, args);
      expect(outcome, method).toMatchObject({ ok: false, error: { code: 'limit-exceeded', message: expect.stringMatching(/colleague\.db holds reports over the 20 MB limit.*"超大报告" \(20\.0 MB\)/s) } });
      if (!outcome.ok) expect(sayIn('zh-CN', outcome.error.say!)).toBe('colleague.db 中的报告超过 20 MB 的上限，未合并，您的工作区未改变：“超大报告”（20.0 MB）。');
    }
    expect(Buffer.from(h.ctx.session.current().export()).equals(Buffer.from(before))).toBe(true);
  });
});
