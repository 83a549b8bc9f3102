// Two of issue 18's low items: an autosave that fails (its folder gone, a full disk) is shown — one notice that
// crash protection stopped, not silence and not one every interval — and a full disk comes back as its own
// code ('disk-full'), not as bad input.
import { sayIn, type Said } from '../../main/core/messages';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fsError } from '../../main/services/node-context';
import { startAutosave } from '../../main/services/sharing';
import { spineHarness, type SpineHarness } from '../helpers/spine-context';

let h: SpineHarness;
beforeEach(async () => (h = await spineHarness()));
afterEach(async () => h.cleanup());

describe('autosave failures', () => {
  it('tell the window once that crash protection stopped, and keep the app running', async () => {
    const folder = join(h.dir, 'work');
    await mkdir(folder);
    await h.call('workspace.new', {});
    await h.call('workspace.saveAs', { path: join(folder, 'ws.db') });
    h.ctx.session.markDirty();
    await rm(folder, { recursive: true }); // the journal can no longer be written next to the workspace
    const errors: unknown[] = [];
    const stop = startAutosave(h.ctx, 20, (e) => errors.push(e));
    for (let i = 0; i < 100 && errors.length < 3; i++) await new Promise((r) => setTimeout(r, 20));
    stop();
    expect(errors.length).toBeGreaterThanOrEqual(3);
    const shown = h.events.filter((e) => e.event === 'autosave.failed');
    expect(shown).toHaveLength(1);
    const payload = shown[0]!.payload as { message: string; say?: Said };
    expect(payload.message).toMatch(/^Autosave failed, so crash protection has stopped \(.+\)\. Save your work now\.$/s);
    // The window words it in its own language from the id; the reason inside is worded too where main has one.
    expect(payload.say?.id).toBe('autosave.failed');
    expect(sayIn('zh-CN', payload.say!)).toMatch(/^自动保存失败，崩溃保护已停止（.+）。请尽快手动保存。$/s);
    expect((await h.call('workspace.info', {})).open).toBe(true);
  });
});

describe('a full disk', () => {
  it('is its own code with a message saying what to do, for ENOSPC and a full quota', () => {
    for (const code of ['ENOSPC', 'EDQUOT']) {
      const err = Object.assign(new Error(`${code}: no space left on device, write`), { code });
      const mapped = fsError(err, '/data/ws.db', 'save');
      expect(mapped.code).toBe('disk-full');
      expect(mapped.message).toMatch(/The disk has no room to write \/data\/ws\.db/);
      // The interface says it in its own language, from the catalogue.
      expect(sayIn('zh-CN', mapped.say!)).toMatch(/^磁盘空间不足，无法写入 \/data\/ws\.db/);
    }
    expect(fsError(Object.assign(new Error('EACCES'), { code: 'EACCES' }), '/x.db', 'save').code).toBe('bad-input');
  });
});
