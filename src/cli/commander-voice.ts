/**
 * Commander in the run's language: the words of its help ("Usage:", "(default: …)") and its errors (unknown
 * option, missing argument…) come from the catalogue. Configured, not re-implemented: the layout stays
 * commander's own; only the words are said in ctx.voice.
 */
import { Command, Help, type Argument, type ErrorOptions, type HelpConfiguration, type Option } from 'commander';
import { say, said, type Said, type Voice } from '../messages/index.js';

/** The titles commander writes itself, and the message that says each. */
const TITLES: Record<string, Said> = {
  'Usage:': said('help.title.usage'),
  'Options:': said('help.title.options'),
  'Arguments:': said('help.title.arguments'),
  'Commands:': said('help.title.commands'),
  'Global Options:': said('help.title.globalOptions'),
};

/** A command whose errors, and its subcommands' errors, are said in `voice` (exit codes unchanged). */
export class VoicedCommand extends Command {
  constructor(
    name: string | undefined,
    readonly voice: Voice,
  ) {
    super(name);
  }

  override createCommand(name?: string): Command {
    return new VoicedCommand(name, this.voice);
  }

  override error(message: string, errorOptions?: ErrorOptions): never {
    const problem = commanderProblem(message, errorOptions?.code, this);
    return super.error(problem ? say(said('error.error', { message: say(problem, this.voice) }), this.voice) : message, errorOptions);
  }
}

/** The words of commander's help in `voice`, for program.configureHelp (inherited by the commands). */
export function voicedHelp(voice: Voice): HelpConfiguration {
  const list = (items: string[]) => say(said('help.extra.list', { items: items.join(', ') }), voice);
  const withExtra = (description: string, extra: string[]) => (extra.length === 0 ? description : description ? `${description} ${list(extra)}` : list(extra));
  const choices = (values: readonly string[]) => say(said('help.extra.choices', { values: values.map((c) => JSON.stringify(c)).join(', ') }), voice);
  const byDefault = (value: string) => say(said('help.extra.default', { value }), voice);
  return {
    styleTitle: (title: string) => (title in TITLES ? say(TITLES[title], voice) : title),
    // French keeps « guillemets » and the space before ":" with their words: no-break spaces are no break points
    boxWrap(this: Help, str: string, width: number): string {
      const kept = str.replace(/\u00a0/g, '\u0001').replace(/\u202f/g, '\u0002');
      return Help.prototype.boxWrap
        .call(this, kept, width)
        .replace(/\u0001/g, '\u00a0')
        .replace(/\u0002/g, '\u202f');
    },
    // commander's own optionDescription, with its words from the catalogue
    optionDescription(option: Option): string {
      const extra: string[] = [];
      if (option.argChoices) extra.push(choices(option.argChoices));
      const showDefault = option.required || option.optional || (option.isBoolean() && typeof option.defaultValue === 'boolean');
      if (option.defaultValue !== undefined && showDefault) extra.push(byDefault(option.defaultValueDescription || JSON.stringify(option.defaultValue)));
      return withExtra(option.description, extra);
    },
    argumentDescription(argument: Argument): string {
      const extra: string[] = [];
      if (argument.argChoices) extra.push(choices(argument.argChoices));
      if (argument.defaultValue !== undefined) extra.push(byDefault(argument.defaultValueDescription || JSON.stringify(argument.defaultValue)));
      return withExtra(argument.description, extra);
    },
  } satisfies Partial<Help>;
}

/**
 * The message of a commander error, from its code and the figures of commander's English message (the
 * quoted flags, values and names; the "Did you mean" suggestion); undefined for a message it does not know,
 * which is then shown as commander wrote it.
 */
export function commanderProblem(message: string, code: string | undefined, cmd: Command): Said | undefined {
  const [first, ...rest] = message.replace(/^error: /, '').split('\n');
  const quoted = [...first.matchAll(/'([^']*)'/g)].map((m) => m[1]);
  const choices = /Allowed choices are (.*)\.$/.exec(first)?.[1];
  let problem: Said | undefined;
  switch (code) {
    case 'commander.unknownOption':
      if (quoted.length === 1) problem = said('cli.commander.unknownOption', { flag: quoted[0] });
      break;
    case 'commander.unknownCommand':
      if (quoted.length === 1) problem = said('cli.commander.unknownCommand', { name: quoted[0] });
      break;
    case 'commander.missingArgument':
      if (quoted.length === 1) problem = said('cli.commander.missingArgument', { name: quoted[0] });
      break;
    case 'commander.optionMissingArgument':
      if (quoted.length === 1) problem = said('cli.commander.optionMissingArgument', { flags: quoted[0] });
      break;
    case 'commander.missingMandatoryOptionValue':
      if (quoted.length === 1) problem = said('cli.commander.missingMandatoryOptionValue', { flags: quoted[0] });
      break;
    case 'commander.conflictingOption':
      if (quoted.length === 2 && /^option '.*' cannot be used with option '.*'$/.test(first))
        problem = said('cli.commander.conflictingOption', { a: quoted[0], b: quoted[1] });
      break;
    case 'commander.invalidArgument':
      if (choices !== undefined && quoted.length === 2 && first.startsWith('option ')) {
        problem = said('cli.commander.invalidOptionChoice', { flags: quoted[0], value: quoted[1], choices });
      } else if (choices !== undefined && quoted.length === 2 && first.startsWith('command-argument ')) {
        problem = said('cli.commander.invalidArgumentChoice', { value: quoted[0], name: quoted[1], choices });
      }
      break;
    case 'commander.excessArguments': {
      const m = /Expected (\d+) arguments? but got (\d+)\.$/.exec(first);
      if (m) {
        const command = cmd.name();
        problem = said('cli.commander.excessArguments', { command, expected: m[1]!, got: m[2]! });
      }
      break;
    }
  }
  if (!problem) return undefined;
  const suggestion = suggestionOf(rest.join('\n'));
  if (suggestion === null) return undefined;
  return suggestion ? said('cli.commander.withSuggestion', { problem, suggestion }) : problem;
}

/** "(Did you mean check?)" as a message; undefined when there is none, null when it is not understood. */
function suggestionOf(text: string): Said | undefined | null {
  if (text === '') return undefined;
  const many = /^\(Did you mean one of (.*)\?\)$/.exec(text);
  if (many) return said('cli.commander.didYouMeanOneOf', { names: many[1] });
  const one = /^\(Did you mean (.*)\?\)$/.exec(text);
  return one ? said('cli.commander.didYouMean', { name: one[1] }) : null;
}
