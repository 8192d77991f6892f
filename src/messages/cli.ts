/**
 * The "cli" messages of the catalogue: the command line's own mistakes (commander's: unknown option, missing
 * argument…; the values of number options; options that need one another) and the few lines the CLI layer prints.
 */
import type { Table } from './message.js';

export const CLI_MESSAGES = {
  toCrsNeedsGpkg: { en: '{option} is for GeoPackage outputs (.gpkg) only', fr: '{option} ne concerne que les sorties GeoPackage (.gpkg)' },
  'toCrsNeedsGpkg.hint': {
    en: 'name a .gpkg output (GeoJSON is always longitude/latitude), or leave the option out',
    fr: 'donnez une sortie .gpkg (le GeoJSON est toujours en longitude/latitude), ou retirez l’option',
  },
  // ---- commander's errors, by CommanderError code (the English is commander's own wording)
  'commander.unknownOption': { en: "unknown option '{flag}'", fr: 'option inconnue « {flag} »' },
  'commander.unknownCommand': { en: "unknown command '{name}'", fr: 'commande inconnue « {name} »' },
  'commander.withSuggestion': { en: '{problem}\n{suggestion}', fr: '{problem}\n{suggestion}' },
  'commander.didYouMean': { en: '(Did you mean {name}?)', fr: '(vouliez-vous dire {name} ?)' },
  'commander.didYouMeanOneOf': { en: '(Did you mean one of {names}?)', fr: '(vouliez-vous dire l’une de celles-ci : {names} ?)' },
  'commander.missingArgument': { en: "missing required argument '{name}'", fr: 'argument obligatoire manquant : « {name} »' },
  'commander.optionMissingArgument': { en: "option '{flags}' argument missing", fr: 'l’option « {flags} » attend une valeur' },
  'commander.missingMandatoryOptionValue': { en: "required option '{flags}' not specified", fr: 'l’option obligatoire « {flags} » manque' },
  'commander.invalidOptionChoice': {
    en: "option '{flags}' argument '{value}' is invalid. Allowed choices are {choices}.",
    fr: 'option « {flags} » : la valeur « {value} » n’est pas possible. Valeurs possibles : {choices}.',
  },
  'commander.invalidArgumentChoice': {
    en: "command-argument value '{value}' is invalid for argument '{name}'. Allowed choices are {choices}.",
    fr: 'la valeur « {value} » n’est pas possible pour l’argument « {name} ». Valeurs possibles : {choices}.',
  },
  'commander.excessArguments': {
    en: "too many arguments for '{command}'. Expected {expected} {expected:argument|arguments} but got {got}.",
    fr: 'trop d’arguments pour « {command} » : la commande en attend {expected}, elle en a reçu {got}.',
  },
  'commander.conflictingOption': {
    en: "option '{a}' cannot be used with option '{b}'",
    fr: 'l’option « {a} » ne peut pas être utilisée avec l’option « {b} »',
  },
  'help.noCommand': {
    en: 'no command "{topic}"; the commands are: {commands}, and "help options"',
    fr: 'pas de commande « {topic} » ; les commandes sont : {commands}, et « help options »',
  },

  // ---- number options (src/cli/parse.ts)
  'number.mustBe': { en: '{option} must be {expected}, got "{text}"', fr: '{option} doit être {expected}, et non « {text} »' },
  'number.whole': { en: 'a whole number ≥ {min}', fr: 'un nombre entier ≥ {min}' },
  'number.wholeRange': { en: 'a whole number from {min} to {max}', fr: 'un nombre entier de {min} à {max}' },
  'number.positive': { en: '{what} > 0', fr: '{what} > 0' },
  'number.positiveMax': { en: '{what} > 0 and at most {max}', fr: '{what} > 0 et au plus {max}' },
  'number.metres': { en: 'a distance in metres, from 0 to {max}', fr: 'une distance en mètres, de 0 à {max}' },
  'number.rate': { en: 'a positive number such as 0.08 (or 8%)', fr: 'un nombre positif comme 0,08 (ou 8 %)' },
  'import.noCodes': {
    en: '{option} "{value}" names no code: write the codes separated by commas, e.g. {option} {example}',
    fr: '{option} « {value} » ne nomme aucun code : écrivez les codes séparés par des virgules, par exemple {option} {example}',
  },
  'number.share': {
    en: 'a share from 0 to 1 such as 0.005, or a percentage such as 2%',
    fr: 'une part de 0 à 1 comme 0,005, ou un pourcentage comme 2 %',
  },
  'number.aNumber': { en: 'a number', fr: 'un nombre' },
  'number.km': { en: 'a number of km', fr: 'un nombre de km' },
  'number.seconds': { en: 'a number of seconds', fr: 'un nombre de secondes' },
  'number.megabytes': { en: 'a number of megabytes', fr: 'un nombre de mégaoctets' },
  'hint.seed': {
    en: 'for example --seed 1; any whole number works, the same one gives the same result',
    fr: 'par exemple --seed 1 ; tout nombre entier convient, le même donne le même résultat',
  },
  'hint.snap': {
    en: 'for example --snap 5 counts borders less than 5 metres apart as shared',
    fr: 'par exemple --snap 5 tient pour communes les frontières distantes de moins de 5 mètres',
  },
  'hint.maxLinkKm': { en: 'for example --max-link-km 50', fr: 'par exemple --max-link-km 50' },
  'hint.estimateMembers': {
    en: 'the rate is the share of the population that are members: 0.08 means 8 members per 100 inhabitants',
    fr: 'le taux est la part de la population qui adhère : 0,08 signifie 8 adhérents pour 100 habitants',
  },
  'hint.simulate': { en: 'for example --simulate 1000 (at most 100,000 draws)', fr: 'par exemple --simulate 1000 (au plus 100 000 tirages)' },

  // ---- options of the CLI layer
  contiguity: { en: '--contiguity must be rook or queen (got "{value}")', fr: '--contiguity doit valoir rook ou queen (et non « {value} »)' },
  'maxLinkKm.needsAutoLink': {
    en: '--max-link-km needs --auto-link (it bounds the links --auto-link adds)',
    fr: '--max-link-km demande --auto-link (elle borne les liens qu’ajoute --auto-link)',
  },
  'maxLinkKm.needsAutoLink.hint': { en: 'add --auto-link', fr: 'ajoutez --auto-link' },
  csvSep: { en: '"csv-sep" must be ";" or ",", got {value}', fr: '"csv-sep" doit valoir ";" ou ",", et non {value}' },
  'compareBy.empty': { en: '--compare-by needs a zone property, e.g. dep', fr: '--compare-by demande une propriété des zones, par exemple dep' },
  'compareBy.dep': { en: 'one section per département', fr: 'une section par département' },
  'compareBy.reg': { en: 'one section per région', fr: 'une section par région' },
  'compareBy.other': { en: 'one section per "{prop}"', fr: 'une section par « {prop} »' },

  // ---- decoupage import
  'import.needsCommuneTable': {
    en: "admin-express needs --commune-table (INSEE's commune → zone table): each unit gets its zone d'emploi from it",
    fr: 'admin-express demande --commune-table (la table commune → zone de l’INSEE) : chaque unité en tire sa zone d’emploi',
  },
  'import.needsCommuneTable.hint': {
    en: 'add --commune-table commune-ze2020.csv (see data/README.md)',
    fr: 'ajoutez --commune-table commune-ze2020.csv (voir data/README.md)',
  },
  'import.communePopulationIsForInsee': {
    en: '--commune-population is for insee-ze (ADMIN EXPRESS carries its population)',
    fr: '--commune-population est pour insee-ze (ADMIN EXPRESS porte sa propre population)',
  },
  'import.departementsIsForInsee': { en: '--departements is for insee-ze', fr: '--departements est pour insee-ze' },
  'import.membersIsForAdminExpress': { en: '--members is for admin-express', fr: '--members est pour admin-express' },
  'import.communePopulationNeedsTable': { en: '--commune-population needs --commune-table', fr: '--commune-population demande --commune-table' },
  'import.addCommuneTable': {
    en: "add --commune-table with INSEE's commune → zone table",
    fr: 'ajoutez --commune-table avec la table commune → zone de l’INSEE',
  },
  'import.selectionNeedsTable': {
    en: '{option} needs --commune-table (it says which départements and régions each zone touches)',
    fr: '{option} demande --commune-table (elle dit quels départements et quelles régions touche chaque zone)',
  },
  'import.selectionNeedsTable.hint': {
    en: "add --commune-table with INSEE's commune → zone table, e.g. commune-ze2020.csv",
    fr: 'ajoutez --commune-table avec la table commune → zone de l’INSEE, par exemple commune-ze2020.csv',
  },
  'import.regionOrDepartements': { en: 'give --region or --departements, not both', fr: 'donnez --region ou --departements, pas les deux' },

  // ---- decoupage members
  'members.communesOutNeedsTable': {
    en: '--communes-out needs --commune-table (without it, -o already holds the members per commune)',
    fr: '--communes-out demande --commune-table (sans elle, -o contient déjà les adhérents par commune)',
  },

  // ---- decoupage propose: splitting large zones

  // ---- decoupage serve
  'serve.portInUse': { en: 'port {port} is already in use', fr: 'le port {port} est déjà utilisé' },
  'serve.portHint': {
    en: 'choose another with --port N (--port 0 takes any free port)',
    fr: 'choisissez-en un autre avec --port N (--port 0 prend un port libre)',
  },
  'serve.badHost': { en: 'cannot listen on {host}', fr: 'impossible d’écouter sur {host}' },
} as const satisfies Table;
