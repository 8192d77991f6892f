import type { Topology } from 'topojson-specification';
import type { SectionSeats } from '../apportion/index.js';
import type { CheckReport } from '../check/index.js';
import type { Rules } from '../core/rules.js';
import type { Plan, ZoneSet } from '../core/types.js';
import type { Lang } from './i18n.js';
import type { SectionBound } from '../propose/types.js';
import type { Said } from '../messages/index.js';
import type { ReportHomogeneity } from './homogeneity.js';

/**
 * The list-vote outcome of one plan under a vote scenario, as the report draws it. Structural, so that
 * the pluralism module's result (or a hand-made object) can be passed as it is.
 */
export interface ReportPluralism {
  /** seat allocation method inside sections, e.g. "dhondt" or "hare" */
  method: string;
  /** list names, in display order */
  lists: string[];
  /** overall vote share of each list (0–1), when known */
  votes?: Record<string, number>;
  sections: { section: string; seats: number; seatsByList: Record<string, number> }[];
  totals: {
    seatsByList: Record<string, number>;
    listsRepresented: number;
    /** Gallagher least-squares index, in % */
    gallagher?: number;
    effectiveListsByVotes?: number;
    effectiveListsBySeats?: number;
    /** share of votes (0–1) that elected nobody */
    wastedShare?: number;
  };
  /** where the vote shares come from */
  scenario?: ScenarioInfo;
}

export interface ScenarioInfo {
  /** a message of the catalogue, or words given by code */
  description: Said | string;
  /** the built-in example scenario (the report then says so in its own language) */
  isDefault?: boolean;
}

/** Several plans under the same vote scenario, side by side. */
export interface ReportComparison {
  scenario?: ScenarioInfo;
  plans: ReportComparedPlan[];
}

/**
 * One plan of the comparison. The figures after `wastedShare` are optional so that a comparison made
 * elsewhere still renders; assembleReport fills them (see src/report/comparison.ts), and the report then
 * says in words which plan does better on what.
 */
export interface ReportComparedPlan {
  label: string;
  sections: number;
  /** sections where more than one list wins a seat */
  multiListSections: number;
  listsRepresented: number;
  /** Gallagher index, in % */
  gallagher?: number;
  /** share of votes (0–1) that elected nobody */
  wastedShare?: number;
  /** sections where a single list (or none) wins every seat */
  singleListSections?: number;
  effectiveListsBySeats?: number;
  /** delegates in all */
  seats?: number;
  /** members in all (the same zones: the same total, unless a plan leaves zones out) */
  members?: number;
  /** the plan is the one the report is about */
  isReported?: boolean;
  /** the plan itself, to draw its map beside the reported one */
  plan?: Plan;
  /** its check under the same rules: the ids of the rules it breaks (empty: compliant) */
  brokenRules?: string[];
}

/** Everything the report can show; only zones, plan and lang are needed, the rest adds sections. */
export interface ReportInput {
  zones: ZoneSet;
  plan: Plan;
  lang: Lang;
  title?: string;
  rules?: Rules;
  /** the verdict of checkPlan: rule verdicts and per-section figures */
  check?: CheckReport;
  /** seats per section with the rule used and the malapportionment indices */
  seats?: SectionSeats;
  pluralism?: ReportPluralism;
  comparison?: ReportComparison;
  /** when the report was made (default now); fixed in tests */
  generatedAt?: Date;
  /** shown in the footer (default: the zones file) */
  source?: string;
  /** the zones' shared-arc topology when already built (graph.topology), so the map does not build it again */
  topology?: Topology;
  /** what the organisation calls its members ("sociétaires", "adhérents"); default members / adhérents */
  membersWord?: string;
  /** names of zone properties in prose, plural ("dep" → "départements"); dep and reg are known */
  fieldLabels?: Record<string, string>;
  /** where the zones come from, shown as "Source: …" under the map, e.g. "Insee, zones d'emploi 2020" */
  credit?: string;
  /** the proved upper bound on the number of sections (propose): the report says how far the plan is from it */
  bound?: SectionBound;
  /** how alike the zones of each section are (--attributes): reportHomogeneity (src/report/homogeneity.ts) */
  homogeneity?: ReportHomogeneity;
}
