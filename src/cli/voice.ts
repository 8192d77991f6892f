/**
 * How the CLI speaks: the language the user chose (--lang, read before the command runs so that errors and
 * --help follow it too), and the library's options named as the flags the user typed.
 */
import { isLang, type Lang } from '../core/index.js';
import { readBytes } from '../io/index.js';
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

/** Where the language of a run comes from, for --help to say it. */
export type LangSource = 'option' | 'env' | 'rules' | 'locale' | 'default';

export interface LangChoice {
  lang: Lang;
  source: LangSource;
  /** what decided it: "DECOUPAGE_LANG=fr", "rules.json", "LANG=fr_FR.UTF-8" */
  detail?: string;
}

/** The POSIX locale of messages: the first of LC_ALL, LC_MESSAGES, LANG that is set and not empty. */
export function localeOf(env: Record<string, string | undefined>): { variable: string; value: string } | undefined {
  for (const variable of ['LC_ALL', 'LC_MESSAGES', 'LANG']) {
    const value = env[variable];
    if (value !== undefined && value.trim() !== '') return { variable, value };
  }
  return undefined;
}

/** fr, fr_FR.UTF-8, fr_CA, fr_BE@euro… are French. */
export function isFrenchLocale(value: string): boolean {
  return /^fr([_.@-]|$)/i.test(value.trim());
}

/** The value of an option in the arguments (`--rules f` or `--rules=f`), before `--`. */
function argOf(argv: readonly string[], flag: string): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') break;
    if (a === flag) return argv[i + 1];
    if (a.startsWith(flag + '=')) return a.slice(flag.length + 1);
  }
  return undefined;
}

/**
 * The "lang" of the rules file `--rules` names, read quietly: a missing or broken file says nothing here,
 * the command reports it when it reads the rules.
 */
function rulesFileLang(file: string | undefined): Lang | undefined {
  if (file === undefined) return undefined;
  try {
    const raw = JSON.parse(
      readBytes(file, undefined, 1 << 20)
        .toString('utf8')
        .replace(/^\uFEFF/, ''),
    ) as { lang?: unknown };
    return isLang(raw.lang) ? raw.lang : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The language of a run and why: --lang (or --lang=…) anywhere in the arguments, else DECOUPAGE_LANG, else
 * "lang" in the rules file --rules names, else French when the system's locale is French (LC_ALL, then
 * LC_MESSAGES, then LANG), else English.
 */
export function langChoice(argv: readonly string[], env: Record<string, string | undefined> = process.env): LangChoice {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') break;
    const value = a === '--lang' ? argv[i + 1] : a.startsWith('--lang=') ? a.slice('--lang='.length) : undefined;
    if (isLang(value)) return { lang: value, source: 'option' };
  }
  if (isLang(env.DECOUPAGE_LANG)) return { lang: env.DECOUPAGE_LANG, source: 'env', detail: `DECOUPAGE_LANG=${env.DECOUPAGE_LANG}` };
  const rules = argOf(argv, '--rules');
  const fromRules = rulesFileLang(rules);
  if (fromRules) return { lang: fromRules, source: 'rules', detail: rules };
  const locale = localeOf(env);
  if (locale) return { lang: isFrenchLocale(locale.value) ? 'fr' : 'en', source: 'locale', detail: `${locale.variable}=${locale.value}` };
  return { lang: 'en', source: 'default' };
}

let runChoice: LangChoice | undefined;

/** The language choice of the run (main sets it; --help says it). */
export function setRunLangChoice(choice: LangChoice | undefined): void {
  runChoice = choice;
}

/** Why the run speaks its language, as --help says it: "French, because LANG=fr_FR.UTF-8". */
export function langReason(lang: Lang): Said {
  const c = runChoice && runChoice.lang === lang ? runChoice : { lang, source: 'option' as const };
  const name = said(lang === 'fr' ? 'help.lang.name.fr' : 'help.lang.name.en');
  switch (c.source) {
    case 'env':
      return said('help.lang.why.env', { lang: name, detail: c.detail ?? '' });
    case 'rules':
      return said('help.lang.why.rules', { lang: name, detail: c.detail ?? '' });
    case 'locale':
      return said(lang === 'fr' ? 'help.lang.why.locale' : 'help.lang.why.localeNotFrench', { lang: name, detail: c.detail ?? '' });
    case 'default':
      return said('help.lang.why.default', { lang: name });
    default:
      return said('help.lang.why.option', { lang: name });
  }
}

/** The language of a run (langChoice without the why). */
export function langOf(argv: readonly string[], env: Record<string, string | undefined> = process.env): Lang {
  return langChoice(argv, env).lang;
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
