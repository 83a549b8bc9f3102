// Turns what a person typed into a grid cell into the change main should save, or says why it cannot be.
// Typed text is read the forgiving way (full-width digits from a Chinese IME, "2024年上半年" for 2024H1),
// but never guessed: "约6" is refused, not read as 6.
import type { FactKind } from '../../../main/core/types';
import type { FactChanges } from '../../../main/contract/facts';
import { parseNumberInput } from '../../format/numbers';
import { readPeriodText } from '../../../main/core/types';

export type EditProblem = 'notNumber' | 'notPeriod' | 'emptyIndicator' | 'notKind';
export type EditOutcome = { changes: FactChanges } | { problem: EditProblem; input: string };

export const EDITABLE_FIELDS = ['indicator', 'value', 'unit', 'period', 'kind'] as const;
export type EditableField = (typeof EDITABLE_FIELDS)[number];

const KINDS: readonly FactKind[] = ['actual', 'estimate', 'target'];

export function isEditableField(field: string): field is EditableField {
  return (EDITABLE_FIELDS as readonly string[]).includes(field);
}

export function toChanges(field: EditableField, newValue: unknown): EditOutcome {
  const input = newValue == null ? '' : String(newValue).trim();
  switch (field) {
    case 'value': {
      if (input === '') return { changes: { value: null } };
      const n = typeof newValue === 'number' ? newValue : parseNumberInput(input);
      return n === null || !Number.isFinite(n) ? { problem: 'notNumber', input } : { changes: { value: n } };
    }
    case 'period': {
      const p = readPeriodText(input);
      return p ? { changes: { period: p } } : { problem: 'notPeriod', input };
    }
    case 'indicator':
      return input ? { changes: { indicator: input } } : { problem: 'emptyIndicator', input };
    case 'unit':
      return { changes: { unit: input || null } };
    case 'kind': {
      const kind = KINDS.find((k) => k === input);
      return kind ? { changes: { kind } } : { problem: 'notKind', input };
    }
  }
}
