// The registry joins every feature's handlers and refuses anything that does not match the contract.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { method } from '../../main/contract/define';
import { joinMethods, methods } from '../../main/contract/index';
import { createRegistry, joinHandlers, registry } from '../../main/services/registry';

describe('registry', () => {
  it('has exactly one handler for every contract method', () => {
    const names = Object.keys(methods).sort();
    expect(Object.keys(registry.handlers).sort()).toEqual(names);
    for (const n of ['workspace.new', 'workspace.open', 'workspace.save', 'workspace.saveAs', 'workspace.info', 'reports.import',
      'reports.list', 'reports.getText', 'facts.list', 'facts.update', 'facts.accept', 'facts.reject', 'facts.undo', 'facts.redo', 'catalog.list']) {
      expect(names).toContain(n);
    }
  });

  it('refuses two features registering the same handler name', () => {
    const a = { 'x.run': () => 1 };
    const b = { 'x.run': () => 2 };
    expect(() => joinHandlers(a, b)).toThrow(/two features register a handler for "x.run"/);
  });

  it('refuses two features declaring the same contract method', () => {
    const a = { 'x.run': method<number>()(z.object({})) };
    const b = { 'x.run': method<string>()(z.object({})) };
    expect(() => joinMethods(a, b)).toThrow(/"x.run" is declared by two features/);
  });

  it('refuses a contract method without a handler, and a handler without a contract method', () => {
    const contract = { 'x.run': method<number>()(z.object({})), 'x.stop': method<number>()(z.object({})) };
    // Deliberately incomplete maps: the run-time check is what is under test.
    expect(() => createRegistry(contract, { 'x.run': () => 1 } as unknown as Parameters<typeof createRegistry<typeof contract>>[1]))
      .toThrow(/no handler for "x.stop"/);
    expect(() => createRegistry({ 'x.run': contract['x.run'] }, { 'x.run': () => 1, 'x.extra': () => 2 } as unknown as Parameters<typeof createRegistry<{ 'x.run': typeof contract['x.run'] }>>[1]))
      .toThrow(/handlers without a contract method: "x.extra"/);
  });
});
