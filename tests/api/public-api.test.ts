/**
 * The package's public API (src/index.ts, built to dist/index.js): a program can run the whole pipeline on
 * the demo data with nothing but the package entry point. This file imports nothing else from src/.
 */
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as api from '../../src/index.js';
import {
  assembleReport,
  buildGraph,
  checkPlan,
  dissolveSections,
  loadZones,
  planFromInput,
  proposeSections,
  readPlan,
  renderReport,
  resolveRules,
  sectionSeats,
  type CheckReport,
  type Plan,
} from '../../src/index.js';
import { checkSections, formatCheckText } from '../../src/exports/check.js';
import { planOnUnits, splitLargeZones } from '../../src/exports/split.js';
import { comparePlans, readVotes } from '../../src/exports/pluralism.js';
import { geojsonText, zonesWithSections } from '../../src/exports/export.js';
import { DEMO_DATA_DIR, runDemo } from '../../src/exports/demo.js';

const SRC = new URL('../../src/', import.meta.url).pathname;
const README = new URL('../../README.md', import.meta.url).pathname;

describe('the public API runs the whole pipeline on the demo data', () => {
  it('load → graph → propose → seats → check → pluralism → export → report, the same plan as the demo', async () => {
    const zones = loadZones(join(DEMO_DATA_DIR, 'zones.geojson'), { membersProp: 'members' });
    const communes = loadZones(join(DEMO_DATA_DIR, 'metropole-communes.geojson'), { membersProp: 'members' });
    const units = splitLargeZones(zones, communes, { above: 60_000 });
    const graph = buildGraph(units, { autoLink: true });
    const rules = resolveRules({ minMembers: 10_000, membersPerSeat: 1_500, minSeats: 6, respect: 'dep' });

    const proposal = proposeSections(units, graph, rules, { seed: 1 });
    const plan = proposal.plan;
    expect(new Set(plan.values()).size).toBe(27);

    const check: CheckReport = checkPlan(units, graph, plan, rules);
    expect(check.ok).toBe(true);
    expect(check.sections.every((s) => s.members >= 10_000 && s.seats >= 6)).toBe(true);
    const seats = sectionSeats(new Map(check.sections.map((s) => [s.id, s.members])), rules);
    expect([...seats.seats.values()].reduce((a, b) => a + b, 0)).toBe(check.totals.seats);

    // the old plan, one section per département, breaks the rules
    const depPlan: Plan = planOnUnits(planFromInput(readPlan(join(DEMO_DATA_DIR, 'plan-departements.csv'), zones), zones), units);
    const depCheck = checkPlan(units, graph, depPlan, rules);
    expect(depCheck.ok).toBe(false);
    expect(formatCheckText(depCheck, [], { lang: 'fr', rules })).toMatch(/NON CONFORME/);

    // a move between two sections, re-checked on those two only
    const [a, b] = check.sections;
    const touched = checkSections(units, graph, plan, rules, [a.id, b.id]);
    expect(touched.incremental).toBe(true);
    expect(touched.rules.every((r) => r.failures.length === 0)).toBe(true);

    const votes = readVotes(join(DEMO_DATA_DIR, 'votes.csv'), zones);
    const comparison = comparePlans(
      zones,
      [{ label: 'départements', plan: planFromInput(readPlan(join(DEMO_DATA_DIR, 'plan-departements.csv'), zones), zones) }],
      { votes, rules, method: 'dhondt' },
    );
    expect(comparison.plans).toHaveLength(1);
    expect(comparison.plans[0].listsRepresented).toBeGreaterThan(0);

    const sections = dissolveSections(units, plan, { report: check, topology: graph.topology });
    expect(sections.features).toHaveLength(27);
    expect(JSON.parse(geojsonText(zonesWithSections(units, plan, check))).features).toHaveLength(units.zones.length);

    const html = renderReport(assembleReport(units, graph, plan, rules, { lang: 'fr', check, seats, topology: graph.topology, generatedAt: new Date(0) }));
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).toContain('Conforme');

    // the demo, through the same entry point, proposes the same plan
    const demo = await runDemo(mkdtempSync(join(tmpdir(), 'api-demo-')), { generatedAt: new Date(0) });
    expect([...demo.proposal.plan]).toEqual([...plan]);
  }, 120_000);
});

describe('the public API is small and documented', () => {
  const index = readFileSync(join(SRC, 'index.ts'), 'utf8');

  it('names what it exports: no `export *`, a TSDoc line before every export (root and subpaths)', () => {
    const files = ['index.ts', ...readdirSync(join(SRC, 'exports')).map((f) => join('exports', f))];
    for (const file of files) {
      const text = file === 'index.ts' ? index : readFileSync(join(SRC, file), 'utf8');
      expect(text, file).not.toMatch(/export \*/);
      const lines = text.split('\n');
      lines.forEach((line, i) => {
        if (!line.startsWith('export ')) return;
        // an export continues a documented group, or has its own /** … */ line
        let k = i - 1;
        while (k >= 0 && lines[k].startsWith('export ')) k--;
        expect(lines[k], `${file}: export on line ${i + 1} has no TSDoc line`).toMatch(/^\/\*\* .+ \*\/$/);
      });
    }
  });

  it('every function and value of every entry point is listed in the README, one line each; the root has at most 25', async () => {
    const readme = readFileSync(README, 'utf8');
    const values = Object.keys(api).sort();
    // the pipeline's nouns and verbs, exactly (a new root export is a decision: add it here and to the README)
    expect(values).toEqual(
      [
        'DEFAULT_RULES',
        'InputError',
        'Partition',
        'Rng',
        'Workspace',
        'assembleReport',
        'buildGraph',
        'checkPlan',
        'dissolveSections',
        'isInputError',
        'loadRules',
        'loadZones',
        'partitionOfPlan',
        'planFromInput',
        'pluralismOfPlan',
        'proposeProved',
        'proposeSections',
        'readPlan',
        'renderReport',
        'resolveRules',
        'say',
        'sectionSeats',
        'unitGraphOf',
        'zonesFromGeoJson',
      ].sort(),
    );
    expect(values.length).toBeLessThanOrEqual(25);
    for (const name of values) expect(readme, name).toMatch(new RegExp(`^\\| \`${name}\``, 'm'));
    // every subpath of package.json's "exports" has its file in src/exports/ and its values in the README too
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { exports: Record<string, { import: string }> };
    const subpaths = Object.keys(pkg.exports).filter((k) => k !== '.');
    expect(subpaths.sort()).toEqual(
      readdirSync(join(SRC, 'exports'))
        .map((f) => `./${f.replace(/\.ts$/, '')}`)
        .sort(),
    );
    const seen = new Set(values);
    for (const sub of subpaths) {
      expect(pkg.exports[sub]!.import).toBe(`./dist/exports/${sub.slice(2)}.js`);
      const mod = (await import(join(SRC, 'exports', `${sub.slice(2)}.ts`))) as Record<string, unknown>;
      const names = Object.keys(mod);
      expect(names.length, sub).toBeGreaterThan(0);
      expect(readme, sub).toContain(`decoupage${sub.slice(1)}`);
      for (const name of names) {
        expect(seen.has(name), `${name} is exported twice`).toBe(false);
        seen.add(name);
        expect(readme, name).toMatch(new RegExp(`^\\| \`${name}\``, 'm'));
      }
    }
  });

  it('no CLI file imports past a folder index', () => {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const f of readdirSync(dir)) {
        const p = join(dir, f);
        if (statSync(p).isDirectory()) walk(p);
        else if (p.endsWith('.ts')) files.push(p);
      }
    };
    walk(join(SRC, 'cli'));
    const deep: string[] = [];
    for (const f of files) {
      for (const m of readFileSync(f, 'utf8').matchAll(/from '((?:\.\.\/)+)([\w-]+)\/([\w/-]+)\.js'/g)) {
        const target = join(f, '..', m[1], m[2]);
        if (relative(SRC, target).startsWith('cli')) continue; // inside src/cli
        if (m[3] !== 'index') deep.push(`${relative(SRC, f)}: ${m[0]}`);
      }
    }
    expect(deep).toEqual([]);
  });
});
