import { Option, type Command } from 'commander';
import { InputError } from '../core/index.js';
import { readRulesFile } from '../load/index.js';
import { say, said, type Voice } from '../messages/index.js';
import { ENGLISH } from './voice.js';
import { OUTPUT_CSV_SEPARATORS, csvStyleFor, type CsvStyle } from '../io/index.js';

/** --csv-sep, for every command that writes a CSV file. */
export function addCsvOption(cmd: Command, voice: Voice = ENGLISH): Command {
  return cmd.addOption(new Option('--csv-sep <sep>', say(said('help.csvSep'), voice)).choices([...OUTPUT_CSV_SEPARATORS]));
}

/** The CSV style of a command's outputs: --csv-sep, else "csv-sep" of --rules, else by --lang. */
export function csvStyleFrom(opts: Record<string, unknown>): CsvStyle {
  const lang = opts.lang === 'fr' ? 'fr' : 'en';
  let sep = opts.csvSep as ',' | ';' | undefined;
  if (sep === undefined && typeof opts.rules === 'string') {
    const fromFile = readRulesFile(opts.rules).csvSep;
    if (fromFile !== undefined) {
      if (!(OUTPUT_CSV_SEPARATORS as readonly unknown[]).includes(fromFile)) {
        throw new InputError(said('cli.csvSep', { value: JSON.stringify(fromFile) }), { file: opts.rules, field: 'csv-sep' });
      }
      sep = fromFile as ',' | ';';
    }
  }
  return csvStyleFor(lang, sep);
}
