import { describeRulesIn, sectionProblemsIn, verdictLine } from '../check/index.js';
import { sectionsOfSplitZones } from '../propose/split.js';
import { formatCount as fmtEn, labelsFor, numberFormat, type Labels, type Lang } from '../core/i18n.js';
import { say } from '../messages/message.js';
import { listMethodIn, scenarioIn } from '../pluralism/format.js';
import type { DemoResult } from './run.js';
import { REGION } from './names.js';

const pctEn = (x: number) => `${(x * 100).toFixed(1)}%`;

/** What the demo prints, in English and French. */
export const DEMO_LABELS: Labels<
  | 'title' | 'region' | 'rules' | 'split' | 'graph' | 'none' | 'island' | 'islands' | 'linked' | 'apart' | 'proposed'
  | 'colSection' | 'colName' | 'colUnits' | 'colMembers' | 'colSeats' | 'colCrosses' | 'departements' | 'listVote'
  | 'colPlan' | 'colSections' | 'colSingle' | 'colRepresented' | 'colGallagher' | 'colWasted' | 'of' | 'single' | 'singleNone' | 'singleOne'
  | 'planDepartements' | 'planProposed'
  | 'demoData' | 'wroteInto' | 'openReport' | 'checkAgain'
  // what each written file holds (src/demo/run.ts says it in English)
  | 'plan.csv' | 'units.geojson' | 'sections.geojson' | 'zones.geojson' | 'seats.csv' | 'report.html'
> = {
  en: {
    title: 'decoupage demo: {region}',
    region: '{zones} zones in {deps} départements, {members} members ({description}).',
    rules: 'Rules: {rules}.',
    split: '{name} ({id}, {members} members) is too big for one section: it is split into its {units} communes, which the proposed plan divides into {n} {sections} ({list}).',
    graph: 'Graph: {borders} shared borders; {n} {islands}: {list}.',
    none: 'none',
    island: 'island',
    islands: 'islands',
    linked: '  linked {a} and {b}{apart} (--auto-link)',
    apart: ', {km} km apart',
    proposed: 'Proposed plan: {n} sections (at most {max} are possible): {verdict}',
    colSection: 'section',
    colName: 'name',
    colUnits: 'zones/communes',
    colMembers: 'members',
    colSeats: 'seats',
    colCrosses: 'crosses départements',
    departements: 'Old practice, one section per département: {n} sections: {verdict}',
    listVote: 'List vote ({method}; {scenario}):',
    colPlan: 'plan',
    colSections: 'sections',
    colSingle: 'single-list sections',
    colRepresented: 'lists represented',
    colGallagher: 'Gallagher',
    colWasted: 'votes electing nobody',
    of: '{n} of {total}',
    single: '{plan}: {n} of {total} sections elect a single list{which}.',
    singleNone: '{plan}: none of the {total} sections elects a single list.',
    singleOne: '{plan}: {n} of {total} sections elects a single list{which}.',
    // the labels of src/demo/run.ts (not imported here: run.ts imports this module)
    planDepartements: 'département plan',
    planProposed: 'proposed plan',
    demoData: 'Demo data: {dir}',
    wroteInto: 'Wrote into {dir}:',
    openReport: 'Open the report: {file}',
    checkAgain: 'Check the plan again (the island needs its link): decoupage check {units} {plan} --members members --auto-link',
    'plan.csv': 'the proposed plan: zone,section (one row per zone, and per commune of Valmorance)',
    'units.geojson': 'the zones the plan is made of, Valmorance as its communes (use it with plan.csv in check/export/report)',
    'sections.geojson': 'one outline per section with members, seats and compliance (open it in QGIS)',
    'zones.geojson': 'every zone (and commune of Valmorance) with its section',
    'seats.csv': 'section,members,seats',
    'report.html': 'the report to open in a browser: map, sections, verdicts, seats, pluralism',
  },
  fr: {
    title: 'Démo decoupage : {region}',
    region: '{zones} zones dans {deps} départements, {members} adhérents ({description}).',
    rules: 'Règles : {rules}.',
    split: '{name} ({id}, {members} adhérents) est trop grande pour une seule section : elle est divisée en ses {units} communes, que le découpage proposé répartit en {n} {sections} ({list}).',
    graph: 'Graphe : {borders} frontières communes ; {n} {islands} : {list}.',
    none: 'aucune',
    island: 'île',
    islands: 'îles',
    linked: '  {a} et {b} reliées{apart} (--auto-link)',
    apart: ', à {km} km',
    proposed: 'Découpage proposé : {n} sections (au plus {max} possibles) : {verdict}',
    colSection: 'section',
    colName: 'nom',
    colUnits: 'zones/communes',
    colMembers: 'adhérents',
    colSeats: 'délégués',
    colCrosses: 'départements franchis',
    departements: 'Pratique actuelle, une section par département : {n} sections : {verdict}',
    listVote: 'Scrutin de liste ({method} ; {scenario}) :',
    colPlan: 'découpage',
    colSections: 'sections',
    colSingle: 'sections à liste unique',
    colRepresented: 'listes représentées',
    colGallagher: 'Gallagher',
    colWasted: 'voix n’ayant élu personne',
    of: '{n} sur {total}',
    single: '{plan} : {n} sections sur {total} élisent une seule liste{which}.',
    singleNone: '{plan} : aucune des {total} sections n’élit une seule liste.',
    singleOne: '{plan} : {n} section sur {total} élit une seule liste{which}.',
    planDepartements: 'découpage par département',
    planProposed: 'découpage proposé',
    demoData: 'Données de la démo : {dir}',
    wroteInto: 'Fichiers écrits dans {dir} :',
    openReport: 'Ouvrez le rapport : {file}',
    checkAgain: 'Pour revérifier le découpage (l’île a besoin de sa liaison) : decoupage check {units} {plan} --members members --auto-link --lang fr',
    'plan.csv': 'le découpage proposé : zone,section (une ligne par zone, et par commune de Valmorance)',
    'units.geojson': 'les zones dont est fait le découpage, Valmorance en communes (à utiliser avec plan.csv dans check/export/report)',
    'sections.geojson': 'le contour de chaque section avec adhérents, délégués et conformité (à ouvrir dans QGIS)',
    'zones.geojson': 'chaque zone (et commune de Valmorance) avec sa section',
    'seats.csv': 'section,members,seats (délégués par section)',
    'report.html': 'le rapport à ouvrir dans un navigateur : carte, sections, verdicts, délégués, pluralisme',
  },
};

/** Left-aligned text table; columns listed in `right` are right-aligned (numbers). */
export function textTable(header: string[], rows: string[][], right: number[] = []): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (right.includes(i) ? c.padStart(widths[i]) : c.padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/** What `decoupage demo` prints: the region, the proposed sections, both verdicts and the list-vote comparison. */
export function formatDemoSummary(r: Omit<DemoResult, 'summary'>, lang: Lang = 'en'): string {
  const { zones, units, graph, proposal, check, comparison, departements } = r;
  const t = labelsFor(DEMO_LABELS, lang);
  const nf = numberFormat(lang);
  const fmt = lang === 'en' ? fmtEn : nf.int;
  const pct = lang === 'en' ? pctEn : (x: number) => nf.pct(x, 1);
  const km = (x: number) => (lang === 'en' ? x.toFixed(1) : nf.dec(x, 1));
  const en = DEMO_LABELS.en;
  const planLabel = (label: string) => (label === en.planDepartements ? t('planDepartements') : label === en.planProposed ? t('planProposed') : label);
  const out: string[] = [];
  const total = zones.zones.reduce((s, z) => s + z.members, 0);
  const depCount = new Set(zones.zones.map((z) => String(z.properties.dep))).size;
  // graph indices are units (zones, and the communes of the split zone)
  const zoneLabel = (i: number) => `${units.zones[i].name} (${units.zones[i].id})`;

  out.push(t('title', { region: REGION.name }));
  out.push(t('region', { zones: zones.zones.length, deps: depCount, members: fmt(total), description: say(zones.members.description, lang) }));
  out.push(t('rules', { rules: describeRulesIn(r.rules, lang) }));
  for (const { zone, sections } of sectionsOfSplitZones(units, proposal.plan)) {
    out.push(
      t('split', {
        name: zone.name,
        id: zone.id,
        members: fmt(zone.members),
        units: zone.units.length,
        n: sections.length,
        sections: sections.length === 1 ? 'section' : 'sections',
        list: sections.join(', '),
      }),
    );
  }
  const borders = graph.edges.filter((e) => e.kind === 'border').length;
  const islands = graph.islands.length;
  out.push(t('graph', { borders, n: islands, islands: t(islands === 1 ? 'island' : 'islands'), list: graph.islands.map(zoneLabel).join(', ') || t('none') }));
  for (const l of graph.linksAdded) {
    out.push(t('linked', { a: zoneLabel(l.a), b: zoneLabel(l.b), apart: l.distanceKm !== undefined ? t('apart', { km: km(l.distanceKm) }) : '' }));
  }

  out.push('');
  out.push(t('proposed', { n: check.sections.length, max: proposal.upperBound, verdict: verdictLine(check, lang) }));
  out.push(
    textTable(
      [t('colSection'), t('colName'), t('colUnits'), t('colMembers'), t('colSeats'), t('colCrosses')],
      check.sections.map((s) => [s.id, s.name, String(s.zones.length), fmt(s.members), String(s.seats), s.crossed.join(', ')]),
      [2, 3, 4],
    ),
  );

  out.push('');
  const dep = departements.check;
  out.push(t('departements', { n: dep.sections.length, verdict: verdictLine(dep, lang) }));
  const colon = lang === 'fr' ? ' : ' : ': ';
  for (const s of dep.sections.filter((x) => !x.ok)) out.push(`  ${s.id}${colon}${sectionProblemsIn(s, dep, lang).join(lang === 'fr' ? ' ; ' : '; ')}`);

  out.push('');
  const method = lang === 'en' ? (comparison.method === 'dhondt' ? "D'Hondt, plus forte moyenne" : 'largest remainder') : listMethodIn(comparison.method, lang);
  out.push(t('listVote', { method, scenario: scenarioIn(comparison.scenario, lang) }));
  const lists = comparison.scenario.lists.length;
  out.push(
    textTable(
      [t('colPlan'), t('colSections'), t('colSingle'), t('colRepresented'), t('colGallagher'), t('colWasted')],
      comparison.plans.map((p) => [
        planLabel(p.label),
        String(p.sections),
        String(p.singleListSections),
        t('of', { n: p.listsRepresented, total: lists }),
        nf.dec(p.gallagher, 2),
        pct(p.wastedShare),
      ]),
      [1, 2, 4, 5],
    ),
  );
  // département sections are named after their département; proposed ones after their largest zone
  const names = new Map(check.sections.map((s) => [s.id, `${s.id} ${s.name}`]));
  for (const p of comparison.plans) {
    const single = p.report.sections.filter((s) => s.listsRepresented <= 1);
    const which = single.length ? ` (${single.map((s) => names.get(s.section) ?? s.section).join(', ')})` : '';
    const key = single.length === 0 ? 'singleNone' : single.length === 1 ? 'singleOne' : 'single';
    out.push(t(key, { plan: planLabel(p.label), n: single.length, total: p.sections, which }));
  }
  return out.join('\n') + '\n';
}
