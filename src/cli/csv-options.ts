import { Option, type Command } from 'commander';
import { InputError } from '../core/index.js';
import { readRulesFile } from '../check/index.js';
import { say, said, type Voice } from '../messages/index.js';
import { ENGLISH } from './voice.js';
import { flagKeys } from './flags.js';
import type { LangFlag } from './lang-option.js';
import type { Lang } from '../core/index.js';
import { OUTPUT_CSV_SEPARATORS, csvStyleFor, type CsvStyle } from '../io/index.js';

/** --csv-sep, for every command that writes a CSV file. */
export function addCsvOption(cmd: Command, voice: Voice = ENGLISH): Command {
  return cmd.addOption(new Option('--csv-sep <sep>', say(said('help.csvSep'), voice)).choices([...OUTPUT_CSV_SEPARATORS]));
}

/** What addCsvOption adds. */
export interface CsvFlags {
  csvSep?: CsvSep;
}

export const CSV_FLAGS = flagKeys<CsvFlags>({ csvSep: true });

type CsvSep = (typeof OUTPUT_CSV_SEPARATORS)[number];

/** The CSV style of a command's outputs: --csv-sep, else "csv-sep" of --rules, else by --lang. */
export function csvStyleFrom(opts: CsvFlags & Partial<LangFlag> & { rules?: string }): CsvStyle {
  const lang: Lang = opts.lang === 'fr' ? 'fr' : 'en';
  let sep = opts.csvSep;
  if (sep === undefined && opts.rules !== undefined) {
    const fromFile = readRulesFile(opts.rules).csvSep;
    if (fromFile !== undefined) {
      if (!isCsvSep(fromFile)) {
        throw new InputError(said('cli.csvSep', { value: JSON.stringify(fromFile) }), { file: opts.rules, field: 'csv-sep' });
      }
      sep = fromFile;
    }
  }
  return csvStyleFor(lang, sep);
}

function isCsvSep(value: unknown): value is CsvSep {
  return (OUTPUT_CSV_SEPARATORS as readonly unknown[]).includes(value);
}
