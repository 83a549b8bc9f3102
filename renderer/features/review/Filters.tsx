// Filter bar: report, indicator, kind, period, status. Choices come from what the workspace holds, so a
// filter can never be set to something that matches nothing by typo.
import type { FactFilterArgs } from '../../../main/contract/facts';
import { formatPeriod } from '../../format/periods';
import { useLang } from '../../i18n';
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
  return (
    <div className="filters" role="search">
      <FilterSelect
        name="documentId"
        label={s.report}
        value={filter.documentId ? String(filter.documentId) : ''}
        choices={(options?.documents ?? []).map((d) => ({ value: String(d.id), label: d.title }))}
        onChange={(v) => set({ documentId: v ? Number(v) : undefined })}
      />
      <FilterSelect
        name="indicator"
        label={s.indicator}
        value={filter.indicator ?? ''}
        choices={(options?.indicators ?? []).map((i) => ({ value: i, label: i }))}
        onChange={(v) => set({ indicator: str(v) })}
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
