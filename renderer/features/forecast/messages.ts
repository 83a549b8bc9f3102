// The explanations main writes beside forecasts and scores, in the interface language: one table for the interface
// and the briefing workbook (main/core/wording/explanations.ts), reached through the contract.
import { explain } from '../../../main/contract/messages';
import type { Lang } from '../../i18n';

export function localizeMessage(text: string | null | undefined, lang: Lang): string {
  return explain(text, lang);
}
