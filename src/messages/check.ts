/**
 * Every sentence the check says about a plan: the rules in a line, each rule's title, statement and verdict,
 * each failure and each section's short problem ("…One"/"…Many": singular and plural). Filled from the figures
 * of the rule modules (src/check/rules/) by src/check/wording.ts.
 */
import type { Table } from './message.js';

export const CHECK_MESSAGES = {
  // the rules in one line (the parts are joined by "; "); the short lines name a property by its code, as typed
  // on the command line ("dep"); the charter sentences below name it in prose (CheckWords.field: "départements")
  'rules.membersSeats': {
    en: '≥ {n} {members} and ≥ {seats} {seats:seat|seats} per section',
    fr: '≥ {n} {members} et ≥ {seats} {seats:délégué|délégués} par section',
  },
  'rules.max': { en: '≤ {n} {members}', fr: '≤ {n} {members}' },
  // French says "effectifs" whatever the members are called; these English short lines keep "members" (same placeholders)
  'rules.deviation': { en: 'members within ±{p} % of the mean', fr: 'effectifs à ±{p} % de la moyenne' },
  'rules.maxZones': { en: '≤ {n} {n:zone|zones} per section', fr: '≤ {n} {n:zone|zones} par section' },
  'rules.splitInto': { en: 'zones divided: {list}', fr: 'zones divisées : {list}' },
  'rules.splitIntoZone': { en: '{zone} into {n} {n:section|sections}', fr: '{zone} en {n} {n:section|sections}' },
  'rules.perSeat': { en: '1 seat per {n} {members}', fr: '1 délégué pour {n} {members}' },
  'rules.total': { en: '{n} {n:seat|seats} by {method}', fr: '{n} {n:délégué réparti|délégués répartis} selon la méthode {method}' },
  'rules.count': { en: 'exactly {n} {n:section|sections}', fr: 'exactement {n} {n:section|sections}' },
  'rules.within': { en: 'never crossing {prop}', fr: 'sans jamais franchir les {prop}' },
  'rules.respect': { en: 'crossing {prop} only when needed', fr: 'en ne franchissant les {prop} que si nécessaire' },

  // the charter in sentences (the report)
  'charter.minMembers': { en: 'Every section has at least {n} {members}.', fr: 'Chaque section compte au moins {n} {members}.' },
  'charter.maxMembers': { en: 'No section has more than {n} {members}.', fr: 'Aucune section ne dépasse {n} {members}.' },
  'charter.maxDeviation': {
    en: 'Every section has between {low} and {high} {members}: within ±{p} % of the mean section size ({mean}).',
    fr: 'Chaque section compte entre {low} et {high} {members} : à ±{p} % de l’effectif moyen d’une section ({mean}).',
  },
  'charter.maxDeviationNoPlan': {
    en: 'Every section’s size is within ±{p} % of the mean section size.',
    fr: 'L’effectif de chaque section est à ±{p} % de l’effectif moyen d’une section.',
  },
  'charter.maxZones': { en: 'No section holds more than {n} {n:zone|zones}.', fr: 'Aucune section ne réunit plus de {n} {n:zone|zones}.' },
  'charter.splitInto': { en: 'Zones divided into a given number of sections: {list}.', fr: 'Zones divisées en un nombre donné de sections : {list}.' },
  'charter.minSeats': { en: 'Every section elects at least {n} {n:delegate|delegates}.', fr: 'Chaque section élit au moins {n} {n:délégué|délégués}.' },
  'charter.sections': { en: 'Exactly {n} {n:section|sections}.', fr: 'Exactement {n} {n:section|sections}.' },
  'charter.contiguous': {
    en: 'Every section is made of contiguous zones (explicit links count as contiguity).',
    fr: 'Chaque section est d’un seul tenant (les liaisons explicites comptent comme contiguïté).',
  },
  'charter.within': { en: 'Sections never cross the boundaries between {prop}.', fr: 'Les sections ne franchissent jamais les limites entre {prop}.' },
  'charter.respect': {
    en: 'Sections cross the boundaries between {prop} only when the thresholds require it.',
    fr: 'Les sections ne franchissent les limites entre {prop} que lorsque les seuils l’imposent.',
  },

  // each rule's title (the report's verdict table)
  'title.assignment': { en: 'Every zone in exactly one section', fr: 'Chaque zone dans une et une seule section' },
  'title.contiguity': { en: 'Contiguous sections', fr: 'Sections d’un seul tenant' },
  'title.min-members': { en: 'Minimum number of {members}', fr: 'Nombre minimal de {members}' },
  'title.max-members': { en: 'Maximum number of {members}', fr: 'Nombre maximal de {members}' },
  'title.max-deviation': { en: 'Deviation from the mean size', fr: 'Écart à l’effectif moyen' },
  'title.max-zones': { en: 'Maximum zones per section', fr: 'Nombre maximal de zones par section' },
  'title.split-into': { en: 'Zones divided into sections', fr: 'Zones divisées en sections' },
  'title.min-seats': { en: 'Minimum delegates', fr: 'Nombre minimal de délégués' },
  'title.section-count': { en: 'Number of sections', fr: 'Nombre de sections' },
  'title.within': { en: 'Hard boundaries', fr: 'Limites à ne pas franchir' },
  'title.respect': { en: 'Preferred boundaries', fr: 'Limites à respecter si possible' },

  // each rule's statement
  'label.assignment': { en: 'every zone in exactly one section', fr: 'chaque zone dans une et une seule section' },
  'label.contiguity': { en: 'every section in one piece', fr: 'chaque section d’un seul tenant' },
  'label.min-members': { en: '≥ {n} {members} per section', fr: '≥ {n} {members} par section' },
  'label.min-seats': { en: '≥ {n} {n:seat|seats} per section ({rule})', fr: '≥ {n} {n:délégué|délégués} par section ({rule})' },
  'label.seatRulePerSeat': { en: '1 seat per {n} {members}', fr: '1 délégué pour {n} {members}' },
  'label.seatRuleTotal': { en: '{n} {n:seat|seats} by {method}', fr: '{n} {n:délégué|délégués} selon la méthode {method}' },
  'label.max-members': { en: '≤ {n} {members} per section', fr: '≤ {n} {members} par section' },
  'label.max-deviation': { en: 'members within ±{p} % of the mean ({low}–{high})', fr: 'effectifs à ±{p} % de la moyenne ({low} à {high})' },
  'label.max-zones': { en: '≤ {n} {n:zone|zones} per section', fr: '≤ {n} {n:zone|zones} par section' },
  'label.split-into': { en: 'zones divided into sections ({list})', fr: 'zones divisées en sections ({list})' },
  'label.within': { en: 'sections never cross {prop}', fr: 'les sections ne franchissent jamais les {prop}' },
  'label.section-count': { en: 'exactly {n} {n:section|sections}', fr: 'exactement {n} {n:section|sections}' },

  // a plan rule's figures in a few words, for the tables of the report and the editor
  'detail.section-count': {
    en: '{value} {value:section|sections}, {limit} required.',
    fr: '{value} {value:section|sections} pour {limit} {limit:demandée|demandées}.',
  },

  // each rule's verdict
  'ok.assignment': {
    en: '{n:the only zone is|all {n} zones are} in exactly one section',
    fr: '{n:la seule zone est|les {n} zones sont chacune} dans une et une seule section',
  },
  'ok.contiguity': { en: '{n:the only section is|all {n} sections are} contiguous', fr: '{n:la seule section est|les {n} sections sont} d’un seul tenant' },
  'ok.min-members': {
    en: 'every section has ≥ {limit} {members} (smallest: {min})',
    fr: 'chaque section compte au moins {limit} {members} (la plus petite : {min})',
  },
  'ok.min-seats': {
    en: 'every section elects ≥ {limit} {limit:delegate|delegates} (fewest: {min})',
    fr: 'chaque section élit au moins {limit} {limit:délégué|délégués} (le moins : {min})',
  },
  'ok.max-members': { en: 'every section has ≤ {limit} {members}', fr: 'chaque section compte au plus {limit} {members}' },
  'ok.max-deviation': {
    en: 'every section is within ±{p} % of the mean of {mean} {members} (largest gap: {worst} %)',
    fr: 'chaque section est à ±{p} % de la moyenne de {mean} {members} (plus grand écart : {worst} %)',
  },
  'ok.split-into': { en: 'every divided zone forms its number of sections ({list})', fr: 'chaque zone divisée forme son nombre de sections ({list})' },
  'ok.max-zones': {
    en: 'every section holds ≤ {limit} {limit:zone|zones} (largest: {largest})',
    fr: 'chaque section réunit au plus {limit} {limit:zone|zones} (la plus grande : {largest})',
  },
  'ok.within': { en: 'no section crosses the boundaries of {prop}', fr: 'aucune section ne franchit les limites des {prop}' },
  'ok.section-count': { en: 'the plan has {n} {n:section|sections}', fr: 'le découpage compte {n} {n:section|sections}' },
  'ok.noSection': { en: 'no section to check', fr: 'aucune section à vérifier' },
  'fail.assignment': { en: '{parts}', fr: '{parts}' },
  'fail.assignmentUnknown': { en: '{n} unknown {n:zone|zones} ({list})', fr: '{n} {n:zone inconnue|zones inconnues} ({list})' },
  'fail.assignmentMissing': { en: '{n} {n:zone|zones} in no section ({list})', fr: '{n} {n:zone|zones} dans aucune section ({list})' },
  'fail.assignmentEmpty': { en: '{n} {n:zone|zones} with an empty section ({list})', fr: '{n} {n:zone|zones} avec une section vide ({list})' },
  'fail.assignmentTwice': { en: '{n} {n:zone|zones} listed twice ({list})', fr: '{n} {n:zone listée|zones listées} deux fois ({list})' },
  'fail.contiguity': { en: '{n} {n:section is|sections are} split: {list}', fr: '{n} {n:section|sections} en plusieurs morceaux : {list}' },
  'fail.min-members': {
    en: '{n} {n:section|sections} below {limit} {members}: {list}',
    fr: '{n} {n:section|sections} sous {limit} {members} : {list}',
  },
  'fail.min-seats': {
    en: '{n} {n:section elects|sections elect} fewer than {limit} {limit:delegate|delegates}: {list}',
    fr: '{n} {n:section|sections} élisant moins de {limit} {limit:délégué|délégués} : {list}',
  },
  'fail.min-seatsWithNote': { en: '{verdict} ({note})', fr: '{verdict} ({note})' },
  'fail.max-members': {
    en: '{n} {n:section|sections} above {limit} {members}: {list}',
    fr: '{n} {n:section|sections} au-dessus de {limit} {members} : {list}',
  },
  'fail.max-deviation': {
    en: '{n} {n:section|sections} outside {low}–{high} {members} (±{p} % of {mean}): {list}',
    fr: '{n} {n:section|sections} hors de {low} à {high} {members} (±{p} % de {mean}) : {list}',
  },
  'failure.wrongSplit': {
    en: 'zone {zone} should form {limit} {limit:section|sections}; its units are in {value}: {list}',
    fr: 'la zone {zone} doit former {limit} {limit:section|sections} ; ses unités sont dans {value} : {list}',
  },
  'failure.splitZoneAbsent': {
    en: 'zone {zone} should form {limit} {limit:section|sections}, but no zone or unit of this plan belongs to it',
    fr: 'la zone {zone} doit former {limit} {limit:section|sections}, mais aucune zone ni unité de ce découpage ne lui appartient',
  },
  'fail.max-zones': {
    en: '{n} {n:section holds|sections hold} more than {limit} {limit:zone|zones}: {list}',
    fr: '{n} {n:section réunit|sections réunissent} plus de {limit} {limit:zone|zones} : {list}',
  },
  'fail.within': {
    en: '{n} {n:section crosses|sections cross} a boundary of {prop}: {list}',
    fr: '{n} {n:section franchit|sections franchissent} une limite des {prop} : {list}',
  },

  // each failure
  'failure.unknownZone': { en: 'zone "{zone}" is not in the zone layer{where}', fr: 'la zone « {zone} » n’est pas dans la couche des zones{where}' },
  'failure.noZoneId': { en: 'a row has no zone id{where}', fr: 'une ligne n’a pas de code de zone{where}' },
  'failure.emptySection': { en: 'zone {zone} has an empty section{where}', fr: 'la zone {zone} a une section vide{where}' },
  'failure.duplicateZone': {
    en: 'zone {zone} is listed {n} times{where}; the first row counts',
    fr: 'la zone {zone} figure {n} fois{where} ; seule la première ligne compte',
  },
  'failure.duplicateZoneSections': {
    en: 'zone {zone} is listed {n} times{where}, in sections {sections}; the first row counts',
    fr: 'la zone {zone} figure {n} fois{where}, dans les sections {sections} ; seule la première ligne compte',
  },
  'failure.missingZones': { en: '{n} {n:zone is|zones are} in no section: {list}', fr: '{n} {n:zone|zones} dans aucune section : {list}' },
  'failure.splitSection': {
    en: 'section {section} is in {n} {n:piece|pieces}: {pieces}',
    fr: 'la section {section} est en {n} {n:morceau|morceaux} : {pieces}',
  },
  'failure.fewMembers': { en: 'section {section} has {value} {members}, below {limit}', fr: 'la section {section} compte {value} {members}, moins de {limit}' },
  'failure.fewSeats': {
    en: 'section {section} elects {value} {value:delegate|delegates}, below {limit}',
    fr: 'la section {section} élit {value} {value:délégué|délégués}, moins de {limit}',
  },
  'failure.seatShortfall': {
    en: '{total} {total:seat|seats} cannot give {sections:the only section|each of the {sections} sections} {minimum} {minimum:seat|seats} ({needed} needed)',
    fr: '{total} {total:délégué ne permet|délégués ne permettent} pas d’en donner {minimum} {sections:à la seule section|à chacune des {sections} sections} ({needed} {needed:nécessaire|nécessaires})',
  },
  'failure.manyMembers': { en: 'section {section} has {value} {members}, above {limit}', fr: 'la section {section} compte {value} {members}, plus de {limit}' },
  'failure.manyMembersOneZone': {
    en: 'section {section} has {value} {members}, above {limit} (a single zone: split it with finer units)',
    fr: 'la section {section} compte {value} {members}, plus de {limit} (une seule zone : découpez-la en unités plus fines)',
  },
  'failure.outsideDeviation': {
    en: 'section {section} has {value} {members}, {deviation} % from the mean of {mean} (allowed: {low}–{high})',
    fr: 'la section {section} compte {value} {members}, à {deviation} % de la moyenne de {mean} (admis : {low} à {high})',
  },
  'failure.manyZones': {
    en: 'section {section} holds {value} {value:zone|zones}, above {limit}',
    fr: 'la section {section} réunit {value} {value:zone|zones}, plus de {limit}',
  },
  'failure.mixedWithin': { en: 'section {section} mixes {prop}: {values}', fr: 'la section {section} réunit plusieurs {prop} : {values}' },
  'failure.wrongCount': {
    en: 'the plan has {value} {value:section|sections}, not {limit}',
    fr: 'le découpage compte {value} {value:section|sections} au lieu de {limit}',
  },
  'failure.lines': { en: ' ({n:line|lines} {list})', fr: ' ({n:ligne|lignes} {list})' },
  'failure.more': { en: '… ({n} more)', fr: '… ({n} de plus)' },
  'failure.and': { en: ' and ', fr: ' et ' },

  // things the committee should know that break no rule
  'note.last': { en: '{n:the last seat|the last {n} seats}', fr: '{n:le dernier siège|les {n} derniers sièges}' },
  'note.tie': {
    en: '{what} tied between {who} (equal claim {value}); nobody chose a rule: plan order gave {winners} the seat provisionally; `decoupage seats --tie-break` settles it',
    fr: '{what} à égalité entre {who} (même quotient {value}) ; aucune règle choisie : l’ordre du découpage l’a donné à {winners} provisoirement ; `decoupage seats --tie-break` tranche',
  },

  // a section's short problems
  'problem.split': { en: 'in {n} {n:piece|pieces}', fr: 'en {n} {n:morceau séparé|morceaux séparés}' },
  'problem.fewMembers': { en: '{value} {members} < {limit}', fr: '{value} {members}, moins de {limit}' },
  'problem.fewSeats': { en: '{value} {value:seat|seats} < {limit}', fr: '{value} {value:délégué|délégués}, moins de {limit}' },
  'problem.manyMembers': { en: '{value} {members} > {limit}', fr: '{value} {members}, plus de {limit}' },
  'problem.deviation': { en: '{value} {members}, {deviation} % from the mean', fr: '{value} {members}, à {deviation} % de la moyenne' },
  'problem.manyZones': { en: '{value} {value:zone|zones} > {limit}', fr: '{value} {value:zone|zones}, plus de {limit}' },
  'problem.within': { en: 'mixes {values}', fr: 'réunit {values}' },
  // --- max-spread (src/check/rules/max-spread.ts) ---
  'title.max-spread': { en: 'Largest spread of an attribute within a section', fr: 'Écart maximal d’un attribut dans une section' },
  'rules.maxSpread': { en: 'spread ≤ {limits}', fr: 'écart ≤ {limits}' },
  'charter.maxSpread': {
    en: 'No section joins zones whose values differ by more than {limits}.',
    fr: 'Aucune section ne réunit des zones dont les valeurs diffèrent de plus de {limits}.',
  },
  'label.max-spread': { en: 'zones of a section differ by ≤ {limits}', fr: 'les zones d’une section diffèrent d’au plus {limits}' },
  'ok.max-spread': { en: 'every section within {limits} (widest: {widest})', fr: 'chaque section dans la limite de {limits} (la plus large : {widest})' },
  'fail.max-spread': {
    en: '{n} {n:section spreads|sections spread} more than allowed: {list}',
    fr: '{n} {n:section a|sections ont} un écart plus grand que permis : {list}',
  },
  'failure.spread': {
    en: 'section {section}: its zones differ by {value} in {column} ({low} to {high}), more than {limit}',
    fr: 'section {section} : ses zones diffèrent de {value} en {column} ({low} à {high}), plus que {limit}',
  },
  'problem.spread': { en: '{column} spreads {value} (> {limit})', fr: 'écart de {value} en {column} (> {limit})' },
  'spread.limit': { en: '{value} in {column}', fr: '{value} en {column}' },
  'spread.bad': {
    en: '--max-spread "{value}": write COL:POINTS[,COL:POINTS…], e.g. unemployment_2023t3:3',
    fr: '--max-spread « {value} » : écrivez COL:POINTS[,COL:POINTS…], par exemple unemployment_2023t3:3',
  },
  'spread.unknown': {
    en: '--max-spread names "{column}", which is neither a column of the attributes nor a numeric zone property (columns: {columns})',
    fr: '--max-spread nomme « {column} », qui n’est ni une colonne des attributs ni une propriété numérique des zones (colonnes : {columns})',
  },
  'spread.hint': {
    en: 'give the values per zone with --attributes FILE (and --similar-by for derived columns)',
    fr: 'donnez les valeurs par zone avec --attributes FICHIER (et --similar-by pour les colonnes dérivées)',
  },
  'help.maxSpread': {
    en: 'no section whose zones differ by more than POINTS in column COL of --attributes (or a numeric zone property): COL:POINTS[,COL:POINTS…], e.g. unemployment_2023t3:3',
    fr: 'aucune section dont les zones diffèrent de plus de POINTS dans la colonne COL de --attributes (ou une propriété numérique des zones) : COL:POINTS[,COL:POINTS…], par exemple unemployment_2023t3:3',
  },
} as const satisfies Table;
