import { existsSync, statSync } from 'node:fs';
import type { Command } from 'commander';
import { checkOutputs, realTarget, type OutputTarget } from '../io/index.js';
import { isGpkgPath } from '../io/index.js';

/** option key (as commander names it) → the flag the user typed, for every option naming an output file. */
const declared = new WeakMap<Command, Record<string, string>>();
/** option keys whose GeoPackage may be the one another output names (a second layer of the same file) */
const layerOptions = new WeakMap<Command, readonly string[]>();

/**
 * A command names the options that are output files (`{ output: '-o', geojson: '--geojson' }`). Before its
 * action runs (and before any long work), the CLI checks them all: no two the same file, none an input of
 * the command, every one writable (see io/atomic.ts). The writes themselves go through writeOutputs.
 */
export function declareOutputs<C extends Command>(cmd: C, outputs: Record<string, string>, o: { layers?: readonly string[] } = {}): C {
  declared.set(cmd, outputs);
  if (o.layers) layerOptions.set(cmd, o.layers);
  return cmd;
}

/** The declared outputs a run was given, with their flags. */
export function outputTargets(cmd: Command): OutputTarget[] {
  const outs = declared.get(cmd) ?? {};
  const opts = cmd.opts() as Record<string, unknown>;
  const given = Object.entries(outs).filter(([key]) => typeof opts[key] === 'string');
  const layers = layerOptions.get(cmd) ?? [];
  // `--zones-out` naming the GeoPackage of `-o` is a second layer of that file, not a second file
  const sharesGpkg = (key: string) =>
    layers.includes(key) &&
    isGpkgPath(String(opts[key])) &&
    given.some(([k]) => k !== key && !layers.includes(k) && realTarget(String(opts[k])) === realTarget(String(opts[key])));
  return given.filter(([key]) => !sharesGpkg(key)).map(([key, option]) => ({ path: String(opts[key]), option }));
}

/** The files among a command's arguments and other options: its inputs. */
function inputsOf(cmd: Command): string[] {
  const outs = declared.get(cmd) ?? {};
  const opts = cmd.opts() as Record<string, unknown>;
  const values = [
    ...cmd.args,
    ...Object.entries(opts)
      .filter(([k]) => !(k in outs))
      .flatMap(([, v]) => (Array.isArray(v) ? v : [v])),
  ];
  return values.filter((v): v is string => typeof v === 'string' && v !== '' && existsSync(v) && statSync(v).isFile());
}

/** The preAction check of the declared outputs. */
export function checkDeclaredOutputs(cmd: Command): void {
  if (!declared.has(cmd)) return;
  checkOutputs(outputTargets(cmd), inputsOf(cmd));
}
