import type { Command } from 'commander';
import type { CliContext } from '../context.js';
import { register as check } from './check.js';
import { register as demo } from './demo.js';
import { register as exportCmd } from './export.js';
import { register as graph } from './graph.js';
import { register as importCmd } from './import.js';
import { register as info } from './info.js';
import { register as pluralism } from './pluralism.js';
import { register as propose } from './propose.js';
import { register as report } from './report.js';
import { register as seats } from './seats.js';
import { register as serve } from './serve.js';

/** Every command registers itself here; the order is the order of `decoupage --help` (the job's order). */
export const COMMANDS: ((program: Command, ctx: CliContext) => void)[] = [
  demo,
  importCmd,
  info,
  graph,
  propose,
  seats,
  check,
  pluralism,
  exportCmd,
  report,
  serve,
];
