// @vitest-environment jsdom
// The source panel names the page of a PDF report a fact is printed on: a real PDF (a bundled sample printed by
// Chromium) imported through the in-process services, its facts listed, and the panel rendered for one of them.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { call, createInProcessTransport, useTransport, type InProcessMain } from '../../renderer/bridge';
import { SourcePanel } from '../../renderer/features/source/SourcePanel';

interface InProcessMainModule {
  startInProcessMain(opts: { samples?: boolean }): Promise<{ main: InProcessMain; cleanup(): Promise<void> }>;
}
interface MakeModule {
  samplePdfBase64(sample: string): Promise<string>;
}
// Computed paths: the renderer's compiler must not follow main's Node code (see the in-process helper's comment).
const IN_PROCESS_MAIN = ['..', 'helpers', 'in-process-main'].join('/');
const MAKE = ['..', 'core', 'documents-make'].join('/');

let handle: Awaited<ReturnType<InProcessMainModule['startInProcessMain']>>;
beforeEach(async () => {
  const mod = (await import(/* @vite-ignore */ IN_PROCESS_MAIN)) as InProcessMainModule;
  handle = await mod.startInProcessMain({ samples: false });
  useTransport(createInProcessTransport(handle.main));
});
afterEach(async () => {
  cleanup();
  useTransport(null);
  await handle.cleanup();
});

describe('the source panel and a PDF report', () => {
  it('shows the page the selected fact stands on', async () => {
    await call('workspace.new', {});
    await call('reports.import', { files: [{ fileName: 'r.pdf', base64: await ((await import(/* @vite-ignore */ MAKE)) as MakeModule).samplePdfBase64('001_c2878a9ffa656724.txt') }] });
    const facts = await call('facts.list', {});
    const onPage2 = facts.find((f) => f.page === 2);
    expect(onPage2).toBeDefined();
    render(<SourcePanel documentId={onPage2!.documentId} selected={onPage2!} onPick={() => {}} />);
    await waitFor(() => expect(screen.getByTestId('source-page').textContent).toMatch(/第 2 页|page 2/));
  }, 60_000);
});
