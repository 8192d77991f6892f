/** What `decoupage seats` prints, and the seat rule every output says (SectionSeats.rule). */
import type { Table } from './message.js';

export const SEATS_LABELS = {
  // the seat rule, from its figures ({method}: the method's long name, src/messages/methods.ts)
  'rule.perSeat': {
    en: '1 seat per {n} {n:member|members}, rounded down (remainders are dropped: a section of {example} {example:member|members} elects 6)',
    fr: 'un délégué pour {n} {n:adhérent|adhérents}, arrondi à l’entier inférieur (les restes sont perdus : une section de {example} {example:adhérent|adhérents} en élit 6)',
  },
  'rule.total': {
    en: '{n} {n:seat|seats} by {method}',
    fr: '{n} {n:délégué|délégués} au total, {n:réparti|répartis} entre les sections selon la méthode {method}',
  },
  'rule.total.minDivisor': {
    en: '{n} {n:seat|seats} by {method}; every section first gets {min} {min:seat|seats}, the remaining seats go one by one to the highest priority members / divisor, counting the seats already held (a section of 30,000 members gets more of them than one of 12,000)',
    fr: '{n} {n:délégué|délégués} au total, {n:réparti|répartis} entre les sections selon la méthode {method} ; chaque section en reçoit d’abord {min}, puis les autres sont attribués un à un à la plus forte priorité adhérents / diviseur, compte tenu des délégués déjà obtenus (une section de 30 000 adhérents en obtient plus qu’une de 12 000)',
  },
  'rule.total.minHamilton': {
    en: '{n} {n:seat|seats} by {method}; every section first gets {min} {min:seat|seats}, the remaining seats go by largest remainder of members (a section of 30,000 members gets more of them than one of 12,000)',
    fr: '{n} {n:délégué|délégués} au total, {n:réparti|répartis} entre les sections selon la méthode {method} ; chaque section en reçoit d’abord {min}, puis les autres vont aux plus forts restes des adhérents (une section de 30 000 adhérents en obtient plus qu’une de 12 000)',
  },
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
    fr: '  de {min} à {max} {max:adhérent|adhérents} par délégué (rapport {ratio} ; 1 = parfait).',
  },
  noSeats: {
    en: '  {n} {n:section|sections} with members {n:elects|elect} nobody.',
    fr: '  {n} {n:section|sections} avec des adhérents {n:n’élit|n’élisent} personne.',
  },
  tie: { en: 'Tie: {tie}.', fr: 'Égalité : {tie}.' },
  estimated: {
    en: 'Member figures are ESTIMATES (see the member options), so the seats are estimates too.',
    fr: 'Les effectifs sont des ESTIMATIONS (voir les options d’effectifs) : les délégués le sont donc aussi.',
  },
} as const satisfies Table;
