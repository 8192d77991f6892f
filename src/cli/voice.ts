/**
 * How the CLI speaks: the language the user chose (--lang, read before the command runs so that errors and
 * --help follow it too), and the library's options named as the flags the user typed.
 */
import { isLang, type Lang } from '../core/index.js';
import { say, said, type Said, type Voice } from '../messages/index.js';

/**
 * Library options whose flag is not their name in kebab case (idProp → --id). Every other option is its
 * flag: membersCsv → --members-csv, minMembers → --min-members.
 */
const FLAGS: Record<string, string> = {
  idProp: '--id',
  nameProp: '--name',
  membersProp: '--members',
  populationProp: '--population',
  communeMembersCsv: '--commune-members',
  communePopulationCsv: '--commune-population',
  maxUnzippedMb: '--max-unzipped',
  regions: '--region',
  zoneProp: '--plan-zone',
  sectionProp: '--plan-section',
  snapM: '--snap',
  links: '--link',
  timeLimitMs: '--time-limit',
};

/** `membersCsv` → `--members-csv`; a name that already is a flag stays as it is. */
export function flagOf(option: string): string {
  if (option.startsWith('-')) return option;
  return FLAGS[option] ?? '--' + option.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase());
}

/** The language asked for by --lang (or --lang=…) anywhere in the arguments, else DECOUPAGE_LANG, else English. */
export function langOf(argv: readonly string[], env: Record<string, string | undefined> = process.env): Lang {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') break;
    const value = a === '--lang' ? argv[i + 1] : a.startsWith('--lang=') ? a.slice('--lang='.length) : undefined;
    if (isLang(value)) return value;
  }
  return isLang(env.DECOUPAGE_LANG) ? env.DECOUPAGE_LANG : 'en';
}

/** The CLI's voice for a run. */
export function cliVoice(lang: Lang): Voice {
  return { lang, option: flagOf };
}

/** English, options named as flags: the voice of a command built without a run (tests, "help options" probes). */
export const ENGLISH: Voice = cliVoice('en');

/** Say messages in a voice: `const h = sayer(ctx.voice); h(said('help.check.summary'))`. */
export function sayer(voice: Voice): (what: Said) => string {
  return (what) => say(what, voice);
}

/** A heading of --help from its title: "Rules (the charter)" → "Rules (the charter):" / "Règles (la charte) :". */
export function headingOf(title: Said, voice: Voice): string {
  return say(said('help.heading', { title }), voice);
}

/** The arguments without --lang and its value (`decoupage --lang fr` is `decoupage` in French). */
export function withoutLang(argv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--') return [...out, ...argv.slice(i)];
    if (argv[i] === '--lang') i++;
    else if (!argv[i].startsWith('--lang=')) out.push(argv[i]);
  }
  return out;
}
