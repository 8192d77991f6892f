/**
 * The "help" messages of the catalogue: the --help of decoupage, every command, every option, and the words
 * commander itself writes around them ("Usage:", "(default: …)"), said in the language of the run.
 */
import type { Table } from './message.js';

export const HELP_MESSAGES = {
  // ---- the program, and the words of commander's help
  'program.description': {
    en:
      "Build electoral sections from contiguous zones (e.g. INSEE zones d'emploi) so that every section " +
      'reaches a member threshold and elects enough delegates for a pluralist list vote. ' +
      'Start with "decoupage demo", which runs every step on a bundled fictional region.',
    fr:
      'Construire des sections électorales à partir de zones contiguës (par exemple les zones d’emploi de l’INSEE), ' +
      'chaque section atteignant un seuil d’adhérents et élisant assez de délégués pour un scrutin de liste pluraliste. ' +
      'Commencez par « decoupage demo », qui enchaîne toutes les étapes sur une région fictive fournie.',
  },
  'program.usage': { en: '[options] [command]', fr: '[options] [commande]' },
  'program.version': { en: 'show the version', fr: 'afficher la version' },
  'program.help': { en: 'show help for a command', fr: 'afficher l’aide d’une commande' },
  'program.lang': { en: 'the messages, of --help and of what the commands print', fr: 'des messages, de --help et de ce qu’affichent les commandes' },
  'program.langNote': {
    en: 'also DECOUPAGE_LANG=fr, or "lang" in rules.json; by default French when the system’s locale (LC_ALL, LC_MESSAGES, LANG) is French',
    fr: 'aussi DECOUPAGE_LANG=fr, ou « lang » dans rules.json ; par défaut le français quand la langue du système (LC_ALL, LC_MESSAGES, LANG) est le français',
  },
  'lang.name.fr': { en: 'French', fr: 'français' },
  'lang.name.en': { en: 'English', fr: 'anglais' },
  'lang.why.option': { en: '{lang}', fr: '{lang}' },
  'lang.why.env': { en: '{lang}, as {detail} says', fr: '{lang}, comme le dit {detail}' },
  'lang.why.rules': { en: '{lang}, from "lang" in {detail}', fr: '{lang}, d’après « lang » dans {detail}' },
  'lang.why.locale': { en: '{lang}, because the system’s locale is French ({detail})', fr: '{lang}, car la langue du système est le français ({detail})' },
  'lang.why.localeNotFrench': {
    en: '{lang}, because the system’s locale is not French ({detail})',
    fr: '{lang}, car la langue du système n’est pas le français ({detail})',
  },
  'lang.why.default': {
    en: '{lang}: no system locale is set (LC_ALL, LC_MESSAGES, LANG)',
    fr: '{lang} : aucune langue du système n’est définie (LC_ALL, LC_MESSAGES, LANG)',
  },
  'program.afterError': { en: '(run with --help to see the options)', fr: '(lancez avec --help pour voir les options)' },
  'title.usage': { en: 'Usage:', fr: 'Utilisation :' },
  'title.options': { en: 'Options:', fr: 'Options :' },
  'title.arguments': { en: 'Arguments:', fr: 'Arguments :' },
  'title.commands': { en: 'Commands:', fr: 'Commandes :' },
  'title.globalOptions': { en: 'Global Options:', fr: 'Options globales :' },
  /** a heading of the help, from its title: "Rules (the charter)" → "Rules (the charter):" */
  heading: { en: '{title}:', fr: '{title} :' },
  'extra.choices': { en: 'choices: {values}', fr: 'choix : {values}' },
  'extra.default': { en: 'default: {value}', fr: 'par défaut : {value}' },
  'extra.list': { en: '({items})', fr: '({items})' },

  // ---- decoupage help [topic], and the shared options folded into one line per group
  'help.summary': {
    en: 'help on a command ("decoupage help propose"), or on the options shared by every command ("decoupage help options")',
    fr: 'aide sur une commande (« decoupage help propose ») ou sur les options communes à toutes les commandes (« decoupage help options »)',
  },
  'help.topic': { en: 'a command, or "options"', fr: 'une commande, ou « options »' },
  'shared.title': {
    en: 'Shared options (the same in every command; described in "decoupage help options"):',
    fr: 'Options communes (les mêmes dans chaque commande ; décrites dans « decoupage help options ») :',
  },
  'shared.line': { en: '{group}: {flags}', fr: '{group} : {flags}' },
  'shared.intro': {
    en: 'Options shared by several commands (they mean the same in each). A command\'s own options are in\n"decoupage <command> --help".',
    fr: 'Options communes à plusieurs commandes (elles ont le même sens dans chacune).\nLes options propres à une commande sont dans « decoupage <commande> --help ».',
  },
  'shared.group': { en: '{group} ({commands}):', fr: '{group} ({commands}) :' },
  'group.zones': { en: 'Zones and member counts', fr: 'Zones et effectifs' },
  'group.graph': { en: 'Neighbours (contiguity)', fr: 'Voisinage (contiguïté)' },
  'group.rules': { en: 'Rules (the charter)', fr: 'Règles (la charte)' },
  'group.seats': { en: 'Seats per section', fr: 'Sièges par section' },
  'group.split': {
    en: 'Splitting very large zones into finer units (e.g. communes)',
    fr: 'Découper les très grandes zones en unités plus fines (par exemple les communes)',
  },

  // ---- arguments and options several commands share
  'arg.zonesExample': {
    en: 'the zone file (GeoJSON or GeoPackage), e.g. zones.geojson',
    fr: 'le fichier des zones (GeoJSON ou GeoPackage), par exemple zones.geojson',
  },
  'arg.zones': { en: 'the zone file (GeoJSON or GeoPackage)', fr: 'le fichier des zones (GeoJSON ou GeoPackage)' },
  'arg.planFiles': {
    en: 'the plan: plan.csv (zone,section), plan.json or plan.geojson',
    fr: 'le découpage : plan.csv (zone,section), plan.json ou plan.geojson',
  },
  'arg.plan': { en: 'the plan: a zone,section CSV (or JSON / GeoJSON)', fr: 'le découpage : un CSV zone,section (ou JSON / GeoJSON)' },
  'opt.json.verdict': { en: 'print the full verdict as JSON (for scripts)', fr: 'afficher le verdict complet en JSON (pour les scripts)' },
  'opt.json.result': { en: 'print the result as JSON (for scripts)', fr: 'afficher le résultat en JSON (pour les scripts)' },
  lang: { en: 'language of {what}: fr (French) or en (English)', fr: 'langue {what} : fr (français) ou en (anglais)' },
  'lang.note': { en: 'language of {what}: fr (French) or en (English); {note}', fr: 'langue {what} : fr (français) ou en (anglais) ; {note}' },
  'lang.printedSummary': { en: 'the printed summary', fr: 'du résumé affiché' },
  'lang.printedLines': { en: 'the printed lines', fr: 'des lignes affichées' },
  'lang.jsonSame': { en: '--json stays the same', fr: '--json ne change pas' },
  'lang.jsonSameCsv': {
    en: '--json stays the same; the CSV uses ";" and decimal commas in French',
    fr: '--json ne change pas ; le CSV utilise « ; » et la virgule décimale en français',
  },
  csvSep: {
    en: 'separator of the CSV files written: ";" for French Excel, with decimal commas (the default with --lang fr; also "csv-sep" in rules.json), or ","',
    fr: 'séparateur des fichiers CSV écrits : « ; » pour Excel en français, avec virgule décimale (par défaut avec --lang fr ; aussi "csv-sep" dans rules.json), ou « , »',
  },
  compareBy: {
    en: 'compare with the plan of one section per value of this zone property, e.g. dep (one section per département), built from the zones themselves',
    fr: 'comparer avec le découpage d’une section par valeur de cette propriété des zones, par exemple dep (une section par département), construit à partir des zones elles-mêmes',
  },
  'plan.zone': {
    en: 'column (or GeoJSON property) of the plan holding the zone code (default: zone, zone_id or code)',
    fr: 'colonne (ou propriété GeoJSON) du découpage qui contient le code de la zone (par défaut : zone, zone_id ou code)',
  },
  'plan.section': {
    en: 'column (or GeoJSON property) of the plan holding the section (default: section or district)',
    fr: 'colonne (ou propriété GeoJSON) du découpage qui contient la section (par défaut : section ou district)',
  },

  // ---- zone options (src/cli/zone-options.ts)
  'zone.layer': {
    en: 'for a GeoPackage zone file (.gpkg): the layer to read (default: its first layer)',
    fr: 'pour un fichier de zones GeoPackage (.gpkg) : la couche à lire (par défaut : sa première couche)',
  },
  'zone.id': {
    en: 'property of the zone file holding the zone code (default: code, id, ze2020, CODE or insee)',
    fr: 'propriété du fichier des zones qui contient le code de la zone (par défaut : code, id, ze2020, CODE ou insee)',
  },
  'zone.name': {
    en: 'property holding the zone name (default: name, nom, libelle or libze2020)',
    fr: 'propriété qui contient le nom de la zone (par défaut : name, nom, libelle ou libze2020)',
  },
  'zone.members': {
    en: 'property of the zone file holding the member count (default: "members" when present)',
    fr: 'propriété du fichier des zones qui contient le nombre d’adhérents (par défaut : "members" s’il existe)',
  },
  'zone.membersCsv': {
    en: 'read member counts from a spreadsheet (CSV) with one line per zone',
    fr: 'lire les effectifs dans un tableur (CSV) d’une ligne par zone',
  },
  'zone.membersCol': {
    en: 'column of the CSV holding the member counts (default: members)',
    fr: 'colonne du CSV qui contient les effectifs (par défaut : members)',
  },
  'zone.codeCol': { en: 'column of the CSV holding the zone code (default: code)', fr: 'colonne du CSV qui contient le code de la zone (par défaut : code)' },
  'zone.communeMembers': {
    en: 'read member counts per commune and add them up by zone (needs --commune-table)',
    fr: 'lire les effectifs par commune et les additionner par zone (demande --commune-table)',
  },
  'zone.communeCol': {
    en: 'column of the commune CSV holding the commune code (default: code or CODGEO)',
    fr: 'colonne du CSV des communes qui contient le code de la commune (par défaut : code ou CODGEO)',
  },
  'zone.communeTable': {
    en: "table saying which zone each commune belongs to, e.g. INSEE's commune-ze2020.csv",
    fr: 'table qui dit à quelle zone appartient chaque commune, par exemple commune-ze2020.csv de l’INSEE',
  },
  'zone.tableCommuneCol': {
    en: 'commune code column of --commune-table (default: CODGEO)',
    fr: 'colonne du code de commune de --commune-table (par défaut : CODGEO)',
  },
  'zone.tableZoneCol': { en: 'zone code column of --commune-table (default: ZE2020)', fr: 'colonne du code de zone de --commune-table (par défaut : ZE2020)' },
  'zone.skipUnknown': {
    en: 'leave out CSV lines whose code is in no zone (a national file with a regional zone layer) or that --commune-table does not know (another year), instead of stopping; outputs say how many',
    fr: 'écarter les lignes du CSV dont le code n’est dans aucune zone (un fichier national avec une couche régionale) ou que --commune-table ne connaît pas (une autre année), au lieu de s’arrêter ; les sorties disent combien',
  },
  'zone.estimateMembers': {
    en: 'no member counts? estimate them as population × rate (e.g. 0.08); outputs say they are estimates',
    fr: 'pas d’effectifs ? les estimer comme population × taux (par exemple 0,08) ; les sorties disent que ce sont des estimations',
  },
  'zone.population': {
    en: 'property holding the population, for --estimate-members (default: population)',
    fr: 'propriété qui contient la population, pour --estimate-members (par défaut : population)',
  },
  'zone.populationCsv': {
    en: 'read the population from a CSV with one line per zone, for --estimate-members',
    fr: 'lire la population dans un CSV d’une ligne par zone, pour --estimate-members',
  },
  'zone.populationCol': {
    en: 'column of the population CSV holding the population (default: population)',
    fr: 'colonne du CSV de population qui contient la population (par défaut : population)',
  },
  'zone.communePopulation': {
    en: 'read the population per commune and add it up by zone (needs --commune-table)',
    fr: 'lire la population par commune et l’additionner par zone (demande --commune-table)',
  },

  // ---- contiguity options (src/cli/graph-options.ts)
  'neighbours.contiguity': {
    en: 'when two zones are neighbours: rook = they share a stretch of border, queen = one shared point is enough',
    fr: 'quand deux zones sont voisines : rook = elles ont un bout de frontière en commun, queen = un seul point commun suffit',
  },
  'neighbours.snap': {
    en: 'count borders less than this many metres apart as shared (for layers whose borders do not match exactly)',
    fr: 'tenir pour communes les frontières distantes de moins de ce nombre de mètres (pour les couches dont les frontières ne coïncident pas exactement)',
  },
  'neighbours.link': {
    en: 'treat zones A and B as neighbours, e.g. an island and the zone of its ferry port (repeat for several links)',
    fr: 'tenir les zones A et B pour voisines, par exemple une île et la zone de son port d’embarquement (à répéter pour plusieurs liens)',
  },
  'neighbours.links': { en: 'read links from a CSV file with columns zone_a,zone_b', fr: 'lire les liens dans un fichier CSV de colonnes zone_a,zone_b' },
  'neighbours.autoLink': {
    en:
      'link each separate part (island, enclave) too small to be a section on its own (below --min-members) to its nearest ' +
      'part, preferring the same département, then the same région; each link is printed with its distance',
    fr:
      'relier chaque partie isolée (île, enclave) trop petite pour faire une section à elle seule (sous --min-members) à la partie ' +
      'la plus proche, de préférence du même département, puis de la même région ; chaque lien est affiché avec sa distance',
  },
  'neighbours.maxLinkKm': {
    en: 'the longest link the automatic linking (above) adds (default {km}); a part below the threshold with no part that close is refused (exit 1), so you choose --link or a lower threshold',
    fr: 'le plus long lien que la liaison automatique (ci-dessus) ajoute (par défaut {km}) ; une partie sous le seuil sans autre partie aussi proche est refusée (code de sortie 1) : à vous de choisir --link ou un seuil plus bas',
  },

  // ---- rule options (src/cli/rules-options.ts)
  'rules.rules': {
    en: 'read the rules from a JSON file, e.g. {example}',
    fr: 'lire les règles dans un fichier JSON, par exemple {example}',
  },
  'rules.minMembers': {
    en: 'every section has at least this many members (default 10000)',
    fr: 'chaque section compte au moins ce nombre d’adhérents (par défaut 10000)',
  },
  'rules.maxMembers': { en: 'no section has more than this many members', fr: 'aucune section ne compte plus que ce nombre d’adhérents' },
  'rules.maxDeviation': {
    en: "every section's members within this many % of the mean section size (e.g. 15: ±15 %)",
    fr: 'l’effectif de chaque section à moins de ce pourcentage de la taille moyenne des sections (par exemple 15 : ±15 %)',
  },
  'rules.maxZones': {
    en: 'no section holds more than this many zones (keeps sections compact and readable)',
    fr: 'aucune section ne réunit plus que ce nombre de zones (des sections compactes et lisibles)',
  },
  'rules.minSeats': {
    en: 'every section elects at least this many delegates (default 6)',
    fr: 'chaque section élit au moins ce nombre de délégués (par défaut 6)',
  },
  'rules.membersPerSeat': { en: 'one delegate per this many members (default 1500)', fr: 'un délégué pour ce nombre d’adhérents (par défaut 1500)' },
  'rules.seats': {
    en: 'a fixed total of delegates, shared between sections by --method',
    fr: 'un nombre total fixe de délégués, réparti entre les sections selon --method',
  },
  'rules.method': { en: 'how --seats are shared between sections', fr: 'comment les sièges de --seats sont répartis entre les sections' },
  'rules.sections': {
    en: 'make exactly this many sections instead of as many as possible',
    fr: 'faire exactement ce nombre de sections au lieu du plus grand nombre possible',
  },
  'rules.respect': {
    en: 'cross the boundaries given by this zone property (e.g. dep) only when needed',
    fr: 'ne franchir les limites données par cette propriété des zones (par exemple dep) qu’en cas de besoin',
  },
  'rules.within': {
    en: 'never cross the boundaries given by this zone property (e.g. reg)',
    fr: 'ne jamais franchir les limites données par cette propriété des zones (par exemple reg)',
  },

  // ---- seat options (src/cli/rules-options.ts)
  'seatRules.rules': {
    en: 'read the seat rules from a JSON file, e.g. {example}',
    fr: 'lire les règles des sièges dans un fichier JSON, par exemple {example}',
  },
  'seatRules.seats': {
    en: 'a fixed total of delegates to share between the sections',
    fr: 'un nombre total fixe de délégués à répartir entre les sections',
  },
  'seatRules.method': {
    en: 'how --seats are shared between sections (default dhondt)',
    fr: 'comment les sièges de --seats sont répartis entre les sections (par défaut dhondt)',
  },
  'seatRules.membersPerSeat': {
    en: 'one delegate per this many members, rounded down (default 1500 when --seats is not given)',
    fr: 'un délégué pour ce nombre d’adhérents, arrondi à l’entier inférieur (par défaut 1500 sans --seats)',
  },
  'seatRules.minSeats': {
    en: 'with --seats: every section first gets this many seats (default 6)',
    fr: 'avec --seats : chaque section reçoit d’abord ce nombre de sièges (par défaut 6)',
  },
  'seatRules.tieBreak': {
    en: 'who gets a tied last seat: the larger section, a seeded draw, or the first in the plan',
    fr: 'qui obtient un dernier siège à égalité : la plus grande section, un tirage au sort reproductible (--seed), ou la première du découpage',
  },

  // ---- decoupage demo
  'demo.summary': {
    en: 'run everything on the bundled fictional region and write the results into a folder',
    fr: 'tout lancer sur la région fictive fournie et écrire les résultats dans un dossier',
  },
  'demo.description': {
    en:
      'Run the whole job on the bundled demo data: a fictional region of 40 zones, "Région de Valmorance (fictive)", ' +
      'with about 400,000 members. The demo loads the zones, finds which zones touch (and links the island to the ' +
      'mainland), proposes sections of at least 10,000 members and 6 delegates (1 delegate per 1,500 members), ' +
      'checks them, and compares the list vote with the old practice of one section per département. The ' +
      'metropolis, too big for one section, is split into several sections using its communes.\n\n' +
      'It writes plan.csv, units.geojson, sections.geojson, zones.geojson, seats.csv and report.html into the folder ' +
      '(./decoupage-demo unless you give -o). Open report.html in a browser.\n\n' +
      'Example: decoupage demo -o my-demo --lang fr',
    fr:
      'Faire tout le travail sur les données de démonstration fournies : une région fictive de 40 zones, « Région de Valmorance (fictive) », ' +
      'd’environ 400 000 adhérents. La démonstration charge les zones, trouve quelles zones se touchent (et relie l’île au ' +
      'continent), propose des sections d’au moins 10 000 adhérents et 6 délégués (1 délégué pour 1 500 adhérents), ' +
      'les vérifie, et compare le scrutin de liste avec l’ancienne pratique d’une section par département. La ' +
      'métropole, trop grande pour une seule section, est découpée en plusieurs sections grâce à ses communes.\n\n' +
      'Elle écrit plan.csv, units.geojson, sections.geojson, zones.geojson, seats.csv et report.html dans le dossier ' +
      '(./decoupage-demo sauf si vous donnez -o). Ouvrez report.html dans un navigateur.\n\n' +
      'Exemple : decoupage demo -o ma-demo --lang fr',
  },
  'demo.output': {
    en: 'folder to write the results into (created if needed)',
    fr: 'dossier où écrire les résultats (créé au besoin)',
  },
  'demo.lang': { en: 'the printed summary and of the report', fr: 'du résumé affiché et du rapport' },
  'demo.seed': {
    en: 'seed of the proposal (the same seed gives the same plan)',
    fr: 'graine de la proposition (la même graine donne le même découpage)',
  },

  // ---- decoupage import
  'import.summary': {
    en: "turn an official file (INSEE zones d'emploi, IGN ADMIN EXPRESS communes) into a zone or units file",
    fr: 'transformer un fichier officiel (zones d’emploi de l’INSEE, communes ADMIN EXPRESS de l’IGN) en fichier de zones ou d’unités',
  },
  'import.description': {
    en:
      "Turn INSEE's map of the zones d'emploi into a zone file (GeoJSON) the other commands read. " +
      'Download "Fonds de carte des zones d\'emploi 2020" (fonds_ze2020_XXXX.zip) from ' +
      'https://www.insee.fr/fr/information/4652957 and give the zip as it is (no need to unzip it). ' +
      'The result has one zone per feature with properties code (4 characters, e.g. "0052"), name and nb_com, ' +
      "in longitude/latitude (WGS84); Lambert-93 maps are converted. With --commune-table (INSEE's commune → zone " +
      'table, columns CODGEO, ZE2020, DEP, REG) each zone also gets its département and région (dep, deps, reg, regs), ' +
      'for --respect dep and --within reg.\n\n' +
      "admin-express: IGN's ADMIN EXPRESS (COG or COG CARTO, shapefiles; download from {url}, " +
      'extract the .7z and give the folder, or a zip of it) → a units layer for propose --split-with: one feature per ' +
      'commune, Paris, Lyon and Marseille replaced by their arrondissements municipaux, each with code, name, commune, ' +
      'ze2020 (from --commune-table, required), dep, reg and population. Any projection IGN ships is converted to WGS84.',
    fr:
      'Transformer la carte des zones d’emploi de l’INSEE en fichier de zones (GeoJSON) que lisent les autres commandes. ' +
      'Téléchargez « Fonds de carte des zones d’emploi 2020 » (fonds_ze2020_XXXX.zip) sur ' +
      'https://www.insee.fr/fr/information/4652957 et donnez le zip tel quel (inutile de le décompresser). ' +
      'Le résultat compte une zone par entité, avec les propriétés code (4 caractères, par exemple "0052"), name et nb_com, ' +
      'en longitude/latitude (WGS84) ; les cartes en Lambert-93 sont converties. Avec --commune-table (la table commune → zone ' +
      'de l’INSEE, colonnes CODGEO, ZE2020, DEP, REG), chaque zone reçoit aussi son département et sa région (dep, deps, reg, regs), ' +
      'pour --respect dep et --within reg.\n\n' +
      'admin-express : ADMIN EXPRESS de l’IGN (COG ou COG CARTO, en shapefiles ; à télécharger sur {url}, ' +
      'extrayez le .7z et donnez le dossier, ou un zip de celui-ci) → une couche d’unités pour propose --split-with : une entité par ' +
      'commune, Paris, Lyon et Marseille remplacées par leurs arrondissements municipaux, chacune avec code, name, commune, ' +
      'ze2020 (tiré de --commune-table, obligatoire), dep, reg et population. Toute projection livrée par l’IGN est convertie en WGS84.',
  },
  'import.format': { en: 'what the file is', fr: 'la nature du fichier' },
  'import.file': {
    en: "INSEE's fonds_ze2020_XXXX.zip, or ADMIN EXPRESS (a folder or a zip of shapefiles, or its GeoPackage edition, .gpkg), or INSEE's unemployment workbook chomage-zone-t1-2003-t3-2023.xlsx (insee-chomage: writes the CSV --attributes reads)",
    fr: 'le fonds_ze2020_XXXX.zip de l’INSEE, ou ADMIN EXPRESS (un dossier ou un zip de shapefiles, ou son édition GeoPackage, .gpkg), ou le classeur du chômage de l’INSEE chomage-zone-t1-2003-t3-2023.xlsx (insee-chomage : écrit le CSV que lit --attributes)',
  },
  'import.output': {
    en: 'the zone (or units) file to write: GeoJSON, or a GeoPackage styled for QGIS when the name ends in .gpkg',
    fr: 'le fichier de zones (ou d’unités) à écrire : GeoJSON, ou un GeoPackage stylé pour QGIS quand le nom finit par .gpkg',
  },
  'import.communeTable': {
    en: "INSEE's commune → zone table (CODGEO, ZE2020, DEP, REG): adds each zone's département (dep) and région (reg)",
    fr: 'la table commune → zone de l’INSEE (CODGEO, ZE2020, DEP, REG) : ajoute à chaque zone son département (dep) et sa région (reg)',
  },
  'import.communePopulation': {
    en: 'with --commune-table: population per commune (columns code or CODGEO, population), so that a zone crossing a border gets the département where most of its people live (else: where most of its communes are)',
    fr: 'avec --commune-table : population par commune (colonnes code ou CODGEO, population), pour qu’une zone à cheval sur une limite reçoive le département où vit la plus grande part de ses habitants (sinon : celui de la plupart de ses communes)',
  },
  'import.fromCrs': {
    en: 'projection of a layer whose .prj file is missing: {crs} (EPSG:2154 = Lambert-93)',
    fr: 'projection d’une couche dont le fichier .prj manque : {crs} (EPSG:2154 = Lambert-93)',
  },
  'import.maxUnzipped': {
    en: "refuse a zip that inflates to more than this (default {mb} MB; INSEE's files need a few tens)",
    fr: 'refuser un zip qui se décompresse en plus que cela (par défaut {mb} Mo ; les fichiers de l’INSEE en demandent quelques dizaines)',
  },
  'import.region': {
    en: 'keep only this région (INSEE code, e.g. 93): insee-ze with --commune-table keeps its zones, straddling ones included; admin-express keeps its communes (INSEE_REG); repeatable',
    fr: 'ne garder que cette région (code INSEE, par exemple 93) : insee-ze avec --commune-table garde ses zones, y compris celles à cheval ; admin-express garde ses communes (INSEE_REG) ; répétable',
  },
  'import.departements': {
    en: 'insee-ze with --commune-table: keep only the zones of these départements, e.g. 04,05,06,13,83,84 (straddling zones included)',
    fr: 'insee-ze avec --commune-table : ne garder que les zones de ces départements, par exemple 04,05,06,13,83,84 (y compris les zones à cheval)',
  },
  'import.members': {
    en: 'admin-express: members per commune or arrondissement (code,members, e.g. from decoupage members --communes-out), written as property "members"',
    fr: 'admin-express : adhérents par commune ou arrondissement (code,members, par exemple tirés de decoupage members --communes-out), écrits dans la propriété "members"',
  },

  // ---- decoupage members
  'members.summary': {
    en: 'count members per commune and per zone from a member register (postal code, town)',
    fr: 'compter les adhérents par commune et par zone à partir d’un fichier d’adhérents (code postal, ville)',
  },
  'members.description': {
    en:
      'Read a member register exported from a spreadsheet or a member database (CSV, "," or ";", UTF-8 or ' +
      "French Excel's Windows-1252), one line per member or a count per line, and write the members per zone " +
      '(with --commune-table) or per commune, in the code,members form every command reads.\n\n' +
      'Each line is matched to its commune by its INSEE code (--insee-col), else by its postal code when the code ' +
      'serves one commune, else by its town name (spelled as on envelopes: ST/SAINT, CEDEX, no accents; CEDEX and ' +
      'wrong codes are looked up in the département), else by a locality named in its street, and only then shared ' +
      'among the communes of the postal code in proportion to their population (marked as estimated). Paris, Lyon ' +
      'and Marseille are counted per arrondissement; former communes go to the commune they merged into. ' +
      'Tables: npm packages codes-postaux (Base Adresse Nationale) and @etalab/decoupage-administratif.\n\n' +
      'Only counts are printed and written, never a line, a name or an address of the register. Columns are found ' +
      'by their header (French or English: code postal/CP/postcode, ville/commune/town, adresse/street, ' +
      'nombre/count, code INSEE, pays/country) or named with the options.',
    fr:
      'Lire un fichier d’adhérents exporté d’un tableur ou d’une base d’adhérents (CSV, « , » ou « ; », UTF-8 ou ' +
      'Windows-1252 d’Excel en français), une ligne par adhérent ou un effectif par ligne, et écrire les adhérents par zone ' +
      '(avec --commune-table) ou par commune, sous la forme code,members que lisent toutes les commandes.\n\n' +
      'Chaque ligne est rattachée à sa commune par son code INSEE (--insee-col), sinon par son code postal quand ce code ' +
      'ne dessert qu’une commune, sinon par le nom de sa ville (écrit comme sur les enveloppes : ST/SAINT, CEDEX, sans accents ; ' +
      'les CEDEX et les codes erronés sont cherchés dans le département), sinon par un lieu-dit nommé dans sa rue, et seulement ' +
      'ensuite répartie entre les communes du code postal au prorata de leur population (marquée comme estimée). Paris, Lyon ' +
      'et Marseille sont comptées par arrondissement ; les anciennes communes vont à la commune qu’elles ont rejointe. ' +
      'Tables : paquets npm codes-postaux (Base Adresse Nationale) et @etalab/decoupage-administratif.\n\n' +
      'Seuls des effectifs sont affichés et écrits, jamais une ligne, un nom ni une adresse du fichier. Les colonnes sont trouvées ' +
      'par leur en-tête (en français ou en anglais : code postal/CP/postcode, ville/commune/town, adresse/street, ' +
      'nombre/count, code INSEE, pays/country) ou nommées par les options.',
  },
  'members.register': { en: 'the member register (CSV)', fr: 'le fichier des adhérents (CSV)' },
  'members.output': {
    en: 'members per zone (with --commune-table) or per commune: code,members,…',
    fr: 'adhérents par zone (avec --commune-table) ou par commune : code,members,…',
  },
  'members.communeTable': {
    en: "INSEE's commune → zone table (CODGEO, ZE2020): -o then holds members per zone",
    fr: 'la table commune → zone de l’INSEE (CODGEO, ZE2020) : -o contient alors les adhérents par zone',
  },
  'members.communesOut': {
    en: 'with --commune-table: also write the members per commune (arrondissements of Paris, Lyon, Marseille apart)',
    fr: 'avec --commune-table : écrire aussi les adhérents par commune (arrondissements de Paris, Lyon et Marseille à part)',
  },
  'members.unmatched': {
    en: 'write the unmatched lines, grouped by reason, postal code and town, with their counts',
    fr: 'écrire les lignes non rattachées, regroupées par motif, code postal et ville, avec leurs effectifs',
  },
  'members.maxUnmatched': {
    en: 'stop (exit 1, -o not written) when more than this share of the lines or members is not matched (default 0.5%)',
    fr: 's’arrêter (code de sortie 1, -o non écrit) quand plus que cette part des lignes ou des adhérents n’est pas rattachée (par défaut 0,5 %)',
  },
  'members.postcodeCol': {
    en: 'the postal code column (default: code postal, CP, postcode…)',
    fr: 'la colonne du code postal (par défaut : code postal, CP, postcode…)',
  },
  'members.townCol': {
    en: 'the town column (default: ville, commune, localité, town, city…)',
    fr: 'la colonne de la ville (par défaut : ville, commune, localité, town, city…)',
  },
  'members.streetCol': {
    en: 'the street column, used when a postal code and town leave several communes',
    fr: 'la colonne de la rue, utilisée quand code postal et ville laissent plusieurs communes',
  },
  'members.countCol': {
    en: 'a column of member counts, when each line counts several members (default: one member per line)',
    fr: 'une colonne d’effectifs, quand chaque ligne compte plusieurs adhérents (par défaut : un adhérent par ligne)',
  },
  'members.inseeCol': {
    en: 'a column of INSEE commune codes, when the register has them (used before the postal code)',
    fr: 'une colonne de codes INSEE des communes, quand le fichier en a (utilisée avant le code postal)',
  },
  'members.countryCol': {
    en: 'the country column: lines outside France are counted apart (default: pays, country)',
    fr: 'la colonne du pays : les lignes hors de France sont comptées à part (par défaut : pays, country)',
  },
  'members.lang': { en: 'the printed summary and of --unmatched', fr: 'du résumé affiché et de --unmatched' },

  // ---- decoupage info
  'info.summary': { en: 'check that a zone file loads, and summarize it', fr: 'vérifier qu’un fichier de zones se charge, et le résumer' },
  'info.description': {
    en:
      'Load a zone file (GeoJSON) with its member counts and print a summary: number of zones, total ' +
      'members, the smallest and largest zones, whether the figures are estimates, and the properties ' +
      'of the zones (useful to choose --respect or --within). Use it to try the member options before the other commands.',
    fr:
      'Charger un fichier de zones (GeoJSON) avec ses effectifs et afficher un résumé : nombre de zones, total des ' +
      'adhérents, les plus petites et les plus grandes zones, si les chiffres sont des estimations, et les propriétés ' +
      'des zones (utile pour choisir --respect ou --within). Servez-vous-en pour essayer les options d’effectifs avant les autres commandes.',
  },
  'info.top': { en: 'how many smallest and largest zones to list', fr: 'combien de plus petites et de plus grandes zones lister' },
  'info.json': { en: 'print the summary as JSON (for scripts)', fr: 'afficher le résumé en JSON (pour les scripts)' },
  'info.membersOut': {
    en:
      'write the member count of every zone (code,name,members,members_estimated) to open in a spreadsheet, ' +
      'and to give the other commands with --members-csv instead of repeating the estimate options',
    fr:
      'écrire l’effectif de chaque zone (code,name,members,members_estimated), à ouvrir dans un tableur ' +
      'et à donner aux autres commandes avec --members-csv au lieu de répéter les options d’estimation',
  },

  // ---- decoupage graph
  'graph.summary': {
    en: 'find which zones are neighbours (contiguity graph), islands and separate parts',
    fr: 'trouver quelles zones sont voisines (graphe de contiguïté), les îles et les parties isolées',
  },
  'graph.description': {
    en:
      'Work out which zones are neighbours, how long their common border is, which zones touch nothing ' +
      '(islands) and which groups of zones are cut off from the rest. Sections are built only from ' +
      'neighbouring zones, so check this first. Islands can be joined with --link or --auto-link; the ' +
      'same options work in propose and check.\n\n' +
      'Example: decoupage graph zones.geojson --auto-link -o edges.csv',
    fr:
      'Déterminer quelles zones sont voisines, la longueur de leur frontière commune, quelles zones ne touchent rien ' +
      '(les îles) et quels groupes de zones sont coupés du reste. Les sections ne sont faites que de zones ' +
      'voisines : vérifiez donc cela d’abord. Les îles se rattachent avec --link ou --auto-link ; les ' +
      'mêmes options valent pour propose et check.\n\n' +
      'Exemple : decoupage graph zones.geojson --auto-link -o edges.csv',
  },
  'graph.output': {
    en: 'write the neighbour pairs: edges.csv (zone_a,zone_a_name,zone_b,zone_b_name,shared_border_km,kind) or edges.json',
    fr: 'écrire les paires de voisines : edges.csv (zone_a,zone_a_name,zone_b,zone_b_name,shared_border_km,kind) ou edges.json',
  },
  'graph.json': {
    en: 'print the full result as JSON instead of the summary (for scripts)',
    fr: 'afficher le résultat complet en JSON au lieu du résumé (pour les scripts)',
  },
  'graph.minMembers': {
    en: 'with --auto-link and member counts: the section threshold; only the parts below it are linked (default 10000)',
    fr: 'avec --auto-link et des effectifs : le seuil d’une section ; seules les parties en dessous sont reliées (par défaut 10000)',
  },
  'graph.rules': {
    en: 'with --auto-link: read the threshold ("min-members") from the rules file of propose and check',
    fr: 'avec --auto-link : lire le seuil ("min-members") dans le fichier de règles de propose et check',
  },

  // ---- decoupage propose
  'propose.summary': {
    en: 'propose sections: as many as possible, each contiguous and meeting the member and seat rules',
    fr: 'proposer des sections : le plus possible, chacune d’un seul tenant et respectant les règles d’adhérents et de sièges',
  },
  'propose.description': {
    en:
      'Merge neighbouring zones into sections so that every section reaches the member threshold and elects ' +
      'enough delegates, with as many sections as possible (members stay close to their delegates), then ' +
      'crossing --respect boundaries as little as possible, then as compact as possible.\n\n' +
      'Writes the plan as a spreadsheet (zone,zone_name,section,section_name: one line per zone) and prints one ' +
      'line per section. The same --seed on the same input always gives the same plan. The plan is checked with ' +
      'the rules of "decoupage check" before it is written.\n\n' +
      "Example, a mutual's sections of at least 10,000 members (6 delegates, one per 1,500 members), " +
      'crossing département lines only when needed:\n' +
      '  decoupage propose zones.geojson --members-csv members.csv --auto-link \\\n' +
      '    --min-members 10000 --members-per-seat 1500 --min-seats 6 --respect dep \\\n' +
      '    -o plan.csv --report rapport.html --lang fr',
    fr:
      'Regrouper des zones voisines en sections, chaque section atteignant le seuil d’adhérents et élisant ' +
      'assez de délégués, avec le plus de sections possible (les adhérents restent proches de leurs délégués), puis ' +
      'en franchissant le moins possible les limites de --respect, puis aussi compactes que possible.\n\n' +
      'Écrit le découpage sous forme de tableur (zone,zone_name,section,section_name : une ligne par zone) et affiche une ' +
      'ligne par section. La même --seed sur les mêmes données donne toujours le même découpage. Le découpage est vérifié avec ' +
      'les règles de « decoupage check » avant d’être écrit.\n\n' +
      'Exemple, les sections d’une mutuelle d’au moins 10 000 adhérents (6 délégués, un pour 1 500 adhérents), ' +
      'qui ne franchissent les limites de département qu’en cas de besoin :\n' +
      '  decoupage propose zones.geojson --members-csv members.csv --auto-link \\\n' +
      '    --min-members 10000 --members-per-seat 1500 --min-seats 6 --respect dep \\\n' +
      '    -o plan.csv --report rapport.html --lang fr',
  },
  'propose.output': {
    en: 'where to write the plan (zone,zone_name,section,section_name)',
    fr: 'où écrire le découpage (zone,zone_name,section,section_name)',
  },
  'propose.geojson': {
    en: 'also write the sections as a map layer (one shape per section; a GeoPackage when the name ends in .gpkg)',
    fr: 'écrire aussi les sections comme couche cartographique (une forme par section ; un GeoPackage quand le nom finit par .gpkg)',
  },
  'propose.gpkg': {
    en: 'also write a GeoPackage for QGIS with two styled layers: sections (coloured as in the report, labelled) and zones (each with its section)',
    fr: 'écrire aussi un GeoPackage pour QGIS avec deux couches stylées : sections (colorées comme dans le rapport, avec leur nom) et zones (chacune avec sa section)',
  },
  'propose.report': {
    en: 'also write the report of the plan: map, sections, verdicts, seats (one HTML file)',
    fr: 'écrire aussi le rapport du découpage : carte, sections, verdicts, sièges (un seul fichier HTML)',
  },
  'propose.lang': { en: 'the printed text and of --report', fr: 'du texte affiché et de --report' },
  'propose.seed': {
    en: 'seed of the random choices: the same seed gives the same plan',
    fr: 'graine des choix aléatoires : la même graine donne le même découpage',
  },
  'propose.iterations': {
    en: 'improvement steps (more can find more sections; default: 20 per zone, at most 20,000)',
    fr: 'étapes d’amélioration (davantage peut trouver plus de sections ; par défaut : 20 par zone, au plus 20 000)',
  },
  'propose.constructions': {
    en: 'random first drafts tried before improving the best one (default 50)',
    fr: 'premières ébauches aléatoires essayées avant d’améliorer la meilleure (par défaut 50)',
  },
  'propose.timeLimit': {
    en: 'safety cap: stop improving after this many seconds. The plan then depends on the speed of the computer, so prefer --iterations for reproducible results',
    fr: 'garde-fou : arrêter d’améliorer après ce nombre de secondes. Le découpage dépend alors de la vitesse de l’ordinateur : préférez --iterations pour des résultats reproductibles',
  },
  'propose.threads': {
    en: 'threads used, on as many cores (default: the machine’s cores); the plan is the same whatever their number',
    fr: 'fils d’exécution utilisés, sur autant de cœurs (par défaut : les cœurs de la machine) ; le découpage est le même quel que soit leur nombre',
  },
  'propose.lock': {
    en: 'keep some zones in given sections: a CSV with columns zone,section',
    fr: 'garder certaines zones dans des sections données : un CSV de colonnes zone,section',
  },
  'propose.exact': {
    en:
      'small layers (up to a few hundred zones, sections of a few zones): solve to the proved optimum number of ' +
      'sections and say "optimal"; without it the bound is proved with a limited effort',
    fr:
      'petites couches (jusqu’à quelques centaines de zones, sections de quelques zones) : résoudre jusqu’au nombre optimal ' +
      'prouvé de sections et dire « optimal » ; sans elle, la borne est prouvée avec un effort limité',
  },
  'propose.prefer': {
    en: 'prefer keeping zones in the section they have in this plan (members keep their delegates); prints the share of members who stay',
    fr: 'préférer garder les zones dans leur section de ce découpage (les adhérents gardent leurs délégués) ; affiche la part des adhérents qui restent',
  },
  'propose.splitWith': {
    en:
      'finer units (e.g. communes) for very large zones: every zone above --split-above members is replaced by its ' +
      'units, so it can be divided into several sections. Each unit says which zone it belongs to (property ze2020 or zone); ' +
      'its members come from its "members" property (they must add up to the zone\'s), or else the zone\'s members are shared ' +
      'in proportion to its "population". The plan then has one row per unit',
    fr:
      'unités plus fines (par exemple les communes) pour les très grandes zones : chaque zone de plus de --split-above adhérents est remplacée par ses ' +
      'unités, pour pouvoir être partagée entre plusieurs sections. Chaque unité dit à quelle zone elle appartient (propriété ze2020 ou zone) ; ' +
      'ses adhérents viennent de sa propriété "members" (leur somme doit égaler celle de la zone), ou sinon les adhérents de la zone sont répartis ' +
      'au prorata de sa "population". Le découpage a alors une ligne par unité',
  },
  'propose.splitAbove': {
    en: 'with --split-with: split the zones with more members than this',
    fr: 'avec --split-with : découper les zones qui ont plus d’adhérents que cela',
  },
  'propose.splitId': {
    en: 'property of the finer units holding their code (default: code, id, …)',
    fr: 'propriété des unités fines qui contient leur code (par défaut : code, id, …)',
  },
  'propose.splitPopulation': {
    en:
      'with --split-with: population of the finer units (columns code,population, or CODGEO,population), to share ' +
      "each split zone's members in proportion to it when the units have no member counts",
    fr:
      'avec --split-with : population des unités fines (colonnes code,population, ou CODGEO,population), pour répartir ' +
      'les adhérents de chaque zone découpée à son prorata quand les unités n’ont pas d’effectifs',
  },
  'propose.splitZone': {
    en: 'property of the finer units holding the code of their zone (default: ze2020, then zone)',
    fr: 'propriété des unités fines qui contient le code de leur zone (par défaut : ze2020, puis zone)',
  },
  'propose.splitSnap': {
    en:
      'with --split-with: count borders between the units and the zones less than this many metres apart as shared, ' +
      'because files drawn separately rarely match exactly (default {m}; 0 when both come from the same map)',
    fr:
      'avec --split-with : tenir pour communes les frontières entre unités et zones distantes de moins de ce nombre de mètres, ' +
      'car des fichiers dessinés séparément coïncident rarement exactement (par défaut {m} ; 0 quand les deux viennent de la même carte)',
  },
  'propose.splitInto': {
    en:
      "with --split-with: make exactly K sections from the units of a split zone, e.g. --split-into 9312:2 for Marseille's " +
      'zone in two, instead of as many as possible (repeat it for several zones; "split-into": {"9312": 2} in --rules)',
    fr:
      'avec --split-with : faire exactement K sections des unités d’une zone découpée, par exemple --split-into 9312:2 pour couper ' +
      'la zone de Marseille en deux, au lieu du plus grand nombre possible (à répéter pour plusieurs zones ; "split-into": {"9312": 2} dans --rules)',
  },
  'propose.unitsOut': {
    en: 'with --split-with: write the layer the plan is made of (zones and finer units, with members and parent_zone)',
    fr: 'avec --split-with : écrire la couche dont est fait le découpage (zones et unités fines, avec members et parent_zone)',
  },

  // ---- decoupage seats
  'seats.summary': { en: 'share the delegates between the sections of a plan', fr: 'répartir les délégués entre les sections d’un découpage' },
  'seats.description': {
    en:
      'Give every section of a plan its number of delegates (seats), and show how fair the result is. ' +
      'Either one seat per --members-per-seat members (rounded down), or a fixed total (--seats) shared by ' +
      '--method. With --min-seats every section first gets that many seats and the rest is shared by the ' +
      "method (as a mutual's charter may give each section 6 delegates first, then share the others by size). " +
      'If the last seat is tied between sections, decoupage stops and asks you to choose --tie-break.\n\n' +
      'Example, a mutual electing 120 delegates in its sections, at least 6 per section:\n' +
      '  decoupage seats zones.geojson plan.csv --members-csv members.csv \\\n' +
      '    --seats 120 --method dhondt --min-seats 6 -o seats.csv',
    fr:
      'Donner à chaque section d’un découpage son nombre de délégués (sièges), et montrer l’équité du résultat. ' +
      'Soit un siège pour --members-per-seat adhérents (arrondi à l’entier inférieur), soit un total fixe (--seats) réparti selon ' +
      '--method. Avec --min-seats, chaque section reçoit d’abord ce nombre de sièges et le reste est réparti selon la ' +
      'méthode (comme la charte d’une mutuelle peut donner d’abord 6 délégués à chaque section, puis répartir les autres selon la taille). ' +
      'Si le dernier siège est à égalité entre des sections, decoupage s’arrête et vous demande de choisir --tie-break.\n\n' +
      'Exemple, une mutuelle qui élit 120 délégués dans ses sections, au moins 6 par section :\n' +
      '  decoupage seats zones.geojson plan.csv --members-csv members.csv \\\n' +
      '    --seats 120 --method dhondt --min-seats 6 -o seats.csv',
  },
  'seats.seed': { en: 'seed of the draw for --tie-break random-seeded', fr: 'graine du tirage pour --tie-break random-seeded' },
  'seats.output': {
    en: 'write section,section_name,members,seats (one row per section)',
    fr: 'écrire section,section_name,members,seats (une ligne par section)',
  },
  'seats.lang': { en: 'the printed table', fr: 'du tableau affiché' },

  // ---- decoupage check
  'audit.summary': {
    en: 'sample thousands of valid plans under the same charter and show where a plan sits among them',
    fr: 'tirer des milliers de découpages valides sous la même charte et montrer où se situe un découpage parmi eux',
  },
  'audit.description': {
    en:
      'Does this plan favour a list, a town, a département — or is it what the charter gives anyway? The audit answers as ' +
      'redistricting does: it samples valid plans with the same number of sections under the same rules (ReCom: merge two ' +
      'neighbouring sections, draw a random spanning tree of their zones, cut it where both halves meet every rule), measures ' +
      'each of them as check, seats and pluralism measure a plan, and says where the plan falls: its percentile and the range ' +
      'of the central 95 % of valid plans, per measure. Several chains are run and compared (split-R̂, effective sample size); ' +
      'the same --seed gives the same ensemble.\n\n' +
      'Exit code: 0 when the audit ran, 1 when the plan breaks the charter, 2 when a file or option cannot be used.',
    fr:
      'Ce découpage favorise-t-il une liste, une ville, un département, ou est-il ce que la charte donne de toute façon ? ' +
      'L’audit répond comme on le fait en redécoupage électoral : il tire des découpages valides ayant le même nombre de sections ' +
      'sous les mêmes règles (ReCom : fusionner deux sections voisines, tirer au hasard un arbre couvrant de leurs zones, le couper ' +
      'là où les deux moitiés respectent chaque règle), mesure chacun comme check, seats et pluralism mesurent un découpage, et dit ' +
      'où se situe le découpage : son rang centile et l’intervalle des 95 % centraux des découpages valides, mesure par mesure. ' +
      'Plusieurs chaînes sont lancées et comparées (R̂ scindé, taille d’échantillon effective) ; la même --seed donne le même ensemble.\n\n' +
      'Code de sortie : 0 quand l’audit a tourné, 1 quand le découpage ne respecte pas la charte, 2 quand un fichier ou une option est inutilisable.',
  },
  'check.summary': {
    en: 'check that a plan follows the rules (exit code 0 = compliant, 1 = a rule is broken)',
    fr: 'vérifier qu’un découpage suit les règles (code de sortie 0 = conforme, 1 = une règle n’est pas respectée)',
  },
  'check.description': {
    en:
      'Check a plan (which zone goes in which section) against the rules: every zone in exactly one section, ' +
      'every section in one piece, enough members and delegates in every section, and the optional maximum, ' +
      'deviation from the mean (--max-deviation) and --within boundary. Prints a verdict per rule and per section.\n\n' +
      'The plan is a CSV with columns zone,section (as written by "decoupage propose"), a JSON file ' +
      '{"zone": "section", …}, or a GeoJSON whose features carry a "section" property.\n\n' +
      'Exit code: 0 when the plan is compliant, 1 when it breaks a rule, 2 when a file cannot be used.',
    fr:
      'Vérifier un découpage (quelle zone va dans quelle section) au regard des règles : chaque zone dans une seule section, ' +
      'chaque section d’un seul tenant, assez d’adhérents et de délégués dans chaque section, et, s’ils sont demandés, le maximum, ' +
      'l’écart à la moyenne (--max-deviation) et les limites de --within. Affiche un verdict par règle et par section.\n\n' +
      'Le découpage est un CSV de colonnes zone,section (tel qu’écrit par « decoupage propose »), un fichier JSON ' +
      '{"zone": "section", …}, ou un GeoJSON dont les entités portent une propriété "section".\n\n' +
      'Code de sortie : 0 quand le découpage est conforme, 1 quand il ne respecte pas une règle, 2 quand un fichier est inutilisable.',
  },
  'check.markdown': {
    en: 'print the verdict as Markdown tables (for minutes, wikis, pull requests)',
    fr: 'afficher le verdict en tableaux Markdown (pour les comptes rendus, les wikis, les pull requests)',
  },
  'check.splitInto': {
    en: 'verify that the units of a split zone form exactly K sections, as propose --split-into made them, e.g. --split-into 9312:2 (repeat it for several zones; "split-into" in --rules)',
    fr: 'vérifier que les unités d’une zone découpée forment exactement K sections, comme propose --split-into les a faites, par exemple --split-into 9312:2 (à répéter pour plusieurs zones ; "split-into" dans --rules)',
  },
  'check.lang': { en: 'the printed verdict', fr: 'du verdict affiché' },

  // ---- decoupage pluralism
  'pluralism.summary': {
    en: 'show which lists win seats in each section of a plan',
    fr: 'montrer quelles listes obtiennent des sièges dans chaque section d’un découpage',
  },
  'pluralism.description': {
    en:
      "Simulate the list vote in every section of a plan: share each section's seats between the lists " +
      '(D\'Hondt, the French "plus forte moyenne", or Hare largest remainder), and report seats per list, ' +
      'how many lists are represented, the votes that elected nobody, and the seat thresholds of each section. ' +
      'Without --votes a clearly labelled default scenario is used (4 lists at 40/30/20/10 %). ' +
      'votes.csv is either "list,share" (or list,votes) for the whole territory, "zone,list,votes" per zone, ' +
      'or "zone" plus one column per list; per-zone figures are combined per section weighted by members.\n\n' +
      'Example: decoupage pluralism zones.geojson plan.csv --votes votes.csv --compare departements.csv',
    fr:
      'Simuler le scrutin de liste dans chaque section d’un découpage : répartir les sièges de chaque section entre les listes ' +
      '(D’Hondt, la « plus forte moyenne », ou Hare au plus fort reste), et donner les sièges par liste, ' +
      'le nombre de listes représentées, les voix qui n’ont élu personne et les seuils de siège de chaque section. ' +
      'Sans --votes, un scénario par défaut clairement signalé est utilisé (4 listes à 40/30/20/10 %). ' +
      'votes.csv est soit "list,share" (ou list,votes) pour tout le territoire, soit "zone,list,votes" par zone, ' +
      'soit "zone" et une colonne par liste ; les chiffres par zone sont combinés par section au prorata des adhérents.\n\n' +
      'Exemple : decoupage pluralism zones.geojson plan.csv --votes votes.csv --compare departements.csv',
  },
  'pluralism.votes': {
    en: 'vote shares or votes per list (whole territory or per zone)',
    fr: 'parts des voix ou voix par liste (tout le territoire ou par zone)',
  },
  listMethod: {
    en: 'how seats are shared between lists inside a section (default dhondt)',
    fr: 'comment les sièges sont répartis entre les listes dans une section (par défaut dhondt)',
  },
  'pluralism.simulate': {
    en: 'draw the vote shares n times around the scenario and report the chance of each list winning a seat',
    fr: 'tirer n fois les parts des voix autour du scénario et donner la probabilité que chaque liste obtienne un siège',
  },
  'pluralism.concentration': {
    en: 'how close the draws stay to the scenario: larger = closer (default 100)',
    fr: 'à quel point les tirages restent proches du scénario : plus grand = plus proche (par défaut 100)',
  },
  'pluralism.seed': { en: 'seed of the draws, so a run can be repeated', fr: 'graine des tirages, pour pouvoir refaire un calcul à l’identique' },
  'pluralism.compare': {
    en: 'a second plan of the same zones to compare side by side (e.g. départements as sections)',
    fr: 'un second découpage des mêmes zones à comparer côte à côte (par exemple les départements comme sections)',
  },
  'pluralism.output': { en: 'write the seats of each list in each section as CSV', fr: 'écrire en CSV les sièges de chaque liste dans chaque section' },
  'pluralism.lang': { en: 'the printed text', fr: 'du texte affiché' },

  // ---- decoupage export
  'export.summary': {
    en: 'write the sections of a plan as a map layer (GeoJSON, TopoJSON, GeoPackage) or a spreadsheet (CSV)',
    fr: 'écrire les sections d’un découpage comme couche cartographique (GeoJSON, TopoJSON, GeoPackage) ou tableur (CSV)',
  },
  'export.description': {
    en:
      'Draw each section of a plan as one shape (the outline of its zones, borders between them removed) ' +
      'with its figures: zones, members, delegates, whether it follows each rule, the boundaries it crosses ' +
      'and its compactness. The GeoJSON opens in QGIS, the GeoPackage (.gpkg) opens there already styled; the CSV has one line per section.\n\n' +
      'The plan is checked with the same rules as "decoupage check"; a plan that breaks a rule is still ' +
      'exported (its sections say which rule they break).',
    fr:
      'Dessiner chaque section d’un découpage comme une seule forme (le contour de ses zones, sans les frontières entre elles) ' +
      'avec ses chiffres : zones, adhérents, délégués, respect de chaque règle, limites franchies ' +
      'et compacité. Le GeoJSON s’ouvre dans QGIS, le GeoPackage (.gpkg) s’y ouvre déjà stylé ; le CSV a une ligne par section.\n\n' +
      'Le découpage est vérifié avec les mêmes règles que « decoupage check » ; un découpage qui ne respecte pas une règle est tout de même ' +
      'exporté (ses sections disent quelle règle elles ne respectent pas).',
  },
  'export.output': { en: 'where to write the sections, e.g. sections.geojson', fr: 'où écrire les sections, par exemple sections.geojson' },
  'export.zonesOut': {
    en: 'also write every zone with its section (GeoJSON, or GeoPackage for a .gpkg), e.g. zones-with-sections.geojson',
    fr: 'écrire aussi chaque zone avec sa section (GeoJSON, ou GeoPackage pour un .gpkg), par exemple zones-with-sections.geojson',
  },
  'export.format': {
    en: 'format of --output: {formats} (default: from the file name, else geojson); gpkg: a GeoPackage with its QGIS style, and --zones-out naming the same file adds a layer of zones',
    fr: 'format de --output : {formats} (par défaut : d’après le nom du fichier, sinon geojson) ; gpkg : un GeoPackage avec son style QGIS, et --zones-out du même nom y ajoute une couche des zones',
  },
  toCrs: {
    en: 'coordinate system of the GeoPackage outputs (.gpkg): {known} (default EPSG:4326, longitude/latitude; EPSG:2154 is Lambert-93)',
    fr: 'système de coordonnées des sorties GeoPackage (.gpkg) : {known} (par défaut EPSG:4326, longitude/latitude ; EPSG:2154 est le Lambert-93)',
  },

  // ---- decoupage report
  'report.summary': {
    en: 'write a report of a plan (one HTML file with a map and tables) to share or print',
    fr: 'écrire le rapport d’un découpage (un seul fichier HTML avec une carte et des tableaux) à diffuser ou imprimer',
  },
  'report.description': {
    en:
      'Write one self-contained HTML file about a plan: the rules in words, a map of the sections, a table ' +
      'per section (zones, members, delegates, compactness, boundaries crossed, verdict), the verdict on every ' +
      'rule, the delegates per section and, with --votes, the seats each list would win. The file opens in ' +
      'any browser without internet and prints well. --png also saves the map as an image for slides.\n\n' +
      'Example: decoupage report zones.geojson plan.csv -o report.html --lang fr --png map.png',
    fr:
      'Écrire un fichier HTML autonome sur un découpage : les règles en toutes lettres, une carte des sections, un tableau ' +
      'par section (zones, adhérents, délégués, compacité, limites franchies, verdict), le verdict sur chaque ' +
      'règle, les délégués par section et, avec --votes, les sièges que chaque liste obtiendrait. Le fichier s’ouvre dans ' +
      'tout navigateur sans internet et s’imprime bien. --png enregistre aussi la carte en image pour des diapositives.\n\n' +
      'Exemple : decoupage report zones.geojson plan.csv -o rapport.html --lang fr --png carte.png',
  },
  'report.plan': {
    en: 'the plan: a zone,section CSV (or JSON / GeoJSON with a section property)',
    fr: 'le découpage : un CSV zone,section (ou JSON / GeoJSON avec une propriété section)',
  },
  'report.output': { en: 'where to write the report', fr: 'où écrire le rapport' },
  'report.lang': { en: 'the report', fr: 'du rapport' },
  'report.title': { en: 'title at the top of the report', fr: 'titre en haut du rapport' },
  'report.png': { en: 'also save the map as a PNG image', fr: 'enregistrer aussi la carte en image PNG' },
  'report.votes': {
    en: 'vote shares per list (whole territory or per zone): adds the seats each list would win',
    fr: 'parts des voix par liste (tout le territoire ou par zone) : ajoute les sièges que chaque liste obtiendrait',
  },
  'report.compare': {
    en: 'compare with another plan of the same zones under the same vote scenario (e.g. départements as sections)',
    fr: 'comparer avec un autre découpage des mêmes zones sous le même scénario de vote (par exemple les départements comme sections)',
  },
  'report.compareLabel': {
    en: 'name of the --compare plan in the comparison (default: "Départements (one section each)" when it is one, else its file name)',
    fr: 'nom du découpage de --compare dans la comparaison (par défaut : « Départements (une section chacun) » quand c’en est un, sinon le nom de son fichier)',
  },
  'report.planLabel': {
    en: 'name of this plan in the comparison (default: "Proposed plan")',
    fr: 'nom de ce découpage dans la comparaison (par défaut : « Découpage proposé »)',
  },
  'report.membersWord': {
    en: 'what the report calls the members, plural, e.g. sociétaires, adhérents, membres (also "members-word" in rules.json)',
    fr: 'le nom que le rapport donne aux adhérents, au pluriel, par exemple sociétaires, adhérents, membres (aussi "members-word" dans rules.json)',
  },
  'report.respectLabel': {
    en: 'the --respect boundaries in prose, plural, e.g. "bassins de vie" (dep and reg are named départements and régions; also "respect-label" in rules.json)',
    fr: 'les limites de --respect en toutes lettres, au pluriel, par exemple « bassins de vie » (dep et reg s’appellent départements et régions ; aussi "respect-label" dans rules.json)',
  },
  'report.withinLabel': {
    en: 'the --within boundaries in prose, plural (also "within-label" in rules.json)',
    fr: 'les limites de --within en toutes lettres, au pluriel (aussi "within-label" dans rules.json)',
  },
  'report.credit': {
    en: 'where the zones come from, shown as "Source: …" under the map, e.g. "Insee, zones d\'emploi 2020"',
    fr: 'la provenance des zones, affichée « Source : … » sous la carte, par exemple « Insee, zones d’emploi 2020 »',
  },

  // ---- decoupage serve
  'serve.summary': {
    en: 'open the plan editor: a local web page to draw, complete, check and compare plans on a map',
    fr: 'ouvrir l’éditeur de découpage : une page web locale pour dessiner, compléter, vérifier et comparer des découpages sur une carte',
  },
  'serve.description': {
    en:
      'Start the plan editor on this computer and print its address (http://127.0.0.1:PORT/). On the page: the map ' +
      'of the zones coloured by section; click or drag over zones to move them into the selected section; new, merge, ' +
      'rename and lock sections; undo and redo; live figures and verdicts (the rules of "decoupage check"); Propose ' +
      'and Complete (keeps the locked sections); compare with --compare; save plan.csv; download the sections, the ' +
      'report and the map. Every edit is autosaved beside the plan and restored on restart. Ctrl-C stops it.\n\n' +
      'With no zone file, the editor opens the demo region (the département plan of data/demo/).\n\n' +
      'Example: decoupage serve zones.geojson plan.csv --members-csv members.csv --auto-link --rules rules.json',
    fr:
      'Lancer l’éditeur de découpage sur cet ordinateur et afficher son adresse (http://127.0.0.1:PORT/). Sur la page : la carte ' +
      'des zones colorées par section ; cliquez ou glissez sur des zones pour les mettre dans la section choisie ; créer, fusionner, ' +
      'renommer et verrouiller des sections ; annuler et rétablir ; chiffres et verdicts en direct (les règles de « decoupage check ») ; Proposer ' +
      'et Compléter (garde les sections verrouillées) ; comparer avec --compare ; enregistrer plan.csv ; télécharger les sections, le ' +
      'rapport et la carte. Chaque modification est sauvegardée à côté du découpage et reprise au redémarrage. Ctrl-C l’arrête.\n\n' +
      'Sans fichier de zones, l’éditeur ouvre la région de démonstration (le découpage par département de data/demo/).\n\n' +
      'Exemple : decoupage serve zones.geojson plan.csv --members-csv members.csv --auto-link --rules rules.json',
  },
  'serve.zones': { en: 'the zone file (GeoJSON); none: the demo region', fr: 'le fichier des zones (GeoJSON) ; sans : la région de démonstration' },
  'serve.plan': {
    en: 'the plan to start from and to save to: plan.csv (zone,section); none: start with no section',
    fr: 'le découpage de départ, où enregistrer : plan.csv (zone,section) ; sans : commencer sans section',
  },
  'serve.output': {
    en: 'where Save writes the plan (default: the plan given, or plan.csv here; the demo: decoupage-editor/plan.csv)',
    fr: 'où Enregistrer écrit le découpage (par défaut : le découpage donné, ou plan.csv ici ; la démonstration : decoupage-editor/plan.csv)',
  },
  'serve.compare': {
    en: 'an old plan to compare with (pluralism, changed zones) and to draw as an outline',
    fr: 'un ancien découpage à comparer (pluralisme, zones changées) et à dessiner en contour',
  },
  'serve.compareLabel': { en: 'its name on the page (default: its file name)', fr: 'son nom sur la page (par défaut : le nom de son fichier)' },
  'serve.votes': {
    en: 'vote shares per list (whole territory or per zone), for the comparison',
    fr: 'parts des voix par liste (tout le territoire ou par zone), pour la comparaison',
  },
  'serve.prefer': {
    en: 'Propose and Complete prefer keeping zones in their section of this plan',
    fr: 'Proposer et Compléter préfèrent garder les zones dans leur section de ce découpage',
  },
  'serve.seed': { en: 'seed of Propose and Complete', fr: 'graine de Proposer et Compléter' },
  'serve.port': { en: 'port to listen on (default {port}; 0 = any free port)', fr: 'port d’écoute (par défaut {port} ; 0 = n’importe quel port libre)' },
  'serve.host': {
    en: 'address to listen on (default 127.0.0.1, this computer only)',
    fr: 'adresse d’écoute (par défaut 127.0.0.1, cet ordinateur seulement)',
  },
  'serve.noOpen': { en: 'do not open a browser', fr: 'ne pas ouvrir de navigateur' },
  'serve.lang': { en: 'the page', fr: 'de la page' },
} as const satisfies Table;

/** The rules files shown in --help as examples (their keys are the rules' options). */
export const RULES_FILE_EXAMPLES = {
  rules: '{"min-members": 10000, "min-seats": 6}',
  seats: '{"seats": 120, "method": "dhondt", "min-seats": 6}',
} as const;
