// A moment as the economist reads it, in the interface language and her own time zone: "2026年12月3日 14:05" or
// "3 Dec 2026, 14:05" — never the browser's default US form (12/3/2026, 2:05:00 PM).
import type { Lang } from '../i18n';

const FORMATS: Record<Lang, Intl.DateTimeFormat> = {
  'zh-CN': new Intl.DateTimeFormat('zh-CN', { year: 'numeric', month: 'long', day: 'numeric', hour: '2-digit', minute: '2-digit', hour12: false }),
  en: new Intl.DateTimeFormat('en-GB', { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', hour12: false }),
};

/** An ISO time in words; text that is not a time comes back as is. */
export function formatDateTime(iso: string, lang: Lang = 'zh-CN'): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : FORMATS[lang].format(d);
}
