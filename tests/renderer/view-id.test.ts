// View ids are a union drawn from the registry (issue 17): a misspelt id is a type error where it is passed
// (navigation, the slices that reload with their view), and one that reaches the store untyped changes nothing.
// The @ts-expect-error lines are checked by `tsc -p renderer/tsconfig.json`, which includes this folder: were the
// id a plain string again, they would be unused and the typecheck would fail.
import { describe, expect, it } from 'vitest';
import { isViewId, views, type ViewId } from '../../renderer/features/registry';
import { useNavigation } from '../../renderer/shell/navigation';
import { resetOnWorkspaceOpen } from '../../renderer/shell/reset-on-open';
import { useReports } from '../../renderer/features/reports/store';

describe('view ids', () => {
  it('are the registry\'s ids, and only those are accepted', () => {
    const ids: ViewId[] = views.map((v) => v.id);
    expect(ids).toEqual(['reports', 'review', 'pivot', 'scorecard', 'plans', 'forecast', 'share', 'workbooks']);
    expect(ids.every(isViewId)).toBe(true);
    expect(isViewId('settings')).toBe(false);
  });

  it('a misspelt id does not typecheck, and does not move the navigation when it comes untyped', () => {
    useNavigation.getState().go('pivot');
    // @ts-expect-error 'pivots' is not a view
    useNavigation.getState().go('pivots');
    expect(useNavigation.getState().viewId).toBe('pivot');
    // @ts-expect-error a slice reloads with a view of the registry only
    const stop = resetOnWorkspaceOpen(useReports, { view: 'report' });
    stop();
  });
});
