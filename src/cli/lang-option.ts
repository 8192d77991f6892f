import { Option } from 'commander';
import { LANGS } from '../core/index.js';

/** `--lang fr|en` (default en), the same in every command that prints translated text. */
export function langOption(what: string, note?: string): Option {
  return new Option('--lang <language>', `language of ${what}: fr (French) or en (English)${note ? `; ${note}` : ''}`).choices([...LANGS]).default('en');
}
