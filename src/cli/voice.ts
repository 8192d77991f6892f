/**
 * How the CLI speaks: the language the user chose (--lang, read before the command runs so that errors and
 * --help follow it too), and the library's options named as the flags the user typed.
 */
import { isLang, type Lang } from '../core/index.js';
import type { Voice } from '../messages/index.js';

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
