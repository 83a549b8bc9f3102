// Minimal argv parsing shared by CLI commands: `--flag value`, `--flag` (boolean), positionals.
import { readFile } from 'node:fs/promises';

export interface ParsedArgs {
  flags: Map<string, string | true>;
  positional: string[];
}

export function parseArgs(argv: readonly string[], booleanFlags: readonly string[] = []): ParsedArgs {
  const flags = new Map<string, string | true>();
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a.startsWith('--')) {
      const name = a.slice(2);
      const next = argv[i + 1];
      if (booleanFlags.includes(name) || next === undefined || next.startsWith('--')) flags.set(name, true);
      else {
        flags.set(name, next);
        i++;
      }
    } else positional.push(a);
  }
  return { flags, positional };
}

/** A flag's string value, or a usage error naming the flag. */
export function requireFlag(args: ParsedArgs, name: string, usage: string): string {
  const v = args.flags.get(name);
  if (typeof v !== 'string') throw new UsageError(`missing --${name}\nusage: ${usage}`);
  return v;
}

export class UsageError extends Error {}

/** A JSON file named on the command line; an unreadable or malformed one is a usage error worded by `problem`. */
export async function readJsonArg(path: string, problem: (reason: string) => string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(path, 'utf8'));
  } catch (err) {
    throw new UsageError(problem(err instanceof Error ? err.message : String(err)));
  }
}

/** A CLI command: returns the process exit code. Output goes through the given writers so tests can capture it. */
export type CliCommand = (argv: string[], io: CliIo) => Promise<number>;

export interface CliIo {
  out: (line: string) => void;
  err: (line: string) => void;
}
