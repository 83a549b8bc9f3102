// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render } from '@testing-library/react';
import { SourceViewer } from '../../renderer/features/source/SourceViewer';

afterEach(cleanup);

const text = '全区地区生产总值增长4.1%。固定资产投资194.7亿元,增长5%。';
const gdp = text.indexOf('4.1%');
const inv = text.indexOf('194.7亿元');
const spans = [
  { id: 11, start: gdp, end: gdp + 4 },
  { id: 12, start: inv, end: inv + 7 },
  { id: 13, start: inv, end: inv + 7 },
];

describe('SourceViewer', () => {
  it('shows the whole text with one mark per fact run', () => {
    const { getByTestId } = render(<SourceViewer label="src" text={text} spans={spans} selectedId={null} onPick={() => {}} />);
    const box = getByTestId('source-text');
    expect(box.textContent).toBe(text);
    expect([...box.querySelectorAll('mark')].map((m) => [m.textContent, m.dataset.factIds])).toEqual([
      ['4.1%', '11'],
      ['194.7亿元', '12 13'],
    ]);
  });

  it('highlights the selected fact and its sentence, and moves the highlight when selection changes', () => {
    const { getByTestId, rerender } = render(<SourceViewer label="src" text={text} spans={spans} selectedId={11} onPick={() => {}} />);
    const box = getByTestId('source-text');
    expect(box.querySelector('mark.selected')?.textContent).toBe('4.1%');
    expect(box.querySelector('.sentence.current')?.textContent).toBe('全区地区生产总值增长4.1%。');
    rerender(<SourceViewer label="src" text={text} spans={spans} selectedId={13} onPick={() => {}} />);
    expect([...box.querySelectorAll('mark.selected')].map((m) => m.textContent)).toEqual(['194.7亿元']);
    expect(box.querySelectorAll('.sentence.current')).toHaveLength(1);
  });

  it('picks the fact under a click, cycling through facts sharing the text', () => {
    const picked: number[] = [];
    const { getByText, rerender } = render(<SourceViewer label="src" text={text} spans={spans} selectedId={null} onPick={(id) => picked.push(id)} />);
    fireEvent.click(getByText('194.7亿元'));
    rerender(<SourceViewer label="src" text={text} spans={spans} selectedId={12} onPick={(id) => picked.push(id)} />);
    fireEvent.click(getByText('194.7亿元'));
    fireEvent.click(getByText('4.1%'));
    expect(picked).toEqual([12, 13, 11]);
  });
});
