// @vitest-environment jsdom
// The Reports view's questions about managing reports (issue 16): the files held back as repeating a report
// (仍然导入 / 跳过, per file or all), the delete confirmation with what goes, and the line shown while importing.
// File names and titles are made up.
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render } from '@testing-library/react';
import type { DuplicateReport, ReportSummary } from '../../main/contract/reports';
import { DeletePrompt } from '../../renderer/features/reports/DeletePrompt';
import { DuplicatePrompt } from '../../renderer/features/reports/DuplicatePrompt';
import { heldDuplicates } from '../../renderer/features/reports/files';
import { importProgressLine, runningImport } from '../../renderer/features/reports/import-progress';
import { useReportsStrings } from '../../renderer/features/reports/strings';

afterEach(cleanup);

const dup = (fileName: string, reason: DuplicateReport['reason'] = 'same-text', held: DuplicateReport['held'] = 'ask'): DuplicateReport => ({
  fileName, title: '某区2023年计划执行情况的报告', reason, held,
  existing: { documentId: 7, title: '某区2023年计划执行情况的报告', fileName: 'plan-2023.txt', importedAt: '2026-12-03T01:12:00.000Z' },
});

describe('held-back duplicates', () => {
  it('pairs each file held for an answer with the file as sent, in order for files of one name', () => {
    const sent = [{ fileName: 'a.txt', base64: 'AA==' }, { path: '/x/a.txt' }, { fileName: 'b.txt', base64: 'AQ==' }];
    const held = heldDuplicates([dup('a.txt'), dup('a.txt', 'same-title'), dup('b.txt', 'same-text', 'skip')], sent);
    expect(held.map((h) => h.source)).toEqual([sent[0], sent[1]]);
  });

  it('asks per file and for all, saying which report each repeats and why', () => {
    const answers: [DuplicateReport[], DuplicateReport[]][] = [];
    const items = [dup('a-gbk.txt'), dup('a.pdf', 'same-title')];
    const { getAllByTestId, getByText, getAllByText } = render(
      <DuplicatePrompt held={items.map((item) => ({ item, source: { fileName: item.fileName, base64: 'AA==' } }))} busy={false} onResolve={(a, b) => answers.push([a, b])} />,
    );
    const rows = getAllByTestId('duplicate-item');
    expect(rows[0]!.textContent).toContain('a-gbk.txt:与已有的报告“某区2023年计划执行情况的报告”(plan-2023.txt,');
    expect(rows[0]!.textContent).toContain('有同样的正文');
    expect(rows[1]!.textContent).toContain('有同样的标题、地区和年份');
    fireEvent.click(getAllByText('仍然导入')[1]!);
    fireEvent.click(getAllByText('跳过')[0]!);
    fireEvent.click(getByText('全部跳过'));
    expect(answers).toEqual([[[items[1]], []], [[], [items[0]]], [[], items]]);
  });

  it('offers no "all" buttons for a single file', () => {
    const { queryByText } = render(<DuplicatePrompt held={[{ item: dup('a.txt'), source: { path: '/a.txt' } }]} busy={false} onResolve={() => {}} />);
    expect(queryByText('全部仍然导入')).toBeNull();
  });
});

describe('delete confirmation', () => {
  it('says how many facts go and how many of them were reviewed or corrected', () => {
    const report = { id: 3, title: '某区报告', fileName: 'r.txt', factCount: 1234, reviewedCount: 12, editedCount: 2 } as ReportSummary;
    let deleted = 0;
    const { getByTestId } = render(<DeletePrompt report={report} onDelete={() => deleted++} onCancel={() => {}} />);
    expect(getByTestId('delete-prompt').textContent).toContain('删除报告“某区报告”(r.txt)?它的 1,234 条数据将一并删除,其中 12 条已审核、2 条已修改。');
    fireEvent.click(getByTestId('delete-confirm'));
    expect(deleted).toBe(1);
  });
});

describe('import progress line', () => {
  function Line({ step }: { step: Parameters<typeof importProgressLine>[0] }) {
    return <span data-testid="line">{importProgressLine(step, useReportsStrings(), 'zh-CN', '（第 {page}/{pages} 页）')}</span>;
  }

  it('counts the file being read from 1, and says it is importing before the first step arrives', () => {
    const { getByTestId, rerender } = render(<Line step={undefined} />);
    expect(getByTestId('line').textContent).toBe('正在导入报告…');
    rerender(<Line step={{ task: 'reports.import', done: 2, total: 40, label: 'c.pdf', page: { done: 3, total: 120 } }} />);
    expect(getByTestId('line').textContent).toBe('正在导入报告(3/40):c.pdf（第 3/120 页）');
  });

  it('finds a running import or sample build, not a finished one or another task', () => {
    const step = { task: 'workspace.samples', done: 1, total: 5, label: 'x.txt' };
    expect(runningImport({ 'workspace.samples': step, 'workbooks.export': { task: 'workbooks.export', done: 0, total: 1, label: '' } })).toBe(step);
    expect(runningImport({ 'reports.import': { task: 'reports.import', done: 3, total: 3, label: '' } })).toBeUndefined();
  });
});
