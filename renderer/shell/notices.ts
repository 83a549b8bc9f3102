// Messages for the person at the desk: errors from main arrive as { code, message, say }: `say` is the message by id
// (main/core/messages.ts), worded here in the interface language; it says which file, line or cell and what to do.
import { create } from 'zustand';
import { isSaid, sayIn } from '../../main/contract/messages';
import { useLang } from '../i18n';

export interface Notice {
  id: number;
  kind: 'error' | 'info';
  text: string;
  /** The error code from main, kept for tests and for support. */
  code?: string;
}

interface NoticeState {
  notices: Notice[];
  push(kind: Notice['kind'], text: string, code?: string): void;
  dismiss(id: number): void;
  clear(): void;
}

let nextId = 1;

export const useNotices = create<NoticeState>((set) => ({
  notices: [],
  push(kind, text, code) {
    const notice: Notice = code === undefined ? { id: nextId++, kind, text } : { id: nextId++, kind, text, code };
    // Keep the last few: a burst of failures should not bury the screen.
    set((s) => ({ notices: [...s.notices.filter((n) => n.text !== text), notice].slice(-4) }));
    // Confirmations go away by themselves; errors stay until read and dismissed.
    if (kind === 'info') setTimeout(() => useNotices.getState().dismiss(notice.id), 5000);
  },
  dismiss(id) {
    set((s) => ({ notices: s.notices.filter((n) => n.id !== id) }));
  },
  clear() {
    set({ notices: [] });
  },
}));

/** The code and message of anything thrown by a call; a bug without a message still says something useful. */
export function describeError(e: unknown): { code: string; message: string } {
  if (typeof e === 'object' && e !== null) {
    const { code, message, say } = e as { code?: unknown; message?: unknown; say?: unknown };
    const c = typeof code === 'string' ? code : 'internal';
    // Worded from the catalogue in the interface language; the English `message` only where main has no id yet.
    if (isSaid(say)) return { code: c, message: sayIn(useLang.getState().lang, say) };
    if (typeof message === 'string' && message) return { code: c, message };
  }
  return { code: 'internal', message: String(e) };
}

export function reportError(e: unknown): void {
  const { code, message } = describeError(e);
  useNotices.getState().push('error', message, code);
}

/**
 * Runs one step that asks main for something; if main refuses, the reason becomes a notice instead of an
 * unhandled rejection. True when the step went through, so callers that must know (a review action) can say so.
 */
export async function attempt(step: () => Promise<unknown>): Promise<boolean> {
  try {
    await step();
    return true;
  } catch (e) {
    reportError(e);
    return false;
  }
}
