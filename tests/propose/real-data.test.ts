import { expect, it } from 'vitest';
import { say } from '../../src/messages/index.js';
import { checkPlan } from '../../src/check/check.js';
import { resolveRules } from '../../src/check/rules/resolve.js';
import { buildGraph } from '../../src/graph/build.js';
import { proposeSections } from '../../src/propose/index.js';
import { describeWithRealData, PACA_ESTIMATE_FILES, pacaZonesWithEstimatedMembers } from '../support/real-data.js';

describeWithRealData(PACA_ESTIMATE_FILES, "real data: the 22 PACA zones d'emploi, members = population × 0.08", () => {
  const zones = pacaZonesWithEstimatedMembers(0.08);
  const graph = buildGraph(zones);
  const rules = resolveRules({ minMembers: 10_000, membersPerSeat: 1_500, minSeats: 6 }); // T = max(10,000, 6 × 1,500)
  const T = 10_000;
  const m = (id: string) => zones.byId.get(id)!.members;

  it('returns a valid plan with at least 16 sections (and 16 is the optimum)', () => {
    // Lower bound, by a plan written by hand: the 11 zones with ≥ 10,000 members alone (Marseille, Nice,
    // Toulon, Cannes, Aix, Martigues-Salon, Avignon, Arles, Brignoles, Draguignan, Cavaillon), Menton with
    // Nice, and five pairs of neighbouring small zones: Briançon+Gap, Bollène-Pierrelatte+Orange,
    // Carpentras+Valréas, Digne+Manosque, Fréjus+Sainte-Maxime. The checker confirms it: 16 is reachable.
    const big = ['9312', '9315', '9318', '9304', '9301', '9313', '0053', '0052', '9303', '9308', '9306'];
    const hand = new Map<string, string>(big.map((z) => [z, z]));
    hand.set('9314', '9315');
    for (const [a, b] of [
      ['9302', '9310'],
      ['0055', '9316'],
      ['9305', '0064'],
      ['9307', '9311'],
      ['9309', '9317'],
    ]) {
      hand.set(a, a);
      hand.set(b, a);
    }
    expect(hand.size).toBe(22);
    expect(checkPlan(zones, graph, hand, rules).ok).toBe(true);

    // Upper bound: no small zone reaches 10,000 alone, so a section without a big zone has ≥ 2 small
    // zones; Menton touches only Nice, so it is never in such a section; 10 small zones are left → at most
    // 5 sections of small zones, plus at most 11 with a big zone: 16.
    expect(
      zones.zones
        .filter((z) => z.members >= T)
        .map((z) => z.id)
        .sort(),
    ).toEqual([...big].sort());
    expect(graph.neighbors[graph.index.get('9314')!].map((j) => graph.ids[j])).toEqual(['9315']);

    const result = proposeSections(zones, graph, rules, { seed: 1 });
    expect(checkPlan(zones, graph, result.plan, rules).ok).toBe(true);
    expect(result.sections.length).toBeGreaterThanOrEqual(16);
    expect(result.sections.length).toBe(16);
    // the counting bound proves it too: 11 big zones, Menton alone in its pocket of small zones (it
    // touches only Nice), and 10 small zones that need ≥ 2 per section (11 + floor(71,494 / 10,000) = 18
    // before pockets and zone counts were used)
    expect(result.upperBound).toBe(16);
    expect(m('9312')).toBeGreaterThan(T);
    expect(result.notes.map((n) => say(n, 'en')).join(' ')).toContain('estimate');
    // ids: S01 is the section of the largest zone, Marseille
    expect(result.sections[0]).toMatchObject({ id: 'S01', name: 'Marseille' });
  });

  it('--respect dep: as many sections, and crossings reported per section', () => {
    const withDep = { ...zones, zones: zones.zones.map((z) => ({ ...z, properties: { ...z.properties, dep: String(z.properties.deps).split(';')[0] } })) };
    withDep.byId = new Map(withDep.zones.map((z) => [z.id, z]));
    const r = proposeSections(withDep, graph, { ...rules, respect: 'dep' }, { seed: 1 });
    expect(r.sections).toHaveLength(16);
    const crossing = r.sections.filter((s) => s.crossed.length > 0);
    expect(crossing.length).toBeGreaterThan(0); // e.g. Briançon (05) + Gap (05) do not cross, Carpentras (84) + Valréas (26) do
    expect(r.objective.respectCrossings).toBe(
      crossing.reduce(
        (n, s) => n + s.zones.length - Math.max(...s.crossed.map((v) => s.zones.filter((z) => withDep.byId.get(z)!.properties.dep === v).length)),
        0,
      ),
    );
  });
});
