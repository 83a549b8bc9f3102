// A workspace damaged on disk at start: its sound .bak is offered, opened only when the user says so, and the
// damaged file is kept under a new name. Real files, real sql.js, the real start path.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PlanscopeError } from '../../main/contract/errors';
import { sayIn } from '../../main/contract/messages';
import { startWorkspace, workspaceInfo } from '../../main/services/workspace';
import { damagedPathFor, startWithBackupOffer } from '../../main/services/workspace-backup';
import { backupPathFor } from '../../main/workspace-file/save';
import { spineHarness, type SpineHarness } from '../helpers/spine-context';

let h: SpineHarness;
beforeEach(async () => {
  h = await spineHarness();
});
afterEach(() => h.cleanup());

/** A workspace saved twice (so the last save kept a .bak), then its file cut in half as a crashed disk would. */
async function damagedWithBackup(): Promise<{ path: string; damaged: Buffer; facts: number }> {
  const path = join(h.dir, 'ws.db');
  const info = await startWorkspace(h.ctx, path);
  await h.call('workspace.save', {});
  expect(existsSync(backupPathFor(path))).toBe(true);
  const bytes = readFileSync(path);
  const damaged = bytes.subarray(0, Math.floor(bytes.length / 2));
  writeFileSync(path, damaged);
  return { path, damaged, facts: info.facts };
}

async function refusal(p: Promise<unknown>): Promise<PlanscopeError> {
  const err = await p.then(() => null, (e: unknown) => e);
  expect(err).toBeInstanceOf(PlanscopeError);
  return err as PlanscopeError;
}

describe('a damaged workspace at start', () => {
  it('is refused with a message that offers the sound backup; declined, nothing on disk changes', async () => {
    const { path, damaged } = await damagedWithBackup();
    const again = await spineHarness();
    try {
      const err = await refusal(startWithBackupOffer(again.ctx, path, startWorkspace, async () => false));
      expect(err.message).toContain(`${path}.bak`);
      expect(err.message).toContain('kept by the last save is sound');
      // The refusal it offers the backup for is kept inside, worded in both languages.
      expect(err.say?.id).toBe('backup.offered');
      expect(sayIn('zh-CN', err.say!)).toContain(`上次保存时留下的备份 ${path}.bak 完好`);
      expect(err.details).toMatchObject({ backup: `${path}.bak` });
      expect(readFileSync(path).equals(damaged)).toBe(true);
      expect(readdirSync(h.dir).filter((n) => n.includes('.damaged-'))).toEqual([]);
    } finally {
      await again.cleanup();
    }
  });

  it('accepted, opens the backup with its facts and keeps the damaged file renamed beside it', async () => {
    const { path, damaged, facts } = await damagedWithBackup();
    const again = await spineHarness();
    try {
      const asked: string[] = [];
      await startWithBackupOffer(again.ctx, path, startWorkspace, async (e) => (asked.push(e.message), true));
      expect(asked).toHaveLength(1);
      expect(workspaceInfo(again.ctx)).toMatchObject({ open: true, path, facts });
      const kept = readdirSync(h.dir).filter((n) => n.startsWith('ws.db.damaged-'));
      expect(kept).toHaveLength(1);
      expect(readFileSync(join(h.dir, kept[0]!)).equals(damaged)).toBe(true);
      expect(existsSync(backupPathFor(path))).toBe(true);
    } finally {
      await again.cleanup();
    }
  });

  it('without a sound backup the refusal stands as it was, with no offer and no question', async () => {
    const { path } = await damagedWithBackup();
    writeFileSync(backupPathFor(path), 'not a database');
    const again = await spineHarness();
    try {
      let asked = false;
      const err = await refusal(startWithBackupOffer(again.ctx, path, startWorkspace, async () => (asked = true)));
      expect(asked).toBe(false);
      expect(err.details).not.toMatchObject({ backup: expect.anything() });
      expect(err.message).not.toContain('.bak');
    } finally {
      await again.cleanup();
    }
  });

  it('names the damaged copy by the minute it was set aside', () => {
    expect(damagedPathFor('/w/ws.db', new Date('2026-12-03T01:42:09Z'))).toBe('/w/ws.db.damaged-20261203-0142');
  });
});
