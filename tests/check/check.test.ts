import { describe, expect, it } from 'vitest';
import { checkPlan, formatCheckMarkdown, formatCheckText, piecesOf } from '../../src/check/index.js';
import { InputError } from '../../src/core/errors.js';
import { resolveRules } from '../../src/check/rules/resolve.js';
import type { Plan } from '../../src/core/types.js';
import type { PlanInput } from '../../src/load/plan.js';
import { gridZoneSet } from '../support/zoneset.js';
import { rookGraph } from './adjacency.js';
import { buildGraph } from '../../src/graph/build.js';

// 2 rows × 3 columns of zones with 4,000 members each:
//   r1c0 r1c1 r1c2
//   r0c0 r0c1 r0c2
const zones = gridZoneSet(2, 3, () => 4000);
const graph = rookGraph(zones);
const rules = resolveRules({ minMembers: 8000, membersPerSeat: 1000, minSeats: 6 });
const plan = (pairs: Record<string, string>): Plan => new Map(Object.entries(pairs));
const good = plan({ r0c0: 'W', r1c0: 'W', r0c1: 'M', r1c1: 'M', r0c2: 'E', r1c2: 'E' });

describe('checkPlan', () => {
  it('accepts a compliant plan and describes each section', () => {
    const r = checkPlan(zones, graph, good, rules);
    expect(r.ok).toBe(true);
    expect(r.rules.map((v) => v.rule)).toEqual(['assignment', 'contiguity', 'min-members', 'min-seats']);
    expect(r.rules.every((v) => v.ok && v.failures.length === 0)).toBe(true);
    expect(r.sections.map((s) => s.id)).toEqual(['E', 'M', 'W']);
    const w = r.sections.find((s) => s.id === 'W')!;
    expect(w).toMatchObject({ zones: ['r0c0', 'r1c0'], members: 8000, seats: 8, contiguous: true, ok: true, problems: [], crossed: [] });
    expect(w.pieces).toBeUndefined();
    expect(r.totals).toMatchObject({ zones: 6, assignedZones: 6, sections: 3, members: 24000, seats: 24, brokenRules: 0 });
    expect(formatCheckText(r)).toMatch(/COMPLIANT\n$/);
    expect(formatCheckText(r)).not.toContain('✘');
  });

  it('lists the pieces of a split section with their zones', () => {
    // A = the two bottom corners (not adjacent), B = the rest
    const p = plan({ r0c0: 'A', r0c2: 'A', r0c1: 'B', r1c0: 'B', r1c1: 'B', r1c2: 'B' });
    const r = checkPlan(zones, graph, p, rules);
    expect(r.ok).toBe(false);
    const contiguity = r.rules.find((v) => v.rule === 'contiguity')!;
    expect(contiguity.ok).toBe(false);
    expect(contiguity.failures).toHaveLength(1);
    expect(contiguity.failures[0]).toMatchObject({ kind: 'split-section', section: 'A', pieces: [['r0c0'], ['r0c2']] });
    const a = r.sections.find((s) => s.id === 'A')!;
    expect(a.contiguous).toBe(false);
    expect(a.pieces).toEqual([['r0c0'], ['r0c2']]);
    expect(a.problems).toContain('in 2 pieces');
    expect(r.sections.find((s) => s.id === 'B')!.contiguous).toBe(true);
  });

  it('counts explicit links as adjacency (an island linked to the mainland)', () => {
    const p = plan({ r0c0: 'A', r0c2: 'A', r0c1: 'B', r1c0: 'B', r1c1: 'B', r1c2: 'B' });
    const linked = rookGraph(zones, [['r0c0', 'r0c2']]);
    expect(checkPlan(zones, linked, p, rules).rules.find((v) => v.rule === 'contiguity')!.ok).toBe(true);
  });

  it('lists unknown, missing, duplicate and empty assignments from the raw rows', () => {
    const input: PlanInput = {
      file: 'plan.csv',
      rows: [
        { zone: 'r0c0', section: 'W', line: 2 },
        { zone: 'r1c0', section: 'W', line: 3 },
        { zone: 'r0c1', section: 'M', line: 4 },
        { zone: 'r0c1', section: 'W', line: 5 }, // duplicate, other section
        { zone: 'r1c1', section: '', line: 6 }, // empty section
        { zone: 'zz99', section: 'M', line: 7 }, // unknown
        // r0c2 and r1c2 missing
      ],
    };
    const r = checkPlan(zones, graph, input, rules);
    expect(r.ok).toBe(false);
    const a = r.rules.find((v) => v.rule === 'assignment')!;
    expect(a.ok).toBe(false);
    const byKind = (k: string) => a.failures.filter((f) => f.kind === k);
    expect(byKind('unknown-zone')).toEqual([expect.objectContaining({ zone: 'zz99', lines: [7] })]);
    expect(byKind('missing-zone')).toEqual([expect.objectContaining({ zones: ['r0c2', 'r1c2'] })]);
    expect(byKind('duplicate-zone')).toEqual([expect.objectContaining({ zone: 'r0c1', lines: [4, 5] })]);
    expect(byKind('duplicate-zone')[0].message).toMatch(/in sections M, W/);
    expect(byKind('empty-section')).toEqual([expect.objectContaining({ zone: 'r1c1', lines: [6] })]);
    expect(a.message).toMatch(/1 unknown zone \(zz99\)/);
    expect(a.message).toMatch(/2 zones in no section \(r0c2, r1c2\)/);
    // the first row of a duplicate counts: r0c1 is in M
    expect(r.sections.find((s) => s.id === 'M')!.zones).toEqual(['r0c1']);
    expect(r.totals.assignedZones).toBe(3);
  });

  it('flags sections below the member and seat minimums, and above the maximum', () => {
    const p = plan({ r0c0: 'S', r0c1: 'B', r0c2: 'B', r1c0: 'B', r1c1: 'B', r1c2: 'B' });
    const r = checkPlan(zones, graph, p, resolveRules({ minMembers: 8000, membersPerSeat: 1000, minSeats: 6, maxMembers: 16000 }));
    const v = Object.fromEntries(r.rules.map((x) => [x.rule, x]));
    expect(v['min-members'].failures).toEqual([expect.objectContaining({ section: 'S', value: 4000, limit: 8000 })]);
    expect(v['min-seats'].failures).toEqual([expect.objectContaining({ section: 'S', value: 4, limit: 6 })]);
    expect(v['max-members'].failures).toEqual([expect.objectContaining({ section: 'B', value: 20000, limit: 16000 })]);
    expect(r.totals.brokenRules).toBe(3);
    expect(r.sections.find((s) => s.id === 'S')!.problems).toEqual(['4,000 members < 8,000', '4 seats < 6']);
    expect(formatCheckText(r)).toMatch(/NOT COMPLIANT: 3 rules broken\n$/);
  });

  it('seat rule: the seat minimum can fail while the member minimum holds', () => {
    const r = checkPlan(zones, graph, good, resolveRules({ minMembers: 8000, membersPerSeat: 1500, minSeats: 6 }));
    // 8,000 / 1,500 = 5.33 → 5 seats per section
    expect(r.sections.map((s) => s.seats)).toEqual([5, 5, 5]);
    expect(r.rules.find((v) => v.rule === 'min-members')!.ok).toBe(true);
    expect(r.rules.find((v) => v.rule === 'min-seats')!.failures).toHaveLength(3);
  });

  it('fixed total of seats: apportioned after the minimum; too few seats for the minimum is a broken rule', () => {
    // 3 sections of 8,000: 6 seats each first, the 2 extra seats by D'Hondt go to the first two (ties in section order)
    const r = checkPlan(zones, graph, good, resolveRules({ minMembers: 8000, seats: 20, method: 'dhondt', minSeats: 6 }));
    expect(r.sections.reduce((s, x) => s + x.seats, 0)).toBe(20);
    expect(r.sections.every((s) => s.seats >= 6)).toBe(true);
    expect(r.ok).toBe(true);
    // 12 seats cannot give 3 sections 6 each
    const r2 = checkPlan(zones, graph, good, resolveRules({ minMembers: 8000, seats: 12, method: 'dhondt', minSeats: 6 }));
    const seats = r2.rules.find((v) => v.rule === 'min-seats')!;
    expect(seats.ok).toBe(false);
    expect(seats.message).toContain('12 seats cannot give each of the 3 sections 6 seats (18 needed)');
    expect(r2.sections.map((s) => s.seats)).toEqual([4, 4, 4]);
  });

  it('within: a section never mixes two values of the property; respect crossings are informative', () => {
    const z = gridZoneSet(2, 3, () => 4000);
    // column 0 is in region A, columns 1-2 in region B; département = row
    for (const zone of z.zones) {
      const col = Number(zone.id.slice(3));
      zone.properties.reg = col === 0 ? 'A' : 'B';
      zone.properties.dep = zone.id.slice(0, 2);
    }
    const g = rookGraph(z);
    const p = plan({ r0c0: 'W', r1c0: 'W', r0c1: 'X', r0c2: 'X', r1c1: 'Y', r1c2: 'Y' });
    const r = checkPlan(z, g, p, resolveRules({ minMembers: 8000, membersPerSeat: 1000, within: 'reg', respect: 'dep' }));
    expect(r.rules.find((v) => v.rule === 'within')!.ok).toBe(true);
    expect(r.ok).toBe(true);
    // W spans both rows (dep r0 and r1): a crossing, reported but not a failure
    expect(r.sections.find((s) => s.id === 'W')!.crossed).toEqual(['r0', 'r1']);
    expect(r.sections.find((s) => s.id === 'X')!.crossed).toEqual([]);
    expect(r.totals.crossingSections).toBe(1);

    const mixed = plan({ r0c0: 'W', r0c1: 'W', r1c0: 'X', r1c1: 'X', r0c2: 'Y', r1c2: 'Y' });
    const r2 = checkPlan(z, g, mixed, resolveRules({ minMembers: 8000, membersPerSeat: 1000, within: 'reg' }));
    const within = r2.rules.find((v) => v.rule === 'within')!;
    expect(within.ok).toBe(false);
    expect(within.failures.map((f) => f.section)).toEqual(['W', 'X']);
    expect(within.failures[0].values).toEqual({ A: ['r0c0'], B: ['r0c1'] });
    expect(r2.sections.find((s) => s.id === 'Y')!.ok).toBe(true);
  });

  it('a rule on a property no zone has is unusable input', () => {
    expect(() => checkPlan(zones, graph, good, resolveRules({ within: 'nope' }))).toThrow(InputError);
  });

  it('exactly K sections when --sections is set', () => {
    const r = checkPlan(zones, graph, good, resolveRules({ minMembers: 8000, membersPerSeat: 1000, sections: 2 }));
    expect(r.rules.find((v) => v.rule === 'section-count')).toMatchObject({ ok: false, failures: [{ value: 3, limit: 2 }] });
  });

  it('markdown output has a rule table and a section table', () => {
    const md = formatCheckMarkdown(checkPlan(zones, graph, good, rules));
    expect(md).toContain('| ✔ | every zone in exactly one section |');
    expect(md).toContain('| ✔ | W |  | r0c0, r1c0 | 8,000 | 8 | yes |  |');
    expect(md).toContain('**COMPLIANT**');
  });
});

describe('piecesOf', () => {
  it('splits a set into connected pieces, largest first', () => {
    const ids = ['r0c0', 'r1c0', 'r1c2'].map((id) => graph.index.get(id)!);
    expect(piecesOf(graph, ids).map((p) => p.map((i) => graph.ids[i]))).toEqual([['r0c0', 'r1c0'], ['r1c2']]);
  });
});

describe('checkPlan: ties and section names', () => {
  it('reports a tie for the last seat instead of settling it silently', () => {
    // 4 zones of 4,000 members, two sections of 8,000: 13 seats, 6 each first, then the 13th is an
    // exact D'Hondt tie (8,000 / 7 for both): plan order gives it provisionally, and the check says so.
    const z = gridZoneSet(2, 2, () => 4000);
    const g = buildGraph(z);
    const plan: Plan = new Map([
      ['r0c0', 'North'],
      ['r0c1', 'North'],
      ['r1c0', 'South'],
      ['r1c1', 'South'],
    ]);
    const report = checkPlan(z, g, plan, resolveRules({ minMembers: 1000, minSeats: 6, seats: 13, method: 'dhondt' }));
    expect(report.ok).toBe(true);
    expect(report.sections.map((s) => s.seats).sort()).toEqual([6, 7]);
    expect(report.notes).toHaveLength(1);
    expect(report.notes[0]).toMatch(/the last seat tied between North, South/);
    expect(report.ties).toEqual([expect.objectContaining({ seats: 1, candidates: ['North', 'South'], winners: ['North'] })]);
    expect(formatCheckText(report)).toContain(`note: ${report.notes[0]}`);
    const fr = formatCheckText(report, [], { lang: 'fr' });
    expect(fr).toContain('remarque : le dernier siège à égalité entre North, South (même quotient 1\u202f142,8571)');
    expect(fr).not.toContain('tied');
  });

  it('keeps the names the plan gives its sections; generated ids (S01…) take their largest zone name', () => {
    const z = gridZoneSet(2, 2, (r, c) => 4000 + r * 10 + c);
    const g = buildGraph(z);
    const named = checkPlan(
      z,
      g,
      new Map([
        ['r0c0', 'Hautes-Sorbières'],
        ['r0c1', 'Hautes-Sorbières'],
        ['r1c0', 'S01'],
        ['r1c1', 'S01'],
      ]),
      resolveRules({ minMembers: 1000, minSeats: 1 }),
    );
    expect(named.sections.find((s) => s.id === 'Hautes-Sorbières')!.name).toBe('Hautes-Sorbières');
    // r1c1 has the most members of S01 (4,011)
    expect(named.sections.find((s) => s.id === 'S01')!.name).toBe('Zone 1-1');
  });
  it('writes counts the reader’s way and speaks of one seat in the singular, in English and French', () => {
    // 1,500 unknown zones, every zone of the layer left out: no section at all
    const unknown: Plan = new Map(Array.from({ length: 1500 }, (_, i) => [`x${i}`, `S${i % 7}`]));
    const one = resolveRules({ minMembers: 100, membersPerSeat: 300, minSeats: 1 });
    const r = checkPlan(zones, graph, unknown, one);
    const en = formatCheckText(r, [], { rules: one });
    expect(en).toContain('Rules: ≥ 100 members and ≥ 1 seat per section');
    expect(en).toContain('1,500 unknown zones (x0, x1, x2, x3, x4, … (1,495 more))');
    expect(en).toContain('… and 1,489 more (see --json)');
    expect(en).toContain('every section in one piece: no section to check');
    const fr = formatCheckText(r, [], { rules: one, lang: 'fr' });
    expect(fr).toContain('≥ 100 adhérents et ≥ 1 délégué par section');
    expect(fr).toContain('1\u202f500 zones inconnues (x0, x1, x2, x3, x4, … (1\u202f495 de plus))');
    expect(fr).toContain('aucune section à vérifier');
  });
});
