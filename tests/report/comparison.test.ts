import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { resolveRules } from '../../src/check/rules/resolve.js';
import { loadRules } from '../../src/check/rules/file.js';
import { loadZones } from '../../src/load/zones.js';
import type { Plan } from '../../src/core/types.js';
import { explainComparison, planName } from '../../src/report/comparison.js';
import { assembleReport, renderReport, translator, type ReportComparison } from '../../src/report/index.js';
import { runCli } from '../helpers.js';
import { fixture, FIXTURES, rookGraph } from './support.js';

const dir = mkdtempSync(join(tmpdir(), 'decoupage-comparison-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Two hand-made plans: A has more sections and no single-list section, B is more proportional. */
function twoPlans(overrides: Partial<ReportComparison['plans'][number]> = {}): ReportComparison {
  return {
    plans: [
      {
        label: 'New',
        isReported: true,
        sections: 16,
        multiListSections: 16,
        singleListSections: 0,
        listsRepresented: 4,
        gallagher: 4.1,
        wastedShare: 0.025,
        effectiveListsBySeats: 3.04,
        seats: 280,
        members: 431_595,
        brokenRules: [],
      },
      {
        label: 'Old',
        sections: 6,
        multiListSections: 4,
        singleListSections: 2,
        listsRepresented: 4,
        gallagher: 1.23,
        wastedShare: 0.006,
        effectiveListsBySeats: 3.25,
        seats: 284,
        members: 431_595,
        brokenRules: [],
        ...overrides,
      },
    ],
  };
}

describe('the comparison in words', () => {
  const tr = translator('en');
  it('says which plan does better on each figure, and who does better on what', () => {
    const { lines, summary } = explainComparison(twoPlans(), tr);
    const line = (c: string) => lines.find((l) => l.criterion === c)!.text;
    expect(line('compliance')).toContain('Both plans meet every rule of the charter: Old already complies.');
    expect(line('sections')).toContain('16 against 6');
    expect(line('sections')).toContain('New does better on this');
    expect(line('single')).toContain('New does better on this'); // 0 against 2: fewer is better
    expect(line('gallagher')).toContain('Old does better on this'); // lower is better
    expect(line('wasted')).toContain('Old does better on this');
    expect(line('enp')).toContain('Old does better on this'); // higher is better
    expect(line('delegates')).toContain('280 against 284');
    expect(summary).toEqual([
      'New does better on the number of sections and sections where one list takes every seat.',
      'Old does better on proportionality (Gallagher index), votes that elect nobody, the effective number of lists and delegates.',
    ]);
  });

  it('says when only one plan complies, naming the rules in words', () => {
    const { lines } = explainComparison(twoPlans({ brokenRules: ['min-members', 'min-seats'] }), translator('fr'));
    expect(lines[0]!.text).toBe('New respecte toutes les règles de la charte ; Old non (Nombre minimal d’adhérents, Nombre minimal de délégués).');
  });

  it('says "in both plans" when a figure is the same', () => {
    const { lines } = explainComparison(twoPlans({ singleListSections: 0 }), tr);
    expect(lines.find((l) => l.criterion === 'single')!.text).toBe('Sections where one list takes every seat: 0 in both plans.');
  });

  it('names a plan of one section per département for what it is', () => {
    const { zones, plan } = fixture();
    expect(planName(zones, plan, undefined, tr)).toBe('Départements (one section each)');
    expect(planName(zones, plan, undefined, translator('fr'))).toBe('Départements (une section chacun)');
    const mixed: Plan = new Map([...plan].map(([z, s]) => [z, z === 'Z4' ? 'East' : s]));
    expect(planName(zones, mixed, undefined, tr)).toBeUndefined();
    const one: Plan = new Map([...plan.keys()].map((z) => [z, 'All']));
    expect(planName(zones, one, undefined, tr)).toBeUndefined();
  });
});

describe('the words of the organisation', () => {
  it('--members-word (and "members-word" in rules.json) replaces members everywhere, with French elision', () => {
    const { zones, plan } = fixture();
    const rulesFile = join(dir, 'rules.json');
    writeFileSync(rulesFile, JSON.stringify({ 'min-members': 10000, 'members-word': 'sociétaires', respect: 'dep' }));
    const rules = loadRules({ rules: rulesFile });
    expect(rules.membersWord).toBe('sociétaires');
    const html = renderReport(assembleReport(zones, rookGraph(zones), plan, rules, { lang: 'fr' }));
    expect(html).toContain('Chaque section compte au moins 10\u202f000 sociétaires.');
    expect(html).toContain('<th class="num">Sociétaires</th>');
    expect(html).toContain('Nombre minimal de sociétaires');
    expect(html).not.toContain('adhérents');
    const adherents = renderReport(assembleReport(zones, rookGraph(zones), plan, resolveRules({}), { lang: 'fr', membersWord: 'adhérents' }));
    expect(adherents).toContain('Nombre minimal d’adhérents');
    const en = renderReport(assembleReport(zones, rookGraph(zones), plan, resolveRules({}), { lang: 'en', membersWord: 'shareholders' }));
    expect(en).toContain('Every section has at least 10,000 shareholders.');
    // in the text a reader sees (tags and the fixture's own source description "test members" aside)
    expect(
      en
        .replace(/<style>[\s\S]*?<\/style>/, '')
        .replace(/<[^>]+>/g, ' ')
        .replaceAll('test members', ''),
    ).not.toMatch(/\bmembers\b/i);
  });

  it('names boundary fields in words: dep and reg built in, others from --respect-label', () => {
    const { zones, plan } = fixture();
    const dep = renderReport(assembleReport(zones, rookGraph(zones), plan, resolveRules({ respect: 'dep' }), { lang: 'en' }));
    expect(dep).toContain('Sections cross the boundaries between départements only when the thresholds require it.');
    expect(dep).toContain('Boundaries crossed (départements)');
    expect(dep).not.toMatch(/[“(]dep[”)]/);
    const other = renderReport(
      assembleReport(zones, rookGraph(zones), plan, { ...resolveRules({ respect: 'dep' }), respectLabel: 'bassins de vie' }, { lang: 'fr' }),
    );
    expect(other).toContain('Les sections ne franchissent les limites entre bassins de vie que lorsque les seuils l’imposent.');
    // a label given by the layer itself (a top-level "labels" object in the zone file)
    const fc = JSON.parse(readFileSync(`${FIXTURES}zones.geojson`, 'utf8'));
    const labelled = join(dir, 'labelled.geojson');
    writeFileSync(
      labelled,
      JSON.stringify({
        ...fc,
        labels: { bv: 'bassins de vie' },
        features: fc.features.map((f: { properties: object }) => ({ ...f, properties: { ...f.properties, bv: 'X' } })),
      }),
    );
    const layer = loadZones(labelled);
    expect(layer.fieldLabels).toEqual({ bv: 'bassins de vie' });
    const fromLayer = renderReport(assembleReport(layer, rookGraph(layer), plan, resolveRules({ within: 'bv' }), { lang: 'en' }));
    expect(fromLayer).toContain('Sections never cross the boundaries between bassins de vie.');
    expect(fromLayer).not.toMatch(/“bv”/);
  });

  it('decoupage report: --members-word, --credit, and the --compare plan named after what it is, not its path', async () => {
    const out = join(dir, 'report.html');
    const old = join(dir, 'old-plan.csv');
    writeFileSync(old, 'zone,section\nZ1,1\nZ2,1\nZ3,1\nZ4,1\nZ5,1\nZ6,1\n');
    const r = await runCli(
      'report',
      `${FIXTURES}zones.geojson`,
      `${FIXTURES}plan.csv`,
      '-o',
      out,
      '--lang',
      'fr',
      '--members-word',
      'membres',
      '--credit',
      "Insee, zones d'emploi 2020",
      '--compare',
      old,
      '--min-members',
      '10000',
    );
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('Source : Insee, zones d&#39;emploi 2020');
    expect(html).toContain('<th class="num">Membres</th>');
    // the reported plan is one section per département; the other is named after its file, without the path
    expect(html).toContain('<td class="plan-name">Départements (une section chacun)</td>');
    expect(html).toContain('<td class="plan-name">old-plan</td>');
    expect(html).not.toContain(dir);
  });
});
