// The audit's two chains against the plans they should sample (issue #22): on small grids where every valid plan is
// enumerated with its spanning-tree weight Π τ, the visit frequencies of plain ReCom and reversible ReCom, as χ²
// and total variation distance to the spanning-tree-weighted law (the reversible chain's target) and to the
// uniform law over the valid plans. Same grids, sizes and sample sizes as tests/audit/chain.test.ts, seeds 1–3.
// Not a timing: the figures do not depend on the machine.
import { latticeGraph } from '../src/partition/graph.js';
import { Rng } from '../src/core/rng.js';
import { chi2Quantile999, compareWithLaws, enumeratePlans, exactDraws, visitFrequencies } from '../tests/support/plan-enumeration.js';

const SEEDS = [1, 2, 3];
const cases = [
  { name: '4×4 grid, 2 sections of 6–10', w: 4, h: 4, k: 2, min: 6, max: 10, steps: 200_000, thin: 20 },
  { name: '4×3 grid, 3 sections of 3–5', w: 4, h: 3, k: 3, min: 3, max: 5, steps: 300_000, thin: 20 },
];

const f = (x: number, digits = 0) => x.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

export async function run(): Promise<void> {
  console.log('\n## audit: the chains’ visit frequencies against the enumerated plans\n');
  console.log('| grid | valid plans | chain | steps (samples) | moved | χ² vs Π τ | χ² vs uniform | 0.999 quantile | TV to Π τ | TV to uniform |');
  console.log('|---|---:|---|---:|---:|---:|---:|---:|---:|---:|');
  for (const c of cases) {
    const g = latticeGraph(c.w, c.h);
    const target = enumeratePlans(g, c.k, c.min, c.max);
    const samples = c.steps / c.thin;
    for (const seed of SEEDS) {
      // the noise floor: an exact sampler's independent draws, as many as the chains' samples
      const r = compareWithLaws(target, exactDraws(target, samples, new Rng(seed)), samples);
      console.log(
        `| ${c.name} | ${target.size} | exact draws from Π τ, seed ${seed} | — (${f(samples)}) | — | ${f(r.chi2)} | ${f(r.chi2Uniform)} | ${f(chi2Quantile999(r.df))} | ${f(r.tvTree, 3)} | ${f(r.tvUniform, 3)} |`,
      );
    }
    for (const kind of ['recom', 'reversible'] as const) {
      for (const seed of SEEDS) {
        const r = visitFrequencies(g, c.k, c.min, c.max, kind, c.steps, c.thin, seed, target);
        if (r.invalid) throw new Error(`${kind} visited ${r.invalid} invalid plans`);
        console.log(
          `| ${c.name} | ${target.size} | ${kind === 'recom' ? 'plain' : 'reversible'}, seed ${seed} | ${f(c.steps)} (${f(r.samples)}) | ${Math.round((100 * r.accepted) / c.steps)} % | ${f(r.chi2)} | ${f(r.chi2Uniform)} | ${f(chi2Quantile999(r.df))} | ${f(r.tvTree, 3)} | ${f(r.tvUniform, 3)} |`,
        );
      }
    }
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
