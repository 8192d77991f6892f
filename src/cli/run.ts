import { CommanderError } from 'commander';
import { isInputError } from '../core/index.js';
import { collectNotices } from '../core/index.js';
import { loadGpkgSupport, resetInputs } from '../io/index.js';
import { checkDeclaredOutputs } from './outputs.js';
import { silentProgress, terminalProgress } from '../core/index.js';
import type { CliContext } from './context.js';
import { commandsFor } from './commands/index.js';
import { cliVoice, langChoice, setRunLangChoice, withoutLang } from './voice.js';
import { VERSION } from '../core/index.js';
import { voicedHelp, VoicedCommand } from './commander-voice.js';
import { langOption } from './lang-option.js';
import type { CliIO } from './main.js';
import { count, say, said, type Voice } from '../messages/index.js';

/** Exit code of an unexpected failure (a bug): "internal error, please report". */
export const EXIT_INTERNAL = 3;

/**
 * Control characters a terminal obeys: C0 but tab and line feed, DEL, C1, and the bidirectional overrides and
 * isolates. A zone or section name from a file may hold them ("\x1b[2J" clears the screen, U+202E reverses
 * what follows): what the CLI prints shows each as U+FFFD instead.
 */
const TERMINAL_CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** Text as the CLI prints it: terminal controls neutralised. */
export function terminalSafe(text: string): string {
  return text.replace(TERMINAL_CONTROLS, '\ufffd');
}

/** The CLI behind main() (main.ts): everything but `--version`. */
export async function runCli(argv: string[], rawIo: CliIO): Promise<number> {
  const io: CliIO = { ...rawIo, stdout: (t) => rawIo.stdout(terminalSafe(t)), stderr: (t) => rawIo.stderr(terminalSafe(t)) };
  const choice = langChoice(argv);
  setRunLangChoice(choice);
  const voice = cliVoice(choice.lang);
  return collectNotices(
    (message) => io.stderr(say(said('error.warning', { message: capMessage(say(message, voice), voice) }), voice) + '\n'),
    async () => {
      try {
        return await run(argv, io, voice);
      } catch (e) {
        if (isInputError(e)) {
          io.stderr(say(said('error.error', { message: capMessage(e.sayIn(voice), voice) }), voice) + '\n');
          return e.exitCode;
        }
        return internalError(e, io, voice);
      }
    },
  );
}

/** Anything that is not an InputError is a bug: one line asking to report it, exit 3. */
function internalError(e: unknown, io: CliIO, voice: Voice): number {
  const what = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  io.stderr(say(said('error.internal', { what: capMessage(what.split('\n')[0], voice, 300) }), voice) + '\n');
  if (process.env.DECOUPAGE_DEBUG === '1' && e instanceof Error && e.stack) io.stderr(e.stack + '\n');
  return EXIT_INTERNAL;
}

/** Messages are read by people: a 5 KB list of codes is cut, saying how much was left out. */
export function capMessage(message: string, voice: Voice = { lang: 'en' }, max = 2000): string {
  if (message.length <= max) return message;
  return message.slice(0, max) + say(said('error.cut', { n: count(message.length - max) }), voice);
}

async function run(argv: string[], io: CliIO, voice: Voice): Promise<number> {
  resetInputs();
  const ctx: CliContext = {
    stdout: io.stdout,
    stderr: io.stderr,
    progress: () => (io.interactive ? terminalProgress(process.stderr, voice) : silentProgress),
    exitCode: 0,
    voice,
  };
  const program = new VoicedCommand('decoupage', voice)
    .description(say(said('help.program.description'), voice))
    .usage(say(said('help.program.usage'), voice))
    .version(VERSION, '-V, --version', say(said('help.program.version'), voice))
    .helpOption('-h, --help', say(said('help.program.help'), voice))
    // --lang is read before parsing (voice.ts); here it is accepted anywhere, even before the command name
    .addOption(langOption(voice, said('help.program.lang'), said('help.program.langNote')))
    .showHelpAfterError(say(said('help.program.afterError'), voice))
    .configureHelp(voicedHelp(voice))
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr });

  // a GeoPackage named anywhere: start SQLite (WebAssembly, asynchronous) before the synchronous readers run
  if (argv.some((a) => /\.gpkg$/i.test(a))) await loadGpkgSupport();
  // only the command asked for is loaded (its modules and their dependencies): a fast start-up
  const registers = await Promise.all(commandsFor(withoutLang(argv)).map((c) => c.load()));
  for (const register of registers) register(program, ctx);
  // the output gate, before any work: no output is an input, none twice, all writable
  program.hook('preAction', (_program, command) => checkDeclaredOutputs(command));
  // the help module reads every shared option (and so their modules): not needed to print the version
  if (registers.length > 0) {
    const { foldSharedOptions, registerHelp } = await import('./help.js');
    registerHelp(program, ctx);
    foldSharedOptions(program, voice);
  }
  program.commands.forEach((c) => c.exitOverride().configureOutput({ writeOut: io.stdout, writeErr: io.stderr }));

  try {
    if (withoutLang(argv).length === 0) {
      program.outputHelp();
      return 0;
    }
    await program.parseAsync(argv, { from: 'user' });
    return ctx.exitCode;
  } catch (e) {
    if (e instanceof CommanderError) {
      // help and version exit with 0; usage mistakes are unusable input (2)
      return e.exitCode === 0 ? 0 : 2;
    }
    throw e;
  }
}
