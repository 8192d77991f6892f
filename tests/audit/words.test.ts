/**
 * The audit's sentences (src/audit/words.ts): where the central 95 % of valid plans holds one value only, the verdict
 * says "exactly" that value and the table's range shows it once (not "between 6 and 6"), in English and in French.
 */
import { describe, expect, it } from 'vitest';
import type { EnsembleResult, MetricSummary } from '../../src/audit/ensemble.js';
import type { Metric } from '../../src/audit/metrics.js';
import { auditView } from '../../src/audit/words.js';
import type { Lang } from '../../src/core/i18n.js';

const summary = (metric: Metric, plan: number, low: number, high: number): MetricSummary => ({
  metric,
  plan,
  percentile: 50,
  low,
  high,
  inside: 0.98,
  median: low,
  outlier: undefined,
  rhat: 1,
  ess: 500,
  chains: [Float64Array.of(low, high)],
});

const result = (summaries: MetricSummary[]): EnsembleResult => ({
  metrics: summaries.map((s) => s.metric),
  sections: 6,
  kind: 'recom',
  chains: 2,
  burnIn: 100,
  thin: 1,
  samples: 1000,
  steps: 1200,
  accepted: 1100,
  stopped: undefined as unknown as EnsembleResult['stopped'],
  summaries,
  unmixed: false,
});

const view = (lang: Lang) =>
  auditView(
    result([
      summary({ key: 'members_min', kind: 'membersMin', digits: 0 }, 10053, 10053, 10053),
      summary({ key: 'zones_max', kind: 'zonesMax', digits: 0 }, 7, 6, 9),
      summary({ key: 'seats_list_A', kind: 'listSeats', of: 'A', digits: 0 }, 3, 3, 3),
      summary({ key: 'seats_list_B', kind: 'listSeats', of: 'B', digits: 0 }, 3, 2, 4),
    ]),
    { planFile: 'plan.csv', seed: '1', lang, voice: { lang } },
  );

describe('the audit verdicts', () => {
  it('say "exactly" where every central plan has the same value, "between" otherwise (English)', () => {
    const v = view('en');
    expect(v.rows.map((r) => r.verdict)).toEqual([
      'members of the smallest section: 10,053 in the plan; 98 % of valid plans have exactly 10,053',
      'zones of the section holding the most: 7 in the plan; 98 % of valid plans between 6 and 9',
      'the plan gives list A 3 seats; 98 % of valid plans give it exactly 3',
      'the plan gives list B 3 seats; 98 % of valid plans give it 2 to 4',
    ]);
    expect(v.rows.map((r) => r.range)).toEqual(['10,053', '6 – 9', '3', '2 – 4']);
  });

  it('and in French', () => {
    const v = view('fr');
    expect(v.rows[0]!.verdict).toBe(
      'adhérents de la plus petite section : 10\u202f053 dans le découpage ; 98 % des découpages valides ont exactement 10\u202f053',
    );
    expect(v.rows[2]!.verdict).toBe('le découpage donne 3 sièges à la liste A ; 98 % des découpages valides lui en donnent exactement 3');
    expect(v.rows[1]!.verdict).toContain('98 % des découpages valides entre 6 et 9');
  });
});
