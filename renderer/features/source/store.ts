// Source slice: the text of the report being read and the spans of all its facts (not only those the review
// filter shows, so the whole report's coverage is visible). Texts are kept per document: they never change
// once imported, and re-reading 60 KB on every selection would be wasteful.
import { create } from 'zustand';
import type { Fact } from '../../../main/core/types';
import type { FactSpan } from './spans';
import { call } from '../../bridge';
import { attempt } from '../../shell/notices';
import { resetOnWorkspaceOpen } from '../../shell/reset-on-open';

interface SourceState {
  documentId: number | null;
  title: string;
  text: string;
  /** Every fact of this report, so a picked highlight can be shown even when the review filter hides it. */
  facts: Fact[];
  spans: FactSpan[];
  loading: boolean;
  texts: Map<number, { title: string; text: string; spans: Record<number, [number, number]> }>;
  show(documentId: number | null): Promise<void>;
  reloadSpans(): Promise<void>;
  /** A different workspace was opened: ids now mean other reports. */
  reset(): void;
}

export const useSource = create<SourceState>((set, get) => ({
  documentId: null,
  title: '',
  text: '',
  facts: [],
  spans: [],
  loading: false,
  texts: new Map(),
  async show(documentId) {
    if (documentId === get().documentId) return;
    if (documentId === null) return set({ documentId, title: '', text: '', facts: [], spans: [] });
    set({ documentId, loading: true });
    await attempt(async () => {
      let doc = get().texts.get(documentId);
      if (!doc) {
        const r = await call('reports.getText', { documentId });
        doc = { title: r.title, text: r.text, spans: r.spans };
        get().texts.set(documentId, doc);
      }
      if (get().documentId !== documentId) return; // another report was chosen while this one loaded
      set({ title: doc.title, text: doc.text });
      await get().reloadSpans();
    });
    set({ loading: false });
  },
  async reloadSpans() {
    const documentId = get().documentId;
    if (documentId === null) return;
    await attempt(async () => {
      const facts = await call('facts.list', { filter: { documentId } });
      if (get().documentId !== documentId) return;
      // Spans in the shown text, as main gave them with the text (a web page is shown without its markup).
      const shown = get().texts.get(documentId)?.spans ?? {};
      const spans = facts.flatMap((f) => {
        const s = shown[f.id];
        return s ? [{ id: f.id, start: s[0], end: s[1] }] : [];
      });
      // Same spans → same array, so the marked text is not rebuilt after an edit that moved nothing.
      const old = get().spans;
      const same = old.length === spans.length && old.every((o, i) => o.id === spans[i]!.id && o.start === spans[i]!.start && o.end === spans[i]!.end);
      set({ facts, spans: same ? old : spans });
    });
  },
  reset() {
    set({ documentId: null, title: '', text: '', facts: [], spans: [], texts: new Map() });
  },
}));

resetOnWorkspaceOpen(useSource);
