/** What `propose --prefer` says about members who keep their section. */
import type { Table } from './message.js';

export const PREFER_LABELS = {
  kept: {
    en: 'Kept from {file}: {share} of the members stay in their section ({before} before preferring it; {moved} {moved:zone|zones} moved back).',
    fr: 'Repris de {file} : {share} des adhérents restent dans leur section ({before} avant d’en tenir compte ; {moved} {moved:zone rendue|zones rendues}).',
  },
} as const satisfies Table;
