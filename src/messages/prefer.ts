/** What `propose --prefer` says about members who keep their section. */
import type { Table } from './message.js';

export const PREFER_LABELS = {
  kept: {
    en: 'Kept from {file}: {share} of the members stay in their section ({before} before preferring it; {moved} zone(s) moved back).',
    fr: 'Repris de {file} : {share} des adhérents restent dans leur section ({before} avant d’en tenir compte ; {moved} zone(s) rendue(s)).',
  },
} as const satisfies Table;
