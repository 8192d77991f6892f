import type { Command } from 'commander';
import { join, relative } from 'node:path';
import { DEMO_DATA_DIR, runDemo, DEMO_LABELS } from '../../demo/index.js';
import { labelsFor } from '../../core/index.js';
import type { CliContext } from '../context.js';
import { said } from '../../messages/index.js';
import { sayer } from '../voice.js';
import { LANG_FLAG, langOption, type LangFlag } from '../lang-option.js';
import { flagKeys } from '../flags.js';
import { seed } from '../parse.js';

interface DemoOwnFlags {
  output: string;
  seed: number;
}

export type DemoFlags = DemoOwnFlags & LangFlag;

export const DEMO_FLAGS = [...flagKeys<DemoOwnFlags>({ output: true, seed: true }), ...LANG_FLAG];

export function register(program: Command, ctx: CliContext): void {
  const voice = ctx.voice;
  const h = sayer(voice);
  program
    .command('demo')
    .summary(h(said('help.demo.summary')))
    .description(h(said('help.demo.description')))
    .option('-o, --output <folder>', h(said('help.demo.output')), 'decoupage-demo')
    .addOption(langOption(voice, said('help.demo.lang')))
    .option('--seed <number>', h(said('help.demo.seed')), seed(), 1)
    .action(async (opts: DemoFlags) => {
      const result = await runDemo(opts.output, { lang: opts.lang, seed: opts.seed, progress: ctx.progress() });
      const t = labelsFor(DEMO_LABELS, opts.lang);
      ctx.stdout(result.summary);
      ctx.stdout(`\n${t('demoData', { dir: DEMO_DATA_DIR })}\n${t('wroteInto', { dir: result.outDir })}\n`);
      const width = Math.max(...result.outputs.map((o) => o.file.length));
      for (const o of result.outputs) ctx.stdout(`  ${o.file.padEnd(width)}  ${t(o.file)}\n`);
      const report = result.outputs.find((o) => o.file === 'report.html');
      if (report) {
        const rel = relative(process.cwd(), report.path);
        ctx.stdout(`\n${t('openReport', { file: rel.startsWith('..') ? report.path : rel })}\n`);
      }
      const shown = (file: string) => {
        const p = join(result.outDir, file);
        const rel = relative(process.cwd(), p);
        return rel.startsWith('..') ? p : rel;
      };
      ctx.stdout(`${t('checkAgain', { units: shown('units.geojson'), plan: shown('plan.csv') })}\n`);
    });
}
