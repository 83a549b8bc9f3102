// The sandboxed preload carries only a list of method names, not the contract's runtime: bundled as the app
// bundles it (one CommonJS file, electron external), it stays under 10 KB with no zod in it.
import { build } from 'esbuild';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { methods } from '../../main/contract/index';
import { METHOD_NAMES } from '../../main/contract/method-names';

const root = join(import.meta.dirname, '../..');

describe('the preload', () => {
  it('lists exactly the contract\'s methods', () => {
    expect([...METHOD_NAMES].sort()).toEqual(Object.keys(methods).sort());
  });

  it('bundles to under 10 KB without zod', async () => {
    const out = await build({
      entryPoints: [join(root, 'preload/index.ts')], bundle: true, platform: 'node', format: 'cjs', external: ['electron'],
      write: false, logLevel: 'silent', minify: false,
    });
    const code = out.outputFiles[0]!.text;
    expect(code.length).toBeLessThan(10 * 1024);
    expect(code).not.toMatch(/zod|ZodError|safeParse/);
    expect(code).toContain('workspace.info');
  });
});
