import { describe, expect, it } from 'vitest';
import { toChanges } from '../../renderer/features/review/edits';

describe('grid edits become saved changes or a reason', () => {
  it('reads values, periods, kinds and indicators', () => {
    expect(toChanges('value', '１９４．７')).toEqual({ changes: { value: 194.7 } });
    expect(toChanges('value', '')).toEqual({ changes: { value: null } });
    expect(toChanges('period', '2024年上半年')).toEqual({ changes: { period: '2024H1' } });
    expect(toChanges('kind', 'estimate')).toEqual({ changes: { kind: 'estimate' } });
    expect(toChanges('indicator', ' 固定资产投资 ')).toEqual({ changes: { indicator: '固定资产投资' } });
    expect(toChanges('unit', '')).toEqual({ changes: { unit: null } });
  });

  it('refuses what it cannot read, naming the input', () => {
    expect(toChanges('value', '约6')).toEqual({ problem: 'notNumber', input: '约6' });
    expect(toChanges('period', '明年')).toEqual({ problem: 'notPeriod', input: '明年' });
    expect(toChanges('kind', 'guess')).toEqual({ problem: 'notKind', input: 'guess' });
    expect(toChanges('indicator', '  ')).toEqual({ problem: 'emptyIndicator', input: '' });
  });
});
