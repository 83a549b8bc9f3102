// The renderer's typed client over the in-process transport, wired from the test side to main's real dispatch
// (the renderer itself may not import main's runtime code). Calls and events go through a JSON round trip.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../main/services/dispatch';
import { createEventHub, type EventHub } from '../../main/services/event-hub';
import { registry } from '../../main/services/registry';
import { BridgeError, call, createInProcessTransport, on, useTransport, type Transport } from '../../renderer/bridge/index';
import { spineHarness, type SpineHarness } from '../helpers/spine-context';

let h: SpineHarness;
let hub: EventHub;
let transport: Transport;
beforeEach(async () => {
  h = await spineHarness();
  hub = createEventHub();
  h.ctx.emit = hub.emit;
  transport = createInProcessTransport({ dispatch: (m, a) => dispatch(registry, h.ctx, m, a, () => undefined), subscribe: hub.subscribe });
  useTransport(transport);
});
afterEach(async () => {
  useTransport(null);
  await h.cleanup();
});

describe('renderer bridge client', () => {
  it('calls contract methods with typed results; argument-less methods need no arguments', async () => {
    const info = await call('workspace.newFromSamples', {});
    expect(info.documents).toBeGreaterThan(0);
    const reports = await call('reports.list');
    expect(reports).toHaveLength(info.documents);
    const facts = await call('facts.list', { filter: { documentId: reports[0]!.id } });
    // Non-empty, and not every fact: an empty answer or an ignored filter would pass the every() alone.
    expect(facts.length).toBeGreaterThan(0);
    expect(facts.length).toBeLessThan((await call('facts.list', {})).length);
    expect(facts.every((f) => f.documentId === reports[0]!.id)).toBe(true);
  });

  it('turns an error outcome into a BridgeError with the contract code and the message', async () => {
    const err = await call('reports.list').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BridgeError);
    expect(err).toMatchObject({ code: 'no-workspace', method: 'reports.list', message: expect.stringMatching(/No workspace is open/) });
  });

  it('delivers push events to listeners of that event until they stop listening', async () => {
    const changed: string[][] = [];
    const progress: string[] = [];
    const stop = on('workspace.changed', (p) => changed.push(p.tables));
    on('progress', (p) => progress.push(p.label));
    await call('workspace.newFromSamples');
    expect(progress.filter(Boolean).length).toBe((await call('workspace.info')).documents);
    expect(changed.at(-1)).toEqual(expect.arrayContaining(['documents', 'facts']));
    stop();
    const before = changed.length;
    const [fact] = await call('facts.list');
    await call('facts.accept', { ids: [fact!.id] });
    expect(changed.length).toBe(before);
  });

  it('listeners follow a transport swap (e.g. the test pointing the page at another server)', async () => {
    const got: string[][] = [];
    on('workspace.changed', (p) => got.push(p.tables));
    const h2 = await spineHarness();
    const hub2 = createEventHub();
    h2.ctx.emit = hub2.emit;
    try {
      useTransport(createInProcessTransport({ dispatch: (m, a) => dispatch(registry, h2.ctx, m, a, () => undefined), subscribe: hub2.subscribe }));
      await call('workspace.new');
      expect(got).toHaveLength(1);
      hub.emit('workspace.changed', { tables: ['meta'] }); // the previous transport no longer reaches the page
      expect(got).toHaveLength(1);
    } finally {
      await h2.cleanup();
    }
  });
});
