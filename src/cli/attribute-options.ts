import type { Command } from 'commander';
import { InputError } from '../core/index.js';
import { parseSimilarBy, readAttributeTable, type AttributeInput } from '../homogeneity/index.js';
import { option, said, type Voice } from '../messages/index.js';
import { flagKeys } from './flags.js';
import { wholeNumber } from './parse.js';
import { ENGLISH, headingOf, sayer } from './voice.js';

/**
 * The attributes sections should share (issue 21), for every command that takes <zones>: --attributes FILE,
 * --attributes-code COL, --similar-by COL[,COL…] (derived columns and weights) and --families K (the report's
 * families of zones). Adding them to a command is one line: addAttributeOptions(cmd, voice).
 */
export function addAttributeOptions(cmd: Command, voice: Voice = ENGLISH): Command {
  const h = sayer(voice);
  cmd.optionsGroup(headingOf(said('homogeneity.help.group'), voice));
  return cmd
    .option('--attributes <file.csv>', h(said('homogeneity.help.attributes')))
    .option('--attributes-code <column>', h(said('homogeneity.help.attributesCode')))
    .option('--similar-by <columns>', h(said('homogeneity.help.similarBy')))
    .option('--families <k>', h(said('homogeneity.help.families')), wholeNumber('--families', 2, undefined, 12))
    .optionsGroup('Options:');
}

/** What addAttributeOptions adds, as commander delivers it. */
export interface AttributeFlags {
  attributes?: string;
  attributesCode?: string;
  similarBy?: string;
  families?: number;
}

export const ATTRIBUTE_FLAGS = flagKeys<AttributeFlags>({ attributes: true, attributesCode: true, similarBy: true, families: true });

export function attributeInputFrom(opts: AttributeFlags): AttributeInput | undefined {
  if (opts.attributes === undefined) {
    const needing = (['similarBy', 'attributesCode', 'families'] as const).find((k) => opts[k] !== undefined);
    if (needing) {
      throw new InputError(said('homogeneity.needsAttributes', { option: option(needing), attributes: option('attributes') }), {
        field: needing.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase()),
      });
    }
    return undefined;
  }
  const similar = opts.similarBy === undefined ? undefined : parseSimilarBy(opts.similarBy);
  return { table: readAttributeTable(opts.attributes, { codeCol: opts.attributesCode }), similar, families: opts.families };
}
