// The layer fences (build/eslint-layers.mjs) run on real ESLint with the project's own config: a deliberate
// cross-fence import in each layer must be reported, and the same file importing what its layer may must not.
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { ESLint } from 'eslint';

const root = path.resolve(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: root });

async function fenceMessages(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'layers/imports').map((m) => m.message);
}

/** Each row: a file in a layer, an import its layer may not make, and one it may. */
const CASES = [
  { file: 'main/core/extract/zz-fence.ts', refused: "import { x } from '../../services/reports';", allowed: "import { x } from '../numbers';" },
  { file: 'main/core/types.ts', refused: "import { x } from './store/queries/pivot-sql';", allowed: "import { x } from './types';" },
  { file: 'main/contract/zz-fence.ts', refused: "import { x } from '../services/reports';", allowed: "import { x } from './facts';" },
  // Services and the renderer are linted with type information, which needs a file of the project: a real path.
  { file: 'main/services/reports.ts', refused: "import { x } from '../platform/dialogs';", allowed: "import { x } from '../core/types';" },
  { file: 'main/extract-worker/zz-fence.ts', refused: "import { x } from '../services/reports';", allowed: "import { x } from '../core/extract';" },
  { file: 'preload/zz-fence.ts', refused: "import { x } from '../main/contract/facts';", allowed: "import { x } from '../main/contract/method-names';" },
  { file: 'renderer/features/reports/files.ts', refused: "import { x } from '../../../main/core/store/queries/pivot-sql';", allowed: "import type { x } from '../../../main/core/types';" },
] as const;

describe('layer fences', () => {
  for (const { file, refused, allowed } of CASES) {
    it(`${file}: refuses «${refused}» and lets «${allowed}» through`, async () => {
      const refusedMessages = await fenceMessages(file, `${refused}\nexport const y = x;\n`);
      expect(refusedMessages).toHaveLength(1);
      expect(refusedMessages[0]).toMatch(/may not import/);
      expect(await fenceMessages(file, `${allowed}\nexport const y = x;\n`)).toEqual([]);
    });
  }

  it('a type-only import of the contract is allowed in the preload, a value import is not', async () => {
    expect(await fenceMessages('preload/zz-fence.ts', "import type { x } from '../main/contract/facts';\nexport type Y = x;\n")).toEqual([]);
    expect(await fenceMessages('preload/zz-fence.ts', "import { x } from '../main/contract/facts';\nexport const y = x;\n")).toHaveLength(1);
  });
});

describe('type-aware rules and the rules of hooks', () => {
  const messages = async (file: string, code: string, rule: string) => {
    const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
    return (result?.messages ?? []).filter((m) => m.ruleId === rule || m.fatal).map((m) => m.message);
  };

  it('a promise left floating in the renderer or a service is reported; one left with `void` is not', async () => {
    const floating = "declare function save(): Promise<void>;\nexport function onClick() {\n  save();\n}\n";
    for (const file of ['renderer/features/reports/ReportsView.tsx', 'main/services/reports.ts']) {
      expect(await messages(file, floating, '@typescript-eslint/no-floating-promises'), file).toHaveLength(1);
      expect(await messages(file, floating.replace('  save();', '  void save();'), '@typescript-eslint/no-floating-promises'), file).toEqual([]);
    }
  });

  it('a hook called conditionally, and an effect missing what it reads, are reported', async () => {
    const file = 'renderer/features/reports/ReportsView.tsx';
    const conditional = "import { useState } from 'react';\nexport function V({ on }: { on: boolean }) {\n  if (on) useState(0);\n  return null;\n}\n";
    expect(await messages(file, conditional, 'react-hooks/rules-of-hooks')).toHaveLength(1);
    const missing = "import { useEffect } from 'react';\nexport function V({ id }: { id: number }) {\n  useEffect(() => console.log(id), []);\n  return null;\n}\n";
    expect(await messages(file, missing, 'react-hooks/exhaustive-deps')).toHaveLength(1);
  });
});
