// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, render, screen } from '@testing-library/react';
import { defineStrings, fill, useLang } from '../../renderer/i18n';
import { onProgressEvent, useProgress, withProgress } from '../../renderer/shell/progress';
import { StatusBar } from '../../renderer/shell/StatusBar';
import { attempt, useNotices } from '../../renderer/shell/notices';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  act(() => useLang.getState().setLang('zh-CN'));
  useProgress.setState({ tasks: {} });
  useNotices.getState().clear();
});

const useStrings = defineStrings({ 'zh-CN': { hello: '共 {n} 份报告' }, en: { hello: '{n} reports' } });
function Hello() {
  return <p>{fill(useStrings().hello, { n: 5 })}</p>;
}

describe('interface language', () => {
  it('is Chinese by default and switches to English, remembering the choice', () => {
    render(<Hello />);
    expect(screen.getByText('共 5 份报告')).toBeTruthy();
    act(() => useLang.getState().setLang('en'));
    expect(screen.getByText('5 reports')).toBeTruthy();
    expect(localStorage.getItem('planscope.lang')).toBe('en');
    expect(document.documentElement.lang).toBe('en');
  });

  it('leaves unknown placeholders visible so a typo shows', () => {
    expect(fill('{n} of {total}', { n: 1 })).toBe('1 of {total}');
  });
});

describe('status bar', () => {
  it('shows a bar per running task from progress events, and drops it after the call ends even if it failed', async () => {
    vi.useFakeTimers();
    render(<StatusBar />);
    const failing = withProgress(async () => {
      act(() => onProgressEvent({ task: 'import-1', done: 1, total: 3, label: '上半年报告.txt' }));
      throw new Error('bad file');
    });
    await expect(failing).rejects.toThrow('bad file');
    const bar = screen.getByRole('progressbar', { name: '上半年报告.txt' });
    expect(bar.getAttribute('value')).toBe('1');
    expect(screen.getByText('1/3')).toBeTruthy();
    act(() => vi.advanceTimersByTime(1000));
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  it('keeps errors until dismissed and lets confirmations fade', () => {
    vi.useFakeTimers();
    render(<StatusBar />);
    act(() => {
      useNotices.getState().push('error', 'x.txt: not valid UTF-8 text', 'unreadable-file');
      useNotices.getState().push('info', '已保存');
    });
    expect(screen.getByRole('alert').textContent).toContain('x.txt');
    act(() => vi.advanceTimersByTime(6000));
    expect(screen.queryByText('已保存')).toBeNull();
    expect(screen.getByRole('alert')).toBeTruthy();
  });
});

describe('a step that asks main for something', () => {
  it('turns a refusal into an error notice with its code and says the step failed', async () => {
    const refused = await attempt(() => Promise.reject({ code: 'not_found', message: '没有名为“甲”的透视表' }));
    expect(refused).toBe(false);
    expect(useNotices.getState().notices.map((n) => [n.kind, n.code, n.text])).toEqual([['error', 'not_found', '没有名为“甲”的透视表']]);
  });

  it('says the step went through and leaves no notice', async () => {
    let ran = false;
    expect(await attempt(async () => { ran = true; })).toBe(true);
    expect(ran).toBe(true);
    expect(useNotices.getState().notices).toEqual([]);
  });
});
