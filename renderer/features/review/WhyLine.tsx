// "Why": the rules behind the selected fact (which reader found it, which rule named it, where its kind and
// period came from), so a reviewer can tell a wrong rule from a wrong number. Asked for when a fact is
// selected; the answer is the reader's as it reads the report today.
import { useEffect, useState } from 'react';
import type { FactWhy } from '../../../main/contract/facts';
import { call } from '../../bridge';
import { defineStrings, useLang } from '../../i18n';

const useStrings = defineStrings({
  'zh-CN': { why: '依据', notInText: '这条数据不是从报告原文读出的,没有读取规则', notReadNow: '按当前的读取规则,这段原文已不再得出这条数据' },
  en: { why: 'Why', notInText: 'Not read from a report text: no reading rules', notReadNow: "Today's reading rules no longer make this fact from its text" },
});

export function WhyLine({ factId }: { factId: number | null }) {
  const s = useStrings();
  const lang = useLang((st) => st.lang);
  const [why, setWhy] = useState<FactWhy | null>(null);

  useEffect(() => {
    let live = true;
    setWhy(null);
    if (factId !== null) call('facts.why', { id: factId }).then((w) => live && setWhy(w), () => live && setWhy(null));
    return () => {
      live = false;
    };
  }, [factId]);

  if (!why || why.factId !== factId) return null;
  const said = why.source === 'not-in-text' ? s.notInText : why.source === 'not-read-now' ? s.notReadNow : null;
  return (
    <div className="why-line" data-testid="fact-why">
      <span className="why-label">{s.why}:</span>{' '}
      {said ?? why.rules.map((r, i) => (
        // The rule's id is for tests and bug reports (data-rule), not for the reader: no internal name in the tooltip.
        <span key={r.id} data-rule={r.id}>
          {i > 0 && ' → '}{lang === 'en' ? r.says : r.zh}
        </span>
      ))}
    </div>
  );
}
