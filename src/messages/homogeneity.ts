/** The "homogeneity" messages: attributes sections should share (--attributes, --similar-by), R², max-spread, the importer. */
import type { Table } from './message.js';

export const HOMOGENEITY_MESSAGES = {
  // --- reading the attributes and --similar-by ---
  duplicate: { en: 'zone {zone} has two lines (the second on line {line})', fr: 'la zone {zone} a deux lignes (la seconde ligne {line})' },
  similarByEmpty: { en: '--similar-by names no column', fr: '--similar-by ne nomme aucune colonne' },
  badWeight: {
    en: '--similar-by "{item}": the weight after ":" must be a number above 0',
    fr: '--similar-by « {item} » : le poids après « : » doit être un nombre supérieur à 0',
  },
  badItem: { en: '--similar-by "{item}" names no column', fr: '--similar-by « {item} » ne nomme aucune colonne' },
  twice: { en: '--similar-by names "{name}" twice', fr: '--similar-by nomme « {name} » deux fois' },
  'similarBy.hint': {
    en: 'write COL[,COL…], each item [NAME=]COL or [NAME=]COL-COL (a difference), optionally :WEIGHT, e.g. unemployment_2023t3,trend=unemployment_2023t3-unemployment_2018t3:0.5',
    fr: 'écrivez COL[,COL…], chaque élément [NOM=]COL ou [NOM=]COL-COL (une différence), suivi si besoin de :POIDS, par exemple unemployment_2023t3,trend=unemployment_2023t3-unemployment_2018t3:0,5',
  },
  notNumeric: {
    en: 'column "{column}" does not hold numbers (numeric columns: {columns})',
    fr: 'la colonne « {column} » ne contient pas de nombres (colonnes numériques : {columns})',
  },
  needsAttributes: { en: '{option} needs {attributes} (the file of values per zone)', fr: '{option} demande {attributes} (le fichier des valeurs par zone)' },
  missing: {
    en: '{file}: no value for {n} {n:zone|zones} ({list}); {n:it is|they are} left out of the homogeneity figures (not counted as 0)',
    fr: '{file} : aucune valeur pour {n} {n:zone|zones} ({list}) ; {n:elle est laissée|elles sont laissées} hors des mesures d’homogénéité (et non comptées comme 0)',
  },

  // --- --help ---
  'help.group': { en: 'Zones alike (homogeneity)', fr: 'Zones semblables (homogénéité)' },
  'help.attributes': {
    en: 'CSV of values per zone (a code column and numeric columns, "," or ";", decimal comma accepted), e.g. the output of "decoupage import insee-chomage"; sections are measured (R²) on how alike their zones are',
    fr: 'CSV des valeurs par zone (une colonne de code et des colonnes numériques, « , » ou « ; », virgule décimale acceptée), par exemple la sortie de « decoupage import insee-chomage » ; on mesure (R²) à quel point les zones de chaque section se ressemblent',
  },
  'help.attributesCode': {
    en: 'the zone code column of --attributes (default: "code", else the first column)',
    fr: 'la colonne des codes de zone de --attributes (par défaut : « code », sinon la première colonne)',
  },
  'help.similarBy': {
    en: 'the columns sections should share: COL[,COL…], each [NAME=]COL or [NAME=]COL-COL (a difference), then :WEIGHT if not 1, e.g. "unemployment_2023t3,trend=unemployment_2023t3-unemployment_2018t3"; standardised (z-scores); default: every numeric column',
    fr: 'les colonnes que les sections doivent partager : COL[,COL…], chacune [NOM=]COL ou [NOM=]COL-COL (une différence), puis :POIDS s’il n’est pas 1, par exemple « unemployment_2023t3,trend=unemployment_2023t3-unemployment_2018t3 » ; centrées réduites ; par défaut : toutes les colonnes numériques',
  },
  'help.families': {
    en: 'number of families of zones in the report (k-means, 2 to 12; default: chosen by silhouette among 2 to 8)',
    fr: 'nombre de familles de zones dans le rapport (k-moyennes, 2 à 12 ; par défaut : choisi par la silhouette entre 2 et 8)',
  },

  // --- what propose and check print ---
  r2Line: {
    en: 'Homogeneity ({columns}): R² {r2} (each zone counts once, the objective), {r2w} weighted by members; {zones} {zones:zone|zones} counted{missing}.',
    fr: 'Homogénéité ({columns}) : R² {r2} (chaque zone compte une fois, l’objectif), {r2w} pondéré par les adhérents ; {zones} {zones:zone comptée|zones comptées}{missing}.',
  },
  r2Missing: { en: ', {n} without a value left out', fr: ', {n} sans valeur {n:laissée|laissées} de côté' },
  leastLine: { en: 'Least homogeneous sections: {list}.', fr: 'Sections les moins homogènes : {list}.' },
  leastItem: { en: '{section} (range {ranges})', fr: '{section} (écart {ranges})' },

  // --- the importer (decoupage import insee-chomage) ---
  'help.quarters': {
    en: 'insee-chomage: the quarters to write, by their codes in the workbook (default {quarters}); columns unemployment_2023t3…',
    fr: 'insee-chomage : les trimestres à écrire, par leur code dans le classeur (par défaut {quarters}) ; colonnes unemployment_2023t3…',
  },
  'import.quartersIsForChomage': { en: '--quarters is for insee-chomage', fr: '--quarters ne sert qu’à insee-chomage' },
  'import.noSheet': { en: 'has no sheet "{sheet}" (sheets: {sheets})', fr: 'n’a pas de feuille « {sheet} » (feuilles : {sheets})' },
  'import.noHeader': {
    en: 'sheet "{sheet}": no header line with a column "{column}" in {n:its first line|its first {n} lines}',
    fr: 'feuille « {sheet} » : aucune ligne d’en-tête avec une colonne « {column} » dans {n:sa première ligne|ses {n} premières lignes}',
  },
  'import.noQuarter': {
    en: 'sheet "{sheet}" has no quarter {quarter} (quarters: {first} to {last})',
    fr: 'la feuille « {sheet} » n’a pas le trimestre {quarter} (trimestres : {first} à {last})',
  },
  'import.badQuarter': {
    en: '--quarters "{value}": write quarters as YYYY-TN, e.g. 2023-T3,2018-T3',
    fr: '--quarters « {value} » : écrivez les trimestres AAAA-TN, par exemple 2023-T3,2018-T3',
  },
  'import.unreadable': { en: 'is not an Excel workbook decoupage can read ({problem})', fr: 'n’est pas un classeur Excel que decoupage sait lire ({problem})' },
  'import.absent': {
    en: 'the workbook has no rate for {n} {n:zone|zones} in some quarters ({list}): those cells are left empty (never 0), and Mayotte and Guyane are not in INSEE’s workbook at all',
    fr: 'le classeur n’a pas de taux pour {n} {n:zone|zones} à certains trimestres ({list}) : ces cellules restent vides (jamais 0), et Mayotte et la Guyane ne figurent pas du tout dans le classeur de l’INSEE',
  },
  'import.wrote': {
    en: 'Wrote {file}: {n} {n:zone|zones}, columns {columns} (source: {source}).',
    fr: '{file} écrit : {n} {n:zone|zones}, colonnes {columns} (source : {source}).',
  },

  // --- the report ---
  'report.title': { en: 'Homogeneity', fr: 'Homogénéité' },
  'report.intro': {
    en: 'How alike the zones of each section are in {columns}: R² = 1 − within-section / total sum of squares of the standardised values (z-scores). R² {r2} counting each zone once (the objective propose improves once the number of sections and the boundaries crossed are settled), {r2w} weighting zones by their members.',
    fr: 'À quel point les zones de chaque section se ressemblent pour {columns} : R² = 1 − somme des carrés intra-section / somme des carrés totale des valeurs centrées réduites. R² {r2} en comptant chaque zone une fois (l’objectif que propose améliore une fois fixés le nombre de sections et les limites franchies), {r2w} en pondérant les zones par leurs adhérents.',
  },
  'report.missing': {
    en: '{n} {n:zone|zones} without a value {n:is|are} left out: {list}.',
    fr: '{n} {n:zone sans valeur est laissée|zones sans valeur sont laissées} de côté : {list}.',
  },
  'report.layer': { en: 'Layer', fr: 'Couche' },
  'report.none': { en: 'sections only', fr: 'sections seules' },
  'report.families': { en: 'families of zones', fr: 'familles de zones' },
  'report.family': { en: 'family {n}', fr: 'famille {n}' },
  'report.familiesIntro': {
    en: 'Families: k-means on the standardised values gives {k} {k:family|families} of similar zones (K chosen by the silhouette, {silhouette}); a section whose members mostly live in one family is homogeneous.',
    fr: 'Familles : les k-moyennes sur les valeurs centrées réduites donnent {k} {k:famille|familles} de zones semblables (K choisi par la silhouette, {silhouette}) ; une section dont les adhérents vivent surtout dans une famille est homogène.',
  },
  'report.familiesForced': {
    en: 'Families: k-means on the standardised values gives {k} {k:family|families} of similar zones (K set by --families; silhouette {silhouette}).',
    fr: 'Familles : les k-moyennes sur les valeurs centrées réduites donnent {k} {k:famille|familles} de zones semblables (K fixé par --families ; silhouette {silhouette}).',
  },
  'report.byRank': {
    en: '(shades by rank: as many zones in each; median {median})',
    fr: '(teintes par rang : autant de zones dans chacune ; médiane {median})',
  },
  'report.noValue': { en: 'no value', fr: 'sans valeur' },
  'report.profile': { en: 'Profile of each section', fr: 'Profil de chaque section' },
  'report.section': { en: 'Section', fr: 'Section' },
  'report.zones': { en: 'Zones', fr: 'Zones' },
  'report.mean': { en: '{column}: mean', fr: '{column} : moyenne' },
  'report.range': { en: 'range', fr: 'écart' },
  'report.mainFamily': { en: 'Main family (share of members)', fr: 'Famille principale (part des adhérents)' },
  'report.ss': { en: 'Within SS', fr: 'SC intra' },
  'report.flag': { en: 'least homogeneous', fr: 'parmi les moins homogènes' },
  'report.meanNote': {
    en: 'Means are weighted by members; ranges are max − min over the zones of the section.',
    fr: 'Les moyennes sont pondérées par les adhérents ; l’écart est max − min sur les zones de la section.',
  },
} as const satisfies Table;
