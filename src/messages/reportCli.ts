/** What `decoupage report` prints. */
import type { Table } from './message.js';

export const REPORT_CLI_LABELS = {
  ok: { en: 'the plan meets every rule', fr: 'le découpage respecte toutes les règles' },
  broken: { en: 'the plan breaks {n} {n:rule|rules}', fr: 'le découpage ne respecte pas {n} {n:règle|règles}' },
  written: { en: 'Report written to {file}: {n} {n:section|sections}, {verdict}.', fr: 'Rapport écrit dans {file} : {n} {n:section|sections}, {verdict}.' },
  map: { en: 'Map written to {file}.', fr: 'Carte écrite dans {file}.' },
} as const satisfies Table;
