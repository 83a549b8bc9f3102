// Rows read back from a workspace are checked, not cast (issue 17): a row another tool wrote with a value its
// column cannot mean is refused as 'damaged-row', naming table, row and column, instead of reaching the app as a
// FactKind it is not. Real sql.js; the bad rows are written with CHECK constraints switched off, as a tool
// writing the file without Planscope's schema rules would.
import { describe, expect, it } from 'vitest';
import { PlanscopeError } from '../../main/core/errors';
import { AUDIT_IN_EFFECT, AUDIT_SUPERSEDED, AUDIT_UNDONE, recentAudit, recordHistory, recordUndoableAction } from '../../main/core/store/queries/audit';
import { factFilterValues } from '../../main/core/store/queries/facts';
import { statementsInBestOrder } from '../../main/core/store/queries/scores';
import { allSeriesRows, forecastableSeries } from '../../main/core/forecast/series';
import { listSavedForecasts } from '../../main/core/forecast/saved';
import { factsForExport } from '../../main/core/xlsx/briefing-data';
import { Workspace } from '../../main/core/store/workspace';
import { loadSqlJs } from '../../main/sqljs';
import { newFact } from '../helpers/new-fact';
import { spineHarness } from '../helpers/spine-context';
import { sayIn } from '../../main/contract/messages';

const fact = newFact({ value: 100 });

async function workspaceWithOneFact(): Promise<{ ws: Workspace; id: number }> {
  const ws = Workspace.create(await loadSqlJs(), () => '2026-01-01T00:00:00.000Z');
  const [id] = ws.addFacts(null, [fact({})]);
  return { ws, id: id! };
}

function damaged(work: () => unknown): PlanscopeError {
  try {
    work();
  } catch (err) {
    if (err instanceof PlanscopeError) return err;
    throw err;
  }
  throw new Error('expected a damaged-row refusal');
}

describe('checked row decoding', () => {
  it('refuses a fact whose kind is not actual, estimate or target, naming table, row and column', async () => {
    const { ws, id } = await workspaceWithOneFact();
    ws.db.exec('PRAGMA ignore_check_constraints = ON');
    ws.run(`UPDATE facts SET kind = 'plan' WHERE id = ?`, [id]);
    const err = damaged(() => ws.listFacts());
    expect(err.code).toBe('damaged-row');
    expect(err.details).toMatchObject({ table: 'facts', row: id, column: 'kind' });
    expect(err.message).toContain('facts');
    expect(err.message).toContain('plan');
    expect(err.message).toBe(`Row ${id} of workspace table facts is damaged: kind should hold one of actual, estimate, target, but it holds "plan". The file may have been changed by another program; this operation changed nothing.`);
    expect(sayIn('zh-CN', err.say!)).toBe(`工作区表 facts 中编号为 ${id} 的行已损坏：kind 应为以下之一：actual、estimate、target，实际为 "plan"。该文件可能被其他程序改动过；本次操作未作任何改动。`);
    expect(damaged(() => factFilterValues(ws)).code).toBe('damaged-row');
    ws.close();
  });

  it('refuses a text where a number belongs and an origin that is not a JSON object', async () => {
    const { ws, id } = await workspaceWithOneFact();
    ws.run(`UPDATE facts SET value = '一百' WHERE id = ?`, [id]);
    expect(damaged(() => ws.getFact(id)).details).toMatchObject({ table: 'facts', row: id, column: 'value' });
    ws.run(`UPDATE facts SET value = 100, origin = 'not json' WHERE id = ?`, [id]);
    expect(damaged(() => ws.getFact(id)).details).toMatchObject({ column: 'origin' });
    ws.run(`UPDATE facts SET origin = NULL WHERE id = ?`, [id]);
    expect(ws.getFact(id)!.value).toBe(100);
    ws.close();
  });

  it('refuses a damaged cell in the positional reads too (export, scores), naming its column', async () => {
    const { ws, id } = await workspaceWithOneFact();
    expect(factsForExport(ws, null)).toMatchObject([{ id, kind: 'actual', value: 100, reportTitle: null }]);
    expect(statementsInBestOrder(ws)).toMatchObject([{ id, kind: 'actual', value: 100 }]);
    ws.db.exec('PRAGMA ignore_check_constraints = ON');
    ws.run(`UPDATE facts SET qualifier = 'roughly' WHERE id = ?`, [id]);
    for (const read of [() => factsForExport(ws, null), () => statementsInBestOrder(ws)]) {
      const err = damaged(read);
      expect(err.code).toBe('damaged-row');
      expect(err.details).toMatchObject({ table: 'facts', row: id, column: 'qualifier' });
      expect(err.message).toContain('roughly');
    }
    ws.close();
  });

  it('refuses damaged rows in what the forecasts read: series, forecastable series, saved forecasts', async () => {
    const { ws, id } = await workspaceWithOneFact();
    expect(forecastableSeries(ws)).toMatchObject([{ measure: 'level', points: 1 }]);
    ws.db.exec('PRAGMA ignore_check_constraints = ON');
    ws.run(`UPDATE facts SET measure = 'volume' WHERE id = ?`, [id]);
    expect(damaged(() => allSeriesRows(ws)).details).toMatchObject({ table: 'facts', row: id, column: 'measure' });
    expect(damaged(() => forecastableSeries(ws)).details).toMatchObject({ table: 'facts', column: 'measure' });
    ws.run(`INSERT INTO forecasts(region, indicator, measure, target_period, method, inputs, result, created_at)
            VALUES ('示例区', '地区生产总值', 'level', '2022', 'crystal_ball', '{}', '{}', '2026-01-01')`);
    expect(damaged(() => listSavedForecasts(ws)).details).toMatchObject({ table: 'forecasts', column: 'method' });
    ws.close();
  });

  it('names the audit states: a new action drops the redo stack, history never enters the undo stack', async () => {
    const { ws } = await workspaceWithOneFact();
    const action = (name: string) => ({ at: '2026-01-01', action: name, factId: null, before: '[]', after: '[]' });
    recordUndoableAction(ws, action('facts.accept'));
    ws.run('UPDATE audit SET undone = ?', [AUDIT_UNDONE]);
    recordHistory(ws, action('reports.import'));
    recordUndoableAction(ws, action('facts.reject'));
    expect(ws.all('SELECT action, undone FROM audit ORDER BY id')).toEqual([
      { action: 'facts.accept', undone: AUDIT_SUPERSEDED },
      { action: 'reports.import', undone: AUDIT_SUPERSEDED },
      { action: 'facts.reject', undone: AUDIT_IN_EFFECT },
    ]);
    ws.db.exec('PRAGMA ignore_check_constraints = ON');
    ws.run('UPDATE audit SET undone = 7');
    expect(damaged(() => recentAudit(ws, undefined, 10)).details).toMatchObject({ table: 'audit', column: 'undone' });
    ws.close();
  });

  it('reaches the caller through dispatch as damaged-row with the table, row and column, not as an internal error', async () => {
    const h = await spineHarness();
    try {
      await h.call('workspace.new', {});
      const ws = h.ctx.session.current();
      const [id] = ws.addFacts(null, [fact({})]);
      ws.db.exec('PRAGMA ignore_check_constraints = ON');
      ws.run(`UPDATE facts SET status = 'maybe' WHERE id = ?`, [id!]);
      for (const method of ['facts.list', 'facts.filterOptions']) {
        const out = await h.outcome(method, {});
        expect(out.ok).toBe(false);
        if (!out.ok) {
          expect(out.error.code).toBe('damaged-row');
          expect(out.error.details).toMatchObject({ table: 'facts', column: 'status' });
        }
      }
    } finally {
      await h.cleanup();
    }
  });
});
