/** What `decoupage demo` prints. */
import type { Table } from './message.js';

export const DEMO_LABELS = {
  title: { en: 'decoupage demo: {region}', fr: 'Démo decoupage : {region}' },
  region: {
    en: '{zones} {zones:zone|zones} in {deps} {deps:département|départements}, {members} members ({description}).',
    fr: '{zones} {zones:zone|zones} dans {deps} {deps:département|départements}, {members} adhérents ({description}).',
  },
  rules: { en: 'Rules: {rules}.', fr: 'Règles : {rules}.' },
  split: {
    en: '{name} ({id}, {members} members) is too big for one section: it is split into its {units} {units:commune|communes}, which the proposed plan divides into {n} {n:section|sections} ({list}).',
    fr: '{name} ({id}, {members} adhérents) est trop grande pour une seule section : elle est divisée en ses {units} {units:commune|communes}, que le découpage proposé répartit en {n} {n:section|sections} ({list}).',
  },
  graph: {
    en: 'Graph: {borders} shared {borders:border|borders}; {n} {n:island|islands}: {list}.',
    fr: 'Graphe : {borders} {borders:frontière commune|frontières communes} ; {n} {n:île|îles} : {list}.',
  },
  none: { en: 'none', fr: 'aucune' },
  linked: { en: '  linked {a} and {b}{apart} (--auto-link)', fr: '  {a} et {b} reliées{apart} (--auto-link)' },
  apart: { en: ', {km} km apart', fr: ', à {km} km' },
  proposed: {
    en: 'Proposed plan: {n} {n:section|sections} (at most {max} {max:is|are} possible): {verdict}',
    fr: 'Découpage proposé : {n} {n:section|sections} (au plus {max} {max:possible|possibles}) : {verdict}',
  },
  colSection: { en: 'section', fr: 'section' },
  colName: { en: 'name', fr: 'nom' },
  colUnits: { en: 'zones/communes', fr: 'zones/communes' },
  colMembers: { en: 'members', fr: 'adhérents' },
  colSeats: { en: 'seats', fr: 'délégués' },
  colCrosses: { en: 'crosses départements', fr: 'départements franchis' },
  departements: {
    en: 'Old practice, one section per département: {n} {n:section|sections}: {verdict}',
    fr: 'Pratique actuelle, une section par département : {n} {n:section|sections} : {verdict}',
  },
  listVote: { en: 'List vote ({method}; {scenario}):', fr: 'Scrutin de liste ({method} ; {scenario}) :' },
  colPlan: { en: 'plan', fr: 'découpage' },
  colSections: { en: 'sections', fr: 'sections' },
  colSingle: { en: 'single-list sections', fr: 'sections à liste unique' },
  colRepresented: { en: 'lists represented', fr: 'listes représentées' },
  colGallagher: { en: 'Gallagher', fr: 'Gallagher' },
  colWasted: { en: 'votes electing nobody', fr: 'voix n’ayant élu personne' },
  of: { en: '{n} of {total}', fr: '{n} sur {total}' },
  single: {
    en: '{plan}: {n} of {total} {total:section|sections} {n:elects|elect} a single list{which}.',
    fr: '{plan} : {n} {n:section|sections} sur {total} {n:élit|élisent} une seule liste{which}.',
  },
  singleNone: {
    en: '{plan}: {total:the only section does not elect|none of the {total} sections elects} a single list.',
    fr: '{plan} : {total:la seule section n’élit pas|aucune des {total} sections n’élit} une seule liste.',
  },
  planDepartements: { en: 'département plan', fr: 'découpage par département' },
  planProposed: { en: 'proposed plan', fr: 'découpage proposé' },
  demoData: { en: 'Demo data: {dir}', fr: 'Données de la démo : {dir}' },
  wroteInto: { en: 'Wrote into {dir}:', fr: 'Fichiers écrits dans {dir} :' },
  openReport: { en: 'Open the report: {file}', fr: 'Ouvrez le rapport : {file}' },
  checkAgain: {
    en: 'Check the plan again (the island needs its link): decoupage check {units} {plan} --members members --auto-link',
    fr: 'Pour revérifier le découpage (l’île a besoin de sa liaison) : decoupage check {units} {plan} --members members --auto-link --lang fr',
  },
  'plan.csv': {
    en: 'the proposed plan: zone,section (one row per zone, and per commune of Valmorance)',
    fr: 'le découpage proposé : zone,section (une ligne par zone, et par commune de Valmorance)',
  },
  'units.geojson': {
    en: 'the zones the plan is made of, Valmorance as its communes (use it with plan.csv in check/export/report)',
    fr: 'les zones dont est fait le découpage, Valmorance en communes (à utiliser avec plan.csv dans check/export/report)',
  },
  'sections.geojson': {
    en: 'one outline per section with members, seats and compliance (open it in QGIS)',
    fr: 'le contour de chaque section avec adhérents, délégués et conformité (à ouvrir dans QGIS)',
  },
  'zones.geojson': {
    en: 'every zone (and commune of Valmorance) with its section',
    fr: 'chaque zone (et commune de Valmorance) avec sa section',
  },
  'seats.csv': { en: 'section,members,seats', fr: 'section,members,seats (délégués par section)' },
  'report.html': {
    en: 'the report to open in a browser: map, sections, verdicts, seats, pluralism',
    fr: 'le rapport à ouvrir dans un navigateur : carte, sections, verdicts, délégués, pluralisme',
  },
} as const satisfies Table;
