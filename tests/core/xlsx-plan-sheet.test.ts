// The briefing's plan-tracker sheet (issue 14: "Export to the briefing workbook as its own sheet"), read back
// with SheetJS from the bytes the export writes. A made-up district: a five-year plan (base 2020, targets 2025)
// and two annual reports after it; every expected figure is worked out by hand beside it.
import * as XLSX from 'xlsx';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SqlJsStatic } from 'sql.js';
import { writeBriefing } from '../../main/core/xlsx/briefing';
import { collectBriefing } from '../../main/core/xlsx/briefing-data';
import { targetWording } from '../../main/core/xlsx/plan-sheet';
import { Workspace } from '../../main/core/store/workspace';
import { newFact } from '../helpers/new-fact';
import { loadSqlJs } from '../../main/sqljs';

let SQL: SqlJsStatic;
beforeAll(async () => {
  SQL = await loadSqlJs();
});

const fact = newFact({});

function district(): Workspace {
  const ws = Workspace.create(SQL, () => '2026-01-01T00:00:00Z');
  const doc = (period: string, published: string) =>
    ws.addDocument({ fileName: `${period}.txt`, title: `示例区 ${period}`, region: '示例区', period, published, encoding: 'utf-8', originalText: `report ${period}` }).id;
  ws.addFacts(doc('2021-2025', '2021-03-01'), [
    fact({ value: 1000, period: '2020' }),
    fact({ value: 1400, qualifier: 'approx', period: '2025', kind: 'target' }),
    fact({ measure: 'growth', unit: '%', value: null, low: 6, high: 6.5, qualifier: 'range', period: '2021-2025', kind: 'target' }),
    fact({ indicator: '城镇调查失业率', measure: 'rate', unit: '%', value: 5.5, qualifier: 'at_most', period: '2025', kind: 'target' }),
  ]);
  ws.addFacts(doc('2021', '2022-01-20'), [
    fact({ value: 1080, period: '2021' }),
    fact({ measure: 'growth', unit: '%', value: 8.0, period: '2021' }),
    fact({ indicator: '城镇调查失业率', measure: 'rate', unit: '%', value: 5.0, period: '2021' }),
  ]);
  ws.addFacts(doc('2022', '2023-01-20'), [
    fact({ value: 1120, period: '2022' }),
    fact({ measure: 'growth', unit: '%', value: 3.7, period: '2022' }),
    fact({ indicator: '城镇调查失业率', measure: 'rate', unit: '%', value: 5.8, period: '2022' }),
  ]);
  return ws;
}

type Row = (string | number | null)[];

function planSheet(ws: Workspace, language: 'zh' | 'en'): { rows: Row[]; sheet: XLSX.WorkSheet; names: string[] } {
  const bytes = writeBriefing(collectBriefing(ws, { language, workspaceName: 'd.db', exportedAt: '2026-01-01T00:00:00Z' }));
  const wb = XLSX.read(bytes, { type: 'array', cellNF: true });
  const name = language === 'zh' ? '规划跟踪' : 'Plan tracker';
  const sheet = wb.Sheets[name]!;
  return { rows: XLSX.utils.sheet_to_json<Row>(sheet, { header: 1, defval: null }), sheet, names: wb.SheetNames };
}

describe('the plan-tracker sheet of the briefing workbook', () => {
  it('comes after the scorecard, with one row per multi-year target and the tracker’s columns', () => {
    const { rows, names } = planSheet(district(), 'zh');
    expect(names.indexOf('规划跟踪')).toBe(names.indexOf('记分卡') + 1);
    expect(rows[0]).toEqual(['指标', '地区', '口径', '目标(原文口径)', '目标值', '单位', '目标年', '基期值', '基期', '最新实际', '最新期',
      '已实现(年均)', '尚需(年均)', '完成进度%', '时间进度%', '状态', '说明']);
    expect(rows).toHaveLength(1 + 3);
  });

  it('a level: base, latest, compound pace achieved and required, progress against time, status', () => {
    const { rows, sheet } = planSheet(district(), 'zh');
    const r = rows.find((x) => x[0] === '地区生产总值' && x[2] === '总量')!;
    // achieved (1120/1000)^(1/2) − 1 = 5.83% → 5.8; required (1400/1120)^(1/3) − 1 = 7.72% → 7.7;
    // 120 of the 400 to go = 30%; 2 of the plan's 5 years gone = 40%.
    expect(r.slice(3, 15)).toEqual(['1400 亿元 左右', 1400, '亿元', '2025', 1000, '2020', 1120, '2022', 5.8, 7.7, 30, 40]);
    const at = rows.indexOf(r) + 1;
    expect(sheet[`L${at}`]!.z).toContain('%');
    expect(sheet[`H${at}`]!.z).toContain('亿元');
  });

  it('a range target keeps its wording and leaves the single value empty; a ceiling over its limit is off track', () => {
    const { rows } = planSheet(district(), 'zh');
    const growth = rows.find((x) => x[0] === '地区生产总值' && x[2] === '增速')!;
    expect(growth[3]).toBe('6–6.5%');
    expect(growth[4]).toBeNull();
    // Compound average so far √(1.080 × 1.037) − 1 = 5.83% → 5.8 (shown as achieved a year); the three years
    // left need (1.06⁵ / 1.11996)^(1/3) − 1 = 6.11% → 6.1 a year to reach the range's lower end, 6%.
    expect(growth[11]).toBe(5.8);
    expect(growth[12]).toBe(6.1);
    const jobless = rows.find((x) => x[0] === '城镇调查失业率')!;
    expect(jobless[3]).toBe('≤ 5.5%');
    expect(jobless[9]).toBe(5.8);
    expect(jobless[15]).toBe('落后于进度');
  });

  it('reads in English when asked', () => {
    const { rows } = planSheet(district(), 'en');
    expect(rows[0]![0]).toBe('Indicator');
    expect(rows.find((x) => x[0] === '城镇调查失业率')![15]).toBe('Off track');
  });

  it('is left out when the workspace holds no multi-year target', () => {
    const ws = Workspace.create(SQL, () => '2026-01-01T00:00:00Z');
    const bytes = writeBriefing(collectBriefing(ws, { language: 'zh', workspaceName: 'e.db', exportedAt: 't' }));
    expect(XLSX.read(bytes, { type: 'array' }).SheetNames).not.toContain('规划跟踪');
  });
});

describe('targetWording', () => {
  const t = (over: object) => ({ value: null, low: null, high: null, qualifier: 'exact', period: '2025', unit: null, factId: 1, documentId: 1, ...over }) as never;
  it.each([
    [{ value: 6, qualifier: 'approx' }, '%', 'zh', '6% 左右'],
    [{ value: 6, qualifier: 'approx' }, '%', 'en', '~6%'],
    [{ value: 400, qualifier: 'at_least' }, '家', 'zh', '≥ 400 家'],
    [{ low: 6, high: 6.5, qualifier: 'range' }, '%', 'zh', '6–6.5%'],
    [{ value: 3, qualifier: 'at_most' }, '%', 'zh', '≤ 3%'],
    [{ value: 194.7 }, '亿元', 'zh', '194.7 亿元'],
    [{ value: 1 / 3 }, null, 'zh', '0.33'],
  ])('%o in %s (%s) reads %s', (target, unit, lang, expected) => {
    expect(targetWording(t(target), unit as string | null, lang as 'zh' | 'en')).toBe(expected);
  });
});
