import { Command, type Help, type Option } from 'commander';
import type { CliContext } from './context.js';
import { addGraphOptions } from './graph-options.js';
import { addRuleOptions, addSeatOptions } from './rules-options.js';
import { addZoneOptions } from './zone-options.js';

/**
 * The option groups that several commands share. Each command's --help lists its own options first and folds
 * these into one line per group; "decoupage help options" describes them once.
 */
const SHARED_GROUPS: { heading: string; add: (cmd: Command) => Command }[] = [
  { heading: 'Zones and member counts:', add: addZoneOptions },
  { heading: 'Neighbours (contiguity):', add: addGraphOptions },
  { heading: 'Rules (the charter):', add: addRuleOptions },
  { heading: 'Seats per section:', add: addSeatOptions },
];
const SHARED_HEADINGS = new Set(SHARED_GROUPS.map((g) => g.heading));

const isShared = (o: Option) => o.helpGroupHeading !== undefined && SHARED_HEADINGS.has(o.helpGroupHeading);

/** Fold the shared groups of every command of `program` (call after the commands are registered). */
export function foldSharedOptions(program: Command): void {
  for (const cmd of program.commands) {
    const shared = cmd.options.filter(isShared);
    if (shared.length === 0) continue;
    cmd.configureHelp({
      visibleOptions(this: Help, c: Command) {
        return Object.getPrototypeOf(this).visibleOptions.call(this, c).filter((o: Option) => !isShared(o));
      },
    });
    cmd.addHelpText('after', () => foldedLines(cmd));
  }
}

function foldedLines(cmd: Command): string {
  const lines = ['', 'Shared options (the same in every command; described in "decoupage help options"):'];
  for (const { heading } of SHARED_GROUPS) {
    const flags = cmd.options.filter((o) => o.helpGroupHeading === heading).map((o) => o.long ?? o.flags);
    if (flags.length) lines.push(wrap(`${heading.replace(/:$/, '')}: ${flags.join(', ')}`, 80, '  ', '      '));
  }
  return lines.join('\n');
}

function wrap(text: string, width: number, first: string, indent: string): string {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && (line + ' ' + word).length > width) {
      out.push(line);
      line = indent + word;
    } else line = line ? `${line} ${word}` : first + word;
  }
  if (line) out.push(line);
  return out.join('\n');
}

/** The text of "decoupage help options": every shared group once, with the commands that take it. */
export function sharedOptionsHelp(program: Command): string {
  const parts = [
    'Options shared by several commands (they mean the same in each). A command\'s own options are in',
    '"decoupage <command> --help".',
    '',
  ];
  for (const { heading, add } of SHARED_GROUPS) {
    const users = program.commands.filter((c) => c.options.some((o) => o.helpGroupHeading === heading)).map((c) => c.name());
    if (users.length === 0) continue;
    const probe = add(new Command('options'));
    probe.helpOption(false);
    const help = probe.createHelp();
    const width = help.padWidth(probe, help);
    const items = probe.options.map((o) => help.formatItem(help.optionTerm(o), width, help.optionDescription(o), help));
    parts.push(`${heading.replace(/:$/, '')} (${users.join(', ')}):`, ...items, '');
  }
  return parts.join('\n');
}

/** "decoupage help [topic]": a command's help, or the shared options once. Replaces commander's help command. */
export function registerHelp(program: Command, ctx: CliContext): void {
  program.helpCommand(false);
  program
    .command('help')
    .summary('help on a command ("decoupage help propose"), or on the options shared by every command ("decoupage help options")')
    .argument('[topic]', 'a command, or "options"')
    .action((topic: string | undefined) => {
      if (topic === undefined) return void program.outputHelp();
      if (topic === 'options') return void ctx.stdout(sharedOptionsHelp(program));
      const cmd = program.commands.find((c) => c.name() === topic);
      if (!cmd || cmd.name() === 'help') {
        ctx.stderr(`error: no command "${topic}"; the commands are: ${program.commands.map((c) => c.name()).join(', ')}, and "help options"\n`);
        ctx.exitCode = 2;
        return;
      }
      cmd.outputHelp();
    });
}
