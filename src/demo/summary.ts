import { describeRulesIn, sectionProblems, verdictLine } from '../check/index.js';
import { sectionsOfSplitZones } from '../propose/split.js';
import { labelsFor, numberFormat, type Lang } from '../core/i18n.js';
import { say } from '../messages/message.js';
import { scenarioIn } from '../pluralism/format.js';
import type { DemoResult } from './run.js';
import { REGION } from './names.js';
import { DEMO_LABELS } from '../messages/demo.js';
import { methodName } from '../messages/methods.js';
import { said } from '../messages/index.js';

export { DEMO_LABELS };

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
  const fmt = nf.int;
  const pct = (x: number) => nf.pct(x, 1);
  const km = (x: number) => nf.dec(x, 1);
  const planLabel = (label: string) =>
    label === DEMO_LABELS.planDepartements.en ? t('planDepartements') : label === DEMO_LABELS.planProposed.en ? t('planProposed') : label;
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
        list: sections.join(', '),
      }),
    );
  }
  const borders = graph.edges.filter((e) => e.kind === 'border').length;
  const islands = graph.islands.length;
  out.push(t('graph', { borders, n: islands, list: graph.islands.map(zoneLabel).join(', ') || t('none') }));
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
  const sep = say(said('output.listSep'), lang);
  for (const s of dep.sections.filter((x) => !x.ok))
    out.push(`  ${say(said('output.demo.problems', { section: s.id, problems: sectionProblems(s.id, dep.rules, lang).join(sep) }), lang)}`);

  out.push('');
  const method = say(methodName(`${comparison.method}.demo`), lang);
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
    out.push(t(single.length === 0 ? 'singleNone' : 'single', { plan: planLabel(p.label), n: single.length, total: p.sections, which }));
  }
  return out.join('\n') + '\n';
}
