import { verdictLine } from '../check/index.js';
import { sectionsOfSplitZones } from '../propose/split.js';
import { describeRules } from '../core/rules.js';
import type { DemoResult } from './run.js';
import { REGION } from './names.js';

const fmt = (n: number) => n.toLocaleString('en-US');
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

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
export function formatDemoSummary(r: Omit<DemoResult, 'summary'>): string {
  const { zones, units, graph, proposal, check, comparison, departements } = r;
  const out: string[] = [];
  const total = zones.zones.reduce((s, z) => s + z.members, 0);
  const depCount = new Set(zones.zones.map((z) => String(z.properties.dep))).size;
  // graph indices are units (zones, and the communes of the split zone)
  const zoneLabel = (i: number) => `${units.zones[i].name} (${units.zones[i].id})`;

  out.push(`decoupage demo: ${REGION.name}`);
  out.push(`${zones.zones.length} zones in ${depCount} départements, ${fmt(total)} members (${zones.members.description}).`);
  out.push(`Rules: ${describeRules(r.rules)}.`);
  for (const { zone, sections } of sectionsOfSplitZones(units, proposal.plan)) {
    out.push(
      `${zone.name} (${zone.id}, ${fmt(zone.members)} members) is too big for one section: it is split into its ${zone.units.length} communes, ` +
        `which the proposed plan divides into ${sections.length} section${sections.length === 1 ? '' : 's'} (${sections.join(', ')}).`,
    );
  }
  const borders = graph.edges.filter((e) => e.kind === 'border').length;
  out.push(`Graph: ${borders} shared borders; ${graph.islands.length} island${graph.islands.length === 1 ? '' : 's'}: ${graph.islands.map(zoneLabel).join(', ') || 'none'}.`);
  for (const l of graph.linksAdded) {
    out.push(`  linked ${zoneLabel(l.a)} and ${zoneLabel(l.b)}${l.distanceKm !== undefined ? `, ${l.distanceKm.toFixed(1)} km apart` : ''} (--auto-link)`);
  }

  out.push('');
  out.push(`Proposed plan: ${check.sections.length} sections (at most ${proposal.upperBound} are possible): ${verdictLine(check)}`);
  out.push(
    textTable(
      ['section', 'name', 'zones/communes', 'members', 'seats', 'crosses départements'],
      check.sections.map((s) => [s.id, s.name, String(s.zones.length), fmt(s.members), String(s.seats), s.crossed.join(', ')]),
      [2, 3, 4],
    ),
  );

  out.push('');
  const dep = departements.check;
  out.push(`Old practice, one section per département: ${dep.sections.length} sections: ${verdictLine(dep)}`);
  for (const s of dep.sections.filter((x) => !x.ok)) out.push(`  ${s.id}: ${s.problems.join('; ')}`);

  out.push('');
  out.push(`List vote (${comparison.method === 'dhondt' ? "D'Hondt, plus forte moyenne" : 'largest remainder'}; ${comparison.scenario.description}):`);
  const lists = comparison.scenario.lists.length;
  out.push(
    textTable(
      ['plan', 'sections', 'single-list sections', 'lists represented', 'Gallagher', 'votes electing nobody'],
      comparison.plans.map((p) => [
        p.label,
        String(p.sections),
        String(p.singleListSections),
        `${p.listsRepresented} of ${lists}`,
        `${p.gallagher.toFixed(1)}%`,
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
    out.push(`${p.label}: ${single.length} of ${p.sections} sections elect a single list${which}.`);
  }
  return out.join('\n') + '\n';
}
