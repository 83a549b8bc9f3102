// Filter bar: report, indicator, kind, period, status. Choices come from what the workspace holds, so a
// filter can never be set to something that matches nothing by typo. The short lists (kind, period, status) stay
// native selects; the long ones are searchable pickers.
import { useMemo } from 'react';
import type { FactFilterArgs } from '../../../main/contract/facts';
import { PickButton } from '../../components/PickButton';
import { formatPeriod } from '../../format/periods';
import { fill, useLang } from '../../i18n';
import { useCommonStrings } from '../../i18n/common';
import { useReview } from './store';
import { useReviewStrings } from './strings';

interface Choice {
  value: string;
  label: string;
}

function FilterSelect({ name, label, value, choices, onChange }: { name: string; label: string; value: string; choices: Choice[]; onChange(v: string): void }) {
  const common = useCommonStrings();
  return (
    <label>
      {label}
      <select name={name} aria-label={label} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{common.all}</option>
        {choices.map((c) => (
          <option key={c.value} value={c.value}>{c.label}</option>
        ))}
      </select>
    </label>
  );
}

export function Filters() {
  const s = useReviewStrings();
  const common = useCommonStrings();
  const lang = useLang((st) => st.lang);
  const { filter, options, setFilter, clearFilter } = useReview();
  const set = (patch: Partial<FactFilterArgs>) => setFilter(patch);
  const str = (v: string) => v || undefined;
  const words: Record<string, string> = common;
  const reportChoices = useMemo(() => (options?.documents ?? []).map((d) => ({ value: String(d.id), label: d.title })), [options]);
  const indicatorChoices = useMemo(() => (options?.indicators ?? []).map((i) => ({ value: i, label: i })), [options]);
  return (
    <div className="filters" role="search">
      {/* Reports and indicators run to hundreds in a year's workspace: found by typing, not scrolled for. */}
      <PickButton
        name={s.report}
        testId="filter-documentId"
        options={reportChoices}
        chosen={filter.documentId ? String(filter.documentId) : ''}
        onPick={(v) => set({ documentId: v ? Number(v) : undefined })}
        all={common.all}
        searchPlaceholder={fill(s.findReport, { n: reportChoices.length })}
        noMatchText={s.noMatch}
      />
      <PickButton
        name={s.indicator}
        testId="filter-indicator"
        options={indicatorChoices}
        chosen={filter.indicator ?? ''}
        onPick={(v) => set({ indicator: str(v) })}
        all={common.all}
        searchPlaceholder={fill(s.findIndicator, { n: indicatorChoices.length })}
        noMatchText={s.noMatch}
      />
      <FilterSelect
        name="kind"
        label={s.kind}
        value={filter.kind ?? ''}
        choices={(options?.kinds ?? []).map((k) => ({ value: k, label: words[`kind_${k}`] ?? k }))}
        onChange={(v) => set({ kind: (options?.kinds ?? []).find((k) => k === v) })}
      />
      <FilterSelect
        name="period"
        label={s.period}
        value={filter.period ?? ''}
        choices={(options?.periods ?? []).map((p) => ({ value: p, label: formatPeriod(p, lang) }))}
        onChange={(v) => set({ period: str(v) })}
      />
      <FilterSelect
        name="status"
        label={s.status}
        value={filter.status ?? ''}
        choices={(options?.statuses ?? []).map((st) => ({ value: st, label: words[`status_${st}`] ?? st }))}
        onChange={(v) => set({ status: (options?.statuses ?? []).find((st) => st === v) })}
      />
      <button type="button" className="link" onClick={clearFilter} disabled={Object.keys(filter).length === 0}>{s.clear}</button>
    </div>
  );
}
