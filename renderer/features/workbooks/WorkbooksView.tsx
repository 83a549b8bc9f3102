// Excel in and out, from anywhere in the app: the briefing workbook of the current (or default) pivot, and
// the import wizard for a colleague's table.
import { usePivot } from '../pivot/store';
import { BriefingButton } from './ExportButtons';
import { ImportWizard } from './ImportWizard';
import { useWorkbookStrings } from './strings';
import './workbooks.css';

export default function WorkbooksView() {
  const s = useWorkbookStrings();
  // The pivot the user last built (if any) is what the briefing shows; otherwise main uses the default pivot.
  const source = () => {
    const { spec, viewName } = usePivot.getState();
    return { ...(viewName ? { pivotName: viewName } : {}), ...(spec ? { spec } : {}) };
  };
  return (
    <div className="workbooks-view" data-testid="workbooks-view">
      <div className="view-header"><h1>{s.title}</h1></div>
      <section className="workbook-export">
        <h2>{s.exportTitle}</h2>
        <p className="muted">{s.exportHint}</p>
        <BriefingButton source={source} />
      </section>
      <ImportWizard />
    </div>
  );
}
