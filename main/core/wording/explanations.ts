// Explanations main writes beside a figure (why a method is unavailable, what an interval rests on, why a score is
// pending, why a plan target is not judged) in the language the economist reads: the interface, or the briefing's
// language. They are written where they are computed, in one language (the forecast and score engines in English,
// the plan check in Chinese) and stored that way in saved forecasts, so each is said here once in both languages as a
// template with typed slots, and read back in either direction. Composite texts (an interval basis with its scale and
// recalibration) are explained piece by piece. A text no template knows is shown as written rather than hidden; the
// coverage test runs every engine over the sample and real reports and fails on a text left untranslated.
import type { MessageLang, Worded } from '../messages';
import { EXPLANATION_TEMPLATES } from './explanation-templates';
import { SLOT_TERMS, type SlotKind } from './terms';

export interface ExplanationTemplate {
  /** Names the template in tests and reviews. */
  id: string;
  zh: string;
  en: string;
}

/** What each slot may hold: a number, a period id, a term translated through SLOT_TERMS, or any text kept as it is. */
const SLOT_PATTERN: Record<SlotKind | 'n' | 'period' | 'x', (lang: MessageLang) => string> = {
  n: () => '-?[\\d.]+(?:e[-+]?\\d+)?',
  period: () => '\\d{4}(?:H[12]|Q[1-4]|M\\d{2}|-\\d{4})?',
  x: () => '.+?',
  kind: (lang) => alternatives(SLOT_TERMS.kind, lang),
  measure: (lang) => alternatives(SLOT_TERMS.measure, lang),
  method: (lang) => alternatives(SLOT_TERMS.method, lang),
  spread: (lang) => alternatives(SLOT_TERMS.spread, lang),
};

function alternatives(terms: Record<string, Worded>, lang: MessageLang): string {
  // Longest first, so "the random walk's residual scale plus …" is not cut at "the random walk's residual scale".
  return Object.values(terms).map((w) => escape(w[lang])).sort((a, b) => b.length - a.length).join('|');
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const SLOT = /\{(\w+)\}/g;

interface Compiled {
  template: ExplanationTemplate;
  slots: string[];
  re: Record<MessageLang, RegExp>;
}

function compile(template: ExplanationTemplate): Compiled {
  const slots = [...template.en.matchAll(SLOT)].map((m) => m[1]!);
  const re = (lang: MessageLang) => {
    const text = lang === 'en' ? template.en : template.zh;
    let source = '';
    let at = 0;
    for (const m of text.matchAll(SLOT)) {
      source += escape(text.slice(at, m.index)) + `(${SLOT_PATTERN[slotKind(m[1]!)](lang)})`;
      at = m.index + m[0].length;
    }
    return new RegExp(`^${source}${escape(text.slice(at))}$`);
  };
  return { template, slots, re: { en: re('en'), 'zh-CN': re('zh-CN') } };
}

/** `{n2}` is a second number, `{kind}` a fact kind: a slot's kind is its name without trailing digits. */
function slotKind(name: string): keyof typeof SLOT_PATTERN {
  const kind = name.replace(/\d+$/, '');
  if (!(kind in SLOT_PATTERN)) throw new Error(`explanation template slot {${name}} has no kind`);
  return kind as keyof typeof SLOT_PATTERN;
}

let compiled: Compiled[] | null = null;
const templates = () => (compiled ??= EXPLANATION_TEMPLATES.map(compile));

function translateSlot(name: string, value: string, from: MessageLang, to: MessageLang): string {
  const kind = slotKind(name);
  if (kind === 'n' || kind === 'period') return value;
  // Free text may itself be an explanation (a span's basis inside its note); otherwise it is data, kept as written.
  if (kind === 'x') return pieces(value, to) ?? value;
  const term = Object.values(SLOT_TERMS[kind]).find((w) => w[from] === value);
  return term ? term[to] : value;
}

/** One whole text in `to`, if a template says it (in either language); null otherwise. */
function whole(text: string, to: MessageLang): string | null {
  for (const c of templates()) {
    for (const from of ['en', 'zh-CN'] as const) {
      const m = c.re[from].exec(text);
      if (!m) continue;
      const values = new Map(c.slots.map((s, i) => [s, translateSlot(s, m[i + 1]!, from, to)]));
      const out = to === 'en' ? c.template.en : c.template.zh;
      return out.replace(SLOT, (_, name: string) => values.get(name) ?? '');
    }
  }
  return null;
}

/**
 * Where a composite text may be cut into pieces, and how the pieces are joined again in each language (the Chinese
 * templates use half-width punctuation throughout, so the joins do too).
 */
const JOINS = [{ en: '; ', zh: ';' }, { en: ', ', zh: ',' }] as const;

/**
 * The text in `to`: whole if a template says it, else cut at "; " or ", " into the fewest pieces that templates
 * each say (an interval basis is a spread, a scale and a recalibration). Null when no cut explains every piece.
 */
function pieces(text: string, to: MessageLang, depth = 0): string | null {
  const direct = whole(text, to);
  if (direct !== null || depth > 6) return direct;
  for (const join of JOINS) {
    for (const sep of [join.en, join.zh]) {
      for (let i = text.indexOf(sep); i > 0; i = text.indexOf(sep, i + 1)) {
        const head = whole(text.slice(0, i), to);
        if (head === null) continue;
        const tail = pieces(text.slice(i + sep.length), to, depth + 1);
        if (tail !== null) return head + (to === 'en' ? join.en : join.zh) + tail;
      }
    }
  }
  return null;
}

/** An explanation in the reader's language; a text no template knows is returned as written. */
export function explain(text: string | null | undefined, to: MessageLang): string {
  if (!text) return '';
  return pieces(text, to) ?? text;
}

/** True when a template says the text (for the coverage test: a new engine text must get its template). */
export function isExplained(text: string): boolean {
  return pieces(text, 'en') !== null;
}
