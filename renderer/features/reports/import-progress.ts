// What the reports view says while reports are being read: which file of how many ("正在导入报告(3/40):x.pdf"),
// counted from 1, since main reports how many are done before each file. Both an import and the building of the
// sample workspace read reports one by one.
import { stepLabel, type ProgressStep } from '../../shell/progress';
import { formatNumber } from '../../format/numbers';
import { fill, type Lang } from '../../i18n';
import type { useReportsStrings } from './strings';

export const IMPORT_TASKS = ['reports.import', 'workspace.samples'] as const;

/** The running import's step, if one is running and not yet finished. */
export function runningImport(tasks: Readonly<Record<string, ProgressStep>>): ProgressStep | undefined {
  return IMPORT_TASKS.map((t) => tasks[t]).find((p) => p !== undefined && p.done < p.total);
}

export function importProgressLine(step: ProgressStep | undefined, s: ReturnType<typeof useReportsStrings>, lang: Lang, pageWords: string): string {
  if (!step || step.total <= 0) return s.importingFirst;
  const n = Math.min(step.done + 1, step.total);
  return fill(s.importing, { n: formatNumber(n, lang), total: formatNumber(step.total, lang), name: stepLabel(step, pageWords) });
}
