import type { Command } from 'commander';
import { join, relative } from 'node:path';
import { DEMO_DATA_DIR, runDemo } from '../../demo/index.js';
import { DEMO_LABELS } from '../../demo/index.js';
import { labelsFor } from '../../core/index.js';
import type { Lang } from '../../report/index.js';
import type { CliContext } from '../context.js';
import { langOption } from '../lang-option.js';
import { seed } from '../parse.js';

export function register(program: Command, ctx: CliContext): void {
  program
    .command('demo')
    .summary('run everything on the bundled fictional region and write the results into a folder')
    .description(
      'Run the whole job on the bundled demo data: a fictional region of 40 zones, "Région de Valmorance (fictive)", ' +
        'with about 400,000 members. The demo loads the zones, finds which zones touch (and links the island to the ' +
        'mainland), proposes sections of at least 10,000 members and 6 delegates (1 delegate per 1,500 members), ' +
        'checks them, and compares the list vote with the old practice of one section per département. The ' +
        'metropolis, too big for one section, is split into several sections using its communes.\n\n' +
        'It writes plan.csv, units.geojson, sections.geojson, zones.geojson, seats.csv and report.html into the folder ' +
        '(./decoupage-demo unless you give -o). Open report.html in a browser.\n\n' +
        'Example: decoupage demo -o my-demo --lang fr',
    )
    .option('-o, --output <folder>', 'folder to write the results into (created if needed)', 'decoupage-demo')
    .addOption(langOption('the printed summary and of the report'))
    .option('--seed <number>', 'seed of the proposal (the same seed gives the same plan)', seed(), 1)
    .action(async (opts: { output: string; lang: Lang; seed: number }) => {
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
