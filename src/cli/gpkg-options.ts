import type { Command } from 'commander';
import { InputError } from '../core/index.js';
import { GPKG_CRS } from '../io/index.js';
import { option, say, said, type Voice } from '../messages/index.js';
import { flagKeys } from './flags.js';
import { ENGLISH } from './voice.js';

/** --to-crs, for every command that may write a GeoPackage. */
export function addToCrsOption(cmd: Command, voice: Voice = ENGLISH): Command {
  return cmd.option('--to-crs <EPSG:2154>', say(said('help.toCrs', { known: Object.keys(GPKG_CRS).join(', ') }), voice));
}

/** What addToCrsOption adds. */
export interface ToCrsFlags {
  toCrs?: string;
}

export const TO_CRS_FLAGS = flagKeys<ToCrsFlags>({ toCrs: true });

/**
 * --to-crs changes GeoPackage outputs only (GeoJSON is longitude/latitude by its standard, RFC 7946): given
 * without any, it is an error before any work rather than an option silently ignored.
 */
export function checkToCrs(opts: ToCrsFlags, gpkgOutputs: readonly (string | undefined | false)[]): void {
  if (opts.toCrs === undefined) return;
  if (!gpkgOutputs.some((p) => typeof p === 'string')) {
    throw new InputError(said('cli.toCrsNeedsGpkg', { option: option('toCrs') }), { field: 'to-crs', hint: said('cli.toCrsNeedsGpkg.hint') });
  }
}
