import { Command, type Help, type Option } from 'commander';
import { say, said, type Said, type Voice } from '../messages/index.js';
import type { CliContext } from './context.js';
import { addGraphOptions } from './graph-options.js';
import { addRuleOptions, addSeatOptions } from './rules-options.js';
import { addZoneOptions } from './zone-options.js';
import { headingOf } from './voice.js';

/**
 * The option groups that several commands share. Each command's --help lists its own options first and folds
 * these into one line per group; "decoupage help options" describes them once.
 */
const SHARED_GROUPS: { title: Said; add: (cmd: Command, voice: Voice) => Command }[] = [
  { title: said('help.group.zones'), add: addZoneOptions },
  { title: said('help.group.graph'), add: addGraphOptions },
  { title: said('help.group.rules'), add: addRuleOptions },
  { title: said('help.group.seats'), add: addSeatOptions },
];

/** The shared groups in a voice: their title and their heading in --help (the options' helpGroupHeading). */
function sharedGroups(voice: Voice) {
  return SHARED_GROUPS.map((g) => ({ ...g, name: say(g.title, voice), heading: headingOf(g.title, voice) }));
}

/** Fold the shared groups of every command of `program` (call after the commands are registered). */
export function foldSharedOptions(program: Command, voice: Voice): void {
  const headings = new Set(sharedGroups(voice).map((g) => g.heading));
  const isShared = (o: Option) => o.helpGroupHeading !== undefined && headings.has(o.helpGroupHeading);
  for (const cmd of program.commands) {
    const shared = cmd.options.filter(isShared);
    if (shared.length === 0) continue;
    cmd.configureHelp({
      ...cmd.configureHelp(),
      visibleOptions(this: Help, c: Command) {
        return Object.getPrototypeOf(this)
          .visibleOptions.call(this, c)
          .filter((o: Option) => !isShared(o));
      },
    });
    cmd.addHelpText('after', () => foldedLines(cmd, voice));
  }
}

function foldedLines(cmd: Command, voice: Voice): string {
  const lines = ['', say(said('help.shared.title'), voice)];
  for (const { name, heading } of sharedGroups(voice)) {
    const flags = cmd.options.filter((o) => o.helpGroupHeading === heading).map((o) => o.long ?? o.flags);
    if (flags.length) lines.push(wrap(say(said('help.shared.line', { group: name, flags: flags.join(', ') }), voice), 80, '  ', '      '));
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
export function sharedOptionsHelp(program: Command, voice: Voice): string {
  const parts = [...say(said('help.shared.intro'), voice).split('\n'), ''];
  for (const { name, heading, add } of sharedGroups(voice)) {
    const users = program.commands.filter((c) => c.options.some((o) => o.helpGroupHeading === heading)).map((c) => c.name());
    if (users.length === 0) continue;
    // a command of the program's kind, so that its help speaks the program's language
    const probe = add(program.createCommand('options').configureHelp(program.configureHelp()), voice);
    probe.helpOption(false);
    const help = probe.createHelp();
    const width = help.padWidth(probe, help);
    const items = probe.options.map((o) => help.formatItem(help.optionTerm(o), width, help.optionDescription(o), help));
    parts.push(say(said('help.shared.group', { group: name, commands: users.join(', ') }), voice), ...items, '');
  }
  return parts.join('\n');
}

/** "decoupage help [topic]": a command's help, or the shared options once. Replaces commander's help command. */
export function registerHelp(program: Command, ctx: CliContext): void {
  const voice = ctx.voice;
  program.helpCommand(false);
  program
    .command('help')
    .summary(say(said('help.help.summary'), voice))
    .argument('[topic]', say(said('help.help.topic'), voice))
    .action((topic: string | undefined) => {
      if (topic === undefined) return void program.outputHelp();
      if (topic === 'options') return void ctx.stdout(sharedOptionsHelp(program, voice));
      const cmd = program.commands.find((c) => c.name() === topic);
      if (!cmd || cmd.name() === 'help') {
        const commands = program.commands.map((c) => c.name()).join(', ');
        ctx.stderr(say(said('error.error', { message: said('cli.help.noCommand', { topic, commands }) }), voice) + '\n');
        ctx.exitCode = 2;
        return;
      }
      cmd.outputHelp();
    });
}
