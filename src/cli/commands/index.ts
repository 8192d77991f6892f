import type { Command } from 'commander';
import type { CliContext } from '../context.js';

type Register = (program: Command, ctx: CliContext) => void;

/**
 * Every command, by name, with the module that registers it. The modules are imported only when
 * needed (see main.ts): `decoupage check …` loads the check command and what it uses, not the report
 * renderer nor the INSEE importer, so that a command starts in a fraction of a second.
 * The order is the order of `decoupage --help` (the job's order).
 */
export const COMMANDS: { name: string; load: () => Promise<Register> }[] = [
  { name: 'demo', load: async () => (await import('./demo.js')).register },
  { name: 'import', load: async () => (await import('./import.js')).register },
  { name: 'members', load: async () => (await import('./members.js')).register },
  { name: 'info', load: async () => (await import('./info.js')).register },
  { name: 'graph', load: async () => (await import('./graph.js')).register },
  { name: 'propose', load: async () => (await import('./propose.js')).register },
  { name: 'seats', load: async () => (await import('./seats.js')).register },
  { name: 'check', load: async () => (await import('./check.js')).register },
  { name: 'pluralism', load: async () => (await import('./pluralism.js')).register },
  { name: 'audit', load: async () => (await import('./audit.js')).register },
  { name: 'export', load: async () => (await import('./export.js')).register },
  { name: 'report', load: async () => (await import('./report.js')).register },
  { name: 'serve', load: async () => (await import('./serve.js')).register },
];

/**
 * The commands to register for these arguments: none for `--version`, the one named by the first
 * argument when it is a command (`decoupage check …`, `decoupage check --help`, `decoupage help check`),
 * every command otherwise (`--help`, no argument, a misspelt command: commander then lists them all).
 */
export function commandsFor(argv: readonly string[]): typeof COMMANDS {
  const first = argv[0];
  if (argv.length === 1 && (first === '-V' || first === '--version')) return [];
  const name = first === 'help' ? argv[1] : first;
  const one = COMMANDS.filter((c) => c.name === name);
  return one.length === 1 ? one : COMMANDS;
}
