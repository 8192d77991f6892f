/** What `decoupage pluralism` prints. */
import type { Table } from './message.js';

export const PLURALISM_LABELS = {
  scenario: { en: 'Vote scenario: {description}.', fr: 'Scénario de vote : {description}.' },
  illustration: {
    en: '  (This is an illustration, not a forecast: give real figures with --votes votes.csv.)',
    fr: '  (Ceci est une illustration, pas une prévision : donnez des chiffres réels avec --votes votes.csv.)',
  },
  overall: { en: 'Overall vote shares: {shares}.', fr: 'Parts des voix sur l’ensemble : {shares}.' },
  seatsPerSection: { en: 'Seats per section: {rule}.', fr: 'Délégués par section : {rule}.' },
  seatsInside: { en: 'Seats inside each section: {method}.', fr: 'Répartition des sièges dans chaque section : {method}.' },
  section: { en: 'section', fr: 'section' },
  members: { en: 'members', fr: 'adhérents' },
  seats: { en: 'seats', fr: 'sièges' },
  lists: { en: 'lists', fr: 'listes' },
  wasted: { en: 'wasted', fr: 'voix perdues' },
  sureSeat: { en: 'sure seat', fr: 'siège assuré' },
  effThreshold: { en: 'eff. threshold', fr: 'seuil effectif' },
  total: { en: 'total', fr: 'total' },
  sureNote: {
    en: '"sure seat": a list above this share of the section\'s votes is sure to win a seat (threshold of exclusion);',
    fr: '« siège assuré » : une liste au-dessus de cette part des voix de la section est sûre d’obtenir un siège (seuil d’exclusion) ;',
  },
  effNote: {
    en: '"eff. threshold": the share at which lists typically start winning seats (Taagepera: 75 % / (seats + 1)).',
    fr: '« seuil effectif » : la part à partir de laquelle les listes obtiennent en général des sièges (Taagepera : 75 % / (sièges + 1)).',
  },
  multiList: { en: 'Sections electing more than one list: {n} of {total}.', fr: 'Sections élisant plus d’une liste : {n} sur {total}.' },
  represented: { en: 'Lists represented: {n} of {total}.', fr: 'Listes représentées : {n} sur {total}.' },
  wastedLine: { en: 'Votes that elected nobody (wasted): {v}.', fr: 'Voix n’ayant élu personne (perdues) : {v}.' },
  gallagherLine: {
    en: 'Gallagher disproportionality index: {v} (0 = seats exactly proportional to votes).',
    fr: 'Indice de disproportionnalité de Gallagher : {v} (0 = sièges exactement proportionnels aux voix).',
  },
  enpLine: {
    en: 'Effective number of lists: {votes} by votes, {seats} by seats (Laakso-Taagepera).',
    fr: 'Nombre effectif de listes : {votes} en voix, {seats} en sièges (Laakso-Taagepera).',
  },
  ties: {
    en: 'Equal averages inside sections, settled by the French rule (the list with more votes wins the seat; art. L. 262 / L. 338 of the Code électoral): {list}.',
    fr: 'Moyennes égales dans des sections, départagées par la règle française (le siège revient à la liste qui a le plus de voix ; art. L. 262 / L. 338 du Code électoral) : {list}.',
  },
  openTies: {
    en: 'Equal averages AND equal votes inside sections: by law the seat goes to the oldest candidate, unknown here, so list order gave it provisionally: {list}.',
    fr: 'Moyennes ET voix égales dans des sections : la loi attribue le siège au candidat le plus âgé, inconnu ici ; l’ordre des listes l’a donné provisoirement : {list}.',
  },
  /** one tie inside a section: the lists with equal averages → the ones that got the seats */
  tieIn: { en: '{section}: {candidates} → {winners}', fr: '{section} : {candidates} → {winners}' },
  simulation: {
    en: 'Simulation: {draws} {draws:draw|draws} around the scenario (Dirichlet, concentration {c}, seed {seed}).',
    fr: 'Simulation : {draws} {draws:tirage|tirages} autour du scénario (Dirichlet, concentration {c}, graine {seed}).',
  },
  probability: {
    en: 'Probability that each list wins at least one seat:',
    fr: 'Probabilité que chaque liste obtienne au moins un siège :',
  },
  anywhere: { en: 'anywhere', fr: 'quelque part' },
  simMean: {
    en: 'On average {lists} {lists:list|lists} represented and {sections} {sections:section|sections} electing more than one list.',
    fr: 'En moyenne {lists} {lists:liste représentée|listes représentées} et {sections} {sections:section|sections} élisant plus d’une liste.',
  },
  estimated: {
    en: 'Member figures are ESTIMATES, so seats and outcomes are estimates too.',
    fr: 'Les effectifs sont des ESTIMATIONS : les sièges et les résultats le sont donc aussi.',
  },
  cmpTitle: {
    en: 'Pluralism compared ({scenario}; seats inside sections by {method}):',
    fr: 'Pluralisme comparé ({scenario} ; sièges dans les sections : {method}) :',
  },
  cmpSections: { en: 'sections', fr: 'sections' },
  cmpSeats: { en: 'seats', fr: 'sièges' },
  cmpMulti: { en: 'sections electing more than one list', fr: 'sections élisant plus d’une liste' },
  cmpRepresented: { en: 'lists represented', fr: 'listes représentées' },
  cmpWasted: { en: 'votes that elected nobody', fr: 'voix n’ayant élu personne' },
  cmpGallagher: { en: 'Gallagher index', fr: 'indice de Gallagher' },
  cmpEnp: { en: 'effective number of lists (seats)', fr: 'nombre effectif de listes (sièges)' },
  of: { en: '{n} of {total}', fr: '{n} sur {total}' },
} as const satisfies Table;
