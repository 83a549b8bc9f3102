// Names from outside enter the workspace without bidi controls (U+202E before "evil" shows "live"); the
// original text keeps every character, since fact spans index into it. Names below are made up.
import { describe, expect, it } from 'vitest';
import { Workspace } from '../../main/core/store/workspace';
import { loadSqlJs } from '../../main/sqljs';

describe('bidi controls in stored names', () => {
  it('are kept out of report titles and indicator names stored in the workspace; the original text keeps them', async () => {
    const ws = Workspace.create(await loadSqlJs());
    const text = '\u202E2023年工作报告';
    const { id } = ws.addDocument({ fileName: 'a\u202Etxt.exe', title: '\u202E工作报告', region: '罗\u2066湖区', period: '2023', published: null, encoding: 'utf-8', originalText: text });
    ws.addFacts(id, [{ indicator: '地区\u202E生产总值', measure: 'growth', value: 6, low: null, high: null, unit: '%\u200F', qualifier: 'exact', period: '2023', kind: 'actual', region: '罗湖区\u061C', start: null, end: null, tier: 1, quote: null }]);
    const doc = ws.listDocuments()[0]!;
    expect([doc.title, doc.fileName, doc.region]).toEqual(['工作报告', 'atxt.exe', '罗湖区']);
    expect(ws.documentText(id)).toBe(text);
    const fact = ws.listFacts()[0]!;
    expect([fact.indicator, fact.unit, fact.region]).toEqual(['地区生产总值', '%', '罗湖区']);
    ws.close();
  });
});
