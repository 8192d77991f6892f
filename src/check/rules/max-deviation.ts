import { failing, figure, percent } from './words.js';
import { sectionRule } from './section-rule.js';

declare module './verdict.js' {
  interface MoreRules {
    /** every section's members within ±P % of the mean section size */
    'max-deviation': true;
  }
  interface MoreFailures {
    /** value: the section's members; low/high: the allowed range; limit: P; deviation: (value − mean) / mean in % */
    'outside-deviation': { section: string; value: number; mean: number; low: number; high: number; limit: number; deviation: number };
  }
}

/**
 * `--max-deviation P`: every section's members within ±P % of the mean section size (all members of the
 * plan's sections / their number), as equal-population rules for constituencies say. The mean does not
 * change when a zone moves between sections, so a section is judged alone; propose tries the section
 * counts one by one, each giving the bounds [mean × (1 − P/100), mean × (1 + P/100)].
 */
export const maxDeviation = sectionRule({
  id: 'max-deviation',
  options: [{ field: 'maxDeviation', key: 'max-deviation', value: '<percent>', parse: { kind: 'percentage' }, help: 'help.rules.maxDeviation', order: 30 }],
  applies: (rules) => rules.maxDeviation !== undefined,
  figures: ({ rules, totals, sections }) => {
    const { mean, low, high } = range(rules.maxDeviation!, totals);
    // the largest gap from the mean, in %, signed
    const worst = sections.reduce((w, s) => {
      const d = mean > 0 ? ((s.members - mean) / mean) * 100 : 0;
      return Math.abs(d) > Math.abs(w) ? d : w;
    }, 0);
    return { limit: rules.maxDeviation!, sections: totals.sections, mean, low, high, worst };
  },
  judge: (s, { rules, totals }) => {
    const { low, high, mean } = range(rules.maxDeviation!, totals);
    if (s.members >= low && s.members <= high) return undefined;
    const deviation = mean > 0 ? ((s.members - mean) / mean) * 100 : 0;
    return { kind: 'outside-deviation', section: s.id, value: s.members, mean, low, high, limit: rules.maxDeviation!, deviation };
  },
  memberBounds: (rules, count) => {
    if (!count) return {};
    const { low, high } = range(rules.maxDeviation!, count);
    return { min: low, max: high };
  },
  boundsDependOnCount: (rules) => rules.maxDeviation !== undefined,
  // the mean moves with every section made or emptied, and with zones put in or out of every section
  judgedOnTotals: true,
  words: {
    label: (f, w) => w.say('label.max-deviation', { p: percent(Number(f.limit), w.lang), low: figure(f, 'low', w), high: figure(f, 'high', w) }),
    message: (v, w) => {
      const f = v.figures;
      const p = percent(Number(f.limit), w.lang);
      if (v.ok)
        return Number(f.sections) ? w.say('ok.max-deviation', { p, mean: figure(f, 'mean', w), worst: w.pct(Number(f.worst ?? 0)) }) : w.say('ok.noSection');
      const { n, list } = failing(v, w);
      return w.say('fail.max-deviation', {
        n,
        p,
        mean: figure(f, 'mean', w),
        low: figure(f, 'low', w),
        high: figure(f, 'high', w),
        list,
      });
    },
    failure: (f, w) =>
      f.kind === 'outside-deviation'
        ? w.say('failure.outsideDeviation', {
            section: f.section,
            value: w.int(f.value),
            deviation: w.pct(f.deviation),
            mean: w.int(f.mean),
            low: w.int(f.low),
            high: w.int(f.high),
          })
        : undefined,
    problem: (f, w) => (f.kind === 'outside-deviation' ? w.say('problem.deviation', { value: w.int(f.value), deviation: w.pct(f.deviation) }) : undefined),
  },
});

/** Whole members allowed: a section of `low`…`high` members is within ±P % of the mean. */
function range(percent: number, { sections, members }: { sections: number; members: number }): { mean: number; low: number; high: number } {
  const mean = sections > 0 ? members / sections : 0;
  // a hair of tolerance so that 9,000 is within 10 % of 10,000 despite floating point
  const eps = 1e-9 * Math.max(1, mean);
  return { mean, low: Math.ceil(mean * (1 - percent / 100) - eps), high: Math.floor(mean * (1 + percent / 100) + eps) };
}
