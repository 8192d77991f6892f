/** The "load" messages of the catalogue (see catalogue.ts for what belongs here). */
import type { Table } from './message.js';

export const LOAD_MESSAGES = {
  // --- pieces of sentences ---
  and: { en: '{a} and {b}', fr: '{a} et {b}' },
  joined: { en: '{a}{sep}{b}', fr: '{a}{sep}{b}' },
  more: { en: '{shown} and {n} more', fr: '{shown} et {n} {n:autre|autres}' },
  none: { en: '(none)', fr: '(aucune)' },
  nothing: { en: '(nothing)', fr: '(rien)' },
  noShapefile: { en: 'no shapefile', fr: 'aucun shapefile' },
  nth: { en: '{n}th', fr: '{n}' },
  'nth.st': { en: '{n}st', fr: '{n}' },
  'nth.nd': { en: '{n}nd', fr: '{n}' },
  'nth.rd': { en: '{n}rd', fr: '{n}' },

  // --- the input gate: files (src/io/read.ts) ---
  'read.maxInputMb': {
    en: 'DECOUPAGE_MAX_INPUT_MB must be a number of megabytes between 1 and {max}, got "{value}"',
    fr: 'DECOUPAGE_MAX_INPUT_MB doit être un nombre de mégaoctets entre 1 et {max}, et non « {value} »',
  },
  'read.endless': { en: 'is larger than {limit} MB (it does not end)', fr: 'dépasse {limit} Mo (il ne finit pas)' },
  'read.tooLarge': { en: 'is {size} MB, more than the {limit} MB decoupage reads', fr: 'fait {size} Mo, plus que les {limit} Mo que lit decoupage' },
  'read.tooLarge.hint': {
    en: 'give a smaller file (simplify the geometry, e.g. with mapshaper -simplify, or keep only your region); the limit can be raised with DECOUPAGE_MAX_INPUT_MB=N (at most {max})',
    fr: 'donnez un fichier plus petit (simplifiez la géométrie, par exemple avec mapshaper -simplify, ou gardez seulement votre région) ; la limite se relève avec DECOUPAGE_MAX_INPUT_MB=N (au plus {max})',
  },
  'rules.read.hint': { en: 'check the path of {rules}', fr: 'vérifiez le chemin de {rules}' },
  'rules.json.hint': { en: 'a rules file is one JSON object, e.g. {example}', fr: 'un fichier de règles est un seul objet JSON, par exemple {example}' },
  'read.hint': { en: 'check the path and that the file is readable', fr: 'vérifiez le chemin et que le fichier est lisible' },
  'read.notPath': { en: '{option} must be a file name, got {value}', fr: '{option} doit être un nom de fichier, et non {value}' },
  'read.notPath.hint': {
    en: 'loadZones reads files; a layer or a table already in memory goes to zonesFromGeoJson (or Workspace.fromGeoJson)',
    fr: 'loadZones lit des fichiers ; une couche ou une table déjà en mémoire se donne à zonesFromGeoJson (ou Workspace.fromGeoJson)',
  },
  'read.notFound': { en: 'file not found', fr: 'fichier introuvable' },
  'read.cannot': { en: 'cannot read the file: {problem}', fr: 'impossible de lire le fichier : {problem}' },
  'read.folder': { en: 'is a folder, not a file', fr: 'est un dossier, pas un fichier' },
  'read.encoding': { en: '{file}: read as {encoding}', fr: '{file} : lu en {encoding}' },
  'read.json': {
    en: 'is not valid JSON (line {line}, column {column}: {problem})',
    fr: 'n’est pas du JSON valide (ligne {line}, colonne {column} : {problem})',
  },
  'read.jsonOther': { en: 'is not valid JSON: {error}', fr: 'n’est pas du JSON valide : {error}' },

  // --- GeoPackage (src/io/gpkg.ts) ---
  'gpkg.hint': {
    en: 'give a GeoPackage (.gpkg) with a layer of polygons, as QGIS or ogr2ogr write it',
    fr: 'donnez un GeoPackage (.gpkg) avec une couche de polygones, tel que QGIS ou ogr2ogr l’écrivent',
  },
  'gpkg.notGpkg': {
    en: 'is not a GeoPackage, or is damaged (no readable gpkg_contents table)',
    fr: 'n’est pas un GeoPackage, ou est endommagé (pas de table gpkg_contents lisible)',
  },
  'gpkg.cut': {
    en: 'is cut short: {size} {size:byte|bytes} of the {expected} its header announces',
    fr: 'est tronqué : {size} {size:octet|octets} sur les {expected} qu’annonce son en-tête',
  },
  'gpkg.damaged': { en: 'is a damaged GeoPackage (SQLite: {error})', fr: 'est un GeoPackage endommagé (SQLite : {error})' },
  'gpkg.noLayer': { en: 'holds no feature layer', fr: 'ne contient aucune couche d’entités' },
  'gpkg.unknownLayer': { en: 'has no layer "{layer}" (its layers: {layers})', fr: 'n’a pas de couche « {layer} » (ses couches : {layers})' },
  'gpkg.badGeometry': { en: 'feature {n} of layer "{layer}" has a damaged geometry', fr: 'l’entité {n} de la couche « {layer} » a une géométrie endommagée' },
  'gpkg.unknownCrs': { en: 'unknown coordinate system "{crs}" for a GeoPackage', fr: 'système de coordonnées « {crs} » inconnu pour un GeoPackage' },
  'gpkg.unknownCrs.hint': { en: 'use one of {known}', fr: 'utilisez l’un de ceux-ci : {known}' },
  'gpkg.badCrs': {
    en: 'layer "{layer}" is in {crs}, which decoupage cannot reproject ({error})',
    fr: 'la couche « {layer} » est en {crs}, que decoupage ne sait pas reprojeter ({error})',
  },
  'gpkg.badCrs.hint': {
    en: 'convert it to EPSG:4326 first, e.g. ogr2ogr -t_srs EPSG:4326 out.gpkg in.gpkg',
    fr: 'convertissez-la d’abord en EPSG:4326, par exemple ogr2ogr -t_srs EPSG:4326 sortie.gpkg entree.gpkg',
  },

  // --- how JSON goes wrong (src/io/json-place.ts) ---
  'json.InvalidSymbol': {
    en: 'unexpected character (text values need "double quotes")',
    fr: 'caractère inattendu (les textes s’écrivent entre "guillemets doubles")',
  },
  'json.PropertyNameExpected': {
    en: 'a "quoted" name is expected (no comma after the last entry, no single quotes)',
    fr: 'un nom entre "guillemets" est attendu (pas de virgule après la dernière entrée, pas d’apostrophes)',
  },
  'json.ValueExpected': { en: 'a value is expected (no comma after the last entry)', fr: 'une valeur est attendue (pas de virgule après la dernière entrée)' },
  'json.CommaExpected': { en: 'a comma is expected between two entries', fr: 'une virgule est attendue entre deux entrées' },
  'json.ColonExpected': { en: 'a colon is expected after the name', fr: 'un deux-points est attendu après le nom' },
  'json.CloseBraceExpected': { en: 'a closing } is expected', fr: 'une accolade fermante } est attendue' },
  'json.CloseBracketExpected': { en: 'a closing ] is expected', fr: 'un crochet fermant ] est attendu' },
  'json.EndOfFileExpected': { en: 'text after the end of the JSON value', fr: 'du texte après la fin de la valeur JSON' },
  'json.comments': { en: 'comments are not allowed in JSON', fr: 'les commentaires ne sont pas permis en JSON' },
  'json.UnexpectedEndOfString': { en: 'a text value is not closed by a "', fr: 'un texte n’est pas fermé par un "' },
  'json.UnexpectedEndOfNumber': { en: 'a number is cut short', fr: 'un nombre est tronqué' },
  'json.InvalidUnicode': { en: 'an invalid \\u escape', fr: 'une séquence \\u invalide' },
  'json.InvalidEscapeCharacter': { en: 'an invalid \\ escape', fr: 'une séquence \\ invalide' },
  'json.InvalidCharacter': { en: 'a control character inside a text value', fr: 'un caractère de contrôle dans un texte' },
  'json.other': { en: 'not valid JSON here', fr: 'JSON invalide à cet endroit' },

  // --- text encodings (src/io/encoding.ts) ---
  'encoding.damaged': {
    en: 'line {line} holds the replacement character U+FFFD (shown as a question mark in a diamond), the mark of a text damaged by a wrong conversion',
    fr: 'la ligne {line} contient le caractère de remplacement U+FFFD (un point d’interrogation dans un losange), la marque d’un texte abîmé par une mauvaise conversion',
  },
  'encoding.damaged.hint': {
    en: 'open the original file again and save it as "CSV UTF-8" (or GeoJSON in UTF-8); the letters that were replaced cannot be recovered from this copy',
    fr: 'rouvrez le fichier d’origine et enregistrez-le en « CSV UTF-8 » (ou en GeoJSON UTF-8) ; les lettres remplacées ne peuvent pas être retrouvées depuis cette copie',
  },
  'encoding.nul': {
    en: 'is not a text file (it holds NUL bytes, the first on line {line})',
    fr: 'n’est pas un fichier texte (il contient des octets NUL, le premier à la ligne {line})',
  },
  'encoding.nul.hint': {
    en: 'give the CSV, JSON or GeoJSON file itself, not a spreadsheet workbook or an archive',
    fr: 'donnez le fichier CSV, JSON ou GeoJSON lui-même, pas un classeur de tableur ni une archive',
  },
  'encoding.badBom': {
    en: 'is not valid {encoding} text although it starts with a {encoding} byte-order mark',
    fr: 'n’est pas un texte {encoding} valide, bien qu’il commence par une marque d’ordre des octets {encoding}',
  },
  'encoding.badBom.hint': {
    en: 'the file is damaged: save it again from the spreadsheet as "CSV UTF-8"',
    fr: 'le fichier est abîmé : enregistrez-le de nouveau depuis le tableur en « CSV UTF-8 »',
  },
  'encoding.utf8': { en: 'UTF-8', fr: 'UTF-8' },
  'encoding.utf8Bom': { en: 'UTF-8 with a byte-order mark', fr: 'UTF-8 avec marque d’ordre des octets' },
  'encoding.utf16le': { en: 'UTF-16 (little-endian)', fr: 'UTF-16 (petit-boutiste)' },
  'encoding.utf16be': { en: 'UTF-16 (big-endian)', fr: 'UTF-16 (gros-boutiste)' },
  'encoding.windows1252': {
    en: 'windows-1252 (Windows Western European; the file is not UTF-8)',
    fr: 'windows-1252 (Windows Europe occidentale ; le fichier n’est pas en UTF-8)',
  },

  'json.empty': { en: 'is empty (a JSON value is expected)', fr: 'est vide (une valeur JSON est attendue)' },
  'json.tooDeep': {
    en: 'is nested more than {max} {max:level|levels} deep (line {line}): not a file decoupage reads',
    fr: 'est imbriqué sur plus de {max} {max:niveau|niveaux} (ligne {line}) : ce n’est pas un fichier que decoupage lit',
  },

  // --- CSV (src/io/csv.ts) ---
  'csv.unreadable': { en: 'is not a readable CSV file', fr: 'n’est pas un fichier CSV lisible' },
  'csv.unreadableLine': {
    en: 'is not a readable CSV file (line {line}: unbalanced quotes or broken cells)',
    fr: 'n’est pas un fichier CSV lisible (ligne {line} : guillemets mal appariés ou cellules cassées)',
  },
  'csv.unreadable.hint': { en: 'open it in a spreadsheet and save it again as CSV', fr: 'ouvrez-le dans un tableur et enregistrez-le de nouveau en CSV' },
  'csv.parser': { en: 'is not a readable CSV file: {error}', fr: 'n’est pas un fichier CSV lisible : {error}' },
  'csv.empty': { en: 'is empty (a header line is expected)', fr: 'est vide (une ligne d’en-tête est attendue)' },
  'csv.notHeader': {
    en: 'the first line does not look like a header ({n} {n:field|fields}): it holds a postal code, a number, an address or an e-mail, as a line of data does (not repeated here)',
    fr: 'la première ligne ne ressemble pas à un en-tête ({n} {n:champ|champs}) : elle contient un code postal, un nombre, une adresse ou un e-mail, comme une ligne de données (non reproduite ici)',
  },
  'csv.notHeader.hint': {
    en: 'check that this is the file meant here (a member register is read by "decoupage members" only), and that its first line names the columns',
    fr: 'vérifiez que c’est bien le fichier attendu ici (un fichier d’adhérents ne se lit qu’avec « decoupage members ») et que sa première ligne nomme les colonnes',
  },
  'csv.noColumn': { en: 'has no column "{column}" (columns: {columns})', fr: 'n’a pas de colonne « {column} » (colonnes : {columns})' },
  'table.twoCandidates': {
    en: 'has two columns that could be the one to read: "{a}" and "{b}"',
    fr: 'a deux colonnes qui pourraient être celle à lire : « {a} » et « {b} »',
  },
  'csv.noColumn.hint': { en: 'name the right column with {option}', fr: 'indiquez la bonne colonne avec {option}' },

  // --- the output gate (src/io/atomic.ts) ---
  'out.theOutput': { en: 'the output {path}', fr: 'la sortie {path}' },
  'out.same': { en: '{a} and {b} are the same file', fr: '{a} et {b} désignent le même fichier' },
  'out.same.hint': { en: 'give each output its own file name', fr: 'donnez à chaque sortie son propre nom de fichier' },
  'out.isInput': {
    en: '{what} is an input of this command ({input}): writing it would destroy it',
    fr: '{what} est une entrée de cette commande ({input}) : l’écrire la détruirait',
  },
  'out.isInput.hint': { en: 'write the output to another file name', fr: 'écrivez la sortie sous un autre nom de fichier' },
  'out.cannot': { en: 'cannot write this file: {problem}', fr: 'impossible d’écrire ce fichier : {problem}' },
  'out.cannot.hint': {
    en: 'check the path: the folder must be writable, and no file or folder of that name may be in the way',
    fr: 'vérifiez le chemin : le dossier doit être accessible en écriture, et aucun fichier ou dossier de ce nom ne doit gêner',
  },
  'out.cannotOption.hint': {
    en: 'check the path given to {option}: the folder must be writable, and no file or folder of that name may be in the way',
    fr: 'vérifiez le chemin donné à {option} : le dossier doit être accessible en écriture, et aucun fichier ou dossier de ce nom ne doit gêner',
  },
  'out.full.hint': {
    en: 'free some space on that disk, or write the file onto another disk; nothing was written',
    fr: 'libérez de la place sur ce disque, ou écrivez le fichier sur un autre disque ; rien n’a été écrit',
  },
  'out.emptyPath': { en: 'the file name is empty', fr: 'le nom de fichier est vide' },
  'out.folder': { en: 'it is a folder, not a file', fr: 'c’est un dossier, pas un fichier' },
  'out.notRegular': {
    en: 'it is not a regular file (a device, a pipe or a socket); give a file name',
    fr: 'ce n’est pas un fichier ordinaire (un périphérique, un tube ou une socket) ; donnez un nom de fichier',
  },
  'out.fileInWay': { en: 'a file is in the way where a folder is needed ({dir})', fr: 'un fichier est là où il faut un dossier ({dir})' },
  'out.deniedFolder': { en: 'permission denied (folder {dir})', fr: 'permission refusée (dossier {dir})' },
  'out.removedStale': { en: 'removed {file}, left by an interrupted decoupage run', fr: '{file} supprimé, laissé par une exécution interrompue de decoupage' },
  'fs.ENOENT': { en: 'no such file or folder', fr: 'fichier ou dossier introuvable' },
  'fs.ENOTDIR': { en: 'a file is in the way where a folder is needed', fr: 'un fichier est là où il faut un dossier' },
  'fs.EISDIR': { en: 'it is a folder, not a file', fr: 'c’est un dossier, pas un fichier' },
  'fs.EACCES': { en: 'permission denied', fr: 'permission refusée' },
  'fs.ENOSPC': { en: 'the disk is full', fr: 'le disque est plein' },
  'fs.EFBIG': { en: 'the file is too large for this disk', fr: 'le fichier est trop grand pour ce disque' },
  'fs.EROFS': { en: 'the disk is read-only', fr: 'le disque est en lecture seule' },

  // --- zip archives (src/io/unzip.ts) ---
  'zip.tooBig': {
    en: '{name} inflates to more than {mb} MB (a damaged zip, or a "zip bomb"); nothing was extracted past that',
    fr: '{name} dépasse {mb} Mo une fois décompressé (un zip abîmé, ou une « bombe zip ») ; rien n’a été extrait au-delà',
  },
  'zip.tooBig.hint': {
    en: "INSEE's fonds de carte inflate to a few tens of MB; if this file is genuine, raise the limit with {option} {mb}",
    fr: 'les fonds de carte de l’Insee font quelques dizaines de Mo une fois décompressés ; si ce fichier est authentique, relevez la limite avec {option} {mb}',
  },
  'zip.tooBig.hintIgn': {
    en: "IGN's ADMIN EXPRESS layers of all France inflate to about 1,000 MB; if this file is genuine, raise the limit with {option} {mb}",
    fr: 'les couches d’ADMIN EXPRESS de l’IGN pour toute la France font environ 1 000 Mo une fois décompressées ; si ce fichier est authentique, relevez la limite avec {option} {mb}',
  },
  'zip.extract': { en: '{name} cannot be extracted: {error}', fr: '{name} ne peut pas être extrait : {error}' },
  'zip.damaged': { en: 'the zip is damaged', fr: 'le zip est abîmé' },
  'zip.innerNotZip': { en: 'the inner zip {path} is not a readable zip file', fr: 'le zip intérieur {path} n’est pas un fichier zip lisible' },
  'zip.damagedBecause': { en: 'the zip is damaged: {detail}', fr: 'le zip est abîmé : {detail}' },
  'zip.lies': {
    en: '{name} inflates to more than the {size} {size:byte|bytes} the zip declares for it',
    fr: '{name} dépasse une fois décompressé les {size} {size:octet|octets} que le zip annonce pour lui',
  },
  'zip.shorter': {
    en: '{name} inflates to {got} {got:byte|bytes}, not the {size} {size:byte|bytes} the zip declares for it',
    fr: '{name} fait {got} {got:octet|octets} une fois décompressé, et non les {size} {size:octet|octets} que le zip annonce pour lui',
  },
  'zip.damaged.hintInsee': {
    en: "download INSEE's zip again from insee.fr (fonds_ze2020_XXXX.zip); do not unzip it",
    fr: 'téléchargez de nouveau le zip de l’Insee sur insee.fr (fonds_ze2020_XXXX.zip) ; ne le décompressez pas',
  },
  'zip.damaged.hintIgn': {
    en: "download ADMIN EXPRESS again from IGN's geoservices.ign.fr, or extract IGN's .7z again and give the folder",
    fr: 'téléchargez de nouveau ADMIN EXPRESS sur geoservices.ign.fr (IGN), ou extrayez de nouveau le .7z de l’IGN et donnez le dossier',
  },

  // --- zone outlines (src/io/geometry.ts) ---
  'geometry.none': { en: 'has no geometry', fr: 'n’a pas de géométrie' },
  'geometry.none.hint': {
    en: 'draw the zone outline (for example in QGIS) or remove the zone from the file',
    fr: 'dessinez le contour de la zone (par exemple dans QGIS) ou retirez la zone du fichier',
  },
  'geometry.type': {
    en: 'has a {type} geometry; zones must be Polygon or MultiPolygon',
    fr: 'a une géométrie {type} ; les zones doivent être des Polygon ou MultiPolygon',
  },
  'geometry.type.hint': {
    en: 'use a layer of zone outlines (areas), not points or lines',
    fr: 'utilisez une couche de contours de zones (des surfaces), pas de points ni de lignes',
  },
  'geometry.damaged': {
    en: 'has a damaged {type} (rings must be lists of [lon, lat] points)',
    fr: 'a un {type} abîmé (les anneaux doivent être des listes de points [lon, lat])',
  },
  'geometry.repair.hint': {
    en: 'repair the geometry (in QGIS: Vector → Geometry Tools → Fix Geometries) and export again',
    fr: 'réparez la géométrie (dans QGIS : Vecteur → Outils de géométrie → Réparer les géométries) et exportez de nouveau',
  },
  'geometry.empty': { en: 'has an empty geometry (no outline)', fr: 'a une géométrie vide (pas de contour)' },
  'geometry.empty.hint': { en: 'draw the zone outline or remove the zone from the file', fr: 'dessinez le contour de la zone ou retirez la zone du fichier' },
  'geometry.shortRing': {
    en: 'has a ring of {n} {n:point|points}; a ring needs at least 3 distinct points',
    fr: 'a un anneau de {n} {n:point|points} ; un anneau demande au moins 3 points distincts',
  },
  'geometry.noArea': {
    en: 'has an outline of zero area (its points lie on one line)',
    fr: 'a un contour d’aire nulle (ses points sont alignés)',
  },
  'geometry.projected': {
    en: 'has coordinates that are not longitude/latitude degrees ({point})',
    fr: 'a des coordonnées qui ne sont pas des degrés de longitude/latitude ({point})',
  },
  'geometry.lambert.hint': {
    en: 'they look like Lambert-93 metres (EPSG:2154): export it again as GeoJSON in WGS 84 (EPSG:4326) (in QGIS: Export → Save Features As → CRS EPSG:4326); for INSEE\'s shapefile, "decoupage import insee-ze" converts it ({fromCrs} EPSG:2154 when the .prj file is missing)',
    fr: 'elles ressemblent à des mètres en Lambert-93 (EPSG:2154) : exportez la couche de nouveau en GeoJSON en WGS 84 (EPSG:4326) (dans QGIS : Exporter → Sauvegarder les entités sous → SCR EPSG:4326) ; pour le shapefile de l’Insee, « decoupage import insee-ze » la convertit ({fromCrs} EPSG:2154 quand le fichier .prj manque)',
  },
  'geometry.metres.hint': {
    en: 'the layer looks projected (metres): export it again as GeoJSON in WGS 84 (EPSG:4326) (in QGIS: Export → Save Features As → CRS EPSG:4326); for INSEE\'s shapefile, "decoupage import insee-ze" converts it ({fromCrs} EPSG:2154 when the .prj file is missing)',
    fr: 'la couche semble projetée (en mètres) : exportez-la de nouveau en GeoJSON en WGS 84 (EPSG:4326) (dans QGIS : Exporter → Sauvegarder les entités sous → SCR EPSG:4326) ; pour le shapefile de l’Insee, « decoupage import insee-ze » la convertit ({fromCrs} EPSG:2154 quand le fichier .prj manque)',
  },
  'geometry.closed': {
    en: '{file}: zone {zone}: {n} {n:ring was|rings were} not closed (last point ≠ first point); closed {n:it|them}',
    fr: '{file} : zone {zone} : {n} {n:anneau non fermé|anneaux non fermés} (dernier point ≠ premier point), désormais {n:fermé|fermés}',
  },
  'geometry.antimeridian': {
    en: '{file}: zone {zone}: crosses the 180° meridian; split there into parts on either side (RFC 7946)',
    fr: '{file} : zone {zone} : traverse le méridien 180° ; découpée là en parties de chaque côté (RFC 7946)',
  },
  'geometry.holeOutside': {
    en: '{file}: zone {zone}: a hole of its outline lies outside it (a ring given as a hole, not inside its polygon); its area and borders may be wrong. Check it in QGIS: Vector → Geometry Tools → Check Validity, then make that ring a polygon of its own or delete it',
    fr: '{file} : zone {zone} : un trou de son contour est en dehors de celui-ci (un anneau donné comme trou, hors de son polygone) ; sa surface et ses frontières peuvent être fausses. Vérifiez-la dans QGIS : Vecteur → Outils de géométrie → Vérifier la validité, puis faites de cet anneau un polygone à part ou supprimez-le',
  },
  'geometry.bowTie': {
    en: '{file}: zone {zone}: its outline crosses itself (a "bow-tie"); its area and borders may be wrong. Repair it in QGIS: Vector → Geometry Tools → Fix Geometries',
    fr: '{file} : zone {zone} : son contour se recoupe (en « nœud papillon ») ; sa surface et ses frontières peuvent être fausses. Réparez-le dans QGIS : Vecteur → Outils de géométrie → Réparer les géométries',
  },

  // --- numbers in member and population columns (src/load/members.ts) ---
  'count.missing': { en: 'the member count is missing', fr: 'le nombre d’adhérents manque' },
  'count.missing.hint': {
    en: 'fill in the member count of every zone (0 if there is none), or remove the zone',
    fr: 'indiquez le nombre d’adhérents de chaque zone (0 s’il n’y en a pas), ou retirez la zone',
  },
  'population.missing': { en: 'the population is missing', fr: 'la population manque' },
  'population.missing.hint': {
    en: 'fill in the population of every zone (0 if there is none), or remove the zone',
    fr: 'indiquez la population de chaque zone (0 s’il n’y en a pas), ou retirez la zone',
  },
  'population.ambiguous': {
    en: 'the population "{value}" could be read two ways (a thousands separator or a decimal comma)',
    fr: 'la population « {value} » peut se lire de deux façons (séparateur de milliers ou virgule décimale)',
  },
  'population.ambiguous.hint': {
    en: 'write {whole} (or {spaced}) for a whole number, {decimal} for a decimal',
    fr: 'écrivez {whole} (ou {spaced}) pour un nombre entier, {decimal} pour un nombre décimal',
  },
  'count.notNumber': { en: 'the member count "{value}" is not a number', fr: 'le nombre d’adhérents « {value} » n’est pas un nombre' },
  'population.notNumber': { en: 'the population "{value}" is not a number', fr: 'la population « {value} » n’est pas un nombre' },
  'number.digits.hint': {
    en: 'write it with digits only, without spaces or thousands separators (for example 12345)',
    fr: 'écrivez-le avec des chiffres seulement, sans espaces ni séparateurs de milliers (par exemple 12345)',
  },
  'number.digitsOnly.hint': { en: 'write it with digits only (for example 12345)', fr: 'écrivez-le avec des chiffres seulement (par exemple 12345)' },
  'count.negative': { en: 'the member count is negative ({value})', fr: 'le nombre d’adhérents est négatif ({value})' },
  'count.negative.hint': { en: 'a member count is 0 or more: fix the value', fr: 'un nombre d’adhérents vaut 0 ou plus : corrigez la valeur' },
  'population.negative': { en: 'the population is negative ({value})', fr: 'la population est négative ({value})' },
  'population.negative.hint': { en: 'a population is 0 or more: fix the value', fr: 'une population vaut 0 ou plus : corrigez la valeur' },
  'count.notWhole': { en: 'the member count is not a whole number ({value})', fr: 'le nombre d’adhérents n’est pas un nombre entier ({value})' },
  'count.notWhole.hint': {
    en: 'member counts are whole numbers of people: round the value',
    fr: 'un nombre d’adhérents compte des personnes entières : arrondissez la valeur',
  },
  'count.beyond': {
    en: 'the member count {value} is beyond any real count (at most {max})',
    fr: 'le nombre d’adhérents {value} dépasse tout effectif réel (au plus {max})',
  },
  'count.beyond.hint': {
    en: 'check the value: decoupage reads member counts up to {max}',
    fr: 'vérifiez la valeur : decoupage lit des nombres d’adhérents jusqu’à {max}',
  },
  'population.beyond': {
    en: 'the population {value} is beyond any real count (at most {max})',
    fr: 'la population {value} dépasse tout chiffre réel (au plus {max})',
  },
  'population.beyond.hint': {
    en: 'check the value: decoupage reads populations up to {max}',
    fr: 'vérifiez la valeur : decoupage lit des populations jusqu’à {max}',
  },

  // --- CSV of values per zone or per commune (src/load/members.ts) ---
  'codes.lostZeros': {
    en: 'the codes look like they lost their leading zeros ({lost} instead of {fixed}): format the code column as text in your spreadsheet',
    fr: 'les codes semblent avoir perdu leurs zéros de tête ({lost} au lieu de {fixed}) : mettez la colonne des codes au format texte dans votre tableur',
  },
  'table.noCode': { en: 'line {line} has no code', fr: 'la ligne {line} n’a pas de code' },
  'table.fillOrDelete.hint': { en: 'fill in the code or delete the line', fr: 'indiquez le code ou supprimez la ligne' },
  'table.twice': {
    en: 'code {code} appears on two lines (the second is line {line})',
    fr: 'le code {code} figure sur deux lignes (la seconde est la ligne {line})',
  },
  'table.twice.hint': {
    en: 'keep one line per code (sum the values if they are parts of the same zone)',
    fr: 'gardez une ligne par code (additionnez les valeurs si ce sont des parties de la même zone)',
  },
  'join.unknown': { en: '{n} {n:code matches|codes match} no zone: {list}', fr: '{n} {n:code|codes} sans zone correspondante : {list}' },
  'join.missing': { en: '{n} {n:zone has|zones have} no line: {list}', fr: '{n} {n:zone|zones} sans ligne : {list}' },
  'join.both': { en: '{a}; {b}', fr: '{a} ; {b}' },
  'join.skip.hint': {
    en: 'the CSV needs one line per zone, with the same codes as the zone file (check {codeCol} and {idProp}); lines of other zones can be left out with {skipUnknown}',
    fr: 'le CSV doit avoir une ligne par zone, avec les mêmes codes que le fichier de zones (vérifiez {codeCol} et {idProp}) ; les lignes d’autres zones peuvent être écartées avec {skipUnknown}',
  },
  'join.hint': {
    en: 'the CSV needs exactly one line per zone, with the same codes as the zone file (check {codeCol} and {idProp})',
    fr: 'le CSV doit avoir exactement une ligne par zone, avec les mêmes codes que le fichier de zones (vérifiez {codeCol} et {idProp})',
  },
  'communeTable.emptyCommune': { en: 'line {line} has an empty commune code', fr: 'la ligne {line} a un code de commune vide' },
  'communeTable.emptyZone': { en: 'line {line} has an empty zone code', fr: 'la ligne {line} a un code de zone vide' },
  'communeTable.twoZones': { en: 'commune {commune} is given two zones ({a} and {b})', fr: 'la commune {commune} est rattachée à deux zones ({a} et {b})' },
  'communeTable.twoZones.hint': {
    en: 'each commune belongs to exactly one zone: keep one line per commune',
    fr: 'chaque commune appartient à une seule zone : gardez une ligne par commune',
  },
  'communes.unknown': {
    en: '{n} commune {n:code is|codes are} not in the commune table {table}: {list}',
    fr: '{n} {n:code de commune absent|codes de commune absents} de la table des communes {table} : {list}',
  },
  'communes.unknown.hint': {
    en: 'communes merge every year: use a commune table of the same year as the commune file, fix the codes, or leave them out with {skipUnknown}',
    fr: 'des communes fusionnent chaque année : prenez une table des communes du même millésime que le fichier des communes, corrigez les codes, ou écartez-les avec {skipUnknown}',
  },
  'communes.zoneMissing': {
    en: '{n} {n:zone has|zones have} no commune in this file: {list}',
    fr: '{n} {n:zone|zones} sans aucune commune dans ce fichier : {list}',
  },
  'communes.zoneMissing.hint': {
    en: 'check that the commune table {table} uses the same zone codes as the zone file ({tableZoneCol}, {idProp})',
    fr: 'vérifiez que la table des communes {table} emploie les mêmes codes de zone que le fichier de zones ({tableZoneCol}, {idProp})',
  },

  // --- zone files (src/load/zones.ts) ---
  'zones.sameOutline': {
    en: 'zones {a} and {b} have the very same outline: one zone given twice (its members would count twice)',
    fr: 'les zones {a} et {b} ont exactement le même contour : une même zone donnée deux fois (ses adhérents compteraient deux fois)',
  },
  'zones.sameOutline.hint': {
    en: 'remove the copy from the zone file (QGIS’s “Delete duplicate geometries” tool finds it), or give each zone its own outline',
    fr: 'retirez la copie du fichier des zones (l’outil « Supprimer les géométries dupliquées » de QGIS la trouve), ou donnez à chaque zone son propre contour',
  },
  'zones.duplicateId': { en: 'two features have the same id (features #{a} and #{b})', fr: 'deux entités ont le même identifiant (entités n° {a} et n° {b})' },
  'zones.duplicateId.hint': {
    en: 'every zone needs its own id: fix the duplicate, or choose another id property with {idProp}',
    fr: 'chaque zone doit avoir son propre identifiant : corrigez le doublon, ou choisissez une autre propriété d’identifiant avec {idProp}',
  },
  'zones.total': {
    en: 'the zones have {total} {total:member|members} in all, beyond any real count (at most {max})',
    fr: 'les zones comptent {total} {total:adhérent|adhérents} en tout, au-delà de tout effectif réel (au plus {max})',
  },
  'zones.beyond': {
    en: 'has {n} {n:member|members}, beyond any real count (a whole number from 0 to {max})',
    fr: 'compte {n} {n:adhérent|adhérents}, au-delà de tout effectif réel (un nombre entier de 0 à {max})',
  },
  'zones.checkFigures.hint': { en: 'check the member figures ({source})', fr: 'vérifiez les effectifs ({source})' },
  'zones.notGeoJson.hint': {
    en: 'the file is damaged or is not GeoJSON: export the layer again as GeoJSON (in QGIS: Export → Save Features As → GeoJSON)',
    fr: 'le fichier est abîmé ou n’est pas du GeoJSON : exportez de nouveau la couche en GeoJSON (dans QGIS : Exporter → Sauvegarder les entités sous → GeoJSON)',
  },
  'zones.otherGeoJson': { en: 'is a GeoJSON "{type}", not a FeatureCollection', fr: 'est un GeoJSON « {type} », pas une FeatureCollection' },
  'zones.notGeoJson': {
    en: 'is not GeoJSON (the JSON is {json}), not a FeatureCollection',
    fr: 'n’est pas du GeoJSON (le JSON est {json}), pas une FeatureCollection',
  },
  'zones.json.null': { en: 'null', fr: 'null' },
  'zones.json.list': { en: 'a list', fr: 'une liste' },
  'zones.json.object': { en: 'an object without "type": "FeatureCollection"', fr: 'un objet sans "type": "FeatureCollection"' },
  'zones.json.other': { en: 'a {type}', fr: 'de type {type}' },
  'zones.topoJson.hint': {
    en: 'this is TopoJSON: convert it to GeoJSON first (for example with mapshaper)',
    fr: 'c’est du TopoJSON : convertissez-le d’abord en GeoJSON (par exemple avec mapshaper)',
  },
  'zones.collection.hint': {
    en: 'a zone file is a GeoJSON FeatureCollection with one Polygon or MultiPolygon feature per zone',
    fr: 'un fichier de zones est une FeatureCollection GeoJSON avec une entité Polygon ou MultiPolygon par zone',
  },
  'zones.noFeatures': { en: 'has no "features" list', fr: 'n’a pas de liste « features »' },
  'zones.exportAgain.hint': { en: 'export the layer again as GeoJSON', fr: 'exportez de nouveau la couche en GeoJSON' },
  'zones.empty': { en: 'holds no zones (the feature list is empty)', fr: 'ne contient aucune zone (la liste des entités est vide)' },
  'zones.notFeature': { en: 'the {nth} entry of "features" is not a Feature', fr: 'l’entrée n° {nth} de « features » n’est pas une Feature' },
  'zones.noIdProperty': {
    en: 'cannot tell which property holds the zone ids (none of {candidates} is filled in on every feature)',
    fr: 'impossible de savoir quelle propriété porte les identifiants des zones (aucune de {candidates} n’est remplie sur toutes les entités)',
  },
  'zones.noIdProperty.hint': {
    en: 'name it with {idProp}; properties of the features: {properties}',
    fr: 'indiquez-la avec {idProp} ; propriétés des entités : {properties}',
  },
  'zones.noProperty': { en: 'no feature has a property "{prop}"', fr: 'aucune entité n’a de propriété « {prop} »' },
  'zones.noProperty.hint': { en: 'check {option}; properties of the features: {properties}', fr: 'vérifiez {option} ; propriétés des entités : {properties}' },
  'zones.noId': { en: 'the {nth} feature has no id', fr: 'l’entité n° {nth} n’a pas d’identifiant' },
  'zones.noId.hint': {
    en: 'give every zone an id in "{field}", or choose another id property with {idProp}',
    fr: 'donnez un identifiant à chaque zone dans « {field} », ou choisissez une autre propriété d’identifiant avec {idProp}',
  },
  'zones.idNotCode': {
    en: 'the {nth} feature has an id that is not a code ({value})',
    fr: 'l’entité n° {nth} a un identifiant qui n’est pas un code ({value})',
  },
  'zones.idNotCode.hint': {
    en: 'ids are codes such as "9312": choose another id property with {idProp}',
    fr: 'les identifiants sont des codes comme « 9312 » : choisissez une autre propriété d’identifiant avec {idProp}',
  },
  'zones.oneSource': { en: 'choose one source of member counts, not {sources}', fr: 'choisissez une seule source d’effectifs, pas {sources}' },
  'zones.oneSource.hint': {
    en: 'give exactly one of {membersProp}, {membersCsv}, {communeMembersCsv}, {estimateMembers}',
    fr: 'donnez une seule option parmi {membersProp}, {membersCsv}, {communeMembersCsv}, {estimateMembers}',
  },
  'zones.populationOnly': { en: '{option} is used only to estimate members', fr: '{option} ne sert qu’à estimer les effectifs' },
  'zones.populationOnly.hint': {
    en: 'add {estimateMembers} RATE (members = population × RATE), or drop the population option',
    fr: 'ajoutez {estimateMembers} TAUX (adhérents = population × TAUX), ou retirez l’option de population',
  },
  'zones.tableOnly': {
    en: '{communeTable} is used only with {communeMembersCsv} or {communePopulationCsv}',
    fr: '{communeTable} ne sert qu’avec {communeMembersCsv} ou {communePopulationCsv}',
  },
  'zones.tableOnly.hint': {
    en: 'give the commune-level CSV with {communeMembersCsv} FILE.csv (or {communePopulationCsv} FILE.csv with {estimateMembers})',
    fr: 'donnez le CSV par commune avec {communeMembersCsv} FICHIER.csv (ou {communePopulationCsv} FICHIER.csv avec {estimateMembers})',
  },
  'zones.badRate': { en: '{option} must be a positive number such as 0.08, got {rate}', fr: '{option} doit être un nombre positif comme 0,08, et non {rate}' },
  'zones.noMembers': { en: 'the zones have no member counts (no "members" property)', fr: 'les zones n’ont pas d’effectifs (pas de propriété « members »)' },
  'zones.noMembers.hint': {
    en: 'say where they are: {membersProp} PROPERTY, {membersCsv} FILE.csv, {communeMembersCsv} FILE.csv {communeTable} TABLE.csv, or estimate them with {estimateMembers} RATE (population × RATE, population from {populationProp} PROPERTY or {populationCsv} FILE.csv)',
    fr: 'dites où ils sont : {membersProp} PROPRIÉTÉ, {membersCsv} FICHIER.csv, {communeMembersCsv} FICHIER.csv {communeTable} TABLE.csv, ou estimez-les avec {estimateMembers} TAUX (population × TAUX, population tirée de {populationProp} PROPRIÉTÉ ou de {populationCsv} FICHIER.csv)',
  },
  'zones.onePopulation': {
    en: 'choose one source of population for {estimateMembers}',
    fr: 'choisissez une seule source de population pour {estimateMembers}',
  },
  'zones.onePopulation.hint': {
    en: 'give one of {populationProp}, {populationCsv}, {communePopulationCsv}',
    fr: 'donnez une seule option parmi {populationProp}, {populationCsv}, {communePopulationCsv}',
  },
  'zones.noPopulation': {
    en: '{estimateMembers} needs a population, and no feature has a property "{prop}"',
    fr: '{estimateMembers} demande une population, et aucune entité n’a de propriété « {prop} »',
  },
  'zones.noPopulation.hint': {
    en: 'name the population property with {populationProp} PROPERTY, or give a CSV with {populationCsv} FILE.csv (or {communePopulationCsv} FILE.csv {communeTable} TABLE.csv); properties of the features: {properties}',
    fr: 'indiquez la propriété de population avec {populationProp} PROPRIÉTÉ, ou donnez un CSV avec {populationCsv} FICHIER.csv (ou {communePopulationCsv} FICHIER.csv {communeTable} TABLE.csv) ; propriétés des entités : {properties}',
  },
  'zones.needsTable': { en: '{option} needs the commune → zone table', fr: '{option} demande la table de passage commune → zone' },
  'zones.needsTable.hint': {
    en: "add {communeTable} TABLE.csv, for example INSEE's commune-ze2020.csv (columns CODGEO, ZE2020)",
    fr: 'ajoutez {communeTable} TABLE.csv, par exemple le fichier commune-ze2020.csv de l’Insee (colonnes CODGEO, ZE2020)',
  },

  // --- INSEE's zip of zones d'emploi (src/load/insee.ts) ---
  'insee.badZip': { en: 'is not a readable zip file', fr: 'n’est pas un fichier zip lisible' },
  'insee.badZip.hint': {
    en: "download INSEE's fonds de carte again (fonds_ze2020_XXXX.zip); do not unzip it",
    fr: 'téléchargez de nouveau le fond de carte de l’Insee (fonds_ze2020_XXXX.zip) ; ne le décompressez pas',
  },
  'insee.noShp': { en: 'holds no shapefile (.shp) layer', fr: 'ne contient aucune couche shapefile (.shp)' },
  'insee.noShpIn': { en: 'holds no shapefile (.shp) layer in {path}', fr: 'ne contient aucune couche shapefile (.shp) dans {path}' },
  'insee.noShp.hint': {
    en: "expected INSEE's fonds_ze2020_XXXX.zip; it contains: {entries}",
    fr: 'attendu : le fichier fonds_ze2020_XXXX.zip de l’Insee ; il contient : {entries}',
  },
  'insee.badPrj': { en: 'the projection in the .prj file is not understood ({error})', fr: 'la projection du fichier .prj n’est pas comprise ({error})' },
  'insee.badPrj.hint': {
    en: 'reproject the layer to WGS84 (EPSG:4326) in QGIS and export it as GeoJSON instead',
    fr: 'reprojetez la couche en WGS84 (EPSG:4326) dans QGIS et exportez-la plutôt en GeoJSON',
  },
  'insee.unknownCrs': { en: '{option} {crs} is not a projection decoupage knows', fr: '{option} {crs} n’est pas une projection que decoupage connaît' },
  'insee.unknownCrs.hint': {
    en: 'use one of {known} (EPSG:2154 is Lambert-93, used by INSEE and IGN for mainland France)',
    fr: 'prenez l’une de {known} (EPSG:2154 est le Lambert-93, employé par l’Insee et l’IGN pour la France métropolitaine)',
  },
  'insee.crsWithPrj': { en: '{option} is for a layer without .prj, and {layer} has one', fr: '{option} sert aux couches sans .prj, et {layer} en a un' },
  'insee.crsWithPrj.hint': {
    en: 'leave out {option}: the projection is read from the .prj file',
    fr: 'retirez {option} : la projection est lue dans le fichier .prj',
  },
  'insee.fewerRecords': {
    en: 'the table {dbf} has fewer records than the shapes of {layer}: shape {n} has no code nor name',
    fr: 'la table {dbf} a moins d’enregistrements que la couche {layer} n’a de formes : la forme n° {n} n’a ni code ni nom',
  },
  'insee.fewerRecords.hint': {
    en: 'the zip is damaged or mixes two versions of the layer: download it again from insee.fr',
    fr: 'le zip est abîmé ou mêle deux versions de la couche : téléchargez-le de nouveau sur insee.fr',
  },
  'layer.noField': {
    en: 'the layer {layer} has no field "{field}" (fields: {fields})',
    fr: 'la couche {layer} n’a pas de champ « {field} » (champs : {fields})',
  },
  'insee.notZe.hint': {
    en: "this does not look like INSEE's zones d'emploi layer (fonds_ze2020_XXXX.zip)",
    fr: 'cela ne ressemble pas à la couche des zones d’emploi de l’Insee (fonds_ze2020_XXXX.zip)',
  },
  'insee.noCode': { en: 'record {n} has no zone code', fr: 'l’enregistrement n° {n} n’a pas de code de zone' },
  'layer.twice': { en: 'appears twice in the layer', fr: 'figure deux fois dans la couche' },
  'layer.notPolygon': { en: 'has a {type} geometry, not a polygon', fr: 'a une géométrie {type}, pas un polygone' },
  'layer.missingGeometry': { en: 'missing', fr: 'absente' },
  'insee.noPrjDegrees': {
    en: 'the layer has no .prj file and its coordinates are not longitude/latitude degrees ({point})',
    fr: 'la couche n’a pas de fichier .prj et ses coordonnées ne sont pas des degrés de longitude/latitude ({point})',
  },
  'insee.noPrjDegrees.hint': {
    en: "say which projection it is in: {option} EPSG:2154 for Lambert-93 (INSEE's and IGN's maps of mainland France), or download the complete zip again",
    fr: 'dites dans quelle projection elle est : {option} EPSG:2154 pour le Lambert-93 (les cartes de la France métropolitaine de l’Insee et de l’IGN), ou téléchargez de nouveau le zip complet',
  },
  'layer.noDbf': {
    en: 'the layer {layer} has no .dbf file (the table of its codes and names)',
    fr: 'la couche {layer} n’a pas de fichier .dbf (la table de ses codes et noms)',
  },
  'layer.notANumber': { en: 'has a coordinate that is not a number ({point})', fr: 'a une coordonnée qui n’est pas un nombre ({point})' },
  'layer.outsideFrance': {
    en: 'lies outside France and its overseas départements once projected ({point}, longitude, latitude): the projection of {layer} is not the one its coordinates are in, or the file is damaged',
    fr: 'est hors de France et de ses départements d’outre-mer une fois projetée ({point}, longitude, latitude) : la projection de {layer} n’est pas celle de ses coordonnées, ou le fichier est abîmé',
  },
  'layer.outsideFrance.hint': {
    en: 'say which projection the layer is in: {option} EPSG:2154 for Lambert-93 (mainland France), EPSG:2975 for La Réunion…',
    fr: 'dites dans quelle projection est la couche : {option} EPSG:2154 pour le Lambert-93 (France métropolitaine), EPSG:2975 pour La Réunion…',
  },
  'layer.degrees.hint': {
    en: 'its coordinates look like longitude/latitude degrees ({point}): leave out {option} {crs}',
    fr: 'ses coordonnées ressemblent à des degrés de longitude/latitude ({point}) : retirez {option} {crs}',
  },
  'layer.dbf1252': {
    en: '{dbf} is not UTF-8 and has no .cpg: read as windows-1252',
    fr: '{dbf} n’est pas en UTF-8 et n’a pas de .cpg : lu en windows-1252',
  },
  'layer.dbf1252Cpg': {
    en: '{dbf} is not UTF-8 although its .cpg says "{cpg}": read as windows-1252',
    fr: '{dbf} n’est pas en UTF-8 bien que son .cpg indique « {cpg} » : lu en windows-1252',
  },
  'layer.replacementChar': {
    en: 'the table {dbf} holds a damaged character (U+FFFD) in record {n}, field "{field}"',
    fr: 'la table {dbf} contient un caractère abîmé (U+FFFD) à l’enregistrement n° {n}, champ « {field} »',
  },
  'layer.emptyOutline': { en: 'has an empty outline', fr: 'a un contour vide' },
  'insee.badShapefile': { en: 'the shapefile {layer} cannot be read ({error})', fr: 'le shapefile {layer} ne peut pas être lu ({error})' },
  'insee.read.hint': {
    en: "check the path; the file is INSEE's fonds_ze2020_XXXX.zip from insee.fr",
    fr: 'vérifiez le chemin ; le fichier est le fonds_ze2020_XXXX.zip de l’Insee, sur insee.fr',
  },

  // --- IGN's ADMIN EXPRESS (src/load/admin-express.ts) ---
  'ae.read.hint': {
    en: 'give the ADMIN EXPRESS zip, or the folder its .7z was extracted to',
    fr: 'donnez le zip d’ADMIN EXPRESS, ou le dossier où son .7z a été extrait',
  },
  'ae.notZip': { en: 'is neither a folder nor a readable zip file', fr: 'n’est ni un dossier ni un fichier zip lisible' },
  'ae.notZip.hint': {
    en: 'IGN ships ADMIN EXPRESS as a .7z archive: extract it (7-Zip) and give the folder, or zip the shapefiles',
    fr: 'l’IGN livre ADMIN EXPRESS en archive .7z : extrayez-la (7-Zip) et donnez le dossier, ou zippez les shapefiles',
  },
  'ae.noLayer': { en: 'holds no {layer}.shp layer', fr: 'ne contient pas de couche {layer}.shp' },
  'ae.noLayer.hint': { en: "expected IGN's ADMIN EXPRESS ({url}); found: {found}", fr: 'attendu : ADMIN EXPRESS de l’IGN ({url}) ; trouvé : {found}' },
  'ae.noCode': { en: 'a feature of commune {commune} has no code', fr: 'une entité de la commune {commune} n’a pas de code' },
  'ae.noCodeAt': { en: 'feature #{n} of {layer} has no code (field {field} empty)', fr: 'l’entité n° {n} de {layer} n’a pas de code (champ {field} vide)' },
  'ae.twice': { en: 'appears twice in the layers', fr: 'figure deux fois dans les couches' },
  'ae.noRegion': { en: 'no commune of région {regions} in the layers', fr: 'aucune commune de la région {regions} dans les couches' },
  'ae.noRegion.hint': {
    en: "check {option}: INSEE région codes such as 93 (Provence-Alpes-Côte d'Azur), 11 (Île-de-France)",
    fr: 'vérifiez {option} : des codes de région Insee comme 93 (Provence-Alpes-Côte d’Azur), 11 (Île-de-France)',
  },
  'ae.notAdminExpress.hint': { en: "this does not look like IGN's ADMIN EXPRESS ({url})", fr: 'cela ne ressemble pas à ADMIN EXPRESS de l’IGN ({url})' },
  'ae.noPopulation': {
    en: '{n} {n:unit has|units have} no population (POPULATION empty), written as missing, not 0: {examples}',
    fr: '{n} {n:unité n’a|unités n’ont} pas de population (POPULATION vide), écrite comme manquante, et non 0 : {examples}',
  },
  'ae.badPopulation': { en: 'population "{value}" is not a number ≥ 0', fr: 'la population « {value} » n’est pas un nombre ≥ 0' },

  // --- départements and régions of zones (src/load/boundaries.ts) ---
  'boundaries.notInTable': {
    en: '{n} {n:zone of the map is|zones of the map are} not in the commune table: {list}',
    fr: '{n} {n:zone de la carte absente|zones de la carte absentes} de la table des communes : {list}',
  },
  'boundaries.notInTable.hint': {
    en: 'use the commune table of the same vintage as the map ({table} may be another zoning)',
    fr: 'prenez la table des communes du même millésime que la carte ({table} suit peut-être un autre zonage)',
  },
  'boundaries.noZoneInRegion': { en: 'no zone lies in région {codes}', fr: 'aucune zone ne se trouve dans la région {codes}' },
  'boundaries.noZoneInDep': { en: 'no zone lies in département {codes}', fr: 'aucune zone ne se trouve dans le département {codes}' },
  'boundaries.codes.hint': {
    en: 'the codes of the table are: {codes} (write them as INSEE does: "93", "04", "2A")',
    fr: 'les codes de la table sont : {codes} (écrivez-les comme l’Insee : « 93 », « 04 », « 2A »)',
  },

  // --- links (src/load/links.ts) ---
  'links.badOption': { en: '{option} "{value}" is not of the form ZONE_A:ZONE_B', fr: '{option} « {value} » n’est pas de la forme ZONE_A:ZONE_B' },
  'links.badOption.hint': {
    en: 'write two zone ids separated by a colon, e.g. {option} 0105:0104; for ids containing ":" use {links} links.csv',
    fr: 'écrivez deux identifiants de zones séparés par deux-points, par exemple {option} 0105:0104 ; pour des identifiants contenant « : », utilisez {links} links.csv',
  },
  'links.empty': { en: 'line {line} has an empty {column}', fr: 'la ligne {line} a un {column} vide' },
  'links.empty.hint': { en: 'every row names two zone ids: zone_a,zone_b', fr: 'chaque ligne nomme deux identifiants de zones : zone_a,zone_b' },

  // --- member registers (src/members/register.ts) ---
  'register.noPostcode': { en: 'has no postal code column (columns: {columns})', fr: 'n’a pas de colonne de code postal (colonnes : {columns})' },
  'register.notHeader': {
    en: 'the first line does not look like a header ({n} {n:field|fields}): it holds a postal code, a number or an address, as a member’s line does',
    fr: 'la première ligne ne ressemble pas à un en-tête ({n} {n:champ|champs}) : elle contient un code postal, un nombre ou une adresse, comme la ligne d’un adhérent',
  },
  'register.notHeader.hint': {
    en: 'add a header line naming the columns (code postal, ville…), or name them with {postcodeCol} and {townCol} (or {inseeCol}) once the header is there',
    fr: 'ajoutez une ligne d’en-tête nommant les colonnes (code postal, ville…), puis indiquez-les avec {postcodeCol} et {townCol} (ou {inseeCol}) si besoin',
  },
  'register.twoColumns': {
    en: 'two columns are called "{column}" ({a} and {b}): decoupage cannot tell which one to read',
    fr: 'deux colonnes s’appellent « {column} » ({a} et {b}) : decoupage ne peut pas savoir laquelle lire',
  },
  'register.twoColumns.hint': {
    en: 'rename or delete one of them, or name the one to read with {option} after renaming it',
    fr: 'renommez ou supprimez l’une d’elles, ou indiquez celle à lire avec {option} après l’avoir renommée',
  },
  'register.countTooLarge': {
    en: 'line {line}, column "{column}": a count beyond any real count (at most {max})',
    fr: 'ligne {line}, colonne « {column} » : un effectif au-delà de tout effectif réel (au plus {max})',
  },
  'register.countTooLarge.hint': {
    en: 'check that column: it should hold the number of members of the line (1 for one member)',
    fr: 'vérifiez cette colonne : elle doit donner le nombre d’adhérents de la ligne (1 pour un adhérent)',
  },
  'register.noPostcode.hint': {
    en: 'name it with {postcodeCol} (and the town with {townCol}), or the INSEE code column with {inseeCol}',
    fr: 'indiquez-la avec {postcodeCol} (et la commune avec {townCol}), ou la colonne du code Insee avec {inseeCol}',
  },

  // --- plans (src/load/plan.ts) ---
  'plan.read.hint': {
    en: 'check the path; a plan is a CSV with columns zone,section (as written by decoupage propose)',
    fr: 'vérifiez le chemin ; un plan est un CSV aux colonnes zone,section (comme l’écrit decoupage propose)',
  },
  'plan.empty': { en: 'holds no zone assignments', fr: 'n’affecte aucune zone' },
  'plan.empty.hint': { en: 'a plan lists every zone with its section, one per row', fr: 'un plan liste chaque zone avec sa section, une par ligne' },
  'plan.lostZeros': {
    en: 'has {n} zone {n:code that is|codes that are} not in {zones}: {lines}',
    fr: 'a {n} {n:code de zone absent|codes de zone absents} de {zones} : {lines}',
  },
  'plan.zoneAtLine': { en: '"{zone}" (line {line})', fr: '« {zone} » (ligne {line})' },
  'plan.json.hint': {
    en: 'a JSON plan is {object} or {array}',
    fr: 'un plan JSON s’écrit {object} ou {array}',
  },
  'plan.noFeatures': { en: 'is a FeatureCollection without a "features" list', fr: 'est une FeatureCollection sans liste « features »' },
  'plan.noProperties': { en: 'feature {n} has no properties', fr: 'l’entité n° {n} n’a pas de propriétés' },
  'plan.noProperties.hint': {
    en: 'every feature needs a zone id and a section property',
    fr: 'chaque entité doit porter un identifiant de zone et une propriété de section',
  },
  'plan.badSection': { en: 'the section of zone {zone} is not a text or a number', fr: 'la section de la zone {zone} n’est ni un texte ni un nombre' },
  'plan.badSection.hint': {
    en: 'a JSON plan object maps each zone id to a section id: {example}',
    fr: 'un objet de plan JSON associe à chaque identifiant de zone un identifiant de section : {example}',
  },
  'plan.notPlan': {
    en: 'is not a plan: expected a JSON object, array or GeoJSON FeatureCollection',
    fr: 'n’est pas un plan : un objet JSON, un tableau ou une FeatureCollection GeoJSON est attendu',
  },
  'plan.notRecord.entry': { en: 'entry {n} is not an object with a zone and a section', fr: 'l’entrée n° {n} n’est pas un objet avec une zone et une section' },
  'plan.notRecord.feature': {
    en: 'feature {n} is not an object with a zone and a section',
    fr: 'l’entité n° {n} n’est pas un objet avec une zone et une section',
  },
  'plan.noColumn': { en: 'has no column/property "{column}" (found: {found})', fr: 'n’a pas de colonne ou propriété « {column} » (trouvé : {found})' },
  'plan.noColumn.hint': { en: 'name an existing one with {option}', fr: 'indiquez-en une qui existe avec {option}' },
  'plan.noZoneColumn': { en: 'has no zone column (found: {found})', fr: 'n’a pas de colonne de zone (trouvé : {found})' },
  'plan.noSectionColumn': { en: 'has no section column (found: {found})', fr: 'n’a pas de colonne de section (trouvé : {found})' },
  'plan.nameColumns.hint': {
    en: 'name the columns {names}, or choose one with {option}',
    fr: 'nommez les colonnes {names}, ou choisissez-en une avec {option}',
  },
  'plan.unusable': { en: 'is not a usable plan:\n  - {problems}', fr: 'n’est pas un plan utilisable :\n  - {problems}' },
  'plan.problems': { en: '{list}\n  - {next}', fr: '{list}\n  - {next}' },
  'plan.moreProblems': { en: '… and {n} more', fr: '… et {n} {n:autre|autres}' },
  'plan.unknownZone': { en: 'line {line}: zone "{zone}" is not in {zones}', fr: 'ligne {line} : la zone « {zone} » n’est pas dans {zones}' },
  'plan.emptySection': { en: 'line {line}: zone {zone} has an empty section', fr: 'ligne {line} : la zone {zone} a une section vide' },
  'plan.listedAgain': {
    en: 'line {line}: zone {zone} is listed again, in section "{section}" after "{before}"',
    fr: 'ligne {line} : la zone {zone} figure de nouveau, dans la section « {section} » après « {before} »',
  },
  'plan.sameName': {
    en: 'section names {a} and {b} are one name once spaces are trimmed and accents composed (Unicode NFC)',
    fr: 'les noms de section {a} et {b} sont un seul nom une fois les espaces retirés et les accents composés (Unicode NFC)',
  },
  'plan.sameName.hint': {
    en: 'write the name one way everywhere, or give the two sections different names',
    fr: 'écrivez ce nom d’une seule façon partout, ou donnez deux noms différents aux deux sections',
  },
  'plan.sameNameAt': { en: '{name} (line {line})', fr: '{name} (ligne {line})' },
  'plan.noSection': { en: '{n} {n:zone has|zones have} no section: {list}', fr: '{n} {n:zone|zones} sans section : {list}' },
  'plan.unusable.hint': {
    en: 'run "decoupage check" on this plan to list every problem, then fix the plan file',
    fr: 'lancez « decoupage check » sur ce plan pour lister tous les problèmes, puis corrigez le fichier du plan',
  },
  'plan.preview': { en: '{shown}, … ({n} more)', fr: '{shown}, … ({n} {n:autre|autres})' },
  'plan.noGroup': {
    en: '{n} {n:zone has|zones have} no "{prop}" to group by: {list}',
    fr: '{n} {n:zone|zones} sans « {prop} » pour {n:la|les} regrouper : {list}',
  },
  'plan.noGroup.hint': {
    en: '{option} names a zone property (found: {found}); import insee-ze {communeTable} adds dep and reg',
    fr: '{option} nomme une propriété des zones (trouvé : {found}) ; import insee-ze {communeTable} ajoute dep et reg',
  },

  // --- where member counts come from (MembersSource.description): said in every output ---
  'source.none': { en: 'no member counts', fr: 'pas d’effectifs' },
  'source.property': { en: 'property "{prop}" of {file}', fr: 'propriété « {prop} » de {file}' },
  'source.column': { en: 'column "{col}" of {file}', fr: 'colonne « {col} » de {file}' },
  'source.marked': { en: '{source} (marked as estimates by "{prop}")', fr: '{source} (marquées comme estimations par « {prop} »)' },
  'source.partlyMarked': {
    en: '{source} ({n} {n:unit|units} marked as estimates by "{prop}")',
    fr: '{source} ({n} {n:unité marquée comme estimation|unités marquées comme estimations} par « {prop} »)',
  },
  'source.leftOut': {
    en: '{source}; {n} {n:line|lines} of zones not in the zone file left out',
    fr: '{source} ; {n} {n:ligne|lignes} de zones absentes du fichier de zones {n:écartée|écartées}',
  },
  'source.communes': {
    en: '{source}, {n} {n:commune|communes} summed by zone with {table}',
    fr: '{source}, {n} {n:commune additionnée|communes additionnées} par zone avec {table}',
  },
  'source.outside': {
    en: '{source}; {n} {n:commune|communes} of other zones left out',
    fr: '{source} ; {n} {n:commune|communes} d’autres zones {n:écartée|écartées}',
  },
  'source.unknownInhabitants': {
    en: '{source}; {n} {n:commune|communes} unknown to the table left out ({total} {total:inhabitant|inhabitants})',
    fr: '{source} ; {n} {n:commune absente|communes absentes} de la table {n:écartée|écartées} ({total} {total:habitant|habitants})',
  },
  'source.unknownMembers': {
    en: '{source}; {n} {n:commune|communes} unknown to the table left out ({total} {total:member|members})',
    fr: '{source} ; {n} {n:commune absente|communes absentes} de la table {n:écartée|écartées} ({total} {total:adhérent|adhérents})',
  },
  'source.estimated': { en: 'estimated as population × {rate} ({from})', fr: 'estimés : population × {rate} ({from})' },
  decimal: { en: '{whole}.{fraction}', fr: '{whole},{fraction}' },
  'source.then': { en: '{source}; {then}', fr: '{source} ; {then}' },
  'source.splitShared': {
    en: 'members of {names} shared among its finer units in proportion to their population ({population})',
    fr: 'adhérents de {names} répartis entre ses unités fines au prorata de leur population ({population})',
  },
  'source.splitSharedUnits': {
    en: 'members of {names} shared among its {n} {n:finer unit|finer units} in proportion to their population ({population})',
    fr: 'adhérents de {names} répartis entre ses {n} {n:unité fine|unités fines} au prorata de leur population ({population})',
  },
  'source.givenPopulation': { en: 'given population', fr: 'population fournie' },
  'source.fromUnits': { en: 'members of {names} from its finer units ({source})', fr: 'adhérents de {names} tirés de ses unités fines ({source})' },
  'source.fromUnitsRounded': {
    en: 'members of {names} from its finer units ({source}), adjusted to the zone total for rounding',
    fr: 'adhérents de {names} tirés de ses unités fines ({source}), ajustés au total de la zone (arrondis)',
  },
  'source.unitsEstimatesNote': { en: "the finer units' members are estimates: {how}", fr: 'les effectifs des unités fines sont des estimations : {how}' },
  'source.estimatesNote': { en: 'member counts are estimates: {source}', fr: 'les effectifs sont des estimations : {source}' },
} as const satisfies Table;
