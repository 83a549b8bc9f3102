// Asks for the year of each report whose title and headings do not say it (one field per file, prefilled with
// the publication year when the page gives one), then imports them again with it. Nothing is stored before.
import { useState } from 'react';
import type { NeedsYearFile } from '../../../main/contract/reports';
import { fill } from '../../i18n';
import { typedYear } from './files';
import { useReportsStrings } from './strings';

export function YearPrompt({ files, busy, onImport, onCancel }: {
  files: readonly NeedsYearFile[];
  busy: boolean;
  onImport: (years: Record<string, number>) => void;
  onCancel: () => void;
}) {
  const s = useReportsStrings();
  const [typed, setTyped] = useState<Record<string, string>>(() => Object.fromEntries(files.map((f) => [f.fileName, f.suggestedYear ? String(f.suggestedYear) : ''])));
  const years = Object.fromEntries(files.map((f) => [f.fileName, typedYear(typed[f.fileName] ?? '')]));
  const complete = files.every((f) => years[f.fileName] !== null);
  return (
    <form
      className="notice notice-info"
      role="group"
      aria-label={s.yearTitle}
      data-testid="year-prompt"
      style={{ margin: '6px 10px' }}
      onSubmit={(e) => {
        e.preventDefault();
        if (complete) onImport(Object.fromEntries(files.map((f) => [f.fileName, years[f.fileName]!])));
      }}
    >
      <div>{s.yearExplain}</div>
      {files.map((f) => (
        <label key={f.fileName} style={{ display: 'block', marginTop: 4 }}>
          {fill(s.yearFor, { name: f.fileName })}{' '}
          <input
            type="text"
            inputMode="numeric"
            maxLength={4}
            size={6}
            value={typed[f.fileName] ?? ''}
            aria-invalid={years[f.fileName] === null}
            data-testid="year-input"
            onChange={(e) => setTyped({ ...typed, [f.fileName]: e.target.value })}
          />
          {f.suggestedYear ? <span className="muted"> {fill(s.yearPublished, { year: String(f.suggestedYear) })}</span> : null}
        </label>
      ))}
      <div style={{ marginTop: 6 }}>
        <button type="submit" className="primary" disabled={busy || !complete}>{s.yearImport}</button>{' '}
        <button type="button" disabled={busy} onClick={onCancel}>{s.yearCancel}</button>
      </div>
    </form>
  );
}
