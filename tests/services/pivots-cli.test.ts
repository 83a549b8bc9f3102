// `planscope pivot` prints the same PivotResult the services return, from a checked workspace file.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../main/cli';
import { runPivot, type PivotResult, type PivotSpecInput } from '../../main/core/pivot/index';
import { savePivot } from '../../main/core/pivot/saved';
import { sampleWorkspace } from '../core/pivot-fixture';

const dir = mkdtempSync(join(tmpdir(), 'planscope-pivot-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function cli(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}

describe('planscope pivot', () => {
  it('runs a spec file or a saved view and refuses a bad spec naming the field', async () => {
    const ws = await sampleWorkspace();
    const spec: PivotSpecInput = { rows: ['indicator'], columns: ['kind'], value: { aggregation: 'count' }, totals: { rowSubtotals: false, rowGrandTotal: true, columnGrandTotal: true } };
    savePivot(ws, '按类型计数', spec, '2026-03-01T00:00:00Z');
    const expected = runPivot(ws, spec);
    const db = join(dir, 'w.db');
    writeFileSync(db, ws.export());
    ws.close();
    writeFileSync(join(dir, 'spec.json'), JSON.stringify(spec));
    const bySpec = await cli(['pivot', '--db', db, '--spec', join(dir, 'spec.json')]);
    expect(bySpec.err).toEqual([]);
    expect(bySpec.code).toBe(0);
    expect((JSON.parse(bySpec.out[0]!) as PivotResult).rows).toEqual(expected.rows);
    const byView = await cli(['pivot', '--db', db, '--view', '按类型计数']);
    // Rows, not factCount: any unfiltered pivot (the default view too) counts the same facts.
    expect(byView.code).toBe(0);
    expect((JSON.parse(byView.out[0]!) as PivotResult).rows).toEqual(expected.rows);
    writeFileSync(join(dir, 'bad.json'), JSON.stringify({ ...spec, value: { aggregation: 'median' } }));
    const bad = await cli(['pivot', '--db', db, '--spec', join(dir, 'bad.json')]);
    expect(bad.code).toBe(1);
    expect(bad.err.join('\n')).toMatch(/bad\.json.*value\.aggregation/);
    expect((await cli(['pivot', '--db', db])).code).toBe(2);
  });
});
