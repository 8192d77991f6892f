/** Names of apportionment methods as each language calls them. */
import type { Table } from './message.js';

export const METHOD_NAMES = {
  dhondt: { en: 'D’Hondt', fr: 'D’Hondt (plus forte moyenne)' },
  'sainte-lague': { en: 'Sainte-Laguë', fr: 'Sainte-Laguë' },
  hamilton: { en: 'Hamilton (largest remainder)', fr: 'Hamilton (plus fort reste)' },
  hare: { en: 'Hare largest remainder', fr: 'plus fort reste (quotient de Hare)' },
  'huntington-hill': { en: 'Huntington-Hill', fr: 'Huntington-Hill' },
  adams: { en: 'Adams', fr: 'Adams' },
} as const satisfies Table;
