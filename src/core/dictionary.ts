/**
 * Every label of the report, and the rule, seat and method sentences that the text outputs of check,
 * seats and pluralism share with it, in English and French. Both languages are typed against the same key
 * list, so a label missing in one language is a compile error (and a test checks none is empty).
 * Placeholders are written {name} and filled by `t`.
 */
import { fill, isLang, LANGS, localeOf, numberFormat, type Labels, type Lang } from './i18n.js';

// the languages and number formats are shared with the CLI's text outputs (./i18n.ts)
export { isLang, LANGS, type Lang };

const en = {
  defaultTitle: 'Electoral sections',
  subtitle: '{sections} sections built from {zones} zones',
  generated: 'Generated on {date} by decoupage {version}',
  dataSource: 'Zones: {file}',
  membersSource: 'Members: {description}',
  // summary cards
  cardSections: 'Sections',
  cardZones: 'Zones',
  cardMembers: 'Members',
  cardSeats: 'Delegates',
  cardVerdict: 'Verdict',
  planCompliant: 'Compliant',
  planNotCompliant: 'Breaks a rule',
  planNotChecked: 'Not checked',
  // members origin
  membersEstimated: 'Member counts are estimates',
  membersEstimatedText: 'The member figures in this report are estimates, not counts: {description}.',
  membersPartlyEstimated: 'Some member counts are estimates',
  membersPartlyEstimatedText:
    'Only the member figures of the {units} units of split zone {zones} are estimates (the zone\'s count shared among them), and so are the figures of the sections that hold them: {sections}. Every other figure is a count: {description}.',
  membersCounted: 'Member counts come from the source data: {description}.',
  // rules in words
  rulesHeading: 'Rules',
  ruleMinMembers: 'Every section has at least {n} members.',
  ruleMaxMembers: 'No section has more than {n} members.',
  ruleMinSeats: 'Every section elects at least {n} delegates.',
  ruleMembersPerSeat: 'One delegate per {n} members (rounded down).',
  ruleTotalSeats: '{n} delegates in all, shared between sections by the {method} method, each section first receiving its minimum.',
  ruleSections: 'Exactly {n} sections.',
  ruleWithin: 'Sections never cross the boundaries of “{prop}”.',
  ruleRespect: 'Sections cross the boundaries of “{prop}” only when the thresholds require it.',
  ruleContiguous: 'Every section is made of contiguous zones (explicit links count as contiguity).',
  noRules: 'No rules were given; figures are shown without a verdict.',
  // map
  mapHeading: 'Map of the sections',
  mapCaption: 'Thick lines: section borders. Thin grey lines: zone borders.',
  legend: 'Sections',
  unassigned: 'No section',
  // sections table
  sectionsHeading: 'Sections',
  colSection: 'Section',
  colZones: 'Zones',
  colMembers: 'Members',
  colSeats: 'Delegates',
  colMembersPerSeat: 'Members per delegate',
  colCompactness: 'Compactness',
  colCrossed: 'Boundaries crossed',
  colVerdict: 'Verdict',
  compactnessNote: 'Compactness is the Polsby-Popper score (1 = a disc, near 0 = a long or jagged shape).',
  none: 'none',
  total: 'Total',
  pass: 'Pass',
  fail: 'Fail',
  notApplicable: '—',
  // rule verdicts
  verdictsHeading: 'Rule verdicts',
  colRule: 'Rule',
  colResult: 'Result',
  colDetails: 'Details',
  verdictsNotChecked: 'The plan was not checked against the rules.',
  'rule_assignment': 'Every zone in exactly one section',
  'rule_contiguity': 'Contiguous sections',
  'rule_min-members': 'Minimum members',
  'rule_max-members': 'Maximum members',
  'rule_min-seats': 'Minimum delegates',
  'rule_section-count': 'Number of sections',
  'rule_within': 'Hard boundaries',
  'rule_respect': 'Preferred boundaries',
  allSectionsPass: 'All {n} sections meet this rule.',
  sectionsFail: '{n} section(s) break this rule: {list}.',
  zonesFail: '{n} zone(s) concerned: {list}.',
  assignmentOk: 'All {n} zones are in exactly one section.',
  sectionCountDetail: '{value} sections, {limit} required.',
  respectDetail: '{n} section(s) cross these boundaries: {list}.',
  respectNone: 'No section crosses these boundaries.',
  info: 'Information',
  problemSplit: 'in {n} separate pieces',
  problemFewMembers: '{value} members, below {limit}',
  problemFewSeats: '{value} delegates, below {limit}',
  problemManyMembers: '{value} members, above {limit}',
  problemWithin: 'crosses “{prop}”: {values}',
  // seats
  seatsHeading: 'Delegates per section',
  seatsRule: 'Rule used: {rule}.',
  colDeviation: 'Deviation from average',
  malapportionment: 'Loosemore-Hanby index: {lh} (0 = each section’s share of delegates equals its share of members).',
  seatsRange: 'Members per delegate range from {min} to {max} (ratio {ratio}).',
  seatsTies: 'Ties reported by the apportionment: {list}.',
  // pluralism
  pluralismHeading: 'Pluralism of the list vote',
  pluralismIntro: 'Seats each list would win in every section under the vote scenario ({method}).',
  colList: 'List',
  colVotes: 'Votes',
  colSeatsWon: 'Seats won',
  colListsRepresented: 'Lists represented',
  pluralismListsRepresented: 'Lists represented overall: {n}.',
  pluralismGallagher: 'Gallagher disproportionality index: {v} (0 = seats exactly proportional to votes).',
  pluralismEnp: 'Effective number of lists: {votes} by votes, {seats} by seats.',
  pluralismWasted: 'Share of votes that elected nobody: {v}.',
  scenarioLine: 'Vote scenario: {description}.',
  scenarioDefault: 'built-in example (no votes file given): 4 lists at 40 / 30 / 20 / 10 % in every zone',
  comparisonHeading: 'Comparison of plans',
  comparisonIntro: 'The same vote scenario applied to each plan.',
  colPlan: 'Plan',
  colSectionsMultiList: 'Sections electing more than one list',
  colGallagher: 'Gallagher index',
  colWasted: 'Votes electing nobody',
  // footer
  footerNote: 'Every figure in this report can be traced to the plan CSV and the sections GeoJSON written by decoupage.',
} as const;

export type LabelKey = keyof typeof en;

const fr: Record<LabelKey, string> = {
  defaultTitle: 'Sections électorales',
  subtitle: '{sections} sections formées à partir de {zones} zones',
  generated: 'Généré le {date} par decoupage {version}',
  dataSource: 'Zones : {file}',
  membersSource: 'Adhérents : {description}',
  cardSections: 'Sections',
  cardZones: 'Zones',
  cardMembers: 'Adhérents',
  cardSeats: 'Délégués',
  cardVerdict: 'Verdict',
  planCompliant: 'Conforme',
  planNotCompliant: 'Règle non respectée',
  planNotChecked: 'Non vérifié',
  membersEstimated: 'Les effectifs sont des estimations',
  membersEstimatedText: 'Les effectifs de ce rapport sont des estimations, pas des décomptes : {description}.',
  membersPartlyEstimated: 'Une partie des effectifs sont des estimations',
  membersPartlyEstimatedText:
    'Seuls les effectifs des {units} unités de la zone découpée {zones} sont des estimations (l\'effectif de la zone réparti entre elles), et donc aussi ceux des sections qui les contiennent : {sections}. Tous les autres effectifs sont des décomptes : {description}.',
  membersCounted: 'Les effectifs proviennent des données sources : {description}.',
  rulesHeading: 'Règles',
  ruleMinMembers: 'Chaque section compte au moins {n} adhérents.',
  ruleMaxMembers: 'Aucune section ne dépasse {n} adhérents.',
  ruleMinSeats: 'Chaque section élit au moins {n} délégués.',
  ruleMembersPerSeat: 'Un délégué pour {n} adhérents (arrondi à l’entier inférieur).',
  ruleTotalSeats: '{n} délégués au total, répartis entre les sections selon la méthode {method}, chaque section recevant d’abord son minimum.',
  ruleSections: 'Exactement {n} sections.',
  ruleWithin: 'Les sections ne franchissent jamais les limites de « {prop} ».',
  ruleRespect: 'Les sections ne franchissent les limites de « {prop} » que lorsque les seuils l’imposent.',
  ruleContiguous: 'Chaque section est d’un seul tenant (les liaisons explicites comptent comme contiguïté).',
  noRules: 'Aucune règle n’a été fournie : les chiffres sont présentés sans verdict.',
  mapHeading: 'Carte des sections',
  mapCaption: 'Traits épais : limites des sections. Traits gris fins : limites des zones.',
  legend: 'Sections',
  unassigned: 'Sans section',
  sectionsHeading: 'Sections',
  colSection: 'Section',
  colZones: 'Zones',
  colMembers: 'Adhérents',
  colSeats: 'Délégués',
  colMembersPerSeat: 'Adhérents par délégué',
  colCompactness: 'Compacité',
  colCrossed: 'Limites franchies',
  colVerdict: 'Verdict',
  compactnessNote: 'La compacité est l’indice de Polsby-Popper (1 = un disque, proche de 0 = une forme allongée ou découpée).',
  none: 'aucune',
  total: 'Total',
  pass: 'Respectée',
  fail: 'Non respectée',
  notApplicable: '—',
  verdictsHeading: 'Respect des règles',
  colRule: 'Règle',
  colResult: 'Résultat',
  colDetails: 'Détails',
  verdictsNotChecked: 'Le découpage n’a pas été vérifié au regard des règles.',
  'rule_assignment': 'Chaque zone dans une et une seule section',
  'rule_contiguity': 'Sections d’un seul tenant',
  'rule_min-members': 'Effectif minimal',
  'rule_max-members': 'Effectif maximal',
  'rule_min-seats': 'Nombre minimal de délégués',
  'rule_section-count': 'Nombre de sections',
  'rule_within': 'Limites à ne pas franchir',
  'rule_respect': 'Limites à respecter si possible',
  allSectionsPass: 'Les {n} sections respectent cette règle.',
  sectionsFail: '{n} section(s) ne respectent pas cette règle : {list}.',
  zonesFail: '{n} zone(s) concernée(s) : {list}.',
  assignmentOk: 'Les {n} zones sont chacune dans une et une seule section.',
  sectionCountDetail: '{value} sections pour {limit} demandées.',
  respectDetail: '{n} section(s) franchissent ces limites : {list}.',
  respectNone: 'Aucune section ne franchit ces limites.',
  info: 'Information',
  problemSplit: 'en {n} morceaux séparés',
  problemFewMembers: '{value} adhérents, moins de {limit}',
  problemFewSeats: '{value} délégués, moins de {limit}',
  problemManyMembers: '{value} adhérents, plus de {limit}',
  problemWithin: 'franchit « {prop} » : {values}',
  seatsHeading: 'Délégués par section',
  seatsRule: 'Règle appliquée : {rule}.',
  colDeviation: 'Écart à la moyenne',
  malapportionment: 'Indice de Loosemore-Hanby : {lh} (0 = la part de délégués de chaque section égale sa part d’adhérents).',
  seatsRange: 'Le nombre d’adhérents par délégué va de {min} à {max} (rapport {ratio}).',
  seatsTies: 'Égalités signalées lors de la répartition : {list}.',
  pluralismHeading: 'Pluralisme du scrutin de liste',
  pluralismIntro: 'Sièges que chaque liste obtiendrait dans chaque section selon le scénario de vote ({method}).',
  colList: 'Liste',
  colVotes: 'Voix',
  colSeatsWon: 'Sièges obtenus',
  colListsRepresented: 'Listes représentées',
  pluralismListsRepresented: 'Listes représentées au total : {n}.',
  pluralismGallagher: 'Indice de disproportionnalité de Gallagher : {v} (0 = sièges exactement proportionnels aux voix).',
  pluralismEnp: 'Nombre effectif de listes : {votes} en voix, {seats} en sièges.',
  pluralismWasted: 'Part des voix n’ayant élu personne : {v}.',
  scenarioLine: 'Scénario de vote : {description}.',
  scenarioDefault: 'exemple intégré (aucun fichier de votes fourni) : 4 listes à 40 / 30 / 20 / 10 % dans chaque zone',
  comparisonHeading: 'Comparaison des découpages',
  comparisonIntro: 'Le même scénario de vote appliqué à chaque découpage.',
  colPlan: 'Découpage',
  colSectionsMultiList: 'Sections élisant plus d’une liste',
  colGallagher: 'Indice de Gallagher',
  colWasted: 'Voix n’ayant élu personne',
  footerNote: 'Chaque chiffre de ce rapport se retrouve dans le CSV du découpage et le GeoJSON des sections écrits par decoupage.',
};

export const DICTIONARY: Labels<LabelKey> = { en, fr };

/** Names of apportionment methods as each language calls them. */
export const METHOD_NAMES: Record<Lang, Record<string, string>> = {
  en: {
    dhondt: 'D’Hondt',
    'sainte-lague': 'Sainte-Laguë',
    hamilton: 'Hamilton (largest remainder)',
    hare: 'Hare largest remainder',
    'huntington-hill': 'Huntington-Hill',
    adams: 'Adams',
  },
  fr: {
    dhondt: 'D’Hondt (plus forte moyenne)',
    'sainte-lague': 'Sainte-Laguë',
    hamilton: 'Hamilton (plus fort reste)',
    hare: 'plus fort reste (quotient de Hare)',
    'huntington-hill': 'Huntington-Hill',
    adams: 'Adams',
  },
};

/** Translator and number formatters for one language. */
export interface Translator {
  lang: Lang;
  t(key: LabelKey, params?: Record<string, string | number>): string;
  /** whole number with the language's grouping: "10,000" / "10 000" */
  int(n: number): string;
  /** number with a fixed count of decimals: "0.42" / "0,42" */
  dec(n: number, digits?: number): string;
  /** share as a percentage: "12.5 %" / "12,5 %" */
  pct(share: number, digits?: number): string;
  method(id: string): string;
  date(d: Date): string;
}

export function translator(lang: Lang): Translator {
  const dict = DICTIONARY[lang];
  const locale = localeOf(lang);
  const nf = numberFormat(lang);
  return {
    lang,
    // params are inserted as they are: the caller escapes them (labels themselves contain no markup)
    t: (key, params = {}) => fill(dict[key], params),
    int: nf.int,
    dec: nf.dec,
    pct: nf.pct,
    method: (id) => METHOD_NAMES[lang][id] ?? id,
    date: (d) => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }).format(d) + ' UTC',
  };
}
