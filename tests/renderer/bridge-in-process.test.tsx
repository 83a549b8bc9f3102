// @vitest-environment jsdom
// A component test through the in-process transport: React in jsdom calls the real services via the bridge
// client, and re-renders on the push events they emit.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import { useEffect, useState } from 'react';
import { call, createInProcessTransport, on, useTransport, type InProcessMain } from '../../renderer/bridge';

interface InProcessMainModule {
  startInProcessMain(opts: { samples?: boolean }): Promise<{ main: InProcessMain; cleanup(): Promise<void> }>;
}
// A computed path: the renderer's compiler must not follow main's Node code (see the helper's comment).
const IN_PROCESS_MAIN = ['..', 'helpers', 'in-process-main'].join('/');

function Summary() {
  const [text, setText] = useState('…');
  useEffect(() => {
    const load = () => void call('workspace.info').then((i) => setText(`${i.documents} reports, ${i.unreviewed} to review`));
    load();
    return on('workspace.changed', load);
  }, []);
  return <p data-testid="summary">{text}</p>;
}

let handle: Awaited<ReturnType<InProcessMainModule['startInProcessMain']>>;
beforeEach(async () => {
  const mod = (await import(/* @vite-ignore */ IN_PROCESS_MAIN)) as InProcessMainModule;
  handle = await mod.startInProcessMain({ samples: true });
  useTransport(createInProcessTransport(handle.main));
});
afterEach(async () => {
  cleanup();
  useTransport(null);
  await handle.cleanup();
});

describe('bridge in component tests', () => {
  it('shows what the services return and follows their change events', async () => {
    render(<Summary />);
    await waitFor(() => expect(screen.getByTestId('summary').textContent).toMatch(/^\d+ reports, \d+ to review$/));
    const before = Number(/, (\d+) to review/.exec(screen.getByTestId('summary').textContent ?? '')![1]);
    const [fact] = await call('facts.list', { filter: { status: 'unreviewed' } });
    await act(async () => {
      await call('facts.accept', { ids: [fact!.id] });
    });
    await waitFor(() => expect(screen.getByTestId('summary').textContent).toContain(`${before - 1} to review`));
  });
});
