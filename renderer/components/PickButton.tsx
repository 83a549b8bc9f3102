// One value chosen from a list that can be long (368 reports, 282 indicators, 13,000 series at 20,000 facts): a
// button says the chosen option; it opens a search box over the list (PickList, ag-grid's quick filter); choosing one
// closes it, as do Esc and a press outside (usePopover). When the owner gives the word for "all", the button shows it
// while nothing is chosen and the pop-up starts with a button back to it, so a filter can always be taken off.
//
// Not inside a <label>: a click on a list row (a plain <div>) inside a label is passed on by the browser to the label's
// first control — this button — which closed the list before the grid had selected the row. The button is named by the
// text beside it and its own (the chosen option) with aria-labelledby instead.
import { useCallback, useId, useMemo, useState, type MouseEvent } from 'react';
import { PickList, type PickOption } from './PickList';
import { usePopover } from './usePopover';

export interface PickButtonProps {
  /** What is chosen (报告, 序列): shown beside the button, names it and the list. */
  name: string;
  options: readonly PickOption[];
  /** The chosen value; '' when none is. */
  chosen: string;
  /** Called with the value chosen, or '' when "all" is chosen. */
  onPick(value: string): void;
  /** The word for no choice (全部 / All); without it there is no way back to none. */
  all?: string;
  /** On the button while nothing is chosen and there is no "all" (e.g. 请选择序列). */
  prompt?: string;
  searchPlaceholder: string;
  noMatchText: string;
  countHeader?: string;
  /** The button's data-testid; its data-value is the chosen value (tests and the bench find it by these). */
  testId: string;
  /** Classes `<c>`, `<c>-chosen`, `<c>-pop` for the owner's own layout; 'pick-button' by default. */
  className?: string;
}

export function PickButton({ name, options, chosen, onPick, all, prompt, searchPlaceholder, noMatchText, countHeader, testId, className = 'pick-button' }: PickButtonProps) {
  const nameId = useId();
  const buttonId = useId();
  const [open, setOpen] = useState(false);
  const close = useCallback(() => setOpen(false), []);
  const box = usePopover<HTMLDivElement>(open, close);
  const chosenOption = options.find((o) => o.value === chosen);
  const chosenList = useMemo(() => (chosen ? [chosen] : []), [chosen]);
  const choose = useCallback((values: string[]) => {
    const value = values[0];
    if (value) onPick(value);
    setOpen(false);
  }, [onPick]);
  const chooseAll = () => {
    if (chosen) onPick('');
    setOpen(false);
  };
  // Choosing the option already chosen changes no selection, so the list would stay open: a click on its row closes it.
  const closeOnChosenRow = (e: MouseEvent) => {
    const row = e.target instanceof Element ? e.target.closest('[row-id]') : null;
    if (chosen && row?.getAttribute('row-id') === chosen) setOpen(false);
  };

  return (
    <div ref={box} className={className}>
      <span id={nameId}>{name}</span>
      <button type="button" id={buttonId} data-testid={testId} data-value={chosen} aria-labelledby={`${nameId} ${buttonId}`} aria-haspopup="dialog"
        aria-expanded={open} onClick={() => setOpen(!open)}>
        {/* The chosen option's label is data (a report's title, an indicator), shown whole on hover when cut short. */}
        {chosenOption
          ? <span className={`${className}-chosen`} data-data title={chosenOption.label}>{chosenOption.label}</span>
          : <span>{all ?? prompt ?? ''}</span>} ▾
      </button>
      {open && (
        <div className={`${className}-pop`} role="dialog" aria-labelledby={nameId} onClick={closeOnChosenRow}>
          {all !== undefined && (
            <button type="button" className="link" data-testid={`${testId}-all`} aria-pressed={!chosen} onClick={chooseAll}>{all}</button>
          )}
          <PickList options={options} chosen={chosenList} multiple={false} label={name} countHeader={countHeader}
            searchPlaceholder={searchPlaceholder} noMatchText={noMatchText} onChange={choose} />
        </div>
      )}
    </div>
  );
}
