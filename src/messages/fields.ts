/** Zone properties as prose names them, in the plural ("the boundaries between départements"); other properties are named by the label the user gives, else quoted. */
import type { Table } from './message.js';

export const FIELD_LABELS = {
  dep: { en: 'départements', fr: 'départements' },
  deps: { en: 'départements', fr: 'départements' },
  reg: { en: 'régions', fr: 'régions' },
  regs: { en: 'régions', fr: 'régions' },
  ze2020: { en: 'employment zones', fr: 'zones d’emploi' },
} as const satisfies Table;

/** What the members are called when nobody says otherwise. */
export const MEMBERS_WORD = { en: 'members', fr: 'adhérents' } as const;
