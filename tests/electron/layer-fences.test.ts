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
  { file: 'main/core/types.ts', refused: "import { x } from './pivot/sql';", allowed: "import { x } from './types';" },
  { file: 'main/contract/zz-fence.ts', refused: "import { x } from '../services/reports';", allowed: "import { x } from './facts';" },
  { file: 'main/services/zz-fence.ts', refused: "import { x } from '../platform/dialogs';", allowed: "import { x } from '../core/types';" },
  { file: 'main/extract-worker/zz-fence.ts', refused: "import { x } from '../services/reports';", allowed: "import { x } from '../core/extract';" },
  { file: 'preload/zz-fence.ts', refused: "import { x } from '../main/contract/facts';", allowed: "import { x } from '../main/contract/method-names';" },
  { file: 'renderer/features/zz-fence.ts', refused: "import { x } from '../../main/core/pivot/sql';", allowed: "import type { x } from '../../main/core/types';" },
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
