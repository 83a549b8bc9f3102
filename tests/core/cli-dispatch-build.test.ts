// Issue 17: `cli build-db` is the app's reports.import through dispatch, so the workspace it writes holds the
// same rows as the same reports imported in the window. Real sql.js on both sides, the bundled sample reports.
// What must differ and is left out of the comparison: documents.imported_at, facts.created_at/updated_at and
// audit.at (clock readings). Ids are compared: both sides import the same files in the same order.
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../main/cli';
import { Workspace } from '../../main/core/store/workspace';
import { loadSqlJs } from '../../main/sqljs';
import { SAMPLES_DIR, spineHarness } from '../helpers/spine-context';

const samples = readdirSync(SAMPLES_DIR).filter((f) => /\.(txt|html?)$/i.test(f)).sort().map((f) => path.join(SAMPLES_DIR, f));

type Rows = Record<'documents' | 'facts' | 'audit' | 'indicators' | 'indicator_aliases', Record<string, unknown>[]>;

function rows(ws: Workspace): Rows {
  return {
    documents: ws.all('SELECT id, hash, file_name, title, region, period, published, encoding, original_text FROM documents ORDER BY id'),
    facts: ws.all(`SELECT id, document_id, indicator, measure, value, low, high, unit, qualifier, period, kind, region, span_start, span_end,
                   quote, tier, status, origin, page FROM facts ORDER BY id`),
    audit: ws.all('SELECT id, action, fact_id, before, after, undone FROM audit ORDER BY id'),
    indicators: ws.all('SELECT * FROM indicators ORDER BY id'),
    indicator_aliases: ws.all('SELECT * FROM indicator_aliases ORDER BY alias'),
  };
}

describe('cli build-db through dispatch', () => {
  it('writes the same documents, facts and audit rows as reports.import in the app', async () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'planscope-build-')), 'ws.db');
    const lines: string[] = [];
    const code = await runCli(['build-db', '--out', out, ...samples], { out: (l) => lines.push(l), err: (l) => lines.push(l) });
    expect(code, lines.join('\n')).toBe(0);
    const built = new Workspace(new (await loadSqlJs()).Database(readFileSync(out)));

    const h = await spineHarness();
    try {
      await h.call('workspace.new', {});
      // One call per file, as build-db makes them (a report it cannot read is named and skipped, not all refused).
      for (const file of samples) await h.call('reports.import', { files: [{ path: file, onDuplicate: 'import' }] });
      const app = rows(h.ctx.session.current());
      const cli = rows(built);
      expect(app.facts.length).toBeGreaterThan(50);
      expect(cli.audit.map((r) => r.action)).toEqual(samples.map(() => 'reports.import'));
      expect(cli).toEqual(app);
    } finally {
      built.close();
      await h.cleanup();
    }
  });
});
