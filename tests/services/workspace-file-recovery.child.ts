// Child process for the crash-recovery test: a Planscope session that opens the workspace, makes unsaved edits,
// lets autosave journal them, prints the facts it holds, then waits to be SIGKILLed. argv: workspace path.
import { loadSqlJs } from '../../main/sqljs';
import { createNodeContext } from '../../main/services/node-context';
import { sharingHandlers } from '../../main/services/sharing';
import { startWorkspace } from '../../main/services/workspace';
import { workspaceChanged } from '../../main/services/context';

const [path] = process.argv.slice(2) as [string];
const ctx = createNodeContext({ SQL: await loadSqlJs(), samplesDir: '.', emit: () => undefined });
await startWorkspace(ctx, path);
const ws = ctx.session.current();
ws.run(`UPDATE facts SET value = 4242, status = 'accepted' WHERE id = 7`);
ws.run(`DELETE FROM facts WHERE id = 9`);
workspaceChanged(ctx, ['facts']);
await sharingHandlers['sharing.autosave']({}, ctx);
process.stdout.write(`${JSON.stringify(ws.listFacts())}\n`);
setInterval(() => undefined, 1000); // alive until killed
