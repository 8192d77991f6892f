/** The in-memory entry point: one layer, its graph built once, every verb on values, the same figures as the verbs alone. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Workspace, buildGraph, checkPlan, loadZones, proposeSections, resolveRules } from '../../src/index.js';
import { DEMO_DATA_DIR } from '../../src/exports/demo.js';

const zones = loadZones(join(DEMO_DATA_DIR, 'zones.geojson'), { membersProp: 'members' });
const rules = resolveRules({ minMembers: 10_000, membersPerSeat: 1_500, minSeats: 6, respect: 'dep' });

describe('Workspace', () => {
  const ws = new Workspace(zones, { rules, graph: { autoLink: true, minMembers: rules.minMembers } });
  const proposal = ws.propose({ seed: 3 });

  it('proposes the plan proposeSections gives on the same graph and seed', () => {
    const graph = buildGraph(zones, { autoLink: true, minMembers: rules.minMembers });
    expect([...proposal.plan]).toEqual([...proposeSections(zones, graph, rules, { seed: 3 }).plan]);
  });

  it('checks, seats, dissolves and reports that plan with one set of figures', () => {
    const check = ws.check(proposal.plan);
    expect(check.ok).toBe(true);
    expect(check.rules.map((r) => r.ok)).toEqual(checkPlan(zones, ws.graph, proposal.plan, rules).rules.map((r) => r.ok));
    const seats = ws.seats(proposal.plan);
    expect([...seats.seats.values()].reduce((a, b) => a + b, 0)).toBe(check.totals.seats);
    const sections = ws.sections(proposal.plan, check);
    expect(sections.features).toHaveLength(proposal.sections.length);
    expect(ws.zonesWithSections(proposal.plan, check).features).toHaveLength(zones.zones.length);
    const pluralism = ws.pluralism(proposal.plan);
    expect(pluralism.sections).toHaveLength(proposal.sections.length);
    const html = ws.report(proposal.plan, { lang: 'fr', check, generatedAt: new Date(0) });
    expect(html).toContain('<html lang="fr">');
  });

  it('opens an editor session on the plan, whose full check agrees with check()', () => {
    const session = ws.edit(proposal.plan);
    expect(session.fullCheck().ok).toBe(ws.check(proposal.plan).ok);
  });
});

describe('Workspace.fromGeoJson', () => {
  it('works on a layer in memory, members from a table in memory, and proposes what the file layer gives', () => {
    const collection = JSON.parse(readFileSync(join(DEMO_DATA_DIR, 'zones.geojson'), 'utf8')) as { features: { properties: Record<string, unknown> }[] };
    // the members as a table (a spreadsheet already read), not as a property of the features
    const rows = collection.features.map((f) => ({ code: String(f.properties.code), members: String(f.properties.members) }));
    for (const f of collection.features) delete f.properties.members;
    const ws = Workspace.fromGeoJson(collection, {
      rules,
      graph: { autoLink: true, minMembers: rules.minMembers },
      zones: { membersCsv: { name: 'members', columns: ['code', 'members'], rows } },
    });
    expect(ws.zones.zones.map((z) => z.members)).toEqual(zones.zones.map((z) => z.members));
    const fromFile = new Workspace(zones, { rules, graph: { autoLink: true, minMembers: rules.minMembers } });
    expect([...ws.propose({ seed: 2 }).plan]).toEqual([...fromFile.propose({ seed: 2 }).plan]);
  });
});
