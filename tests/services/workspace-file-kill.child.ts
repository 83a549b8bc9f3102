// Child process for the kill test: saves two versions of a workspace over the same file, alternately and
// forever, until the parent SIGKILLs it at a random moment. argv: target, fileA, fileB.
import { readFileSync } from 'node:fs';
import { saveWorkspaceFile } from '../../main/workspace-file/save';

const [target, a, b] = process.argv.slice(2) as [string, string, string];
const versions = [readFileSync(b), readFileSync(a)];
process.stdout.write('ready\n');
for (let i = 0; ; i++) await saveWorkspaceFile(target, versions[i % 2]!, { backup: true });
