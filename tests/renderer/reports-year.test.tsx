// @vitest-environment jsdom
// The Reports view's year prompt: one field per file that needs a year, prefilled with its publication year;
// importing sends each file again with its year. File names are made up.
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render } from '@testing-library/react';
import { YearPrompt } from '../../renderer/features/reports/YearPrompt';
import { filesNeedingYear, reportFileName, typedYear, withYears } from '../../renderer/features/reports/files';

afterEach(cleanup);

describe('year prompt', () => {
  const files = [{ fileName: 'a.txt', suggestedYear: 2024 }, { fileName: 'b.txt', suggestedYear: null }];

  it('shows one field per file, prefilled with the publication year, and imports only when every year is given', () => {
    const sent: Record<string, number>[] = [];
    const { getAllByTestId, getByText } = render(<YearPrompt files={files} busy={false} onImport={(y) => sent.push(y)} onCancel={() => {}} />);
    const inputs = getAllByTestId('year-input') as HTMLInputElement[];
    expect(inputs.map((i) => i.value)).toEqual(['2024', '']);
    const submit = getByText('按所填年份导入') as HTMLButtonElement;
    expect(submit.disabled).toBe(true);
    fireEvent.change(inputs[1]!, { target: { value: '2022' } });
    expect(submit.disabled).toBe(false);
    fireEvent.click(submit);
    expect(sent).toEqual([{ 'a.txt': 2024, 'b.txt': 2022 }]);
  });

  it('reads the refusal, and sends the years with the right files', () => {
    expect(filesNeedingYear({ code: 'bad-input', message: 'x', details: { needsYear: true, files } })).toEqual(files);
    expect(filesNeedingYear({ code: 'bad-input', message: 'x', details: { file: 'a.txt' } })).toBeNull();
    expect(filesNeedingYear(new Error('x'))).toBeNull();
    const sources = [{ fileName: 'a.txt', base64: 'AA==' }, { path: 'C:\\reports\\b.txt' }, { path: '/r/c.txt' }];
    expect(sources.map(reportFileName)).toEqual(['a.txt', 'b.txt', 'c.txt']);
    expect(withYears(sources, { 'a.txt': 2024, 'b.txt': 2022 })).toEqual([
      { fileName: 'a.txt', base64: 'AA==', year: 2024 }, { path: 'C:\\reports\\b.txt', year: 2022 }, { path: '/r/c.txt' },
    ]);
    expect([typedYear(' 2023 '), typedYear('23'), typedYear('3023'), typedYear('')]).toEqual([2023, null, null, null]);
  });
});
