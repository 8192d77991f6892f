import { Option, type Command } from 'commander';
import { InputError } from '../core/index.js';
import { isLang, type Lang } from '../core/index.js';
import type { ZoneSet } from '../core/index.js';
import { formatAutoLinks } from '../graph/index.js';
import { DEFAULT_MAX_LINK_KM } from '../graph/index.js';
import type { GraphOptions, LinkSpec, ZoneGraphResult } from '../graph/index.js';
import { parseLinkOption, readLinksCsv } from '../load/index.js';
import type { CliContext } from './context.js';
import { said, type Voice } from '../messages/index.js';
import { ENGLISH, headingOf, sayer } from './voice.js';
import { metres, positiveNumber } from './parse.js';
import { flagKeys } from './flags.js';
import type { LangFlag } from './lang-option.js';

const parseSnap = metres('--snap', said('cli.hint.snap'));

/**
 * The contiguity options shared by graph, propose, check, export, report and demo, so islands can be
 * linked (and unclean borders snapped) the same way in every command.
 */
export function addGraphOptions(cmd: Command, voice: Voice = ENGLISH): Command {
  const h = sayer(voice);
  // A heading of its own in --help; options added afterwards go back under "Options:".
  cmd.optionsGroup(headingOf(said('help.group.graph'), voice));
  return cmd
    .addOption(new Option('--contiguity <rule>', h(said('help.neighbours.contiguity'))).choices(['rook', 'queen']).default('rook'))
    .option('--snap <metres>', h(said('help.neighbours.snap')), parseSnap)
    .option('--link <A:B>', h(said('help.neighbours.link')), collect)
    .option('--links <file.csv>', h(said('help.neighbours.links')))
    .option('--auto-link', h(said('help.neighbours.autoLink')))
    .option(
      '--max-link-km <km>',
      h(said('help.neighbours.maxLinkKm', { km: DEFAULT_MAX_LINK_KM })),
      positiveNumber('--max-link-km', said('cli.number.km'), said('cli.hint.maxLinkKm')),
    )
    .optionsGroup('Options:');
}

function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

/** The options addGraphOptions adds, as commander delivers them (--contiguity has its default). */
export interface GraphFlags {
  contiguity: 'rook' | 'queen';
  snap?: number;
  link?: string[];
  links?: string;
  autoLink?: true;
  maxLinkKm?: number;
}

export const GRAPH_FLAGS = flagKeys<GraphFlags>({ contiguity: true, snap: true, link: true, links: true, autoLink: true, maxLinkKm: true });

/**
 * Turn parsed CLI options into GraphOptions (reads the --links CSV). minMembers: the rules' threshold, so
 * --auto-link links only the parts below it (leave it out when the zones have no member counts).
 */
export function graphOptionsFrom(opts: GraphFlags & Partial<LangFlag>, context: { minMembers?: number } = {}): GraphOptions {
  const out: GraphOptions = {};
  // commander's choices already refuse another value; this guards a caller that builds the flags itself
  const contiguity: string = opts.contiguity ?? 'rook';
  if (contiguity !== 'rook' && contiguity !== 'queen') {
    throw new InputError(said('cli.contiguity', { value: contiguity }), { field: 'contiguity' });
  }
  out.contiguity = contiguity;
  if (opts.snap !== undefined && opts.snap > 0) out.snapM = opts.snap;
  const links: LinkSpec[] = (opts.link ?? []).map((raw) => parseLinkOption(raw));
  if (opts.links) for (const l of readLinksCsv(opts.links)) links.push(l);
  if (links.length) out.links = links;
  if (opts.autoLink) {
    out.autoLink = true;
    if (context.minMembers !== undefined) out.minMembers = context.minMembers;
  }
  if (opts.maxLinkKm !== undefined) {
    if (!opts.autoLink) throw new InputError(said('cli.maxLinkKm.needsAutoLink'), { field: 'max-link-km', hint: said('cli.maxLinkKm.needsAutoLink.hint') });
    out.maxLinkKm = opts.maxLinkKm;
  }
  if (isLang(opts.lang)) out.lang = opts.lang;
  return out;
}

/** Print the links --auto-link added, each with its distance (nothing without --auto-link); by default in the run's language. */
export function printAutoLinks(ctx: CliContext, zones: ZoneSet, graph: ZoneGraphResult, lang: Lang = ctx.voice.lang): void {
  for (const line of formatAutoLinks(zones, graph, lang)) ctx.stdout(line + '\n');
}
