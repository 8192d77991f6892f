/**
 * What the editor's HTTP API does, without HTTP: the session, the files it may write (the plan given or
 * created, and its autosave beside it), the old plan to compare with, the vote scenario, the proposal jobs.
 * The server (http.ts) only routes requests here after its security checks.
 */
import { existsSync, readFileSync, renameSync } from 'node:fs';
import { basename } from 'node:path';
import { quantize } from 'topojson-client';
import type { Objects, Topology } from 'topojson-specification';
import { formatCheckText } from '../check/format.js';
import type { CheckReport } from '../check/types.js';
import { describeRulesIn } from '../check/wording.js';
import { isInputError } from '../core/errors.js';
import { said, say, type Said } from '../messages/index.js';
import type { Lang } from '../core/i18n.js';
import type { Rules } from '../core/rules.js';
import { sectionNamesOf, type Plan, type ZoneSet } from '../core/types.js';
import { dissolveSections, geojsonText } from '../export/index.js';
import type { ZoneGraphResult } from '../graph/types.js';
import { describeFsError, releaseInput, writeFileAtomic } from '../io/atomic.js';
import { jsonTooDeep } from '../io/read.js';
import type { CsvStyle } from '../io/csv.js';
import { planFromInput, planToCsv, readPlan, readPlanText } from '../load/plan.js';
import { comparePlans, type VoteScenario } from '../pluralism/index.js';
import { matchPlans } from '../propose/prefer.js';
import { assembleReport, renderPng, renderReport, renderReportAndMap } from '../report/index.js';
import { EditError, EditorSession, type SessionUpdate } from '../session/index.js';
import { departementName, postcodesOf } from './places.js';
import { ProposeJobs, type JobInput, type JobStatus } from './jobs.js';
import { EditorAudits, type AuditStatus } from './audits.js';
import { attributesOf } from '../homogeneity/table.js';
import { PAGE_LABELS } from '../messages/page.js';
import { fill } from '../core/i18n.js';
import {
  autosaveFile,
  describeZodError,
  planBody,
  type AuditBody,
  type AutosaveAnswer,
  type PlanBodyInput,
  type CompareAnswer,
  type CompareBody,
  type MoveBody,
  type PlanBody,
  type ProposeBody,
  type SectionBody,
  type StateAnswer,
} from './schemas.js';

export interface EditorConfig {
  zones: ZoneSet;
  graph: ZoneGraphResult;
  rules: Rules;
  lang: Lang;
  /** the plan to start from (zones left out start in no section) */
  plan?: Plan;
  /** where Save writes plan.csv (the plan file given, or one created); the autosave goes beside it */
  output: string;
  /** an old plan to compare with and show as an outline */
  compare?: { label: string; plan: Plan };
  votes?: VoteScenario;
  /** --prefer: proposals keep zones with their section in this plan where the rules allow */
  prefer?: Plan;
  title?: string;
  /** seed of the proposals (default 1) */
  seed?: number;
  /** how plan.csv is written (Save and the download): separator, decimals, BOM, as the other commands' CSV outputs */
  csv?: Partial<CsvStyle>;
  /** while the autosave cannot be written, it is tried again this often (default AUTOSAVE_RETRY_MS) */
  autosaveRetryMs?: number;
  /** what the editor has to tell the terminal while it runs (an autosave that fails, then works again) */
  notify?: (what: Said) => void;
}

/** The autosave file as restored (read with the schema of POST /api/plan: schemas.ts autosaveFile). */
interface Autosave {
  savedAt: string;
  /** edits not yet saved to the plan file */
  dirty: boolean;
  plan: Plan;
  locked: string[];
}

/** A file for download. */
export interface Download {
  type: string;
  name: string;
  data: string | Uint8Array;
}

/** Edits are autosaved this long after the first unsaved one (the server also writes it when it stops). */
export const AUTOSAVE_DELAY_MS = 250;
/** While the autosave cannot be written (a full disk, a folder gone read-only), it is tried again this often. */
export const AUTOSAVE_RETRY_MS = 3000;

export function autosavePath(output: string): string {
  return `${output}.autosave.json`;
}

export class EditorApp {
  readonly session: EditorSession;
  readonly config: EditorConfig;
  readonly autosaveFile: string;
  /** when the session was restored from the autosave: its time */
  readonly restoredFrom?: string;
  /** a damaged autosave found at start, renamed to this file (the session then starts from the plan file) */
  readonly autosaveSetAside?: string;
  /** a warning for the terminal (an unusable autosave, …), said in the user's language by the CLI */
  readonly warnings: Said[] = [];
  private readonly jobs = new ProposeJobs();
  private readonly audits = new EditorAudits();
  private savedVersion = 0;
  private dirty = false;
  private topologyText?: string;
  private postcodes?: Map<string, string[]>;
  private autosaveTimer?: NodeJS.Timeout;
  /** the last autosave: written (ok) or why not; a failing one is retried by autosaveTimer */
  private autosaveStatus: { ok: boolean; reason?: Said | string; savedAt?: string } = { ok: true };

  constructor(config: EditorConfig) {
    this.config = config;
    this.autosaveFile = autosavePath(config.output);
    let plan = config.plan;
    let locked: string[] = [];
    const saved = this.readAutosave();
    if (saved) {
      plan = saved.plan;
      locked = saved.locked;
      this.restoredFrom = saved.savedAt;
      this.dirty = saved.dirty;
    }
    this.session = new EditorSession({ zones: config.zones, graph: config.graph, rules: config.rules, plan, locked });
    if (!saved) this.savedVersion = this.session.version;
  }

  // ---------- reading ----------

  state(): StateAnswer {
    const { zones, rules, compare } = this.config;
    const s = this.session;
    const update = s.update();
    this.postcodes ??= postcodesOf(zones.zones.map((z) => z.id));
    const postcodes = this.postcodes;
    return {
      title: this.config.title ?? basename(zones.file),
      lang: this.config.lang,
      // the charter as given: the page says it with the check's catalogue (src/check/wording.ts)
      rules,
      rulesText: describeRulesIn(rules, this.config.lang),
      membersEstimated: zones.members.estimated,
      membersNote: zones.members.estimated ? say(zones.members.description, this.config.lang) : null,
      zones: zones.zones.map((z) => ({
        id: z.id,
        name: z.name,
        members: z.members,
        dep: strOrNull(z.properties.dep ?? z.properties.DEP),
        depName: departementName(String(z.properties.dep ?? z.properties.DEP ?? '')),
        postcodes: postcodes.get(z.id) ?? [],
        ze: strOrNull(z.properties.ze2020),
        zeName: strOrNull(z.properties.ze2020_name),
        respect: rules.respect === undefined ? null : strOrNull(z.properties[rules.respect]),
        within: rules.within === undefined ? null : strOrNull(z.properties[rules.within]),
        parent: strOrNull(z.properties.parent_zone),
      })),
      attributes: zones.attributes
        ? {
            columns: zones.attributes.columns.slice(0, zones.attributes.similar),
            values: zones.zones.map((z) => {
              const row = zones.attributes!.byId.get(z.id) ?? [];
              return Array.from({ length: zones.attributes!.similar }, (_, j) => (Number.isFinite(row[j]) ? row[j]! : null));
            }),
          }
        : null,
      assignment: zones.zones.map((z) => s.sectionOf(z.id) ?? null),
      compare: compare ? { label: compare.label, assignment: zones.zones.map((z) => compare.plan.get(z.id) ?? null) } : null,
      votes: this.config.votes ? say(this.config.votes.description, this.config.lang) : null,
      prefer: this.config.prefer !== undefined,
      files: { plan: this.config.output, autosave: this.autosaveFile },
      restoredFrom: this.restoredFrom ?? null,
      autosaveSetAside: this.autosaveSetAside ?? null,
      dirty: this.dirty,
      job: this.jobs.running()?.status.id ?? null,
      ...update,
      changes: undefined,
    };
  }

  /** The zones' topology (shared arcs, quantized for the page); geometry ids are zone indices. */
  topology(): string {
    this.topologyText ??= JSON.stringify(quantize(this.config.graph.topology as unknown as Topology<Objects<{}>>, 1e6));
    return this.topologyText;
  }

  check(): { report: CheckReport; text: string } {
    const report = this.session.fullCheck();
    // the page gets text, not message ids: the member source said in the page's language
    const json = report.membersNote === undefined ? report : { ...report, membersNote: say(report.membersNote, this.config.lang) };
    return { report: json, text: formatCheckText(report, [], { lang: this.config.lang, rules: this.config.rules }) };
  }

  /** The plan against the old plan (--compare) and the last saved file: pluralism figures and the zones that changed. */
  compare(another?: { label: string; plan: Plan }): CompareAnswer {
    const { zones, rules, votes } = this.config;
    const current = this.session.plan();
    const others: { label: string; plan: Plan }[] = another ? [another] : [];
    if (this.config.compare) others.push(this.config.compare);
    const saved = this.savedPlan();
    if (saved) others.push({ label: basename(this.config.output), plan: saved });
    const seats = new Map(
      this.session
        .sections()
        .filter((s) => s.zones > 0)
        .map((s) => [s.id, s.seats]),
    );
    const cmp = comparePlans(zones, [{ label: 'current', plan: current, seats }, ...others], { rules, votes });
    return {
      scenario: cmp.scenario.description === undefined ? null : say(cmp.scenario.description, this.config.lang),
      plans: cmp.plans.map((p) => ({
        label: p.label,
        sections: p.sections,
        singleListSections: p.singleListSections,
        multiListSections: p.multiListSections,
        listsRepresented: p.listsRepresented,
        gallagher: p.gallagher,
        seats: p.seats,
      })),
      changes: others.map((o) => {
        const m = matchPlans(zones, current, o.plan);
        // sections by name, as the page shows them (a generated id, S01…, by its largest zone)
        const [before, now] = [sectionNamesOf(zones, o.plan), new Map(this.session.sections().map((x) => [x.id, x.name]))];
        const named = (names: Map<string, string>, id: string | undefined) => (id === undefined ? null : (names.get(id) ?? id));
        return {
          label: o.label,
          keptShare: m.keptShare,
          zones: m.changedZones.map((id) => ({ id, name: zones.byId.get(id)!.name, from: named(before, o.plan.get(id)), to: named(now, current.get(id)) })),
        };
      }),
    };
  }

  /** The plan against another plan file (dropped on the page), read as decoupage reads plans, then --compare and the saved file. */
  compareWith(body: CompareBody): CompareAnswer {
    const plan = planFromInput(readPlanText(body.text, body.label, this.config.zones), this.config.zones);
    return this.compare({ label: body.label, plan });
  }

  /** Whether the last autosave was written; when not, why, in the page's language ("not saved: the disk is full"). */
  autosaveState(): AutosaveAnswer {
    const { ok, reason, savedAt } = this.autosaveStatus;
    const why = reason === undefined ? null : say(reason, this.config.lang);
    return {
      ok,
      reason: why,
      message: ok || why === null ? null : fill(PAGE_LABELS.notSaved[this.config.lang], { reason: why }, this.config.lang),
      savedAt: savedAt ?? null,
      file: this.autosaveFile,
    };
  }

  job(id: string): JobStatus | undefined {
    return this.jobs.status(id);
  }

  /** Audit the plan being drawn (it must be valid): sampled in the background, polled with auditStatus. */
  audit(body: AuditBody): AuditStatus {
    if (this.audits.running()) throw new EditError('auditBusy');
    if (!this.session.verdict().ok) throw new EditError('auditInvalid');
    const { zones, graph, rules } = this.config;
    const input = { zones, graph, rules, plan: this.session.plan(), votes: this.config.votes, attributes: attributesOf(zones) };
    return this.audits.start(input, {
      plans: body.plans ?? 2000,
      seed: body.seed ?? this.config.seed ?? 1,
      lang: this.config.lang,
      planFile: this.config.output,
    });
  }

  /** Stop the audit: it is made of the plans sampled so far. */
  cancelAudit(id: string): AuditStatus | undefined {
    return this.audits.cancel(id);
  }

  auditStatus(id: string): AuditStatus | undefined {
    return this.audits.status(id);
  }

  auditReport(id: string): string | undefined {
    return this.audits.report(id, this.config.output);
  }

  // ---------- editing ----------

  move(body: MoveBody): SessionUpdate {
    return this.edited(this.session.move(body.zones, body.section));
  }

  undo(): SessionUpdate {
    return this.edited(this.session.undo());
  }

  redo(): SessionUpdate {
    return this.edited(this.session.redo());
  }

  section(body: SectionBody): SessionUpdate {
    const s = this.session;
    switch (body.op) {
      case 'new':
        return this.edited(s.newSection(body.id));
      case 'rename':
        return this.edited(s.rename(body.id, body.to));
      case 'merge':
        return this.edited(s.merge(body.into, body.from));
      case 'lock':
        return this.edited(s.lock(body.id, body.locked));
      case 'delete':
        return this.edited(s.deleteSection(body.id));
    }
  }

  /** Replace the plan (a plan kept in the page's storage, or a script's), as one undoable step. */
  setPlan(given: PlanBody | PlanBodyInput): SessionUpdate {
    // one schema for every plan that enters (schemas.ts planBody): the plan becomes a Map, zone ids are never object keys
    const body: PlanBody = given.plan instanceof Map ? (given as PlanBody) : planBody.parse(given);
    const plan = body.plan;
    const update = this.session.applyPlan(plan);
    for (const id of body.locked ?? []) if (this.session.sections().some((x) => x.id === id)) this.session.lock(id, true);
    return this.edited(body.locked?.length ? this.session.update(update.changes) : update);
  }

  /** Start a proposal: the whole plan ("propose"), or the zones outside the locked sections ("complete"). */
  propose(body: ProposeBody): JobStatus {
    const { zones, graph, rules } = this.config;
    const s = this.session;
    const lockedSections = new Set(body.mode === 'complete' ? s.lockedSections() : []);
    if (body.mode === 'propose' && s.lockedSections().length) throw new EditError('unlockFirst');
    const free = graph.ids.map((id, i) => i).filter((i) => !lockedSections.has(s.sectionOf(graph.ids[i]) ?? '\u0000'));
    if (free.length === 0) throw new EditError('allLocked');
    const keep = new Set(free);
    const remap = new Map(free.map((i, k) => [i, k]));
    const sub: JobInput = {
      zones: {
        file: zones.file,
        zones: free.map((i) => zones.zones[i]),
        members: zones.members,
        ...(zones.attributes ? { attributes: zones.attributes } : {}),
      },
      graph: {
        ids: free.map((i) => graph.ids[i]),
        neighbors: free.map((i) => graph.neighbors[i].filter((j) => keep.has(j)).map((j) => remap.get(j)!)),
        edges: graph.edges.filter((e) => keep.has(e.a) && keep.has(e.b)).map((e) => ({ ...e, a: remap.get(e.a)!, b: remap.get(e.b)! })),
      },
      rules: rules.sections === undefined ? rules : { ...rules, sections: rules.sections - lockedSections.size },
      seed: body.seed ?? this.config.seed ?? 1,
      lang: this.config.lang,
      lock:
        body.mode === 'complete' && body.keepAssignments
          ? free.map((i) => [graph.ids[i], s.sectionOf(graph.ids[i])] as [string, string | undefined]).filter((x): x is [string, string] => x[1] !== undefined)
          : undefined,
      prefer: this.config.prefer
        ? free
            .map((i) => [graph.ids[i], this.config.prefer!.get(graph.ids[i])] as [string, string | undefined])
            .filter((x): x is [string, string] => x[1] !== undefined)
        : undefined,
    };
    return this.jobs.start(body.mode, sub, (proposal) => {
      // locked sections keep their names: a proposed section with the same id is renamed
      const taken = new Set(lockedSections);
      const rename = new Map<string, string>();
      for (const id of new Set(proposal.values())) {
        let name = id;
        for (let k = 2; taken.has(name); k++) name = `${id}-${k}`;
        taken.add(name);
        rename.set(id, name);
      }
      const plan: Plan = new Map([...proposal].map(([z, sec]) => [z, rename.get(sec)!]));
      for (const id of graph.ids) {
        const sec = s.sectionOf(id);
        if (sec !== undefined && lockedSections.has(sec)) plan.set(id, sec);
      }
      try {
        this.edited(s.applyPlan(plan));
        return undefined;
      } catch (e) {
        if (isInputError(e)) return e.sayIn(this.config.lang);
        if (e instanceof EditError) return e.message;
        throw e;
      }
    });
  }

  cancelJob(id: string): JobStatus | undefined {
    return this.jobs.cancel(id);
  }

  /** Save plan.csv (atomically) where the editor was told to. */
  save(): { file: string; version: number; zones: number } {
    // the editor saves over the plan it opened and reads back what it saved: that file is its own to replace
    releaseInput(this.config.output);
    writeFileAtomic(this.config.output, planToCsv(this.session.plan(), this.config.zones, this.config.csv));
    this.savedVersion = this.session.version;
    this.dirty = false;
    if (this.autosaveTimer) clearTimeout(this.autosaveTimer);
    this.autosaveTimer = undefined;
    this.autosave();
    return { file: this.config.output, version: this.session.version, zones: this.session.plan().size };
  }

  // ---------- downloads ----------

  download(name: string): Download | undefined {
    const { zones, graph, rules, lang, votes, compare } = this.config;
    const plan = this.session.plan();
    switch (name) {
      case 'plan.csv':
        return { type: 'text/csv; charset=utf-8', name, data: planToCsv(plan, zones, this.config.csv) };
      case 'sections.geojson':
        return {
          type: 'application/geo+json',
          name,
          data: geojsonText(dissolveSections(zones, plan, { report: this.session.fullCheck(), topology: graph.topology })),
        };
      case 'report.html':
      case 'map.png': {
        const input = assembleReport(zones, graph, plan, rules, {
          lang,
          votes,
          compare: compare ? [compare] : undefined,
          topology: graph.topology,
          title: this.config.title,
        });
        if (name === 'report.html') return { type: 'text/html; charset=utf-8', name, data: renderReport(input) };
        return { type: 'image/png', name, data: renderPng(renderReportAndMap(input).mapSvg, { width: 1600 }) };
      }
      default:
        return undefined;
    }
  }

  /** Stop the proposal jobs and write the pending autosave. */
  async close(): Promise<void> {
    await this.jobs.close();
    this.flushAutosave();
  }

  /** Write the autosave now if an edit is waiting for it. */
  flushAutosave(): void {
    if (!this.autosaveTimer) return;
    clearTimeout(this.autosaveTimer);
    this.autosaveTimer = undefined;
    this.autosave();
  }

  // ---------- internals ----------

  /** After an edit: unsaved work, autosaved a moment later (edits in quick succession are written once). */
  private edited(update: SessionUpdate): SessionUpdate {
    if (this.session.version !== this.savedVersion) this.dirty = true;
    if (!this.autosaveTimer) {
      this.autosaveTimer = setTimeout(() => {
        this.autosaveTimer = undefined;
        this.autosave();
      }, AUTOSAVE_DELAY_MS);
      this.autosaveTimer.unref?.();
    }
    return update;
  }

  /**
   * Write the autosave. It never throws: a folder gone read-only or a full disk leaves the plan in memory, the
   * page shows why (GET /api/autosave), the terminal is told once, and it is tried again every few seconds
   * until it works (the terminal is told that too).
   */
  private autosave(): void {
    const text = JSON.stringify({
      format: 'decoupage-editor-autosave',
      zonesFile: basename(this.config.zones.file),
      zoneCount: this.config.zones.zones.length,
      savedAt: new Date().toISOString(),
      dirty: this.dirty,
      plan: [...this.session.plan()],
      locked: this.session.lockedSections(),
    });
    const was = this.autosaveStatus.ok;
    try {
      writeFileAtomic(this.autosaveFile, text);
      this.autosaveStatus = { ok: true, savedAt: new Date().toISOString() };
      if (!was) this.config.notify?.(said('plan.serve.autosaveBack', { file: this.autosaveFile }));
    } catch (e) {
      const reason = isInputError(e) ? e.problem : describeFsError(e);
      this.autosaveStatus = { ok: false, reason, savedAt: this.autosaveStatus.savedAt };
      if (was) {
        const seconds = Math.max(1, Math.round(this.retryMs() / 1000));
        this.config.notify?.(said('plan.serve.autosaveFailed', { file: this.autosaveFile, cause: reason, seconds }));
      }
      if (!this.autosaveTimer) {
        this.autosaveTimer = setTimeout(() => {
          this.autosaveTimer = undefined;
          this.autosave();
        }, this.retryMs());
        this.autosaveTimer.unref?.();
      }
    }
  }

  private retryMs(): number {
    return this.config.autosaveRetryMs ?? AUTOSAVE_RETRY_MS;
  }

  /**
   * The autosave left by a previous run, read with the schema of POST /api/plan. One that cannot be used (not
   * JSON, another format, a section that is no name, a zone of another layer) is set aside, renamed so that
   * nothing is lost, and said in the terminal and the page; the session then starts from the plan file.
   */
  private readAutosave(): Autosave | undefined {
    if (!existsSync(this.autosaveFile)) return undefined;
    const setAside = (why: Said | string): undefined => {
      const aside = `${this.autosaveFile}.damaged-${new Date().toISOString().replace(/[:.]/g, '-')}.json`;
      try {
        renameSync(this.autosaveFile, aside);
        (this as { autosaveSetAside?: string }).autosaveSetAside = aside;
        this.warnings.push(said('plan.serve.autosaveSetAside', { file: this.autosaveFile, cause: why, aside: basename(aside) }));
      } catch (e) {
        this.warnings.push(said('plan.serve.autosaveNotRestored', { file: this.autosaveFile, cause: why }));
        this.warnings.push(said('load.out.cannot', { problem: describeFsError(e) }));
      }
      return undefined;
    };
    let raw: unknown;
    try {
      const text = readFileSync(this.autosaveFile, 'utf8');
      if (jsonTooDeep(text) !== undefined) return setAside(said('plan.serve.autosaveNotJson'));
      raw = JSON.parse(text);
    } catch (e) {
      return setAside(isInputError(e) ? e.problem : e instanceof SyntaxError ? said('plan.serve.autosaveNotJson') : describeFsError(e));
    }
    if (typeof raw !== 'object' || raw === null || (raw as { format?: unknown }).format !== 'decoupage-editor-autosave')
      return setAside(said('plan.serve.notAutosave'));
    const parsed = autosaveFile.safeParse(raw);
    if (!parsed.success) return setAside(describeZodError(parsed.error));
    const a = parsed.data;
    for (const z of a.plan.keys())
      if (!this.config.zones.byId.has(z)) return setAside(said('plan.serve.autosaveUnknownZone', { zone: z, file: basename(this.config.zones.file) }));
    return { plan: a.plan, locked: a.locked, savedAt: a.savedAt ?? '?', dirty: a.dirty ?? true };
  }

  private savedPlan(): Plan | undefined {
    if (!existsSync(this.config.output)) return undefined;
    try {
      return planFromInput(readPlan(this.config.output, this.config.zones), this.config.zones, { allowMissing: true });
    } catch {
      return undefined;
    }
  }
}

function strOrNull(v: unknown): string | null {
  return v === null || v === undefined || v === '' ? null : String(v);
}
