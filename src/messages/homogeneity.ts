import type { Table } from './message.js';

/** Attributes of the zones (unemployment…) and how alike the zones of each section are. */
export const HOMOGENEITY_MESSAGES = {
  noColumn: {
    en: '{file} has no column {column} (asked by --similar-by); its columns: {columns}',
    fr: '{file} n’a pas de colonne {column} (demandée par --similar-by) ; ses colonnes : {columns}',
  },
  noCode: {
    en: '{file} has no column of zone codes (code, zone, ze2020, codgeo); its columns: {columns}',
    fr: '{file} n’a pas de colonne de codes de zone (code, zone, ze2020, codgeo) ; ses colonnes : {columns}',
  },
  notNumber: {
    en: '{file}, line {line}: {column} of zone {zone} is “{value}”, not a number',
    fr: '{file}, ligne {line} : {column} de la zone {zone} vaut « {value} », pas un nombre',
  },
  badSpec: {
    en: '--similar-by “{item}” is not COLUMN, NAME=COLUMN-COLUMN or either followed by :WEIGHT',
    fr: '--similar-by « {item} » n’est ni COLONNE, ni NOM=COLONNE-COLONNE, suivis ou non de :POIDS',
  },
  missing: {
    en: '{n} zones have no value in {file} and are left out of the homogeneity figures: {list}',
    fr: '{n} zones n’ont pas de valeur dans {file} et sont laissées hors des chiffres d’homogénéité : {list}',
  },
  line: {
    en: 'Homogeneity ({columns}): R² {r2} (each zone counts once), {r2w} (zones weighted by members); widest section: {section}, {range} apart in {column}',
    fr: 'Homogénéité ({columns}) : R² {r2} (chaque zone compte une fois), {r2w} (zones pondérées par leurs adhérents) ; section la plus hétérogène : {section}, écart de {range} en {column}',
  },
} as const satisfies Table;
