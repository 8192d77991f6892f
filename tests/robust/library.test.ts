/**
 * The library called from plain JS with wrong shapes: an InputError naming the option, never a TypeError
 * thrown from inside the formatting of a message.
 */
import { describe, expect, it } from 'vitest';
import { buildGraph, checkPlan, InputError, loadZones, proposeProved, proposeSections, resolveRules, say } from '../../src/index.js';
import type { Plan, Rules } from '../../src/index.js';
import type { LinkSpec } from '../../src/graph/types.js';
import { gridZoneSet } from '../support/zoneset.js';

const zones = gridZoneSet(1, 3, () => 6000);
/** What buildGraph throws with these links, in English and French. */
function linksError(links: unknown): { en: string; fr: string } {
  try {
    buildGraph(zones, { links: links as LinkSpec[] });
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    const err = e as InputError;
    return { en: err.sayIn('en'), fr: err.sayIn('fr') };
  }
  throw new Error('buildGraph accepted the links');
}

describe('buildGraph: links of the wrong shape', () => {
  it('[["r0c0","r0c1"]] (pairs instead of {a, b, source}): the link, its number and the option named', () => {
    const { en, fr } = linksError([['r0c0', 'r0c1']]);
    expect(en).toContain('link #1 of links is not a link between two zones, got ["r0c0","r0c1"]');
    expect(en).toContain('"a" and "b"');
    expect(fr).toContain('le lien n° 1 de links ne relie pas deux zones');
  });

  it('a string, null, numbers as ids: InputErrors too', () => {
    expect(linksError('r0c0:r0c1').en).toContain('links must be a list of links, got "r0c0:r0c1"');
    expect(linksError([{ a: 'r0c0', b: 'r0c1', source: 'x' }, null]).en).toContain('link #2 of links is not a link between two zones, got null');
    expect(linksError([{ a: 1, b: 2 }]).en).toContain('got {"a":1,"b":2}');
  });

  it('a link without a source is named by its place in the list', () => {
    expect(linksError([{ a: 'r0c0', b: 'nowhere' }]).en).toContain('the link r0c0:nowhere (links[0]) names zone "nowhere"');
    const g = buildGraph(zones, { links: [{ a: 'r0c0', b: 'r0c2' } as LinkSpec] });
    expect(g.edges.some((e) => e.kind === 'link')).toBe(true);
  });
});

describe('say: a placeholder filled with a value no message expects never throws', () => {
  it('undefined, null, true, an object, a cycle', () => {
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    const params = { a: undefined, b: null, source: true, zone: { x: 1 }, file: cycle } as unknown as Record<string, string>;
    const text = say({ id: 'plan.links.unknownZone', params });
    expect(text).toBe('the link undefined:null (true) names zone "{"x":1}", which is not in [object Object]');
  });
});

describe('loadZones: something else than a file name', () => {
  /** What loadZones throws, in English. */
  function loadError(file: unknown, opts: unknown = {}): string {
    try {
      loadZones(file as string, opts as object);
    } catch (e) {
      expect(e).toBeInstanceOf(InputError);
      return (e as InputError).sayIn('en');
    }
    throw new Error('loadZones accepted it');
  }

  it('undefined or a number as the file: an InputError naming it, not "reading \'toLowerCase\'"', () => {
    expect(loadError(undefined)).toContain('file must be a file name, got undefined');
    expect(loadError(42)).toContain('file must be a file name, got 42');
  });

  it('a table in memory as membersCsv: said to go to zonesFromGeoJson, not "cannot read the file: ERR_INVALID_ARG_TYPE"', () => {
    const said = loadError('zones.geojson', { membersCsv: { name: 'm', columns: ['code', 'members'], rows: [] } });
    expect(said).toContain('membersCsv must be a file name, got {"name":"m","columns":["code","members"],"rows":[]}');
    expect(said).toContain('zonesFromGeoJson');
    expect(said).not.toContain('ERR_INVALID_ARG_TYPE');
  });
});

describe('checkPlan: a plan or a charter of the wrong shape', () => {
  const graph = buildGraph(zones);
  const rules = resolveRules({ minMembers: 1000, membersPerSeat: 1000, minSeats: 1 });
  const plan: Plan = new Map([
    ['r0c0', 'A'],
    ['r0c1', 'A'],
    ['r0c2', 'B'],
  ]);
  /** What checkPlan throws, in English. */
  function checkError(p: unknown, r: unknown): string {
    try {
      checkPlan(zones, graph, p as Plan, r as Rules);
    } catch (e) {
      expect(e).toBeInstanceOf(InputError);
      return (e as InputError).sayIn('en');
    }
    throw new Error('checkPlan accepted it');
  }

  it('{zone: section} instead of a Map: named, not "rows is not iterable"', () => {
    expect(checkError({ r0c0: 'A' }, rules)).toContain('the plan is neither a Plan nor rows of a plan file, got {"r0c0":"A"}');
    expect(checkError(null, rules)).toContain('got null');
  });

  it("resolveRules's options instead of its result: named, not \"reading 'kind'\"", () => {
    const said = checkError(plan, { minMembers: 1000 });
    expect(said).toContain('the rules are not a charter, got {"minMembers":1000}');
    expect(said).toContain('resolveRules');
    expect(checkPlan(zones, graph, plan, rules).ok).toBe(true);
  });
});

describe("proposeSections and proposeProved: resolveRules's options instead of its charter", () => {
  const graph = buildGraph(zones);
  it('an InputError naming the rules, not "reading \'kind\'"', async () => {
    const options = { minMembers: 1000 } as unknown as Rules;
    expect(() => proposeSections(zones, graph, options)).toThrow(InputError);
    await expect(proposeProved(zones, graph, options)).rejects.toThrow(InputError);
    try {
      proposeSections(zones, graph, options);
    } catch (e) {
      expect((e as InputError).sayIn('en')).toContain('the rules are not a charter, got {"minMembers":1000}');
    }
    // the charter itself proposes
    const rules = resolveRules({ minMembers: 1000, membersPerSeat: 1000, minSeats: 1 });
    expect(proposeSections(zones, graph, rules, { seed: 1 }).sections.length).toBeGreaterThan(0);
  });
});
