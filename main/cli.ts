// Planscope from a terminal: the same core and services as the app, for batch work.
// Each command lives in main/cli/<command>.ts; this file only routes.
import { pathToFileURL } from 'node:url';
import { UsageError, type CliCommand, type CliIo } from './cli/args';

const commands: Record<string, { summary: string; load: () => Promise<CliCommand> }> = {
  extract: { summary: 'read reports into facts (--jsonl: one JSON object per fact)', load: async () => (await import('./cli/extract')).extractCommand },
  eval: { summary: 'score the extractor against ../shared/gold and ../shared/real-reports, beside a naive number-with-unit scan (JSON on the last line)', load: async () => (await import('./cli/eval')).evalCommand },
  'build-db': { summary: 'build a workspace .db from reports (--out FILE.db [--samples] FILE...)', load: async () => (await import('./cli/build-db')).buildDb },
  check: { summary: 'check workspace files before trusting them (JSON verdict per file)', load: async () => (await import('./cli/check')).check },
  merge: { summary: 'merge a colleague\'s workspace into yours; conflicts as JSON lines', load: async () => (await import('./cli/merge')).merge },
  'export-xlsx': { summary: 'write the briefing workbook (--db FILE.db --out BRIEFING.xlsx [--pivot NAME])', load: async () => (await import('./cli/export-xlsx')).exportXlsx },
  'import-xlsx': { summary: 'import a colleague\'s sheet (--db FILE.db BOOK.xlsx [--mapping MAP.json]); cell errors as JSON lines', load: async () => (await import('./cli/import-xlsx')).importXlsx },
  pivot: { summary: 'run a pivot on a workspace (--db FILE.db --spec SPEC.json | --view NAME); PivotResult as JSON', load: async () => (await import('./cli/pivot')).pivotCommand },
  score: { summary: 'score targets against outcomes (--jsonl: one JSON object per scored target)', load: async () => (await import('./cli/score')).scoreCommand },
  'plan-check': { summary: 'track every multi-year plan target (--db FILE.db --jsonl): base, latest, pace achieved and required, status', load: async () => (await import('./cli/plan-check')).planCheckCommand },
  forecast: { summary: 'forecast one indicator: ranked methods, intervals, P(meet target) as JSON', load: async () => (await import('./cli/forecast')).forecastCommand },
};

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  const entry = name ? commands[name] : undefined;
  if (!entry) {
    io.err(`usage: planscope <command> [options]\n\ncommands:\n${Object.entries(commands).map(([n, c]) => `  ${n.padEnd(14)}${c.summary}`).join('\n')}`);
    return name ? 2 : 0;
  }
  try {
    return await (await entry.load())(rest, io);
  } catch (err) {
    if (err instanceof UsageError) {
      io.err(`planscope ${name}: ${err.message}`);
      return 2;
    }
    io.err(`planscope ${name}: ${err instanceof Error ? err.message : String(err)}`);
    return 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  // `npm run cli` (or eval …) starts this in the project folder; relative paths mean the folder the user typed them
  // in, which npm passes as INIT_CWD. Every command opens files by the paths given, so working there resolves them
  // all. Only when npm's own script started this file: a child of `npm test` inherits INIT_CWD but has its own cwd.
  const byNpmScript = /\bmain\/cli\.ts\b/.test(process.env.npm_lifecycle_script ?? '');
  if (byNpmScript && process.env.INIT_CWD) process.chdir(process.env.INIT_CWD);
  const io: CliIo = { out: (l) => process.stdout.write(l + '\n'), err: (l) => process.stderr.write(l + '\n') };
  runCli(process.argv.slice(2), io).then((code) => {
    process.exitCode = code;
  });
}
