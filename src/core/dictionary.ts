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
  boundOptimal: '{n} sections: no plan meeting these rules can have more.',
  boundGap: '{n} sections; no plan meeting these rules can have more than {max}.',
  generated: 'Generated on {date} by decoupage {version}',
  dataSource: 'Zones: {file}',
  membersSource: '{Members}: {description}',
  creditLine: 'Source: {credit}',
  // summary cards
  cardSections: 'Sections',
  cardZones: 'Zones',
  cardMembers: '{Members}',
  cardSeats: 'Delegates',
  cardVerdict: 'Verdict',
  planCompliant: 'Compliant',
  planNotCompliant: 'Breaks a rule',
  planNotChecked: 'Not checked',
  // members origin
  membersEstimated: 'The numbers of {members} are estimates',
  membersEstimatedText: 'The numbers of {members} in this report are estimates, not counts: {description}.',
  membersPartlyEstimated: 'Some numbers of {members} are estimates',
  membersPartlyEstimatedText:
    'Only the numbers of {members} of the {units} units of split zone {zones} are estimates (the zone’s count shared among them), and so are the figures of the sections that hold them: {sections}. Every other figure is a count: {description}.',
  membersCounted: 'The numbers of {members} come from the source data: {description}.',
  // rules in words
  rulesHeading: 'Rules',
  // the seat rule (the check's catalogue, src/check/wording.ts, has the other rules)
  ruleMembersPerSeat: 'One delegate per {n} {members} (rounded down).',
  ruleTotalSeats: '{n} delegates in all, shared between sections by the {method} method, each section first receiving its minimum.',
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
  colMembers: '{Members}',
  colSeats: 'Delegates',
  colMembersPerSeat: '{Members} per delegate',
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
  allSectionsPass: 'All {n} sections meet this rule.',
  sectionsFail: '{n} section(s) break this rule: {list}.',
  zonesFail: '{n} zone(s) concerned: {list}.',
  assignmentOk: 'All {n} zones are in exactly one section.',
  sectionCountDetail: '{value} sections, {limit} required.',
  respectDetail: '{n} section(s) cross these boundaries: {list}.',
  respectNone: 'No section crosses these boundaries.',
  info: 'Information',
  // seats
  seatsHeading: 'Delegates per section',
  seatsRule: 'Rule used: {rule}.',
  colDeviation: 'Deviation from average',
  malapportionment: 'Loosemore-Hanby index: {lh} (0 = each section’s share of delegates equals its share of {members}).',
  seatsRange: 'The number of {members} per delegate ranges from {min} to {max} (ratio {ratio}).',
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

  // what the indices mean, in one sentence each
  gallagherExplained: 'The Gallagher index measures the gap between each list’s share of the votes and its share of the seats, in percentage points: 0 means seats exactly proportional to votes, and the higher it is, the less proportional.',
  enpExplained: 'The effective number of lists counts the lists weighted by their size: four lists of equal size give 4, one list holding nearly everything gives close to 1.',
  // the comparison in words
  comparisonMeaning: 'What the figures mean, and which plan does better on each',
  comparisonMapsHeading: 'The plans side by side',
  thisPlanLabel: 'Proposed plan',
  onePerValueLabel: '{Prop} (one section each)',
  colCompliant: 'Meets the rules',
  colSectionsSingleList: 'Sections where one list takes every seat',
  colEnpSeats: 'Effective number of lists (seats)',
  colMembersPerSection: '{Members} per section (average)',
  cmpBothComply: 'Both plans meet every rule of the charter: {other} already complies. The choice between them rests on the figures below, not on compliance.',
  cmpOnlyThisComplies: '{this} meets every rule of the charter; {other} does not ({rules}).',
  cmpOnlyOtherComplies: '{other} meets every rule of the charter; {this} does not ({rules}).',
  cmpNoneComplies: 'Neither plan meets every rule of the charter ({this}: {a}; {other}: {b}).',
  cmpSections: 'Sections: {a} against {b}, that is {ma} {members} per section on average against {mb}. More, smaller sections bring the delegates closer to the {members} who elect them: {better} does better on this.',
  cmpSingle: 'Sections where one list takes every seat: {a} against {b}. In such a section the voters of every other list elect nobody, so fewer is better: {better} does better on this.',
  cmpGallagher: 'Proportionality over the whole territory (Gallagher index): {a} against {b}. Lower means the seats of all sections together follow the votes more closely: {better} does better on this. Fewer, larger sections usually score better here, because a large section shares its many seats more proportionally.',
  cmpWasted: 'Votes that elect nobody: {a} against {b}. Lower is better: {better} does better on this.',
  cmpEnp: 'Effective number of lists with seats: {a} against {b}. Higher means the seats are spread over more lists: {better} does better on this.',
  cmpDelegates: 'Delegates: {a} against {b}, one delegate per {ma} {members} against {mb}. More delegates for the same {members} is better (each section rounds its delegates down): {better} does better on this.',
  cmpSame: '{what}: {a} in both plans.',
  cmpSummary: '{plan} does better on {list}.',
  cmpSummaryNone: 'The two plans give the same figures.',
  critSections: 'the number of sections',
  critSingle: 'sections where one list takes every seat',
  critGallagher: 'proportionality (Gallagher index)',
  critWasted: 'votes that elect nobody',
  critEnp: 'the effective number of lists',
  critDelegates: 'delegates',
  and: 'and',
  yes: 'Yes',
  no: 'No',
} as const;

export type LabelKey = keyof typeof en;

const fr: Record<LabelKey, string> = {
  defaultTitle: 'Sections électorales',
  subtitle: '{sections} sections formées à partir de {zones} zones',
  boundOptimal: '{n} sections : aucun découpage respectant ces règles ne peut en compter davantage.',
  boundGap: '{n} sections ; aucun découpage respectant ces règles ne peut en compter plus de {max}.',
  generated: 'Généré le {date} par decoupage {version}',
  dataSource: 'Zones : {file}',
  membersSource: '{Members} : {description}',
  creditLine: 'Source : {credit}',
  cardSections: 'Sections',
  cardZones: 'Zones',
  cardMembers: '{Members}',
  cardSeats: 'Délégués',
  cardVerdict: 'Verdict',
  planCompliant: 'Conforme',
  planNotCompliant: 'Règle non respectée',
  planNotChecked: 'Non vérifié',
  membersEstimated: 'Les nombres de {members} sont des estimations',
  membersEstimatedText: 'Les nombres de {members} de ce rapport sont des estimations, pas des décomptes : {description}.',
  membersPartlyEstimated: 'Une partie des nombres de {members} sont des estimations',
  membersPartlyEstimatedText:
    'Seuls les nombres de {members} des {units} unités de la zone découpée {zones} sont des estimations (le décompte de la zone réparti entre elles), et donc aussi ceux des sections qui les contiennent : {sections}. Tous les autres nombres sont des décomptes : {description}.',
  membersCounted: 'Les nombres de {members} proviennent des données sources : {description}.',
  rulesHeading: 'Règles',
  ruleMembersPerSeat: 'Un délégué pour {n} {members} (arrondi à l’entier inférieur).',
  ruleTotalSeats: '{n} délégués au total, répartis entre les sections selon la méthode {method}, chaque section recevant d’abord son minimum.',
  noRules: 'Aucune règle n’a été fournie : les chiffres sont présentés sans verdict.',
  mapHeading: 'Carte des sections',
  mapCaption: 'Traits épais : limites des sections. Traits gris fins : limites des zones.',
  legend: 'Sections',
  unassigned: 'Sans section',
  sectionsHeading: 'Sections',
  colSection: 'Section',
  colZones: 'Zones',
  colMembers: '{Members}',
  colSeats: 'Délégués',
  colMembersPerSeat: '{Members} par délégué',
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
  allSectionsPass: 'Les {n} sections respectent cette règle.',
  sectionsFail: '{n} section(s) ne respectent pas cette règle : {list}.',
  zonesFail: '{n} zone(s) concernée(s) : {list}.',
  assignmentOk: 'Les {n} zones sont chacune dans une et une seule section.',
  sectionCountDetail: '{value} sections pour {limit} demandées.',
  respectDetail: '{n} section(s) franchissent ces limites : {list}.',
  respectNone: 'Aucune section ne franchit ces limites.',
  info: 'Information',
  seatsHeading: 'Délégués par section',
  seatsRule: 'Règle appliquée : {rule}.',
  colDeviation: 'Écart à la moyenne',
  malapportionment: 'Indice de Loosemore-Hanby : {lh} (0 = la part de délégués de chaque section égale sa part des {members}).',
  seatsRange: 'Le nombre de {members} par délégué va de {min} à {max} (rapport {ratio}).',
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

  gallagherExplained: 'L’indice de Gallagher mesure l’écart entre la part des voix de chaque liste et sa part des sièges, en points de pourcentage : 0 signifie des sièges exactement proportionnels aux voix, et plus il est élevé, moins la répartition est proportionnelle.',
  enpExplained: 'Le nombre effectif de listes compte les listes en les pondérant par leur taille : quatre listes de même taille donnent 4, une liste qui a presque tout donne près de 1.',
  comparisonMeaning: 'Ce que signifient les chiffres, et quel découpage fait mieux sur chacun',
  comparisonMapsHeading: 'Les découpages côte à côte',
  thisPlanLabel: 'Découpage proposé',
  onePerValueLabel: '{Prop} (une section chacun)',
  colCompliant: 'Respecte les règles',
  colSectionsSingleList: 'Sections où une seule liste a tous les sièges',
  colEnpSeats: 'Nombre effectif de listes (sièges)',
  colMembersPerSection: '{Members} par section (moyenne)',
  cmpBothComply: 'Les deux découpages respectent toutes les règles de la charte : {other} est déjà conforme. Le choix entre eux repose sur les chiffres ci-dessous, pas sur la conformité.',
  cmpOnlyThisComplies: '{this} respecte toutes les règles de la charte ; {other} non ({rules}).',
  cmpOnlyOtherComplies: '{other} respecte toutes les règles de la charte ; {this} non ({rules}).',
  cmpNoneComplies: 'Aucun des deux découpages ne respecte toutes les règles de la charte ({this} : {a} ; {other} : {b}).',
  cmpSections: 'Sections : {a} contre {b}, soit {ma} {members} par section en moyenne contre {mb}. Des sections plus nombreuses et plus petites rapprochent les délégués des {members} qui les élisent : {better} fait mieux sur ce point.',
  cmpSingle: 'Sections où une seule liste a tous les sièges : {a} contre {b}. Dans une telle section, les électeurs des autres listes n’élisent personne ; moins il y en a, mieux c’est : {better} fait mieux sur ce point.',
  cmpGallagher: 'Proportionnalité sur l’ensemble du territoire (indice de Gallagher) : {a} contre {b}. Plus il est bas, plus les sièges de toutes les sections réunies suivent les voix : {better} fait mieux sur ce point. Des sections moins nombreuses et plus grandes font en général mieux ici, car une grande section répartit ses nombreux sièges de façon plus proportionnelle.',
  cmpWasted: 'Voix n’ayant élu personne : {a} contre {b}. Moins il y en a, mieux c’est : {better} fait mieux sur ce point.',
  cmpEnp: 'Nombre effectif de listes ayant des élus : {a} contre {b}. Plus il est élevé, plus les sièges se répartissent entre listes : {better} fait mieux sur ce point.',
  cmpDelegates: 'Délégués : {a} contre {b}, soit un délégué pour {ma} {members} contre {mb}. Plus de délégués pour les mêmes {members}, c’est mieux (chaque section arrondit ses délégués à l’entier inférieur) : {better} fait mieux sur ce point.',
  cmpSame: '{what} : {a} dans les deux découpages.',
  cmpSummary: '{plan} fait mieux sur {list}.',
  cmpSummaryNone: 'Les deux découpages donnent les mêmes chiffres.',
  critSections: 'le nombre de sections',
  critSingle: 'les sections où une seule liste a tous les sièges',
  critGallagher: 'la proportionnalité (indice de Gallagher)',
  critWasted: 'les voix n’ayant élu personne',
  critEnp: 'le nombre effectif de listes',
  critDelegates: 'les délégués',
  and: 'et',
  yes: 'Oui',
  no: 'Non',
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

/** What the members are called when nobody says otherwise. */
export const DEFAULT_MEMBERS_WORD: Record<Lang, string> = { en: 'members', fr: 'adhérents' };

/**
 * Zone properties as prose names them, in the plural ("the boundaries between départements"). Other
 * properties are named by the label the user gives (--respect-label, "respect-label" in rules.json),
 * else quoted as they are.
 */
export const FIELD_LABELS: Record<Lang, Record<string, string>> = {
  en: { dep: 'départements', deps: 'départements', reg: 'régions', regs: 'régions', ze2020: 'employment zones' },
  fr: { dep: 'départements', deps: 'départements', reg: 'régions', regs: 'régions', ze2020: 'zones d’emploi' },
};

export interface TranslatorOptions {
  /** what the organisation calls its members ("sociétaires"): fills {members} and {Members} in every label */
  membersWord?: string;
  /** prose names of zone properties, plural, over FIELD_LABELS */
  fieldLabels?: Record<string, string>;
}

/**
 * The organisation's words in one language: its members word ({members}, {Members}, with French elision:
 * "nombre d’adhérents", "nombre de sociétaires") and its zone properties in prose. The report's labels
 * (translator below) and the check's catalogue (src/check/wording.ts) fill their templates with it, so
 * both say the same words.
 */
export interface OrganisationWords {
  lang: Lang;
  /** the options these words were made from (to make the same words elsewhere) */
  options: TranslatorOptions;
  /** fills a template: {members} and {Members} from the members word, then French elision */
  fill(template: string, params?: Record<string, string | number>): string;
  /** a zone property in prose, plural: "dep" → "départements"; an unknown one quoted: “bassin” */
  field(prop: string): string;
}

export function organisationWords(lang: Lang, opts: TranslatorOptions = {}): OrganisationWords {
  const word = opts.membersWord?.trim() || DEFAULT_MEMBERS_WORD[lang];
  const defaults = { members: word, Members: capitalise(word) };
  const fields = { ...FIELD_LABELS[lang], ...opts.fieldLabels };
  // French elides "de"/"que" before a vowel: "nombre d’adhérents", but "nombre de sociétaires"
  const elide = lang === 'fr' && /^[aeiouyhéèêëàâîïôûœ]/i.test(word)
    ? (text: string) => text.replace(new RegExp(`\\b([dD]e|[qQ]ue) (${escapeRegExp(word)})`, 'g'), (_m, p: string, w: string) => `${p.slice(0, -1)}’${w}`)
    : (text: string) => text;
  return {
    lang,
    options: opts,
    fill: (template, params = {}) => elide(fill(template, { ...defaults, ...params })),
    field: (prop) => fields[prop] ?? (lang === 'fr' ? `« ${prop} »` : `“${prop}”`),
  };
}

/** Translator and number formatters for one language. */
export interface Translator {
  lang: Lang;
  /** the members word and field labels this translator says (organisationWords) */
  options: TranslatorOptions;
  t(key: LabelKey, params?: Record<string, string | number>): string;
  /** whole number with the language's grouping: "10,000" / "10 000" */
  int(n: number): string;
  /** number with a fixed count of decimals: "0.42" / "0,42" */
  dec(n: number, digits?: number): string;
  /** share as a percentage: "12.5 %" / "12,5 %" */
  pct(share: number, digits?: number): string;
  method(id: string): string;
  date(d: Date): string;
  /** a zone property in prose, plural: "dep" → "départements"; an unknown one quoted: “bassin” */
  field(prop: string): string;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** "sociétaires" → "Sociétaires" (for the start of a sentence or a column heading). */
export function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

export function translator(lang: Lang, opts: TranslatorOptions = {}): Translator {
  const dict = DICTIONARY[lang];
  const locale = localeOf(lang);
  const nf = numberFormat(lang);
  const words = organisationWords(lang, opts);
  return {
    lang,
    options: opts,
    // params are inserted as they are: the caller escapes them (labels themselves contain no markup)
    t: (key, params) => words.fill(dict[key], params),
    int: nf.int,
    dec: nf.dec,
    pct: nf.pct,
    method: (id) => METHOD_NAMES[lang][id] ?? id,
    date: (d) => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }).format(d) + ' UTC',
    field: words.field,
  };
}
