// Export buttons: the briefing workbook from the pivot view (the grid exactly as shown, plus scorecard, facts,
// forecasts and a cover), and CSV / one-sheet Excel of any grid. Bytes come back from main as base64 and are
// offered as a download.
import { useState } from 'react';
import type { PivotSpec } from '../../../main/contract/pivots';
import type { DisplayGrid } from '../../../main/contract/workbooks';
import { call } from '../../bridge';
import { fill, useLang } from '../../i18n';
import { reportError, useNotices } from '../../shell/notices';
import { CSV_MIME, downloadBase64, XLSX_MIME } from './download';
import { useWorkbookStrings } from './strings';

function useExport() {
  const [busy, setBusy] = useState(false);
  const s = useWorkbookStrings();
  const run = async (work: () => Promise<{ fileName: string; base64: string | null }>, mime: string) => {
    setBusy(true);
    try {
      const out = await work();
      if (out.base64) downloadBase64(out.base64, out.fileName, mime);
      useNotices.getState().push('info', fill(s.exported, { name: out.fileName }));
    } catch (e) {
      reportError(e);
    } finally {
      setBusy(false);
    }
  };
  return { busy, run };
}

export interface BriefingSource {
  /** The saved view's name, when the view shows a saved pivot unchanged. */
  pivotName?: string;
  spec?: PivotSpec;
  /** The grid as displayed; when absent main runs the pivot itself. */
  grid?: DisplayGrid;
}

export function BriefingButton({ source }: { source: () => BriefingSource }) {
  const s = useWorkbookStrings();
  const lang = useLang((st) => st.lang);
  const { busy, run } = useExport();
  const go = () => run(() => {
    const src = source();
    return call('workbooks.exportBriefing', {
      language: lang === 'en' ? 'en' : 'zh',
      ...(src.pivotName ? { pivotName: src.pivotName } : {}),
      ...(src.spec ? { spec: src.spec } : {}),
      ...(src.grid ? { displayed: src.grid } : {}),
    });
  }, XLSX_MIME);
  return (
    <button type="button" className="primary" data-testid="export-briefing" disabled={busy} onClick={() => void go()}>
      {busy ? s.exporting : s.briefing}
    </button>
  );
}

/** CSV (UTF-8 with BOM, so Excel reads Chinese) and one-sheet Excel of whatever grid the caller shows. */
export function GridExportButtons({ grid }: { grid: () => DisplayGrid | null }) {
  const s = useWorkbookStrings();
  const { busy, run } = useExport();
  const go = (format: 'csv' | 'xlsx') => {
    const g = grid();
    if (g) void run(() => call('workbooks.exportGrid', { grid: g, format }), format === 'csv' ? CSV_MIME : XLSX_MIME);
  };
  return (
    <>
      <button type="button" data-testid="export-csv" disabled={busy} onClick={() => go('csv')}>{s.csv}</button>
      <button type="button" data-testid="export-grid-xlsx" disabled={busy} onClick={() => go('xlsx')}>{s.gridXlsx}</button>
    </>
  );
}
