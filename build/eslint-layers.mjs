// Layer fences as allow-lists: every relative import is resolved to the layer it lands in, and a layer may import
// only the layers listed for it. A deny-list lets any new path through; this names what each layer may know.
// Packages (react, zod, electron, node:*) are fenced separately in eslint.config.js.
import { existsSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');

/** The layer of a file, by where it sits in the repository; null for files no fence applies to (tests, config). */
export function layerOf(file) {
  const rel = path.relative(root, file).split(path.sep).join('/');
  if (rel.startsWith('main/core/')) return rel === 'main/core/types.ts' ? 'core-types' : 'core';
  if (rel === 'main/contract/method-names.ts' || rel === 'main/contract/preload-api.ts' || rel === 'main/contract/events.ts') return 'contract-plain';
  if (rel.startsWith('main/contract/')) return 'contract';
  if (rel.startsWith('main/services/')) return 'services';
  if (rel.startsWith('main/platform/')) return 'platform';
  if (/^main\/[a-z]+-worker\//.test(rel)) return 'workers';
  if (rel.startsWith('main/workspace-file/')) return 'workspace-file';
  if (rel.startsWith('main/cli/') || rel === 'main/cli.ts') return 'cli';
  if (rel.startsWith('main/')) return 'shell';
  if (rel.startsWith('preload/')) return 'preload';
  if (rel.startsWith('renderer/')) return 'renderer';
  return null;
}

const CORE = ['core', 'core-types'];
const CONTRACT = ['contract', 'contract-plain'];
const WHY = {
  core: 'main/core is pure: it knows only main/core (the contract describes core to the outside, not the reverse).',
  contract: 'main/contract knows only itself and main/core (types and schemas).',
  services: 'services use core, the contract, workspace files and the worker hosts; never platform, shell or renderer.',
  workers: 'workers read with core; they know the contract\'s limits only.',
  'workspace-file': 'workspace files are opened with core and the contract only.',
  platform: 'platform (Electron) reaches the app through services and the contract.',
  preload: 'the sandboxed preload may import only the preload API, the event names and the plain method-name list.',
  renderer: 'the renderer reaches main only through the contract (types) and the shared period vocabulary (main/core/types).',
};

/** Which layers each layer may import. Layers not named here (shell, cli) may import any part of main. */
export const ALLOWED = {
  core: CORE,
  'core-types': ['core-types'],
  'contract-plain': ['contract-plain'],
  contract: [...CONTRACT, ...CORE],
  services: ['services', ...CONTRACT, ...CORE, 'workspace-file', 'workers'],
  workers: ['workers', ...CORE, ...CONTRACT],
  'workspace-file': ['workspace-file', ...CORE, ...CONTRACT],
  platform: ['platform', 'services', ...CONTRACT, 'shell'],
  preload: ['preload', 'contract-plain'],
  renderer: ['renderer', ...CONTRACT, 'core-types'],
};

/** The file an import names: as written, with .ts/.tsx added, or a folder's index.ts. */
function resolvedFile(target) {
  if (/\.(ts|tsx|mjs|js|cjs)$/.test(target)) return target;
  for (const candidate of [`${target}.ts`, `${target}.tsx`, path.join(target, 'index.ts')]) if (existsSync(candidate)) return candidate;
  return `${target}.ts`;
}

/** Types only (`import type`, erased from the bundle) a layer may also take from these layers. */
export const TYPES_ALLOWED = {
  'contract-plain': CONTRACT,
  preload: CONTRACT,
};

const rule = {
  meta: { type: 'problem', schema: [], messages: { fence: '{{from}} may not import {{to}} ({{target}}): {{why}}' } },
  create(context) {
    const file = context.filename;
    const from = layerOf(file);
    const allowed = from ? ALLOWED[from] : undefined;
    if (!allowed) return {};
    const check = (node) => {
      const spec = node.source?.value;
      if (typeof spec !== 'string' || !spec.startsWith('.')) return;
      const to = layerOf(resolvedFile(path.resolve(path.dirname(file), spec)));
      if (to === null || allowed.includes(to)) return;
      if (node.importKind === 'type' && TYPES_ALLOWED[from]?.includes(to)) return;
      context.report({ node: node.source, messageId: 'fence', data: { from, to, target: spec, why: WHY[from] ?? WHY[from.split('-')[0]] ?? '' } });
    };
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check, ImportExpression: check };
  },
};

export const layersPlugin = { rules: { imports: rule } };
