/**
 * The one message catalogue: every sentence decoupage shows, by namespace, English and French side by side
 * (tests/messages/catalogue.test.ts fails when a message lacks a language or its placeholders differ).
 * A message id is "namespace.key", e.g. "load.duplicateId". No I/O here: the editor page bundles it.
 */
import { ERROR_MESSAGES } from './error.js';
import { LOAD_MESSAGES } from './load.js';
import { PLAN_MESSAGES } from './plan.js';
import { CLI_MESSAGES } from './cli.js';
import { HELP_MESSAGES } from './help.js';
import { OUTPUT_MESSAGES } from './output.js';
import { CHECK_MESSAGES } from './check.js';
import { CHECK_TEXT_LABELS } from './checkText.js';
import { DEMO_LABELS } from './demo.js';
import { EDIT_MESSAGES } from './edit.js';
import { FIELD_LABELS } from './fields.js';
import { HOMOGENEITY_MESSAGES } from './homogeneity.js';
import { AUDIT_MESSAGES } from './audit.js';
import { LINK_LABELS } from './links.js';
import { MEMBERS_LABELS } from './members.js';
import { METHOD_NAMES } from './methods.js';
import { PAGE_LABELS } from './page.js';
import { PLURALISM_LABELS } from './pluralism.js';
import { PREFER_LABELS } from './prefer.js';
import { PROPOSE_LABELS } from './propose.js';
import { REPORT_MESSAGES } from './report.js';
import { REPORT_CLI_LABELS } from './reportCli.js';
import { SEATS_LABELS } from './seats.js';
import { SERVE_LABELS } from './serve.js';
import { CARRY_LABELS } from './units.js';
import { PARTLY_LABELS } from './unitsPartly.js';
import type { Message } from './message.js';

export const CATALOGUE = {
  /** how an error or a warning is laid out: where, what, what to do */
  error: ERROR_MESSAGES,
  /** reading files: zones, tables, plans, registers, encodings, geometry, official layers (src/load, src/io, src/members) */
  load: LOAD_MESSAGES,
  /** rules, graph, propose, seats, check, pluralism, export, report, editor session: problems found in the figures */
  plan: PLAN_MESSAGES,
  /** the command line: options and their values, commands (src/cli) */
  cli: CLI_MESSAGES,
  /** --help of every command and option */
  help: HELP_MESSAGES,
  /** what commands print: info, graph, export, import, serve… */
  output: OUTPUT_MESSAGES,
  // what each command prints, and the report's and the editor page's words
  check: CHECK_MESSAGES,
  checkText: CHECK_TEXT_LABELS,
  seats: SEATS_LABELS,
  pluralism: PLURALISM_LABELS,
  propose: PROPOSE_LABELS,
  prefer: PREFER_LABELS,
  links: LINK_LABELS,
  members: MEMBERS_LABELS,
  demo: DEMO_LABELS,
  units: CARRY_LABELS,
  unitsPartly: PARTLY_LABELS,
  report: REPORT_MESSAGES,
  reportCli: REPORT_CLI_LABELS,
  serve: SERVE_LABELS,
  edit: EDIT_MESSAGES,
  page: PAGE_LABELS,
  method: METHOD_NAMES,
  field: FIELD_LABELS,
  /** attributes sections should share, R², max-spread, the unemployment importer (src/homogeneity) */
  homogeneity: HOMOGENEITY_MESSAGES,
  /** the ensemble of valid plans under the same charter: decoupage audit (src/audit) */
  audit: AUDIT_MESSAGES,
} as const;

type Catalogue = typeof CATALOGUE;
/** Every message id: "namespace.key". */
export type MessageId = { [N in keyof Catalogue]: `${N & string}.${keyof Catalogue[N] & string}` }[keyof Catalogue];

/** The message of an id (an unknown id is a bug, and says so loudly). */
export function messageOf(id: MessageId): Message {
  const dot = id.indexOf('.');
  const table = (CATALOGUE as unknown as Record<string, Record<string, Message>>)[id.slice(0, dot)];
  const m = table?.[id.slice(dot + 1)];
  if (!m) throw new Error(`no message "${id}" in the catalogue`);
  return m;
}
