// dispatch(): validation with the contract's schemas, errors a person can act on, JSON-safe results.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { method } from '../../main/contract/define';
import { PlanscopeError } from '../../main/contract/errors';
import { dispatch } from '../../main/services/dispatch';
import { createRegistry } from '../../main/services/registry';
import { spineHarness, type SpineHarness } from '../helpers/spine-context';

let h: SpineHarness;
beforeEach(async () => {
  h = await spineHarness();
});
afterEach(() => h.cleanup());

describe('dispatch', () => {
  it('names an unknown method', async () => {
    const out = await h.outcome('facts.explode', {});
    expect(out).toEqual({ ok: false, error: { code: 'unknown-method', message: expect.stringContaining('"facts.explode"'), say: { id: 'unknown-method', params: { method: 'facts.explode' } } } });
  });

  it('refuses bad arguments naming the argument and what was expected, without running the handler', async () => {
    await h.call('workspace.new', {});
    const out = await h.outcome('facts.update', { id: 1, changes: { period: '去年' } });
    expect(out.ok).toBe(false);
    if (out.ok) return;
    expect(out.error.code).toBe('invalid-arguments');
    expect(out.error.message).toMatch(/^facts\.update: changes\.period: a period looks like 2024/);
    expect(out.error.details).toEqual([{ path: 'changes.period', message: expect.any(String) }]);
    const wrongType = await h.outcome('facts.accept', { ids: ['7'] });
    expect(!wrongType.ok && wrongType.error.message).toMatch(/ids\.0/);
  });

  it('passes a PlanscopeError through with its code, and calls with nothing open say so', async () => {
    const out = await h.outcome('reports.list', {});
    expect(out).toEqual({ ok: false, error: { code: 'no-workspace', message: expect.stringMatching(/No workspace is open/), say: { id: 'no-workspace', params: {} } } });
  });

  it('turns an unexpected failure into a plain internal error and logs the original', async () => {
    const contract = { 'x.crash': method<number>()(z.object({})), 'x.refuse': method<number>()(z.object({})) };
    const reg = createRegistry(contract, {
      'x.crash': () => {
        throw new TypeError("Cannot read properties of undefined (reading 'id')");
      },
      'x.refuse': () => {
        throw new PlanscopeError('bad-input', 'Sheet 2, C14: "约6%" is not a number', { cell: 'C14' });
      },
    });
    const logged: unknown[] = [];
    const crash = await dispatch(reg, h.ctx, 'x.crash', {}, (_m, err) => logged.push(err));
    expect(crash).toEqual({ ok: false, error: { code: 'internal', message: expect.stringMatching(/internal error.*reading 'id'.*not changed/), say: { id: 'internal', params: expect.objectContaining({ reason: expect.stringContaining("reading 'id'") }) } } });
    expect(logged[0]).toBeInstanceOf(TypeError);
    const refuse = await dispatch(reg, h.ctx, 'x.refuse', {}, () => undefined);
    expect(refuse).toEqual({ ok: false, error: { code: 'bad-input', message: 'Sheet 2, C14: "约6%" is not a number', details: { cell: 'C14' } } });
  });

  it('returns results that survive a JSON round trip unchanged (what IPC and HTTP carry)', async () => {
    await h.call('workspace.newFromSamples', {});
    for (const [name, args] of [['workspace.info', {}], ['reports.list', {}], ['facts.list', {}], ['facts.filterOptions', {}], ['catalog.list', {}]] as const) {
      const out = await h.outcome(name, args);
      expect(out.ok, name).toBe(true);
      expect(JSON.parse(JSON.stringify(out)), name).toEqual(out);
    }
  });
});
