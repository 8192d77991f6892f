/**
 * The editor's in-memory session: zones, graph, rules and a plan that a person edits one move at a time.
 * Like GerryChain's updaters, a move recomputes only the sections it touches (members, seats, pieces,
 * compactness, boundary values); the whole-plan verdict is then a pass over the section figures.
 * `fullCheck()` runs checkPlan (the checker of `decoupage check`) on the current plan, and the tests
 * hold the two to the same verdicts.
 */
import { normaliseSectionName } from '../load/plan-schema.js';
import { sectionSeats } from '../apportion/sections.js';
import { checkPlan, EMPTY_VALUE, rulesThatApply, spreadLimits, type PlanFacts, type Rule, type SectionFacts } from '../check/index.js';
import { planHomogeneity } from '../homogeneity/plan.js';
import type { CheckReport, Failure, Figures, RuleId } from '../check/types.js';
import { areaKm2, perimeterKm } from '../core/geometry.js';
import type { Rules } from '../core/rules.js';
import { sectionName, type Plan, type ZoneSet } from '../core/types.js';
import type { ZoneGraph } from '../graph/types.js';
import {
  edgeWeights,
  internalEdgeUpdater,
  labelIndex,
  labelUpdater,
  Partition,
  sumUpdater,
  unitGraphOf,
  type SectionLabels,
  type SectionSums,
  type Updater,
} from '../partition/index.js';
import { editMessage, type EditErrorCode, type EditParams } from './messages.js';

/** Why an edit was refused: the server answers 400 with this message, and the session is unchanged. */
export class EditError extends Error {
  constructor(
    readonly code: EditErrorCode,
    readonly params: EditParams = {},
  ) {
    super(editMessage(code, params));
    this.name = 'EditError';
  }
}

export type { SectionFigures, SectionProblem } from './figures.js';
import type { SectionFigures, SectionProblem } from './figures.js';

/** The whole-plan verdict, rule by rule, as checkPlan gives it (the same rule modules on the same figures). */
export interface PlanVerdict {
  ok: boolean;
  /** per rule that applies: the sections its failures name, how many failures, and its figures (limits, mean…) */
  rules: { rule: RuleId; ok: boolean; sections: string[]; count: number; figures: Figures }[];
  unassigned: number;
  sections: number;
  members: number;
  seats: number;
}

/** What every edit returns: the zones that changed section, every section's figures, the verdict. */
export interface SessionUpdate {
  version: number;
  /** zone id → its section id now (null: no section) */
  changes: Record<string, string | null>;
  sections: SectionFigures[];
  verdict: PlanVerdict;
  canUndo: boolean;
  canRedo: boolean;
  /** with attributes (--attributes): R² of the plan now, each zone once and members-weighted, and the least alike sections */
  homogeneity: SessionHomogeneity | null;
}

export interface SessionHomogeneity {
  r2: number | null;
  r2Weighted: number | null;
  least: string[];
}

/** What the session keeps about a section beside the Partition: its name, its lock, its last figures and verdicts. */
interface Slot {
  id: string;
  locked: boolean;
  figures?: SectionFigures;
  /** what the rule modules judge the section on (zone ids in layer order, members, seats, pieces) */
  facts?: SectionFacts;
  /** its failures, per section rule (EditorSession.sectionRules' order) */
  judged?: Failure[][];
}

/** The figures the session needs beyond members, kept by the Partition's updaters. */
interface SessionFigures {
  area: Updater<SectionSums>;
  perimeter: Updater<SectionSums>;
  /** shared border km inside each section */
  internal: Updater<SectionSums>;
  within: { updater: Updater<SectionLabels>; names: string[] };
  respect: { updater: Updater<SectionLabels>; names: string[] };
}

type Op =
  | { kind: 'move'; zone: number; from: number; to: number }
  | { kind: 'create'; slot: number; id: string; locked?: boolean }
  | { kind: 'delete'; slot: number; id: string; locked: boolean }
  | { kind: 'rename'; slot: number; from: string; to: string }
  | { kind: 'lock'; slot: number; from: boolean; to: boolean };

export interface SessionInit {
  zones: ZoneSet;
  graph: ZoneGraph;
  rules: Rules;
  /** the plan to start from (zones left out start in no section) */
  plan?: Plan;
  /** section ids to lock from the start */
  locked?: readonly string[];
}

/** The editing session. Zones are addressed by id, sections by id (the `section` column of plan.csv). */
export class EditorSession {
  readonly zones: ZoneSet;
  readonly graph: ZoneGraph;
  readonly rules: Rules;
  private readonly n: number;
  /** the plan: zones (graph indices) in sections (slot indices), with the figures every move updates */
  private readonly part: Partition;
  private readonly figuresOf: SessionFigures;
  private readonly slots: (Slot | null)[] = [];
  private readonly slotOf = new Map<string, number>();
  private readonly undoStack: Op[][] = [];
  private readonly redoStack: Op[][] = [];
  private seatsDirty = true;
  /** the section rules that apply, in the order of the check (judged on each section the session refreshes) */
  private readonly sectionRules: Rule[];
  /** bumped by every change; the page and the autosave use it */
  version = 0;

  constructor(init: SessionInit) {
    const { zones, graph, rules } = init;
    this.zones = zones;
    this.graph = graph;
    this.rules = rules;
    this.sectionRules = rulesThatApply(rules).filter((r) => r.scope === 'section' && r.evaluateSections);
    this.n = graph.ids.length;
    graph.ids.forEach((id) => {
      if (!zones.byId.has(id)) throw new Error(`graph zone ${id} is not in the zone set`);
    });
    const ug = unitGraphOf(zones, graph);
    this.part = new Partition(ug, new Int32Array(this.n).fill(-1), 0);
    const border = new Map<number, number>();
    for (const e of graph.edges) if (e.sharedBorderKm > 0) border.set(e.a * this.n + e.b, e.sharedBorderKm);
    const km = edgeWeights(ug, (u, v) => border.get(Math.min(u, v) * this.n + Math.max(u, v)) ?? 0);
    const value = (i: number, prop: string | undefined): string | undefined => {
      if (prop === undefined) return undefined;
      const raw = zones.byId.get(graph.ids[i])!.properties[prop];
      return raw === null || raw === undefined || String(raw).trim() === '' ? EMPTY_VALUE : String(raw);
    };
    const labels = (key: string, prop: string | undefined) => {
      const { labels: l, names } = labelIndex(graph.ids.map((_, i) => value(i, prop)));
      return { updater: labelUpdater(key, l, names.length), names };
    };
    const geometry = graph.ids.map((id) => zones.byId.get(id)!.geometry);
    this.figuresOf = {
      area: sumUpdater('area', geometry.map(areaKm2)),
      perimeter: sumUpdater('perimeter', geometry.map(perimeterKm)),
      internal: internalEdgeUpdater('internal-border', km),
      within: labels('within', rules.within),
      respect: labels('respect', rules.respect),
    };
    for (const u of [this.figuresOf.area, this.figuresOf.perimeter, this.figuresOf.internal, this.figuresOf.within.updater, this.figuresOf.respect.updater]) {
      this.part.use(u as Updater<unknown>);
    }
    const locked = new Set(init.locked ?? []);
    for (const [zone, section] of init.plan ?? []) {
      const i = graph.index.get(zone);
      if (i === undefined) throw new EditError('planZoneUnknown', { zone });
      let s = this.slotOf.get(section);
      if (s === undefined) s = this.createSlot(section, locked.has(section));
      this.part.move(i, s);
    }
    for (let s = 0; s < this.slots.length; s++) this.refresh(s);
  }

  // ---------- reading ----------

  /** The plan as `decoupage check` reads it (zone id → section id; zones in no section left out). */
  plan(): Plan {
    const out: Plan = new Map();
    const a = this.part.assignment;
    for (let i = 0; i < this.n; i++) if (a[i]! >= 0) out.set(this.graph.ids[i], this.slots[a[i]!]!.id);
    return out;
  }

  /** The section id of a zone (undefined when it is in none). */
  sectionOf(zone: string): string | undefined {
    const i = this.graph.index.get(zone);
    const s = i === undefined ? -1 : this.part.sectionOf(i);
    return s < 0 ? undefined : this.slots[s]!.id;
  }

  /** Every section's figures (in id order; empty sections included). */
  sections(): SectionFigures[] {
    this.settleSeats();
    this.judgeOnTotals();
    const out: SectionFigures[] = [];
    for (const slot of this.slots) if (slot) out.push(slot.figures!);
    return out.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }

  lockedSections(): string[] {
    return this.slots.filter((s): s is Slot => !!s && s.locked).map((s) => s.id);
  }

  /**
   * The whole-plan verdict: every rule that applies (the check's rule modules), evaluated on the session's
   * facts (the sections' figures kept up to date by the moves, the zones as assigned), as checkPlan does.
   */
  verdict(): PlanVerdict {
    this.sections();
    const facts = this.planFacts();
    const rules: PlanVerdict['rules'] = rulesThatApply(this.rules).map((rule) => {
      const failures = rule.evaluate(facts);
      const sections = failures.map((f) => (f as { section?: string }).section).filter((x): x is string => x !== undefined);
      return { rule: rule.id, ok: failures.length === 0, sections, count: failures.length, figures: rule.figures(facts) };
    });
    return {
      ok: rules.every((r) => r.ok),
      rules,
      unassigned: this.part.assignment.reduce((k, s) => k + (s < 0 ? 1 : 0), 0),
      sections: facts.totals.sections,
      members: facts.totals.members,
      seats: facts.sections.reduce((a, s) => a + s.seats, 0),
    };
  }

  /** The full check of `decoupage check` on the current plan. */
  fullCheck(): CheckReport {
    return checkPlan(this.zones, this.graph, this.plan(), this.rules);
  }

  canUndo(): boolean {
    return this.undoStack.length > 0;
  }

  canRedo(): boolean {
    return this.redoStack.length > 0;
  }

  /** The answer to an edit (changes: the zones moved by it). */
  update(changes: Record<string, string | null> = {}): SessionUpdate {
    return {
      version: this.version,
      changes,
      sections: this.sections(),
      verdict: this.verdict(),
      canUndo: this.canUndo(),
      canRedo: this.canRedo(),
      homogeneity: this.homogeneity(),
    };
  }

  /** R² of the plan now (planHomogeneity, as check and propose say it), or null without attributes. */
  homogeneity(): SessionHomogeneity | null {
    if (!this.zones.attributes) return null;
    const h = planHomogeneity(this.zones, this.plan(), {
      maxSpread: this.rules.maxSpread ? Object.fromEntries(spreadLimits(this.rules.maxSpread)) : undefined,
    });
    if (!h) return null;
    return { r2: h.r2, r2Weighted: h.r2Weighted, least: h.sections.filter((x) => x.flagged).map((x) => x.id) };
  }

  // ---------- editing (each call is one undoable step) ----------

  /** Move zones into a section (null: out of every section). Locked sections neither give nor take zones. */
  move(zoneIds: readonly string[], section: string | null): SessionUpdate {
    const to = section === null ? -1 : this.requireSlot(section);
    if (to >= 0 && this.slots[to]!.locked) throw new EditError('sectionLocked', { section: section! });
    const idx = zoneIds.map((z) => {
      const i = this.graph.index.get(z);
      if (i === undefined) throw new EditError('zoneUnknown', { zone: z });
      const from = this.part.sectionOf(i);
      if (from >= 0 && this.slots[from]!.locked) throw new EditError('zoneInLocked', { zone: z, section: this.slots[from]!.id });
      return i;
    });
    const ops: Op[] = [];
    for (const i of new Set(idx)) if (this.part.sectionOf(i) !== to) ops.push({ kind: 'move', zone: i, from: this.part.sectionOf(i), to });
    return this.commit(ops);
  }

  /** A new empty section (id given, or the first free "S" number). */
  newSection(id?: string): SessionUpdate {
    const name = id === undefined ? this.freeId() : this.validId(id);
    return this.commit([{ kind: 'create', slot: this.slots.length, id: name }]);
  }

  /** Merge section `from` into section `into` (`from` disappears). */
  merge(into: string, from: string): SessionUpdate {
    const a = this.requireSlot(into);
    const b = this.requireSlot(from);
    if (a === b) throw new EditError('mergeSelf', { section: into });
    for (const s of [a, b]) if (this.slots[s]!.locked) throw new EditError('sectionLocked', { section: this.slots[s]!.id });
    const ops: Op[] = [...this.part.units(b)].sort((x, y) => x - y).map((i) => ({ kind: 'move', zone: i, from: b, to: a }) as Op);
    ops.push({ kind: 'delete', slot: b, id: this.slots[b]!.id, locked: false });
    // the result keeps the name the user merged into: a generated id (S01…) named after its largest zone would
    // take the name of the other section's largest zone, so it becomes its name (in the same undoable step)
    const shown = this.slots[a]!.figures?.name;
    if (shown !== undefined && shown !== into && !this.slotOf.has(shown)) ops.push({ kind: 'rename', slot: a, from: into, to: shown });
    return this.commit(ops);
  }

  /** Give a section another id (the name written in plan.csv). */
  rename(id: string, to: string): SessionUpdate {
    const s = this.requireSlot(id);
    if (id === to) return this.update();
    return this.commit([{ kind: 'rename', slot: s, from: id, to: this.validId(to) }]);
  }

  /** Lock or unlock a section: a locked section keeps its zones (moves and Complete leave it as it is). */
  lock(id: string, locked: boolean): SessionUpdate {
    const s = this.requireSlot(id);
    if (this.slots[s]!.locked === locked) return this.update();
    return this.commit([{ kind: 'lock', slot: s, from: !locked, to: locked }]);
  }

  /** Delete an empty section. */
  deleteSection(id: string): SessionUpdate {
    const s = this.requireSlot(id);
    const slot = this.slots[s]!;
    if (this.part.size(s) > 0) throw new EditError('notEmpty', { section: id, n: this.part.size(s) });
    return this.commit([{ kind: 'delete', slot: s, id, locked: slot.locked }]);
  }

  /**
   * Replace the plan by another one (a proposal), as one undoable step: zones move to the sections of the
   * same id (created when new); sections left empty and unlocked disappear. Locked sections are kept.
   */
  applyPlan(plan: Plan): SessionUpdate {
    for (const z of plan.keys()) if (!this.graph.index.has(z)) throw new EditError('zoneUnknown', { zone: z });
    const ops: Op[] = [];
    const target = new Map<string, number>();
    let next = this.slots.length;
    for (const id of new Set(plan.values())) {
      const s = this.slotOf.get(id);
      if (s !== undefined) target.set(id, s);
      else {
        ops.push({ kind: 'create', slot: next, id: this.validId(id) });
        target.set(id, next++);
      }
    }
    for (let i = 0; i < this.n; i++) {
      const sec = plan.get(this.graph.ids[i]);
      const from = this.part.sectionOf(i);
      if (from >= 0 && this.slots[from]!.locked) {
        if (sec !== undefined && sec !== this.slots[from]!.id)
          throw new EditError('proposalOutOfLocked', { zone: this.graph.ids[i], section: this.slots[from]!.id });
        continue;
      }
      const to = sec === undefined ? -1 : target.get(sec)!;
      if (to >= 0 && to < this.slots.length && this.slots[to]!.locked) throw new EditError('proposalIntoLocked', { zone: this.graph.ids[i], section: sec! });
      if (to !== from) ops.push({ kind: 'move', zone: i, from, to });
    }
    // unlocked sections that every zone leaves, and that no zone joins, disappear
    const leaving = new Map<number, number>();
    const arriving = new Set<number>();
    for (const op of ops) {
      if (op.kind !== 'move') continue;
      if (op.from >= 0) leaving.set(op.from, (leaving.get(op.from) ?? 0) + 1);
      arriving.add(op.to);
    }
    for (const [s, k] of leaving) {
      const slot = this.slots[s]!;
      if (!slot.locked && !arriving.has(s) && k === this.part.size(s)) ops.push({ kind: 'delete', slot: s, id: slot.id, locked: false });
    }
    return this.commit(ops);
  }

  undo(): SessionUpdate {
    const ops = this.undoStack.pop();
    if (!ops) throw new EditError('nothingToUndo');
    const inverse = ops.map(invert).reverse();
    const changes = this.run(inverse);
    this.redoStack.push(ops);
    this.version++;
    return this.update(changes);
  }

  redo(): SessionUpdate {
    const ops = this.redoStack.pop();
    if (!ops) throw new EditError('nothingToRedo');
    const changes = this.run(ops);
    this.undoStack.push(ops);
    this.version++;
    return this.update(changes);
  }

  // ---------- internals ----------

  private commit(ops: Op[]): SessionUpdate {
    if (ops.length === 0) return this.update();
    const changes = this.run(ops);
    this.undoStack.push(ops);
    if (this.undoStack.length > 500) this.undoStack.shift();
    this.redoStack.length = 0;
    this.version++;
    return this.update(changes);
  }

  /** Apply operations, then refresh only the sections they touched. */
  private run(ops: readonly Op[]): Record<string, string | null> {
    const touched = new Set<number>();
    const moved = new Set<number>();
    for (const op of ops) {
      switch (op.kind) {
        case 'move':
          this.part.move(op.zone, op.to);
          for (const s of [op.from, op.to]) if (s >= 0) touched.add(s);
          moved.add(op.zone);
          break;
        case 'create':
          this.createSlot(op.id, op.locked ?? false, op.slot);
          touched.add(op.slot);
          break;
        case 'delete': {
          const slot = this.slots[op.slot]!;
          if (this.part.size(op.slot)) throw new Error(`deleting section ${op.id} that still holds zones`);
          this.slots[op.slot] = null;
          this.part.dropSection(op.slot);
          this.slotOf.delete(op.id);
          touched.delete(op.slot);
          this.seatsDirty = true;
          break;
        }
        case 'rename': {
          const slot = this.slots[op.slot]!;
          this.slotOf.delete(op.from);
          slot.id = op.to;
          this.slotOf.set(op.to, op.slot);
          touched.add(op.slot);
          for (const i of this.part.units(op.slot)) moved.add(i);
          break;
        }
        case 'lock':
          this.slots[op.slot]!.locked = op.to;
          touched.add(op.slot);
          break;
      }
    }
    for (const s of touched) if (this.slots[s]) this.refresh(s);
    const changes: Record<string, string | null> = {};
    for (const i of moved) {
      const s = this.part.sectionOf(i);
      changes[this.graph.ids[i]] = s < 0 ? null : this.slots[s]!.id;
    }
    return changes;
  }

  private createSlot(id: string, locked: boolean, at = this.slots.length): number {
    this.slots[at] = { id, locked };
    this.part.newSection(at);
    this.slotOf.set(id, at);
    this.seatsDirty = true;
    return at;
  }

  /** Recompute one section's figures (pieces by a search over its own zones only). */
  private refresh(s: number): void {
    const slot = this.slots[s]!;
    const p = this.part;
    const zs = [...p.units(s)];
    const pieces = p.pieces(s);
    const members = p.g.members;
    const { area, perimeter: perim, internal, within, respect } = this.figuresOf;
    const perimeter = p.get(perim).sums[s]! - 2 * p.get(internal).sums[s]!;
    const areaKm = p.get(area).sums[s]!;
    const valuesIn = (labels: SessionFigures['within']) => {
      const v = p.get(labels.updater);
      return labels.names.filter((_, l) => v.counts[s * v.labelCount + l]! > 0).sort();
    };
    const respectValues = valuesIn(respect);
    let largest = -1;
    for (const i of zs) if (largest < 0 || members[i]! > members[largest]! || (members[i] === members[largest] && i < largest)) largest = i;
    const prev = slot.figures;
    slot.figures = {
      id: slot.id,
      name: largest >= 0 ? sectionName(slot.id, this.zones.byId.get(this.graph.ids[largest])!) : slot.id,
      locked: slot.locked,
      zones: zs.length,
      members: Math.round(p.members(s)),
      seats: prev?.seats ?? 0,
      membersPerSeat: 0,
      compactness: perimeter > 0 ? Math.round(Math.min(1, (4 * Math.PI * areaKm) / (perimeter * perimeter)) * 1e4) / 1e4 : 0,
      pieces: pieces.length,
      detached: pieces
        .slice(1)
        .flat()
        .map((i) => this.graph.ids[i]),
      crossed: respectValues.length > 1 ? respectValues : [],
      withinValues: valuesIn(within),
      ok: true,
      problems: [],
      failures: [],
    };
    const ids = zs.sort((a, b) => a - b).map((i) => this.graph.ids[i]);
    slot.facts = {
      id: slot.id,
      zones: ids,
      members: slot.figures.members,
      seats: slot.figures.seats,
      pieces: pieces.map((pc) => pc.map((i) => this.graph.ids[i])),
    };
    if (this.rules.seats.kind === 'members-per-seat') this.judge(slot, Math.floor(slot.figures.members / this.rules.seats.membersPerSeat));
    else this.seatsDirty = true;
  }

  /** Seats by a fixed total depend on every section: shared again (a pass over the sections) when needed. */
  private settleSeats(): void {
    if (!this.seatsDirty) return;
    this.seatsDirty = false;
    if (this.rules.seats.kind === 'members-per-seat') return;
    const live = this.slots.filter((s, k): s is Slot => !!s && this.part.size(k) > 0);
    const members = new Map(live.map((s) => [s.id, s.figures!.members]));
    let seats: Map<string, number>;
    try {
      seats = sectionSeats(members, this.rules).seats;
    } catch {
      seats = sectionSeats(members, { ...this.rules, minSeats: 0 }).seats;
    }
    for (const s of this.slots) if (s) this.judge(s, seats.get(s.id) ?? 0);
  }

  /** What the rule modules read about the plan: the sections' facts and totals, and the zones as assigned. */
  private planFacts(sections = this.liveFacts()): PlanFacts {
    const rows = [];
    const assigned: Plan = new Map();
    for (let i = 0; i < this.n; i++) {
      const s = this.part.sectionOf(i);
      if (s < 0) continue;
      const zone = this.graph.ids[i];
      const section = this.slots[s]!.id;
      rows.push({ zone, section });
      assigned.set(zone, section);
    }
    const shortfall = this.rules.seats.kind === 'total' && sections.length * this.rules.minSeats > this.rules.seats.total;
    return {
      zones: this.zones,
      graph: this.graph,
      rules: this.rules,
      rows,
      assigned,
      sections,
      totals: { sections: sections.length, members: sections.reduce((a, s) => a + s.members, 0) },
      seatShortfall:
        shortfall && this.rules.seats.kind === 'total'
          ? { total: this.rules.seats.total, sections: sections.length, minimum: this.rules.minSeats, needed: sections.length * this.rules.minSeats }
          : undefined,
      ties: [],
    };
  }

  /** The facts of the sections that hold zones, in id order (as checkPlan sorts them). */
  private liveFacts(): SectionFacts[] {
    const live = this.slots.filter((s, k): s is Slot => !!s && this.part.size(k) > 0).map((s) => s.facts!);
    return live.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }

  /** A section's facts and totals only, for the rules that judge a section alone. */
  private sectionFacts(sections: SectionFacts[]): PlanFacts {
    return {
      zones: this.zones,
      graph: this.graph,
      rules: this.rules,
      rows: [],
      assigned: new Map(),
      sections,
      totals: { sections: sections.length, members: sections.reduce((a, s) => a + s.members, 0) },
      ties: [],
    };
  }

  /**
   * The rules whose verdict on a section depends on the plan's totals (judgedOnTotals, e.g. the mean of
   * max-deviation, which moves with every section made or emptied): every section is judged again for them.
   */
  private judgeOnTotals(): void {
    const which = this.sectionRules.map((r, k) => (r.judgedOnTotals ? k : -1)).filter((k) => k >= 0);
    if (!which.length) return;
    const live = this.liveFacts();
    const facts = this.sectionFacts(live);
    for (const [s, slot] of this.slots.entries()) {
      if (!slot?.judged) continue;
      for (const k of which) slot.judged[k] = this.part.size(s) > 0 ? this.sectionRules[k].evaluateSections!(facts, [slot.facts!]) : [];
      this.settle(slot);
    }
  }

  /** A section's failures under the rules that judge it alone (the others: judgeOnTotals). */
  private judge(slot: Slot, seats: number): void {
    const f = slot.figures!;
    f.seats = seats;
    f.membersPerSeat = seats > 0 ? f.members / seats : 0;
    slot.facts!.seats = seats;
    const facts = this.sectionFacts([slot.facts!]);
    const before = slot.judged;
    slot.judged = this.sectionRules.map((r, k) => (r.judgedOnTotals ? (before?.[k] ?? []) : f.zones > 0 ? r.evaluateSections!(facts, [slot.facts!]) : []));
    this.settle(slot);
  }

  private settle(slot: Slot): void {
    const f = slot.figures!;
    f.failures = slot.judged!.flat();
    f.problems = f.failures.map((x) => x.kind);
    f.ok = f.failures.length === 0;
  }

  private requireSlot(id: unknown): number {
    const s = typeof id === 'string' ? this.slotOf.get(id) : undefined;
    if (s === undefined) throw new EditError('sectionUnknown', { section: String(id) });
    return s;
  }

  private validId(id: string): string {
    const t = normaliseSectionName(id); // the one normaliser of section names (trim, NFC: src/load/plan-schema.ts)
    if (!t) throw new EditError('nameEmpty');
    if (t.length > 100) throw new EditError('nameTooLong', { n: 100 });
    if (/[\u0000-\u001f]/.test(t)) throw new EditError('nameControl');
    if (this.slotOf.has(t)) throw new EditError('nameTaken', { section: t });
    return t;
  }

  private freeId(): string {
    for (let k = 1; ; k++) {
      const id = `S${String(k).padStart(2, '0')}`;
      if (!this.slotOf.has(id)) return id;
    }
  }
}

function invert(op: Op): Op {
  switch (op.kind) {
    case 'move':
      return { kind: 'move', zone: op.zone, from: op.to, to: op.from };
    case 'create':
      return { kind: 'delete', slot: op.slot, id: op.id, locked: false };
    case 'delete':
      return { kind: 'create', slot: op.slot, id: op.id, locked: op.locked };
    case 'rename':
      return { kind: 'rename', slot: op.slot, from: op.to, to: op.from };
    case 'lock':
      return { kind: 'lock', slot: op.slot, from: op.to, to: op.from };
  }
}
