/** What `decoupage seats` prints. */
import type { Table } from './message.js';

export const SEATS_LABELS = {
  seatsLine: { en: 'Seats: {rule}.', fr: 'Délégués : {rule}.' },
  section: { en: 'section', fr: 'section' },
  zones: { en: 'zones', fr: 'zones' },
  members: { en: 'members', fr: 'adhérents' },
  seats: { en: 'seats', fr: 'délégués' },
  quota: { en: 'quota', fr: 'quotient' },
  membersPerSeat: { en: 'members/seat', fr: 'adhérents/délégué' },
  vsAverage: { en: 'vs average', fr: 'écart à la moyenne' },
  total: { en: 'total', fr: 'total' },
  quotaNote: {
    en: 'quota = the exact proportional share of the seats; "vs average" = members per seat compared with the average ({avg}).',
    fr: 'quotient = la part exactement proportionnelle des délégués ; « écart à la moyenne » = adhérents par délégué comparés à la moyenne ({avg}).',
  },
  lhLine: {
    en: 'Malapportionment: Loosemore-Hanby index {lh} % (share of seats that would have to move for seats to follow members exactly; 0 = perfect);',
    fr: 'Inégalité de représentation : indice de Loosemore-Hanby {lh} % (part des délégués à déplacer pour suivre exactement les effectifs ; 0 = parfait) ;',
  },
  rangeLine: {
    en: '  members per seat from {min} to {max} (ratio {ratio}; 1 = perfect).',
    fr: '  de {min} à {max} adhérents par délégué (rapport {ratio} ; 1 = parfait).',
  },
  noSeats: { en: '  {n} section(s) with members elect nobody.', fr: '  {n} section(s) avec des adhérents n’élisent personne.' },
  tie: { en: 'Tie: {tie}.', fr: 'Égalité : {tie}.' },
  estimated: {
    en: 'Member figures are ESTIMATES (see the member options), so the seats are estimates too.',
    fr: 'Les effectifs sont des ESTIMATIONS (voir les options d’effectifs) : les délégués le sont donc aussi.',
  },
} as const satisfies Table;
