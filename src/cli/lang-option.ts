import { Option } from 'commander';
import { LANGS, type Lang } from '../core/index.js';
import { flagKeys } from './flags.js';
import { langReason } from './voice.js';
import { say, said, type Said, type Voice } from '../messages/index.js';

/**
 * `--lang fr|en`, the same in every command. Its default is the language of the run (--lang anywhere in the
 * arguments, even before the command name, else DECOUPAGE_LANG, else "lang" in --rules, else French when the
 * system's locale is French, else en): see voice.ts langChoice. --help says which and why.
 */
export function langOption(voice: Voice, what: Said, note?: Said): Option {
  const text = note ? said('help.lang.note', { what, note }) : said('help.lang', { what });
  return new Option('--lang <language>', say(text, voice)).choices([...LANGS]).default(voice.lang, say(langReason(voice.lang), voice));
}

/** What langOption adds: always set (its default is the run's language). */
export interface LangFlag {
  lang: Lang;
}

export const LANG_FLAG = flagKeys<LangFlag>({ lang: true });
