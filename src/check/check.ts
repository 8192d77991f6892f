import { describeTie } from '../apportion/format.js';
import type { Tie } from '../apportion/methods.js';
import { sectionSeats } from '../apportion/sections.js';
import { InputError, isInputError } from '../core/errors.js';
import { APPORTION_LABELS, describeRules, type Rules } from '../core/rules.js';
import { membersBySection, sectionsOf, type Plan, type ZoneSet } from '../core/types.js';
import type { ZoneGraph } from '../graph/types.js';
import type { PlanInput } from '../load/plan.js';
import { piecesOf } from './contiguity.js';
import { sectionLinks } from './links.js';
import type { CheckReport, RuleFailure, RuleVerdict, SectionVerdict } from './types.js';
import { formatCount as fmt } from '../core/i18n.js';

/** Section ids that decoupage propose generates (S01, S02…): they are named after their largest zone. */
const GENERATED_ID = /^S\d+$/;

/** Value shown for a zone whose `within` / `respect` property is empty. */
export const EMPTY_VALUE = '(empty)';

interface Row {
  zone: string;
  section: string;
  line?: number;
}

/**
 * Check a plan against the rules: every zone assigned exactly once, sections contiguous, member and
 * seat thresholds, optional maximum, optional `within` boundary; `respect` crossings are reported.
 * Accepts a Plan or the raw rows of a plan file (PlanInput), so unknown, missing and duplicate zones
 * are all listed rather than stopping at the first. Never throws for a broken plan (only for a rule
 * that names a zone property no zone has).
 */
export function checkPlan(zones: ZoneSet, graph: ZoneGraph, plan: Plan | PlanInput, rules: Rules): CheckReport {
  const rows: Row[] = plan instanceof Map ? [...plan].map(([zone, section]) => ({ zone, section })) : plan.rows;
  const where = (lines: (number | undefined)[]) => {
    const ls = lines.filter((l): l is number => l !== undefined);
    return ls.length ? ` (line${ls.length > 1 ? 's' : ''} ${ls.join(', ')})` : '';
  };
  for (const prop of [rules.within, rules.respect]) if (prop !== undefined) requireProperty(zones, prop, prop === rules.within ? 'within' : 'respect');

  // --- assignment: unknown, empty, duplicate, missing ---
  const assignment: RuleFailure[] = [];
  const assigned: Plan = new Map();
  const rowsByZone = new Map<string, Row[]>();
  for (const row of rows) {
    let list = rowsByZone.get(row.zone);
    if (!list) rowsByZone.set(row.zone, (list = []));
    list.push(row);
  }
  for (const [zone, zrows] of rowsByZone) {
    const lines = zrows.map((r) => r.line);
    if (!zones.byId.has(zone)) {
      assignment.push({
        kind: 'unknown-zone',
        zone,
        lines: lines.filter((l): l is number => l !== undefined),
        message: zone === '' ? `a row has no zone id${where(lines)}` : `zone "${zone}" is not in the zone layer${where(lines)}`,
      });
      continue;
    }
    const filled = zrows.filter((r) => r.section !== '');
    if (filled.length === 0) {
      assignment.push({ kind: 'empty-section', zone, lines: lines.filter((l): l is number => l !== undefined), message: `zone ${zone} has an empty section${where(lines)}` });
      continue;
    }
    assigned.set(zone, filled[0].section);
    if (zrows.length > 1) {
      const sections = [...new Set(zrows.map((r) => r.section || EMPTY_VALUE))];
      assignment.push({
        kind: 'duplicate-zone',
        zone,
        lines: lines.filter((l): l is number => l !== undefined),
        message: `zone ${zone} is listed ${zrows.length} times${where(lines)}${sections.length > 1 ? `, in sections ${sections.join(', ')}` : ''}; the first row counts`,
      });
    }
  }
  const missing = zones.zones.filter((z) => !rowsByZone.has(z.id)).map((z) => z.id);
  if (missing.length) {
    assignment.push({ kind: 'missing-zone', zones: missing, message: `${missing.length} zone${missing.length > 1 ? 's are' : ' is'} in no section: ${preview(missing)}` });
  }

  // --- sections ---
  const order = zones.zones.map((z) => z.id);
  const bySection = sectionsOf(assigned, order);
  const members = membersBySection(zones, assigned);
  const { seats, seatNote, ties } = sectionSeatsOrNote(members, rules);

  const sections: SectionVerdict[] = [...bySection].map(([id, ids]) => {
    const idx = ids.map((z) => graph.index.get(z)).filter((i): i is number => i !== undefined);
    const pieces = piecesOf(graph, idx);
    const contiguous = pieces.length <= 1;
    const largest = ids.map((z) => zones.byId.get(z)!).reduce((a, b) => (b.members > a.members ? b : a));
    const v: SectionVerdict = {
      id,
      name: GENERATED_ID.test(id) ? largest.name : id,
      zones: ids,
      members: members.get(id)!,
      seats: seats.get(id) ?? 0,
      contiguous,
      crossed: [],
      ok: true,
      problems: [],
    };
    if (!contiguous) v.pieces = pieces.map((p) => p.map((i) => graph.ids[i]));
    if (rules.respect) {
      const vals = valuesOf(zones, ids, rules.respect);
      if (vals.size > 1) v.crossed = [...vals.keys()];
    }
    if (rules.within) v.withinValues = [...valuesOf(zones, ids, rules.within).keys()];
    const links = sectionLinks(zones, graph, ids);
    if (links.length) v.links = links;
    return v;
  });

  // --- rules ---
  const verdicts: RuleVerdict[] = [];
  const add = (rule: RuleVerdict['rule'], label: string, failures: RuleFailure[], okMessage: string, failMessage: string) => {
    verdicts.push({ rule, label, ok: failures.length === 0, message: failures.length === 0 ? okMessage : failMessage, failures });
    for (const f of failures) {
      const s = f.section === undefined ? undefined : sections.find((x) => x.id === f.section);
      if (s && rule !== 'assignment' && rule !== 'section-count') {
        s.ok = false;
        s.problems.push(sectionProblem(f));
      }
    }
  };
  const nSections = sections.length;
  const names = (fs: RuleFailure[]) => preview(fs.map((f) => f.section!), 6);

  add(
    'assignment',
    'every zone in exactly one section',
    assignment,
    `all ${fmt(zones.zones.length)} zones are in exactly one section`,
    summarizeAssignment(assignment),
  );

  const split = sections
    .filter((s) => !s.contiguous)
    .map(
      (s): RuleFailure => ({
        kind: 'split-section',
        section: s.id,
        zones: s.zones,
        pieces: s.pieces,
        value: s.pieces?.length ?? 0,
        limit: 1,
        message: `section ${s.id} is in ${s.pieces?.length} pieces: ${s.pieces?.map((p) => `{${preview(p, 5)}}`).join(' + ')}`,
      }),
    );
  add('contiguity', 'every section in one piece', split, `all ${nSections} sections are contiguous`, `${split.length} section${split.length > 1 ? 's are' : ' is'} split: ${names(split)}`);

  const small = sections
    .filter((s) => s.members < rules.minMembers)
    .map(
      (s): RuleFailure => ({
        kind: 'too-few-members',
        section: s.id,
        value: s.members,
        limit: rules.minMembers,
        message: `section ${s.id} has ${fmt(s.members)} members, below ${fmt(rules.minMembers)}`,
      }),
    );
  const smallest = sections.length ? Math.min(...sections.map((s) => s.members)) : 0;
  add(
    'min-members',
    `≥ ${fmt(rules.minMembers)} members per section`,
    small,
    nSections ? `every section has ≥ ${fmt(rules.minMembers)} members (smallest: ${fmt(smallest)})` : 'no section to check',
    `${small.length} section${small.length > 1 ? 's' : ''} below ${fmt(rules.minMembers)} members: ${names(small)}`,
  );

  const fewSeats = sections
    .filter((s) => s.seats < rules.minSeats)
    .map(
      (s): RuleFailure => ({
        kind: 'too-few-seats',
        section: s.id,
        value: s.seats,
        limit: rules.minSeats,
        message: `section ${s.id} elects ${s.seats} delegate${s.seats === 1 ? '' : 's'}, below ${rules.minSeats}`,
      }),
    );
  const seatRule = rules.seats.kind === 'members-per-seat' ? `1 seat per ${fmt(rules.seats.membersPerSeat)} members` : `${rules.seats.total} seats by ${APPORTION_LABELS[rules.seats.method]}`;
  if (seatNote) fewSeats.unshift({ kind: 'too-few-seats', message: seatNote });
  // A tie for the last seat(s) that nobody settled: plan order gave it provisionally. It cannot change
  // this verdict (every section gets its minimum before the rest is shared), but the committee must know.
  const notes = ties.map(
    (t) => `${describeTie(t)}: plan order gave ${t.winners.join(', ')} the seat provisionally; \`decoupage seats --tie-break\` settles it`,
  );
  const seatSections = fewSeats.filter((f) => f.section !== undefined);
  add(
    'min-seats',
    `≥ ${rules.minSeats} seats per section (${seatRule})`,
    fewSeats,
    nSections ? `every section elects ≥ ${rules.minSeats} delegates (fewest: ${Math.min(...sections.map((s) => s.seats))})` : 'no section to check',
    seatNote && seatSections.length === 0
      ? seatNote
      : `${seatSections.length} section${seatSections.length > 1 ? 's elect' : ' elects'} fewer than ${rules.minSeats} delegates: ${names(seatSections)}${seatNote ? ` (${seatNote})` : ''}`,
  );

  if (rules.maxMembers !== undefined) {
    const max = rules.maxMembers;
    const big = sections
      .filter((s) => s.members > max)
      .map(
        (s): RuleFailure => ({
          kind: 'too-many-members',
          section: s.id,
          value: s.members,
          limit: max,
          message: `section ${s.id} has ${fmt(s.members)} members, above ${fmt(max)}${s.zones.length === 1 ? ' (a single zone: split it with finer units)' : ''}`,
        }),
      );
    add('max-members', `≤ ${fmt(max)} members per section`, big, `every section has ≤ ${fmt(max)} members`, `${big.length} section${big.length > 1 ? 's' : ''} above ${fmt(max)} members: ${names(big)}`);
  }

  if (rules.within !== undefined) {
    const prop = rules.within;
    const mixed = sections
      .filter((s) => (s.withinValues?.length ?? 0) > 1)
      .map((s): RuleFailure => {
        const values = Object.fromEntries(valuesOf(zones, s.zones, prop));
        return {
          kind: 'mixed-within',
          section: s.id,
          values,
          message: `section ${s.id} mixes ${prop} ${Object.entries(values)
            .map(([val, ids]) => `${val} (${preview(ids, 4)})`)
            .join(' and ')}`,
        };
      });
    add('within', `sections never cross "${prop}"`, mixed, `no section crosses a "${prop}" boundary`, `${mixed.length} section${mixed.length > 1 ? 's cross' : ' crosses'} a "${prop}" boundary: ${names(mixed)}`);
  }

  if (rules.sections !== undefined) {
    const k = rules.sections;
    const wrong: RuleFailure[] =
      nSections === k ? [] : [{ kind: 'wrong-section-count', value: nSections, limit: k, message: `the plan has ${nSections} sections, not ${k}` }];
    add('section-count', `exactly ${k} sections`, wrong, `the plan has ${k} sections`, wrong[0]?.message ?? '');
  }

  const broken = verdicts.filter((v) => !v.ok).length;
  return {
    ok: broken === 0,
    rulesText: describeRules(rules),
    membersEstimated: zones.members.estimated,
    membersNote: zones.members.estimated ? zones.members.description : undefined,
    rules: verdicts,
    sections,
    totals: {
      zones: zones.zones.length,
      assignedZones: assigned.size,
      sections: nSections,
      members: sections.reduce((s, x) => s + x.members, 0),
      seats: sections.reduce((s, x) => s + x.seats, 0),
      brokenRules: broken,
      failingSections: sections.filter((s) => !s.ok).length,
      crossingSections: sections.filter((s) => s.crossed.length > 0).length,
    },
    respect: rules.respect,
    within: rules.within,
    notes,
  };
}

/**
 * Seats per section (src/apportion). A fixed total too small to give every section its minimum is a
 * broken rule here, not unusable input: the seats are then shared without the minimum, and the note says why.
 */
function sectionSeatsOrNote(members: Map<string, number>, rules: Rules): { seats: Map<string, number>; seatNote?: string; ties: Tie[] } {
  try {
    const r = sectionSeats(members, rules);
    return { seats: r.seats, ties: r.ties.filter((t) => !t.resolvedBy) };
  } catch (e) {
    if (!isInputError(e) || rules.seats.kind !== 'total') throw e;
    const note = `${rules.seats.total} seats cannot give each of the ${members.size} sections ${rules.minSeats} seats (${members.size * rules.minSeats} needed)`;
    const r = sectionSeats(members, { ...rules, minSeats: 0 });
    return { seats: r.seats, seatNote: note, ties: r.ties.filter((t) => !t.resolvedBy) };
  }
}

function sectionProblem(f: RuleFailure): string {
  switch (f.kind) {
    case 'split-section':
      return `in ${f.value} pieces`;
    case 'too-few-members':
      return `${fmt(f.value!)} members < ${fmt(f.limit!)}`;
    case 'too-few-seats':
      return `${f.value} seats < ${f.limit}`;
    case 'too-many-members':
      return `${fmt(f.value!)} members > ${fmt(f.limit!)}`;
    case 'mixed-within':
      return `mixes ${Object.keys(f.values ?? {}).join(' and ')}`;
    default:
      return f.message;
  }
}

function summarizeAssignment(fs: RuleFailure[]): string {
  const count = (k: RuleFailure['kind']) => fs.filter((f) => f.kind === k);
  const parts: string[] = [];
  const unknown = count('unknown-zone');
  if (unknown.length) parts.push(`${unknown.length} unknown zone${unknown.length > 1 ? 's' : ''} (${preview(unknown.map((f) => f.zone || '""'), 5)})`);
  const missing = count('missing-zone')[0];
  if (missing) parts.push(`${missing.zones!.length} zone${missing.zones!.length > 1 ? 's' : ''} in no section (${preview(missing.zones!, 5)})`);
  const empty = count('empty-section');
  if (empty.length) parts.push(`${empty.length} zone${empty.length > 1 ? 's' : ''} with an empty section (${preview(empty.map((f) => f.zone!), 5)})`);
  const dup = count('duplicate-zone');
  if (dup.length) parts.push(`${dup.length} zone${dup.length > 1 ? 's' : ''} listed twice (${preview(dup.map((f) => f.zone!), 5)})`);
  return parts.join('; ');
}

/** Distinct values of a zone property among some zones, each with its zones (sorted by value). */
function valuesOf(zones: ZoneSet, ids: string[], prop: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const id of ids) {
    const raw = zones.byId.get(id)!.properties[prop];
    const v = raw === null || raw === undefined || String(raw).trim() === '' ? EMPTY_VALUE : String(raw);
    let list = out.get(v);
    if (!list) out.set(v, (list = []));
    list.push(id);
  }
  return new Map([...out].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

function requireProperty(zones: ZoneSet, prop: string, option: 'within' | 'respect'): void {
  if (zones.zones.some((z) => Object.prototype.hasOwnProperty.call(z.properties, prop))) return;
  const known = [...new Set(zones.zones.flatMap((z) => Object.keys(z.properties)))];
  throw new InputError(`no zone has a property "${prop}"`, {
    file: zones.file,
    field: prop,
    hint: `--${option} needs a zone property; the zones have: ${known.join(', ') || 'no properties'}`,
  });
}

function preview(ids: string[], n = 10): string {
  return ids.length <= n ? ids.join(', ') : `${ids.slice(0, n).join(', ')}, … (${ids.length - n} more)`;
}
