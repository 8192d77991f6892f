/**
 * Write a made-up member register for trying `decoupage members` (fake names; real postal codes):
 *   npx tsx scripts/generate-register.ts OUT.csv [--region 93] [--rate 0.08] [--seed 1] [--cp1252]
 * Members per commune = population légale (@etalab/decoupage-administratif) × rate, Paris, Lyon and
 * Marseille by arrondissement. Default: PACA (region 93) at 8 %, about 410,000 lines. Do not commit the output.
 */
import { writeFileAtomic } from '../src/io/atomic.js';
import { generateRegister, registerCounts, registerCsv, toWindows1252 } from './register.js';

const args = process.argv.slice(2);
const flag = (name: string, def: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : def;
};
const out = args.find((a, i) => !a.startsWith('--') && (i === 0 || !args[i - 1].startsWith('--') || args[i - 1] === '--cp1252'));
if (!out) {
  console.error('usage: npx tsx scripts/generate-register.ts OUT.csv [--region 93] [--rate 0.08] [--seed 1] [--cp1252]');
  process.exit(2);
}
const counts = registerCounts(flag('--region', '93'), Number(flag('--rate', '0.08')));
const reg = generateRegister({ counts, seed: Number(flag('--seed', '1')) });
const text = registerCsv(reg);
writeFileAtomic(out, args.includes('--cp1252') ? toWindows1252(text) : '\uFEFF' + text);
console.log(
  `wrote ${out}: ${reg.made.lines.toLocaleString('en-US')} lines (${reg.made.cedex} CEDEX, ${reg.made.wrongCode} wrong codes, ${reg.made.unusable} unusable)`,
);
