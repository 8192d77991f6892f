/**
 * What commands print (stdout): info's summary, graph's summary, the lines export, import, seats and
 * pluralism print once their files are written. Machine outputs (JSON, CSV, GeoJSON) are not messages.
 */
import type { Table } from './message.js';

export const OUTPUT_MESSAGES = {
  // shared pieces
  /** between the items of a list whose items hold commas */
  listSep: { en: '; ', fr: ' ; ' },
  /** `decoupage seats -o` / `pluralism -o` */
  written: { en: 'Written: {file}', fr: 'Écrit : {file}' },
  /** the first line of info and graph */
  fileZones: { en: '{file}: {n} {n:zone|zones}', fr: '{file} : {n} {n:zone|zones}' },

  // decoupage info
  'info.noMembers': {
    en: 'members: none given (add --members, --members-csv, --commune-members or --estimate-members)',
    fr: 'adhérents : aucun effectif donné (ajoutez --members, --members-csv, --commune-members ou --estimate-members)',
  },
  'info.members': { en: 'members: {n} in all ({source})', fr: 'adhérents : {n} au total ({source})' },
  'info.estimated': { en: 'these member figures are ESTIMATES, not real counts', fr: 'ces effectifs sont des ESTIMATIONS, pas des décomptes réels' },
  'info.counted': { en: 'these member figures are counts (not estimates)', fr: 'ces effectifs sont des décomptes (pas des estimations)' },
  'info.smallest': { en: 'smallest zones:', fr: 'zones les plus petites :' },
  'info.largest': { en: 'largest zones:', fr: 'zones les plus grandes :' },
  'info.properties': {
    en: 'properties of the zones (values: how many different ones; pick one with few for --respect / --within):',
    fr: 'propriétés des zones (valeurs : combien de valeurs différentes ; pour --respect / --within, choisissez-en une qui en a peu) :',
  },
  // the space after "value" lines the examples up with those of "values"
  'info.property': { en: '{n} {n:value |values}, e.g. {example}', fr: '{n} {n:valeur |valeurs}, ex. {example}' },
  'info.straddling': {
    en: 'note: {n} {n:zone straddles|zones straddle} a région border, and {n:its|their} members count in full: {list}',
    fr: 'remarque : {n} {n:zone|zones} à cheval sur une limite de région, dont les adhérents comptent en entier : {list}',
  },
  'info.straddlingZone': { en: '{id} {name} (régions {regs})', fr: '{id} {name} (régions {regs})' },
  'info.wroteMembers': { en: 'wrote {file}: the members of {n} {n:zone|zones}', fr: '{file} écrit : les effectifs de {n} {n:zone|zones}' },

  // decoupage graph
  'graph.rook': {
    en: 'neighbours: rook (zones must share a stretch of border){snap}',
    fr: 'voisinage : rook (les zones doivent partager un tronçon de frontière){snap}',
  },
  'graph.queen': { en: 'neighbours: queen (one shared point is enough){snap}', fr: 'voisinage : queen (un seul point commun suffit){snap}' },
  'graph.snap': { en: ', borders less than {m} m apart count as shared', fr: ', les frontières distantes de moins de {m} m comptent comme communes' },
  'graph.edges': { en: 'edges: {n}', fr: 'paires de voisines : {n}' },
  'graph.edgesByKind': { en: 'edges: {n} ({kinds})', fr: 'paires de voisines : {n} ({kinds})' },
  'graph.kind.border': { en: '{n} border', fr: '{n} par une frontière' },
  'graph.kind.point': { en: '{n} point', fr: '{n} par un point' },
  'graph.kind.snapped': { en: '{n} snapped', fr: '{n} {n:rapprochée|rapprochées} (--snap)' },
  'graph.kind.link': { en: '{n} link', fr: '{n} par une liaison' },
  'graph.oneComponent': { en: 'components: 1 (every zone can be reached from every other)', fr: 'parties : 1 (chaque zone est reliée à toutes les autres)' },
  'graph.components': { en: 'components: {n} separate {n:part|parts}', fr: 'parties : {n} {n:partie séparée|parties séparées}' },
  'graph.part': { en: '{i}. {n} {n:zone|zones}{figures}: {names}{more}', fr: '{i}. {n} {n:zone|zones}{figures} : {names}{more}' },
  'graph.partMembers': { en: ', {n} {n:member|members}', fr: ', {n} {n:adhérent|adhérents}' },
  'graph.partMembersEstimated': { en: ', {n} {n:member|members} (estimated)', fr: ', {n} {n:adhérent|adhérents} ({n:estimé|estimés})' },
  'graph.partMore': { en: ', … (+{n} more)', fr: ', … (+{n} {n:autre|autres})' },
  'graph.moreParts': { en: '… and {n} more {n:part|parts} (see the JSON output)', fr: '… et {n} {n:autre partie|autres parties} (voir la sortie JSON)' },
  'graph.islandsNone': { en: 'islands (zones touching no other zone): none', fr: 'îles (zones qui ne touchent aucune autre zone) : aucune' },
  'graph.islands': { en: 'islands (zones touching no other zone): {n}', fr: 'îles (zones qui ne touchent aucune autre zone) : {n}' },
  'graph.andMore': { en: '… and {n} more', fr: '… et {n} {n:autre|autres}' },
  'graph.andMoreJson': { en: '… and {n} more (see the JSON output)', fr: '… et {n} {n:autre|autres} (voir la sortie JSON)' },
  'graph.linksGiven': { en: 'links you gave: {n}', fr: 'liaisons que vous avez données : {n}' },
  'graph.linkGiven': { en: '{a} ↔ {b}: {km} km apart ({source})', fr: '{a} ↔ {b} : à {km} km ({source})' },
  'graph.autoLinks': {
    en: 'links added by --auto-link ({rule}; at most {max} km): {n}',
    fr: 'liaisons ajoutées par --auto-link ({rule} ; au plus {max} km) : {n}',
  },
  'graph.autoNoThreshold': { en: 'no member counts, so no threshold', fr: 'pas d’effectifs, donc pas de seuil' },
  'graph.autoBelow': { en: 'only the parts below {min} {min:member|members}', fr: 'seulement les parties de moins de {min} {min:adhérent|adhérents}' },
  'graph.connectHint': {
    en: 'to connect the separate parts, add --auto-link, or --link A:B / --links links.csv for the links you choose',
    fr: 'pour relier les parties séparées, ajoutez --auto-link, ou --link A:B / --links links.csv pour les liaisons de votre choix',
  },
  'graph.nearMisses': { en: 'near-misses: {n} {n:pair|pairs} of zones: {parts}', fr: 'presque voisines : {n} {n:paire|paires} de zones : {parts}' },
  'graph.nearPoints': { en: '{n} touching at a single point only', fr: '{n} qui ne se touchent qu’en un point' },
  'graph.nearPointsRook': {
    en: '{n} touching at a single point only (not neighbours in rook mode; --contiguity queen would join them)',
    fr: '{n} qui ne se touchent qu’en un point (pas voisines en mode rook ; --contiguity queen les relierait)',
  },
  'graph.nearJoined': { en: '{n} joined only thanks to --snap', fr: '{n} {n:reliée|reliées} seulement grâce à --snap' },
  'graph.nearRest': {
    en: '{n} within the tolerance but over too short a stretch of border, not joined',
    fr: '{n} dans la tolérance mais sur un tronçon de frontière trop court, non {n:reliée|reliées}',
  },
  'graph.nearMiss': { en: '{a} — {b}: {what}, {state}', fr: '{a} — {b} : {what}, {state}' },
  'graph.touchPoint': { en: 'touch at a single point', fr: 'se touchent en un seul point' },
  'graph.apart': { en: '{d} m apart over about {len} m of border', fr: 'à {d} m l’une de l’autre sur environ {len} m de frontière' },
  'graph.joined': { en: 'joined', fr: 'reliées' },
  'graph.notJoined': { en: 'not joined', fr: 'non reliées' },
  'graph.written': { en: 'neighbour pairs written to {file}', fr: 'paires de voisines écrites dans {file}' },

  // GeoPackage layers (src/export/gpkg.ts): their QGIS styles
  'gpkg.styleSections': { en: 'decoupage sections', fr: 'sections decoupage' },
  'gpkg.styleSections.description': {
    en: 'sections filled with the map colours of the report (neighbours differ), labelled with their name',
    fr: 'sections colorées comme sur la carte du rapport (deux voisines diffèrent), avec leur nom',
  },
  'gpkg.styleZones': { en: 'decoupage zones', fr: 'zones decoupage' },
  'gpkg.styleZones.description': { en: 'zones as thin outlines', fr: 'zones en contours fins' },

  // decoupage export
  'export.wrote': { en: 'wrote {file} ({format}): {n} {n:section|sections}', fr: '{file} écrit ({format}) : {n} {n:section|sections}' },
  'export.wroteZones': { en: 'wrote {file}: {n} {n:zone|zones} with {n:its|their} section', fr: '{file} écrit : {n} {n:zone|zones} avec {n:sa|leur} section' },
  'export.wroteZonesLayer': {
    en: 'and in {file}, layer zones: {n} {n:zone|zones} with {n:its|their} section',
    fr: 'et dans {file}, couche zones : {n} {n:zone|zones} avec {n:sa|leur} section',
  },
  'export.note': { en: 'note: {note}', fr: 'remarque : {note}' },
  'export.estimated': { en: 'note: member figures are estimates ({source})', fr: 'remarque : les effectifs sont des estimations ({source})' },
  'export.check': { en: 'plan check: {verdict}', fr: 'vérification du découpage : {verdict}' },
  'export.checkBroken': {
    en: 'plan check: {verdict} (run "decoupage check" for the details)',
    fr: 'vérification du découpage : {verdict} (lancez « decoupage check » pour le détail)',
  },

  // decoupage import insee-ze
  'import.wroteZones': {
    en: "wrote {file}: {n} {n:zone d'emploi|zones d'emploi} from layer {layer} (projection: {projection}; text encoding: {encoding})",
    fr: '{file} écrit : {n} {n:zone d’emploi|zones d’emploi} de la couche {layer} (projection : {projection} ; encodage du texte : {encoding})',
  },
  'import.keptRegion': {
    en: 'kept {n:the only zone|the {n} zones} of région {list} ({dropped} {dropped:other|others} left out)',
    fr: '{n:zone gardée : la seule zone|zones gardées : les {n} zones} de la région {list} ({dropped} {dropped:autre écartée|autres écartées})',
  },
  'import.keptDepartements': {
    en: 'kept {n:the only zone|the {n} zones} of départements {list} ({dropped} {dropped:other|others} left out)',
    fr: '{n:zone gardée : la seule zone|zones gardées : les {n} zones} des départements {list} ({dropped} {dropped:autre écartée|autres écartées})',
  },
  'import.straddling': {
    en: '{n} of them {n:straddles|straddle} its border ({n:its|their} members count in full): {list}',
    fr: '{n} d’entre elles {n:est|sont} à cheval sur sa limite ({n:ses|leurs} adhérents comptent en entier) : {list}',
  },
  'import.alsoRegion': { en: '{code} {name} (also région {list})', fr: '{code} {name} (aussi région {list})' },
  'import.alsoDepartement': { en: '{code} {name} (also département {list})', fr: '{code} {name} (aussi département {list})' },
  'import.populationGaps': {
    en: '{file} has no population for {n} {n:commune|communes} of {zones} kept {zones:zone|zones}: {list}; their populations (and estimates) are too low',
    fr: '{file} n’a pas de population pour {n} {n:commune|communes} de {zones} {zones:zone gardée|zones gardées} : {list} ; leurs populations (et estimations) sont trop basses',
  },
  'import.populationGap': { en: '{zone} {name} ({n}: {examples})', fr: '{zone} {name} ({n} : {examples})' },
  'import.nextInfo': {
    en: 'next: decoupage info {file} --members-csv members.csv   (or --estimate-members RATE with a population)',
    fr: 'ensuite : decoupage info {file} --members-csv members.csv   (ou --estimate-members TAUX avec une population)',
  },
  // decoupage import admin-express
  'import.layer': {
    en: 'read {name}: {communes} {communes:commune|communes}, {arrondissements} {arrondissements:arrondissement|arrondissements} (projection: {projection})',
    fr: '{name} lu : {communes} {communes:commune|communes}, {arrondissements} {arrondissements:arrondissement municipal|arrondissements municipaux} (projection : {projection})',
  },
  'import.divided': { en: 'replaced by their arrondissements: {list}', fr: 'remplacées par leurs arrondissements municipaux : {list}' },
  'import.noZone': {
    en: "{n} {n:unit has|units have} no zone d'emploi in {file} (ze2020 left empty), e.g. {examples}: use a commune table of the same year as ADMIN EXPRESS",
    fr: '{n} {n:unité|unités} sans zone d’emploi dans {file} (ze2020 laissé vide), par exemple {examples} : utilisez une table des communes du même millésime qu’ADMIN EXPRESS',
  },
  'import.membersLeftOut': {
    en:
      '{n} {n:code|codes} of {file} with {total} {total:member|members} {n:is|are} no unit of the layer ({codes}): their members are not on any unit, so a split zone ' +
      "holding them will not add up; use ADMIN EXPRESS of the same year as the register, or leave out --members to share the zone's members by population",
    fr:
      '{n} {n:code|codes} de {file}, avec {total} {total:adhérent|adhérents}, {n:n’est|ne sont} aucune unité de la couche ({codes}) : leurs adhérents ne sont sur aucune unité, ' +
      'si bien qu’une zone découpée qui les contient ne tombera pas juste ; utilisez ADMIN EXPRESS du même millésime que le fichier des adhérents, ' +
      'ou retirez --members pour répartir les adhérents de la zone au prorata de la population',
  },
  'import.wroteUnits': {
    en: 'wrote {file}: {n} {n:unit|units} with code, name, commune, ze2020, dep, reg, population',
    fr: '{file} écrit : {n} {n:unité|unités} avec code, name, commune, ze2020, dep, reg, population',
  },
  'import.wroteUnitsMembers': {
    en: 'wrote {file}: {n} {n:unit|units} with code, name, commune, ze2020, dep, reg, population, members',
    fr: '{file} écrit : {n} {n:unité|unités} avec code, name, commune, ze2020, dep, reg, population, members',
  },
  'import.nextSplit': {
    en: 'next: decoupage propose zones.geojson --split-with {file} --split-above 60000 --split-into ZONE:K …',
    fr: 'ensuite : decoupage propose zones.geojson --split-with {file} --split-above 60000 --split-into ZONE:K …',
  },

  /** a section of the département plan and the rules it breaks */
  'demo.problems': { en: '{section}: {problems}', fr: '{section} : {problems}' },

  // progress lines on long work (stderr, when it is a terminal; the editor's proposal line)
  'progress.graphTopology': { en: 'graph: building the topology (shared borders)…', fr: 'voisinage : construction de la topologie (frontières communes)…' },
  'progress.graphBorders': { en: 'graph: measuring shared borders…', fr: 'voisinage : mesure des frontières communes…' },
  'progress.graphSnap': { en: 'graph: looking for borders closer than {m} m…', fr: 'voisinage : recherche des frontières à moins de {m} m…' },
  'progress.graphLinks': {
    en: 'graph: linking the separate parts that need it to their nearest part…',
    fr: 'voisinage : liaison des parties séparées qui en ont besoin à leur plus proche voisine…',
  },
  'progress.construction': {
    en: 'propose: construction {k}/{n}, best {best} {best:section|sections} (at most {ub})',
    fr: 'proposition : ébauche {k}/{n}, meilleure : {best} {best:section|sections} (au plus {ub})',
  },
  'progress.iteration': {
    en: 'propose: iteration {k}/{n}, best {best} {best:section|sections} (at most {ub})',
    fr: 'proposition : itération {k}/{n}, meilleure : {best} {best:section|sections} (au plus {ub})',
  },
  'progress.prefer': { en: 'propose: keeping the old plan’s cores', fr: 'proposition : maintien du cœur des anciennes sections' },
  'progress.demoLoad': { en: 'demo: loading the zones…', fr: 'démo : chargement des zones…' },
  'progress.demoPropose': { en: 'demo: proposing sections…', fr: 'démo : proposition des sections…' },
  'progress.demoWrite': { en: 'demo: writing the outputs…', fr: 'démo : écriture des résultats…' },
  'progress.reportLoad': { en: 'report: loading zones', fr: 'rapport : chargement des zones' },
  'progress.reportGraph': { en: 'report: building the contiguity graph', fr: 'rapport : construction du graphe de voisinage' },
  'progress.reportDraw': { en: 'report: checking the plan and drawing the map', fr: 'rapport : vérification du découpage et dessin de la carte' },
} as const satisfies Table;
