// Interface language: zh-CN by default (the economist's language), English as a switch. Each feature declares
// its own strings next to its code with `defineStrings`, so adding a view never touches a central table, and
// the compiler checks that both languages have every key.
import { create } from 'zustand';

export type Lang = 'zh-CN' | 'en';
export const LANGS: readonly Lang[] = ['zh-CN', 'en'];

const STORAGE_KEY = 'planscope.lang';

function initialLang(): Lang {
  try {
    const saved = globalThis.localStorage?.getItem(STORAGE_KEY);
    if (saved === 'en' || saved === 'zh-CN') return saved;
  } catch {
    // Storage can be unavailable (sandboxed pages, tests); the default language is fine then.
  }
  return 'zh-CN';
}

interface LangState {
  lang: Lang;
  setLang(lang: Lang): void;
}

export const useLang = create<LangState>((set) => ({
  lang: initialLang(),
  setLang(lang) {
    try {
      globalThis.localStorage?.setItem(STORAGE_KEY, lang);
    } catch {
      // Not remembered across launches; the switch still works for this session.
    }
    if (typeof document !== 'undefined') document.documentElement.lang = lang;
    set({ lang });
  },
}));

export type Strings<K extends string> = Record<K, string>;

/** Both languages with the same keys; returns a hook giving the current language's strings. */
export function defineStrings<K extends string>(dict: { 'zh-CN': Strings<K>; en: Strings<NoInfer<K>> }): () => Strings<K> {
  return function useStrings() {
    const lang = useLang((s) => s.lang);
    return dict[lang];
  };
}

/** Fills `{name}` placeholders: fill('共 {n} 条', { n: 12 }). Unknown placeholders stay visible so a typo shows. */
export function fill(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}
