import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Rng } from '../../src/core/rng.js';
import { type Rules } from '../../src/core/rules.js';
import { resolveRules } from '../../src/check/rules/resolve.js';
import { DEMO_DATA_DIR } from '../../src/demo/index.js';
import { buildGraph } from '../../src/graph/index.js';
import { loadZones } from '../../src/load/index.js';
import { planFromInput, readPlan } from '../../src/load/plan.js';
import { EditError, EditorSession } from '../../src/session/index.js';

const zones = loadZones(join(DEMO_DATA_DIR, 'zones.geojson'));
const graph = buildGraph(zones, { autoLink: true });
const depPlan = planFromInput(readPlan(join(DEMO_DATA_DIR, 'plan-departements.csv'), zones), zones);

/** The session's live verdict must say what `decoupage check` says on the same plan. */
function expectSameAsCheck(s: EditorSession): void {
  const full = s.fullCheck();
  const live = s.verdict();
  expect(live.ok).toBe(full.ok);
  expect(live.rules.map((r) => [r.rule, r.ok])).toEqual(full.rules.map((r) => [r.rule, r.ok]));
  const secs = s.sections().filter((x) => x.zones > 0);
  expect(secs.map((x) => [x.id, x.members, x.seats, x.pieces === 1, x.ok])).toEqual(full.sections.map((x) => [x.id, x.members, x.seats, x.contiguous, x.ok]));
  for (const rule of live.rules) {
    const f = full.rules.find((r) => r.rule === rule.rule)!;
    expect(rule.sections.sort()).toEqual(
      f.failures
        .map((x) => x.section)
        .filter((x): x is string => !!x)
        .sort(),
    );
  }
}

const charters: [string, Rules][] = [
  ['members per seat, respect dep', resolveRules({ minMembers: 10000, membersPerSeat: 1500, minSeats: 6, respect: 'dep' })],
  [
    'fixed total of seats, within dep, max members',
    resolveRules({ minMembers: 8000, seats: 120, method: 'dhondt', minSeats: 3, within: 'dep', maxMembers: 60000 }),
  ],
  // the mean section size moves with every section emptied: each section is judged again
  ['members within ±60 % of the mean', resolveRules({ minMembers: 5000, membersPerSeat: 500, minSeats: 3, maxDeviation: 60 })],
  // a rule added in its own module (src/check/rules/max-zones.ts): the session judges it through the module
  ['at most 12 zones per section', resolveRules({ minMembers: 5000, membersPerSeat: 500, minSeats: 3, maxZones: 12 })],
];

describe('EditorSession', () => {
  it('says which sections are outside the deviation range, as checkPlan (--max-deviation)', () => {
    const s = new EditorSession({ zones, graph, rules: charters[2][1], plan: depPlan });
    const full = s.fullCheck();
    const rule = full.rules.find((r) => r.rule === 'max-deviation')!;
    expect(rule.ok).toBe(false); // the département plan: two small sections, one very large
    const live = s.verdict();
    expect(live.rules.find((r) => r.rule === 'max-deviation')!.figures).toEqual(rule.figures);
    const outside = s
      .sections()
      .filter((x) => x.problems.includes('outside-deviation'))
      .map((x) => x.id);
    expect(outside.sort()).toEqual(rule.failures.map((f) => f.section).sort());
    expectSameAsCheck(s);
  });

  for (const [name, rules] of charters) {
    it(`keeps the same verdicts as checkPlan through 150 random moves, undos and redos (${name})`, () => {
      const s = new EditorSession({ zones, graph, rules, plan: depPlan });
      expectSameAsCheck(s);
      const rng = new Rng(7);
      const ids = zones.zones.map((z) => z.id);
      for (let k = 0; k < 150; k++) {
        const r = rng.next();
        if (r < 0.15 && s.canUndo()) s.undo();
        else if (r < 0.22 && s.canRedo()) s.redo();
        else {
          const zone = rng.pick(ids);
          // a neighbour's section, as a person would click
          const nb = graph.neighbors[graph.index.get(zone)!];
          const target = s.sectionOf(graph.ids[rng.pick(nb)]);
          if (target) s.move([zone], target);
        }
        expectSameAsCheck(s);
      }
    });
  }

  it('a move changes the two sections involved and undo restores them exactly', () => {
    const rules = charters[0][1];
    const s = new EditorSession({ zones, graph, rules, plan: depPlan });
    const before = JSON.stringify(s.sections());
    const zone = zones.zones[5];
    const from = s.sectionOf(zone.id)!;
    const nb = graph.neighbors[graph.index.get(zone.id)!].map((i) => s.sectionOf(graph.ids[i])!).find((x) => x !== from)!;
    const fromMembers = s.sections().find((x) => x.id === from)!.members;
    const u = s.move([zone.id], nb);
    expect(u.changes).toEqual({ [zone.id]: nb });
    expect(u.sections.find((x) => x.id === from)!.members).toBe(fromMembers - zone.members);
    expect(u.canUndo).toBe(true);
    const back = s.undo();
    expect(back.changes).toEqual({ [zone.id]: from });
    expect(JSON.stringify(s.sections())).toBe(before);
    s.redo();
    expect(s.sectionOf(zone.id)).toBe(nb);
  });

  it('new, rename, merge, lock and delete are undoable steps; locked sections refuse moves', () => {
    const s = new EditorSession({ zones, graph, rules: charters[0][1], plan: depPlan });
    const [a, b] = s.sections().map((x) => x.id);
    const aZones = s.sections().find((x) => x.id === a)!.zones;
    s.newSection('Nouvelle');
    expect(s.sections().find((x) => x.id === 'Nouvelle')).toMatchObject({ zones: 0, members: 0, ok: true });
    expect(s.verdict().sections).toBe(s.sections().length - 1); // an empty section is not in the plan
    s.rename('Nouvelle', 'New <b>"x"</b>');
    expect(s.sections().some((x) => x.id === 'New <b>"x"</b>')).toBe(true);
    s.deleteSection('New <b>"x"</b>');
    s.merge(a, b);
    expect(s.sections().find((x) => x.id === a)!.zones).toBeGreaterThan(aZones);
    expect(s.sections().some((x) => x.id === b)).toBe(false);
    s.undo(); // merge
    expect(s.sections().find((x) => x.id === a)!.zones).toBe(aZones);
    s.lock(a, true);
    const someZone = [...s.plan()].find(([, sec]) => sec === a)![0];
    expect(() => s.move([someZone], b)).toThrow(EditError);
    expect(() => s.move([[...s.plan()].find(([, sec]) => sec === b)![0]], a)).toThrow(/locked/);
    expect(() => s.merge(a, b)).toThrow(/locked/);
    s.undo(); // lock
    s.undo(); // delete
    s.undo(); // rename
    s.undo(); // new
    expect(s.sections().map((x) => x.id)).toEqual([...new Set(depPlan.values())].sort());
    expect(s.canUndo()).toBe(false);
  });

  it('refuses unknown zones and sections, duplicate and empty names, and changes nothing', () => {
    const s = new EditorSession({ zones, graph, rules: charters[0][1], plan: depPlan });
    const before = JSON.stringify(s.update());
    expect(() => s.move(['nope'], s.sections()[0].id)).toThrow(/zone "nope"/);
    expect(() => s.move([zones.zones[0].id, 'nope'], s.sections()[1].id)).toThrow(EditError);
    expect(() => s.move([zones.zones[0].id], 'nowhere')).toThrow(/no section "nowhere"/);
    expect(() => s.newSection(s.sections()[0].id)).toThrow(/already/);
    expect(() => s.newSection('  ')).toThrow(/empty/);
    expect(() => s.undo()).toThrow(/nothing to undo/);
    expect(JSON.stringify(s.update())).toBe(before);
  });

  it('applies a whole plan as one step, keeping locked sections, and drops sections left empty', () => {
    const s = new EditorSession({ zones, graph, rules: charters[0][1] });
    expect(s.verdict().unassigned).toBe(zones.zones.length);
    expect(s.verdict().ok).toBe(false);
    s.applyPlan(depPlan);
    expect(s.plan()).toEqual(depPlan);
    expectSameAsCheck(s);
    const one = new Map([...depPlan.keys()].map((z) => [z, 'All']));
    s.applyPlan(one);
    expect(s.sections().map((x) => x.id)).toEqual(['All']);
    s.undo();
    expect(s.plan()).toEqual(depPlan);
  });
});
