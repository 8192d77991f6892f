/**
 * The "plan" messages of the catalogue: rules, graph, propose, seats, check, pluralism, export, report, editor
 * session (see catalogue.ts). Options are placeholders filled with `option('minMembers')`: the library names
 * its option, the CLI its flag.
 */
import type { Table } from './message.js';

export const PLAN_MESSAGES = {
  // small pieces said inside other messages
  useOneOf: { en: 'use one of: {list}', fr: 'valeurs possibles : {list}' },
  or: { en: '{a} or {b}', fr: '{a} ou {b}' },
  quoted: { en: '"{name}"', fr: '« {name} »' },
  empty: { en: '(empty)', fr: '(vide)' },

  // rules (core/rules.ts)
  'rules.unknownMethod': { en: 'unknown apportionment method "{method}"', fr: 'méthode de répartition des sièges inconnue : « {method} »' },
  'rules.maxBelowMin': { en: '{max} ({maxValue}) is below {min} ({minValue})', fr: '{max} ({maxValue}) est inférieur à {min} ({minValue})' },
  'rules.maxBelowMin.hint': { en: 'raise {max} or lower {min}', fr: 'augmentez {max} ou baissez {min}' },
  'rules.notResolved': { en: 'the rules are not a charter, got {value}', fr: 'les règles ne sont pas une charte : {value}' },
  'rules.notResolved.hint': {
    en: 'make the charter with resolveRules (from option values such as minMembers, membersPerSeat, minSeats) or loadRules (from a rules.json file)',
    fr: 'construisez la charte avec resolveRules (à partir de valeurs comme minMembers, membersPerSeat, minSeats) ou loadRules (à partir d’un fichier rules.json)',
  },
  'check.notPlan': {
    en: 'the plan is neither a Plan nor rows of a plan file, got {value}',
    fr: 'le plan n’est ni un Plan ni les lignes d’un fichier de plan : {value}',
  },
  'check.notPlan.hint': {
    en: 'a Plan is a Map from zone id to section id (planFromInput makes one); readPlan gives the rows of a plan file',
    fr: 'un Plan est une Map du code de zone vers le code de section (planFromInput en construit un) ; readPlan donne les lignes d’un fichier de plan',
  },
  'rules.fileKey': { en: '"{key}"', fr: '« {key} »' },
  'rules.seatsTwoWays': {
    en: '{seats} and {perSeat} are two ways of counting seats; give only one',
    fr: '{seats} et {perSeat} sont deux façons de compter les sièges : n’en donnez qu’une',
  },
  'rules.seatsTwoWays.hint': {
    en: '{perSeatOption} 1500: one delegate per 1,500 {members}; {seatsOption} 120 {methodOption} dhondt: 120 delegates shared between sections',
    fr: '{perSeatOption} 1500 : un délégué pour 1 500 {members} ; {seatsOption} 120 {methodOption} dhondt : 120 délégués répartis entre les sections',
  },
  'rules.methodNeedsSeats': {
    en: '{method} shares a fixed total of seats, so it needs {seats}, not {perSeat}',
    fr: '{method} répartit un nombre fixe de sièges : il lui faut {seats}, pas {perSeat}',
  },
  'rules.lang': { en: '"lang" must be "fr" or "en", not {value}', fr: '« lang » doit valoir "fr" ou "en", et non {value}' },
  'rules.notScalar': {
    en: '"{key}" must be a number or a name, not {value}',
    fr: '« {key} » doit être un nombre ou un nom, et non {value}',
  },
  'rules.notObject': { en: 'must hold a JSON object such as {example}', fr: 'doit contenir un objet JSON tel que {example}' },
  'rules.unknownKey': { en: 'unknown key "{key}"', fr: 'clé inconnue : « {key} »' },
  'rules.unknownKey.hint': { en: 'the keys are: {keys}', fr: 'les clés possibles sont : {keys}' },
  'rules.unknownKey.hintNear': { en: 'did you mean "{near}"? the keys are: {keys}', fr: 'vouliez-vous dire « {near} » ? Les clés possibles sont : {keys}' },
  'rules.unknownKey.hintNearOwn': {
    en: 'did you mean "{near}"? (or "{own}", as your file spells keys) the keys are: {keys}',
    fr: 'vouliez-vous dire « {near} » ? (ou « {own} », comme votre fichier écrit les clés) Les clés possibles sont : {keys}',
  },
  'rules.wholeNumber': {
    en: '{what} must be a whole number from {min} to {max}, got "{value}"',
    fr: '{what} doit être un nombre entier de {min} à {max} (reçu : « {value} »)',
  },
  'rules.percentage': {
    en: '{what} must be a percentage between 0 and 100 (e.g. 15 for ±15 %), got "{value}"',
    fr: '{what} doit être un pourcentage entre 0 et 100, par exemple 15 pour ± 15 % (reçu : « {value} »)',
  },
  'rules.splitIntoInFile': { en: '"split-into" in {file}', fr: '« split-into » dans {file}' },
  'rules.splitIntoForm': {
    en: '{source} must be ZONE:K, e.g. 9312:2 (got {value})',
    fr: '{source} doit être de la forme ZONE:K, par exemple 9312:2 (reçu : {value})',
  },
  'rules.splitIntoForm.hint': {
    en: 'K is the number of sections the split zone must form: a whole number ≥ 1',
    fr: 'K est le nombre de sections que doit former la zone découpée : un nombre entier ≥ 1',
  },
  'rules.splitIntoTwice': {
    en: '{source} asks zone {zone} for {before} and for {sections} {sections:section|sections}',
    fr: '{source} demande pour la zone {zone} à la fois {before} et {sections} {sections:section|sections}',
  },
  'rules.splitIntoTwice.hint': { en: 'give one count per zone', fr: 'donnez un seul nombre par zone' },

  // seats (apportion/)
  'seats.badWeight': {
    en: 'has a weight of {weight}; {members} and votes must be numbers ≥ 0',
    fr: 'a un poids de {weight} ; {members} et voix doivent être des nombres ≥ 0',
  },
  'seats.minOverTotal': {
    en: 'more minimum seats than total seats: {n} {n:section|sections} × {minSeats} minimum {minSeats:seat|seats} = {needed} > {seats} {seats:seat|seats}',
    fr: 'plus de sièges minimum que de sièges en tout : {n} {n:section|sections} × {minSeats} {minSeats:siège|sièges} minimum = {needed} > {seats} {seats:siège|sièges}',
  },
  'seats.minOverTotal.hint': {
    en: 'raise {seatsOption} to at least {needed}, lower {minSeatsOption}, or make fewer sections',
    fr: 'portez {seatsOption} à au moins {needed}, baissez {minSeatsOption} ou faites moins de sections',
  },
  'seats.noMembers': {
    en: 'cannot share {n} {n:seat|seats}: every section has 0 {members}',
    fr: 'impossible de répartir {n} {n:siège|sièges} : toutes les sections ont 0 {members}',
  },
  'seats.noMembers.hint': { en: 'check the member counts of the zones', fr: 'vérifiez les effectifs des zones' },
  'seats.divisorNeedsSeats': {
    en: '{method} gives every section with {members} at least one seat, but there {n:is|are} {n} such {n:section|sections} and only {seats} {seats:seat|seats}',
    fr: '{method} donne au moins un siège à chaque section qui a des {members}, mais il y a {n} {n:section|sections} de ce type et seulement {seats} {seats:siège|sièges}',
  },
  'seats.divisorNeedsSeats.hint': {
    en: 'raise {seatsOption} to at least {n} or choose another {methodOption}',
    fr: 'portez {seatsOption} à au moins {n} ou choisissez une autre {methodOption}',
  },
  'seats.last': { en: '{n:the last seat|the last {n} seats}', fr: '{n:le dernier siège|les {n} derniers sièges}' },
  'seats.tieOpen': {
    en: '{what} tied between {who} (equal claim {claim}); nobody chose a rule',
    fr: 'égalité pour {what} entre {who} (même quotient {claim}) ; aucune règle de départage n’a été choisie',
  },
  'seats.tieSettled': {
    en: '{what} tied between {who} (equal claim {claim}); settled by {option} {rule}: {winners}',
    fr: 'égalité pour {what} entre {who} (même quotient {claim}) ; départagée par {option} {rule} : {winners}',
  },
  'seats.ties': { en: '{a}; {b}', fr: '{a} ; {b}' },
  'seats.tieOpen.hint': {
    en: 'decoupage does not pick a winner by itself: add {option} largest (the larger section), first (plan order) or random-seeded (with {seed})',
    fr: 'decoupage ne désigne pas de gagnant de lui-même : ajoutez {option} largest (la plus grande section), first (l’ordre du plan) ou random-seeded (avec {seed})',
  },

  // check
  'check.noProperty': { en: 'no zone has a property "{prop}"', fr: 'aucune zone n’a de propriété « {prop} »' },
  'check.noProperty.hint': {
    en: '{option} needs a zone property; the zones have: {known}',
    fr: '{option} demande une propriété des zones ; les zones ont : {known}',
  },
  'check.noProperties': { en: 'no properties', fr: 'aucune propriété' },

  // export
  'export.unknownFormat': { en: 'unknown export format "{format}"', fr: 'format d’export inconnu : « {format} »' },

  // graph: links and automatic links
  'links.unknownZone': {
    en: 'the link {a}:{b} ({source}) names zone "{zone}", which is not in {file}',
    fr: 'le lien {a}:{b} ({source}) cite la zone « {zone} », qui n’est pas dans {file}',
  },
  'links.unknownZone.hint': {
    en: 'use zone ids as they appear in the zone layer (for example {examples})',
    fr: 'utilisez les codes de zone tels qu’ils figurent dans la couche des zones (par exemple {examples})',
  },
  'links.notList': {
    en: '{option} must be a list of links, got {value}',
    fr: '{option} doit être une liste de liens, et non {value}',
  },
  'links.notLink': {
    en: 'link #{n} of {option} is not a link between two zones, got {value}',
    fr: 'le lien n° {n} de {option} ne relie pas deux zones : {value}',
  },
  'links.shape.hint': {
    en: 'a link is an object naming two zones by their ids in "a" and "b", and where it comes from in "source" (e.g. a: "0103", b: "0104", source: "ferry")',
    fr: 'un lien est un objet qui nomme deux zones par leurs codes dans « a » et « b », et sa provenance dans « source » (par exemple a: "0103", b: "0104", source: "ferry")',
  },
  'links.self': { en: 'the link {a}:{b} ({source}) joins a zone to itself', fr: 'le lien {a}:{b} ({source}) relie une zone à elle-même' },
  'links.self.hint': {
    en: 'a link joins two different zones, e.g. an island and the zone of its ferry port',
    fr: 'un lien relie deux zones différentes, par exemple une île et la zone de son port d’embarquement',
  },
  'graph.unknownContiguity': { en: 'unknown contiguity "{value}"', fr: 'contiguïté inconnue : « {value} »' },
  'graph.unknownContiguity.hint': {
    en: 'use {option} rook (zones must share a border) or {option} queen (one shared point is enough)',
    fr: 'utilisez {option} rook (les zones doivent avoir une frontière commune) ou {option} queen (un point commun suffit)',
  },
  'graph.badSnap': {
    en: 'the snapping tolerance must be a number of metres ≥ 0 (got "{value}")',
    fr: 'la tolérance d’accrochage doit être un nombre de mètres ≥ 0 (reçu : « {value} »)',
  },
  'graph.badSnap.hint': {
    en: 'for example {option} 5 counts borders less than 5 metres apart as shared',
    fr: 'par exemple, {option} 5 compte comme communes les frontières distantes de moins de 5 mètres',
  },
  'graph.badMaxLink': {
    en: 'the longest automatic link must be a number of km > 0 (got "{value}")',
    fr: 'la liaison automatique la plus longue doit être un nombre de km > 0 (reçu : « {value} »)',
  },
  'graph.badMaxLink.hint': { en: 'for example {option} 50 (the default is {default})', fr: 'par exemple {option} 50 (par défaut : {default})' },
  // one refused link is said on its line ({part}); several are listed below (refusedLine)
  'graph.refused': {
    en: '{autoLink} refuses {n:a link longer than {max} km ({maxLinkKm}): {part}|{n} links longer than {max} km ({maxLinkKm}):}',
    fr: '{autoLink} refuse {n:une liaison de plus de {max} km ({maxLinkKm}) : {part}|{n} liaisons de plus de {max} km ({maxLinkKm}) :}',
  },
  'graph.refusedLine': { en: '{before}\n  - {part}', fr: '{before}\n  - {part}' },
  'graph.refusedPart': { en: '{zones}, {n} {members}, below the threshold of {min}{nearest}', fr: '{zones}, {n} {members}, sous le seuil de {min}{nearest}' },
  'graph.refusedMore': { en: '… (+{n} more)', fr: '… (+{n} {n:autre|autres})' },
  'graph.part': { en: 'the part {n:|of {n} zones }{list}', fr: 'la partie {n:|de {n} zones }{list}' },
  'graph.partMore': { en: '{list}, … (+{n} more)', fr: '{list}, … (+{n} {n:autre|autres})' },
  'graph.nearest': { en: '; its nearest part is {b} ({bName}), {km} km away', fr: ' ; la partie la plus proche est {b} ({bName}), à {km} km' },
  'graph.noNearest': { en: '; no other part has a vertex', fr: ' ; aucune autre partie n’a de sommet' },
  'graph.refused.hint': {
    en: 'choose the link yourself if it is what you want (e.g. {links} {a}:{b}), set a lower threshold so this part can be a section of its own ({minMembers}, or "min-members" in rules.json), or allow longer links ({maxLinkKm})',
    fr: 'choisissez vous-même la liaison si c’est bien ce que vous voulez (par exemple {links} {a}:{b}), fixez un seuil plus bas pour que cette partie forme sa propre section ({minMembers}, ou « min-members » dans rules.json), ou acceptez des liaisons plus longues ({maxLinkKm})',
  },

  // propose: locks
  'lock.columns': { en: 'needs the columns zone,section (found: {found})', fr: 'doit avoir les colonnes zone,section (trouvées : {found})' },
  'lock.columns.hint': { en: 'write one line per locked zone: zone,section', fr: 'écrivez une ligne par zone verrouillée : zone,section' },
  'lock.emptyCell': { en: 'line {line} has an empty zone or section', fr: 'la ligne {line} a une zone ou une section vide' },
  'lock.twoSections': {
    en: 'is locked to two sections, "{a}" and "{b}" (line {line})',
    fr: 'est verrouillée dans deux sections, « {a} » et « {b} » (ligne {line})',
  },
  'lock.twoSections.hint': { en: 'keep one line per zone', fr: 'gardez une seule ligne par zone' },
  'lock.unknownZone': { en: 'is locked but is not one of the zones', fr: 'est verrouillée mais ne fait pas partie des zones' },
  'lock.unknownZone.hint': { en: 'check the zone ids of the lock file', fr: 'vérifiez les codes de zone du fichier de verrouillage' },
  'lock.notContiguous': {
    en: 'the zones locked to section "{section}" cannot form one contiguous section: {lone} cannot be joined to {zone}',
    fr: 'les zones verrouillées dans la section « {section} » ne peuvent pas former une section d’un seul tenant : {lone} ne peut pas être rattaché à {zone}',
  },
  'lock.notContiguous.hint': {
    en: 'lock only zones that can be connected (not across separate parts, other locked sections or {within} boundaries)',
    fr: 'ne verrouillez que des zones qui peuvent être reliées (pas à travers des parties séparées, d’autres sections verrouillées ou des limites {within})',
  },

  // propose: what the rules make impossible (problem.ts, propose.ts)
  'propose.noProperty': { en: 'no zone has the property "{prop}" given to {option}', fr: 'aucune zone n’a la propriété « {prop} » donnée à {option}' },
  'propose.noProperty.hint': { en: 'zone properties are: {list}', fr: 'les propriétés des zones sont : {list}' },
  'propose.threshold': { en: '{option} {n}', fr: '{option} {n}' },
  'propose.thresholdSeats': { en: '{n} (= {minSeatsOption} {minSeats} × {perSeatOption})', fr: '{n} (= {minSeatsOption} {minSeats} × {perSeatOption})' },
  'propose.lowerSeats': { en: '{minSeatsOption} or {perSeatOption}', fr: '{minSeatsOption} ou {perSeatOption}' },
  // a list of zones in braces: the braces are values ({open}, {close}) since a brace in a template opens a placeholder
  'propose.zoneListMore': { en: '{open}{names}, … {n} more{close}', fr: '{open}{names}, … et {n} {n:autre|autres}{close}' },
  'propose.zoneAboveMax': {
    en: 'has {n} {members}, more than {option} {max}, and a section cannot hold part of a zone',
    fr: 'a {n} {members}, plus que {option} {max}, et une section ne peut pas contenir une partie de zone',
  },
  'propose.zoneAboveMax.hint': {
    en: 'split it with finer units ({splitWith} communes.geojson {splitAbove} N) or raise {maxMembers}',
    fr: 'découpez-la en unités plus fines ({splitWith} communes.geojson {splitAbove} N) ou augmentez {maxMembers}',
  },
  'propose.withinTooFew': {
    en: 'the zones with {prop} = {value} {zones} have {n} {members} in all, fewer than {what}, and {within} {prop} forbids joining them with other zones',
    fr: 'les zones où {prop} = {value} {zones} ont {n} {members} en tout, moins que {what}, et {within} {prop} interdit de les réunir à d’autres zones',
  },
  'propose.withinTooFew.hint': { en: 'lower {minMembers} or drop {within} {prop}', fr: 'baissez {minMembers} ou retirez {within} {prop}' },
  'propose.allTooFew': {
    en: 'all the zones together have {n} {members}, fewer than {what}: not even one section can reach it',
    fr: 'toutes les zones réunies ont {n} {members}, moins que {what} : pas même une section ne peut l’atteindre',
  },
  'propose.partTooFew': {
    en: 'component {zones} has {n} {members} < {min}: no section there can reach the threshold',
    fr: 'la partie {zones} a {n} {members} < {min} : aucune section ne peut y atteindre le seuil',
  },
  'propose.noMembers.hint': {
    en: 'the zones have no {members}: check the member counts (decoupage info shows them)',
    fr: 'les zones ont 0 {members} : vérifiez les effectifs (decoupage info les affiche)',
  },
  'propose.lower.hint': { en: 'lower {what}', fr: 'baissez {what}' },
  'propose.linkWithin.hint': {
    en: 'these zones touch no other zone with the same {prop}: link them ({links} {first}:ZONE or {autoLink}) or lower {lower}',
    fr: 'ces zones ne touchent aucune autre zone de même {prop} : reliez-les ({links} {first}:ZONE ou {autoLink}) ou baissez {lower}',
  },
  'propose.link.hint': {
    en: 'link it to a neighbouring zone ({links} {first}:ZONE or {autoLink}) or lower {lower}',
    fr: 'reliez-la à une zone voisine ({links} {first}:ZONE ou {autoLink}) ou baissez {lower}',
  },
  'propose.seatCapParts': {
    en: '{seatsOption} {seats} with {minSeatsOption} {minSeats} allows at most {cap} {cap:section|sections}, but the zones form {parts} separate {parts:part that needs its|parts that each need their} own section',
    fr: '{seatsOption} {seats} avec {minSeatsOption} {minSeats} permet au plus {cap} {cap:section|sections}, mais les zones forment {parts} {parts:partie séparée qui demande sa|parties séparées qui demandent chacune leur} propre section',
  },
  'propose.seatCapParts.hint': {
    en: 'raise {seatsOption}, lower {minSeatsOption}, or link the separate parts ({links} / {autoLink})',
    fr: 'augmentez {seatsOption}, baissez {minSeatsOption} ou reliez les parties séparées ({links} / {autoLink})',
  },
  'propose.sectionsAboveBound': {
    en: '{option} {sections} is impossible: at most {ub} {ub:section can reach|sections can each reach} {min} {members}',
    fr: '{option} {sections} est impossible : au plus {ub} {ub:section peut atteindre|sections peuvent atteindre chacune} {min} {members}',
  },
  'propose.sectionsAboveBound.hint': {
    en: 'ask for {ub} {ub:section|sections} or fewer, or lower {minMembers}',
    fr: 'demandez {ub} {ub:section|sections} ou moins, ou baissez {minMembers}',
  },
  'propose.sectionsBelowParts': {
    en: '{option} {sections} is impossible: the zones form {parts} separate {parts:part|parts} and a section cannot span two of them',
    fr: '{option} {sections} est impossible : les zones forment {parts} {parts:partie séparée|parties séparées} et une section ne peut pas s’étendre sur deux d’entre elles',
  },
  'propose.sectionsBelowParts.hint': {
    en: 'ask for at least {parts} {parts:section|sections}, or link the parts ({links} / {autoLink})',
    fr: 'demandez au moins {parts} {parts:section|sections}, ou reliez les parties ({links} / {autoLink})',
  },
  'propose.noDeviationPlan': {
    en: 'no plan found where every section is within ±{p} % of the mean section size and meets the other rules ({detail})',
    fr: 'aucun plan trouvé où chaque section reste à ± {p} % de la taille moyenne des sections et respecte les autres règles ({detail})',
  },
  'propose.noDeviationPlan.hint': {
    en: 'raise {maxDeviation}, or split the largest zones with finer units ({splitWith})',
    fr: 'augmentez {maxDeviation}, ou découpez les plus grandes zones en unités plus fines ({splitWith})',
  },
  'propose.tried': { en: 'tried {k} {k:section|sections}', fr: '{k} {k:section essayée|sections essayées}' },
  'propose.triedRange': { en: 'tried {a} to {b} {b:section|sections}', fr: 'de {a} à {b} {b:section essayée|sections essayées}' },
  'propose.largestAboveBound': {
    en: 'the largest zone, {n} {members}, is above the bound for {count}',
    fr: 'la plus grande zone, {n} {members}, dépasse la borne pour {count}',
  },
  'propose.sectionCount': { en: '{k} {k:section|sections}', fr: '{k} {k:section|sections}' },
  'propose.anyCount': { en: 'any number of sections', fr: 'tout nombre de sections' },
  'propose.sectionTestFailed': {
    en: 'no plan of {sections} {sections:section|sections} was found in which every section holds --max-spread: {n} {n:section still breaks|sections still break} it',
    fr: 'aucun découpage de {sections} {sections:section|sections} où chaque section respecte --max-spread n’a été trouvé : {n} {n:section ne le respecte|sections ne le respectent} toujours pas',
  },
  'propose.sectionTestFailed.hint': {
    en: 'widen the limit of --max-spread, or ask for fewer sections with --sections',
    fr: 'élargissez la limite de --max-spread, ou demandez moins de sections avec --sections',
  },
  'propose.fewerSections': {
    en: 'could only find {found} {found:section that reaches|sections that each reach} {min} {members}, not {target} (at most {ub} are possible in theory)',
    fr: 'seulement {found} {found:section atteignant {min} {members} a pu être trouvée|sections atteignant chacune {min} {members} ont pu être trouvées}, et non {target} (au plus {ub} sont possibles en théorie)',
  },
  'propose.fewerSections.hint': {
    en: 'ask for {found} {found:section|sections} or fewer, or try more {iterations} or another {seed}',
    fr: 'demandez {found} {found:section|sections} ou moins, ou augmentez {iterations} ou changez de {seed}',
  },
  'propose.cannotMergeDown': {
    en: 'cannot merge the sections down to {target} without breaking {maxMembers}',
    fr: 'impossible de fusionner les sections jusqu’à {target} sans dépasser {maxMembers}',
  },
  'propose.cannotMergeDown.hint': { en: 'raise {maxMembers} or ask for more sections', fr: 'augmentez {maxMembers} ou demandez plus de sections' },
  'propose.lockedCannotReach': {
    en: 'the section "{section}" locked in the lock file cannot reach {min} {members} with the zones around it',
    fr: 'la section « {section} » verrouillée dans le fichier de verrouillage ne peut pas atteindre {min} {members} avec les zones qui l’entourent',
  },
  'propose.lockedCannotReach.hint': {
    en: 'lock fewer zones around it, or lower {minMembers}',
    fr: 'verrouillez moins de zones autour d’elle, ou baissez {minMembers}',
  },
  'propose.noPlan': {
    en: 'no plan found where every section reaches {min} {members}: zone {zone} ({name}) could not join any section',
    fr: 'aucun plan trouvé où chaque section atteint {min} {members} : la zone {zone} ({name}) n’a pu rejoindre aucune section',
  },
  'propose.noPlanMax': {
    en: 'no plan found where every section reaches {min} {members} and stays below {max}: zone {zone} ({name}) could not join any section',
    fr: 'aucun plan trouvé où chaque section atteint {min} {members} sans dépasser {max} : la zone {zone} ({name}) n’a pu rejoindre aucune section',
  },
  'propose.noPlan.hint': {
    en: 'raise {raise}, lower {minMembers}, or unlock zones',
    fr: 'augmentez {raise}, baissez {minMembers} ou déverrouillez des zones',
  },
  'propose.noPlan.hintNoCap': { en: 'lower {minMembers}, or unlock zones', fr: 'baissez {minMembers} ou déverrouillez des zones' },
  'propose.noPlan.option': { en: '{option}', fr: '{option}' },
  'propose.noPlan.orOption': { en: '{list} or {option}', fr: '{list} ou {option}' },

  // propose: notes under the sections
  'propose.note.seatCap': {
    en: '{cap} {cap:section|sections} at most: {seatsOption} {seats} with {minSeatsOption} {minSeats} each',
    fr: '{cap} {cap:section|sections} au plus : {seatsOption} {seats} avec {minSeatsOption} {minSeats} chacune',
  },
  'propose.note.timeLimit': {
    en: 'stopped by {option}: the result depends on the machine speed; raise the limit for a reproducible plan',
    fr: 'arrêté par {option} : le résultat dépend de la vitesse de la machine ; relevez la limite pour un plan reproductible',
  },
  'propose.note.exactTooMany': {
    en: '{option}: more than {n} minimal {n:section|sections} (sections of many zones), too many to solve exactly; the bound is the counting one',
    fr: '{option} : plus de {n} {n:section minimale|sections minimales} (des sections de nombreuses zones), trop pour une résolution exacte ; la borne est celle du comptage',
  },

  // propose: splitting very large zones into finer units (split.ts, prepare.ts, links.ts)
  'split.needsSplitWith': { en: '{option} needs {splitWith} (the file of finer units)', fr: '{option} demande {splitWith} (le fichier des unités plus fines)' },
  'split.needsSplitWith.hint': { en: 'add {splitWith} communes.geojson {splitAbove} N', fr: 'ajoutez {splitWith} communes.geojson {splitAbove} N' },
  'split.needsAbove': {
    en: '{splitWith} needs {splitAbove} N: the zones with more than N {members} are split',
    fr: '{splitWith} demande {splitAbove} N : les zones de plus de N {members} sont découpées',
  },
  'split.needsAbove.hint': { en: 'for example {splitAbove} 60000', fr: 'par exemple {splitAbove} 60000' },
  'split.intoNeedsSplitWith': {
    en: '{splitInto} needs {splitWith} (the finer units the zone is divided into) and {splitAbove}',
    fr: '{splitInto} demande {splitWith} (les unités plus fines en lesquelles la zone est divisée) et {splitAbove}',
  },
  'split.intoNeedsSplitWith.hint': {
    en: "add {splitWith} communes.geojson {splitAbove} N, with N below the zone's {members}",
    fr: 'ajoutez {splitWith} communes.geojson {splitAbove} N, avec N inférieur au nombre de {members} de la zone',
  },
  'split.linkToSplitZone': {
    en: '{source} names zone {zone}, which is split into finer units',
    fr: '{source} cite la zone {zone}, qui est découpée en unités plus fines',
  },
  'split.linkToSplitZone.hint': { en: 'link one of its units instead ({units}…)', fr: 'reliez plutôt l’une de ses unités ({units}…)' },
  'split.badAbove': { en: '{option} must be a number of {members} ≥ 0 (got {value})', fr: '{option} doit être un nombre de {members} ≥ 0 (reçu : {value})' },
  'split.noZoneProp': { en: 'no finer unit has a property "{prop}"', fr: 'aucune unité fine n’a de propriété « {prop} »' },
  'split.noZoneProp.hint': { en: "check {option}; the units' properties are: {list}", fr: 'vérifiez {option} ; les propriétés des unités sont : {list}' },
  'split.noUnits': {
    en: 'has {n} {members}, above {option} {above}, but no finer unit of {file} belongs to it',
    fr: 'a {n} {members}, plus que {option} {above}, mais aucune unité fine de {file} ne lui appartient',
  },
  'split.noUnits.hint': {
    en: 'give the finer units a property "{prop}" holding the zone id {zone}, choose the property with {splitZone}, or raise {splitAbove}',
    fr: 'donnez aux unités fines une propriété « {prop} » contenant le code de zone {zone}, choisissez la propriété avec {splitZone}, ou augmentez {splitAbove}',
  },
  'split.sameId': { en: 'finer unit {unit} has the same id as a zone of {file}', fr: 'l’unité fine {unit} a le même code qu’une zone de {file}' },
  'split.sameId.hint': {
    en: 'the units and the zones need distinct codes: choose another id property of the finer units with {option}',
    fr: 'les unités et les zones doivent avoir des codes distincts : choisissez une autre propriété de code des unités fines avec {option}',
  },
  'split.farUnit': {
    en: 'finer unit {unit} says it belongs to zone {zone} ({name}), but lies {km} km away from it',
    fr: 'l’unité fine {unit} dit appartenir à la zone {zone} ({name}), mais se trouve à {km} km de celle-ci',
  },
  'split.farUnit.hint': {
    en: 'check the zone code of unit {unit}, and that {fine} and {zones} are maps of the same place (both in longitude/latitude)',
    fr: 'vérifiez le code de zone de l’unité {unit}, et que {fine} et {zones} sont des cartes du même territoire (toutes deux en longitude/latitude)',
  },
  'split.unitTwice': {
    en: 'finer unit {unit} appears in two split zones ({a} and {b})',
    fr: 'l’unité fine {unit} figure dans deux zones découpées ({a} et {b})',
  },
  'split.noParentProp': {
    en: 'the finer units do not say which zone they belong to (no property {props})',
    fr: 'les unités fines n’indiquent pas à quelle zone elles appartiennent (aucune propriété {props})',
  },
  'split.noParentProp.hint': {
    en: "name the property holding the zone id with {option}; the units' properties are: {list}",
    fr: 'indiquez avec {option} la propriété qui contient le code de zone ; les propriétés des unités sont : {list}',
  },
  'split.sumMismatch': {
    en: 'has {n} {members} in {zones} but its {k} {k:finer unit|finer units} in {fine} add up to {sum}',
    fr: 'a {n} {members} dans {zones}, mais ses {k} {k:unité fine|unités fines} de {fine} en totalisent {sum}',
  },
  'split.sumMismatch.hint': {
    en: "both files must count the same {members}: fix the counts, or remove the units' member counts to share the zone's {members} in proportion to their population",
    fr: 'les deux fichiers doivent compter les mêmes {members} : corrigez les effectifs, ou retirez ceux des unités pour répartir les {members} de la zone au prorata de leur population',
  },
  'split.noCountNorPopulation': {
    en: 'zone {zone} must be split but its finer unit has neither a member count nor a population',
    fr: 'la zone {zone} doit être découpée mais son unité fine n’a ni effectif ni population',
  },
  'split.badPopulation': { en: 'population "{value}" is not a number ≥ 0', fr: 'la population « {value} » n’est pas un nombre ≥ 0' },
  'split.population.hint': {
    en: 'give the finer units a "members" property (their counts must add up to the zone\'s), or a population to share the zone\'s {members} by',
    fr: 'donnez aux unités fines une propriété « members » (leurs effectifs doivent totaliser celui de la zone), ou une population au prorata de laquelle répartir les {members} de la zone',
  },
  'split.zeroPopulation': {
    en: "the finer units of zone {zone} have a total population of 0: the zone's {members} cannot be shared among them",
    fr: 'les unités fines de la zone {zone} ont une population totale de 0 : les {members} de la zone ne peuvent pas être répartis entre elles',
  },
  'split.into.notSplit': {
    en: '{option} {zone}:{k}: zone {zone} is not split into finer units',
    fr: '{option} {zone}:{k} : la zone {zone} n’est pas découpée en unités plus fines',
  },
  'split.into.noZone': { en: '{option} {zone}:{k}: there is no zone {zone}', fr: '{option} {zone}:{k} : il n’y a pas de zone {zone}' },
  'split.into.notSplit.hint': {
    en: 'only zones above {splitAbove} are split: lower {splitAbove} below its {members}',
    fr: 'seules les zones au-dessus de {splitAbove} sont découpées : baissez {splitAbove} sous son nombre de {members}',
  },
  'split.into.notSplitHere.hint': {
    en: 'only zones above {splitAbove} are split (here: {zones}): lower {splitAbove} below its {members}',
    fr: 'seules les zones au-dessus de {splitAbove} sont découpées (ici : {zones}) : baissez {splitAbove} sous son nombre de {members}',
  },
  'split.into.noZone.hint': { en: 'check the zone code', fr: 'vérifiez le code de la zone' },
  'split.into.locked': {
    en: '{option} {zone}:{k} and {lock} both place unit {unit} of zone {zone}',
    fr: '{option} {zone}:{k} et {lock} placent tous deux l’unité {unit} de la zone {zone}',
  },
  'split.into.locked.hint': {
    en: 'lock the units of a split zone, or ask for a number of sections with {option}, not both',
    fr: 'verrouillez les unités d’une zone découpée, ou demandez un nombre de sections avec {option}, pas les deux',
  },
  'split.into.tooMany': {
    en: 'zone {zone} can form at most {most} {most:section|sections} of {min} {members} from its units, not {k}',
    fr: 'la zone {zone} peut former au plus {most} {most:section|sections} de {min} {members} avec ses unités, et non {k}',
  },
  'split.into.tooMany.hint': {
    en: 'it has {n} {members} in {units} {units:unit|units}: ask for {option} {zone}:{best}',
    fr: 'elle a {n} {members} dans {units} {units:unité|unités} : demandez {option} {zone}:{best}',
  },
  'split.into.tooManyLower.hint': {
    en: 'it has {n} {members} in {units} {units:unit|units}: ask for {option} {zone}:{best} (or lower {minMembers})',
    fr: 'elle a {n} {members} dans {units} {units:unité|unités} : demandez {option} {zone}:{best} (ou baissez {minMembers})',
  },
  'split.note.unknownParents': {
    en: '{n} finer {n:unit|units} of {fine} {n:names|name} a zone that is not in {zones} (property "{prop}") and {n:was|were} ignored: {list}',
    fr: '{n} {n:unité fine|unités fines} de {fine} {n:cite|citent} une zone absente de {zones} (propriété « {prop} ») et {n:a été ignorée|ont été ignorées} : {list}',
  },
  'split.note.unknownParentsMore': {
    en: '{n} {n:finer unit|finer units} of {fine} {n:names|name} a zone that is not in {zones} (property "{prop}") and {n:was|were} ignored: {list} and {more} more',
    fr: '{n} {n:unité fine|unités fines} de {fine} {n:cite|citent} une zone absente de {zones} (propriété « {prop} ») et {n:a été ignorée|ont été ignorées} : {list} et {more} {more:autre|autres}',
  },
  'split.note.noZone': { en: '{unit} (no zone)', fr: '{unit} (sans zone)' },
  'split.note.area': {
    en: 'warning: the finer units of zone {zone} ({name}) cover {unitArea} km², the zone {zoneArea} km² ({pct}%): check that {fine} holds all of its units and only them',
    fr: 'attention : les unités fines de la zone {zone} ({name}) couvrent {unitArea} km², la zone {zoneArea} km² ({pct} %) : vérifiez que {fine} contient toutes ses unités, et elles seules',
  },
  'split.note.split': {
    en: '{n:zone|zones} above {above} {members} split into finer units: {list}',
    fr: '{n:zone|zones} de plus de {above} {members} {n:découpée|découpées} en unités plus fines : {list}',
  },
  'split.note.zone': { en: '{id} {name} → {n} {n:unit|units}', fr: '{id} {name} → {n} {n:unité|unités}' },
  'split.note.list': { en: '{a}, {b}', fr: '{a}, {b}' },
  'split.populationColumn': { en: 'column "{column}" of {file}', fr: 'colonne « {column} » de {file}' },
  'split.into.cannot': {
    en: '{option} {zone}:{k}: the units of zone {zone} ({name}) cannot form {k} {k:section|sections}: {cause}',
    fr: '{option} {zone}:{k} : les unités de la zone {zone} ({name}) ne peuvent pas former {k} {k:section|sections} : {cause}',
  },

  // pluralism: vote scenarios (votes.ts)
  'votes.default': {
    en: 'default scenario (no --votes file): 4 lists at 40 / 30 / 20 / 10 % in every zone',
    fr: 'scénario par défaut (aucun fichier --votes) : 4 listes à 40 / 30 / 20 / 10 % dans chaque zone',
  },
  'votes.scenario': { en: 'vote scenario', fr: 'scénario de vote' },
  'votes.perZone': {
    en: 'vote shares per zone from {file}, combined per section weighted by {members}',
    fr: 'parts des voix par zone tirées de {file}, combinées par section au prorata des {members}',
  },
  'votes.territory': { en: 'vote shares from {file}, the same in every zone', fr: 'parts des voix tirées de {file}, identiques dans chaque zone' },
  'votes.territoryRescaled': {
    en: 'vote shares from {file}, the same in every zone (the shares add up to {sum}, not 100: they were rescaled to 100)',
    fr: 'parts des voix tirées de {file}, identiques dans chaque zone (les parts totalisent {sum} et non 100 : elles ont été ramenées à 100)',
  },
  'votes.noVotes': { en: 'the vote scenario has no votes', fr: 'le scénario de vote ne compte aucune voix' },
  'votes.layout': {
    en: 'has columns {columns}, which is none of the vote layouts',
    fr: 'a les colonnes {columns}, qui ne correspondent à aucune des présentations de votes',
  },
  'votes.layout.hint': {
    en: 'use "list,share" (or list,votes) for the whole territory, "zone,list,votes" per zone, or "zone" plus one column per list',
    fr: 'utilisez « list,share » (ou list,votes) pour tout le territoire, « zone,list,votes » par zone, ou « zone » suivie d’une colonne par liste',
  },
  'votes.ambiguous': {
    en: 'line {line}: "{value}" could be read two ways (a thousands separator or a decimal comma)',
    fr: 'ligne {line} : « {value} » peut se lire de deux façons (séparateur de milliers ou virgule décimale)',
  },
  'votes.ambiguous.hint': {
    en: 'write {a} (or {b}) for a whole number, {c} for a decimal',
    fr: 'écrivez {a} (ou {b}) pour un nombre entier, {c} pour un nombre décimal',
  },
  'votes.notNumber': { en: 'line {line}: "{value}" is not a number ≥ 0', fr: 'ligne {line} : « {value} » n’est pas un nombre ≥ 0' },
  'votes.notNumber.hint': {
    en: 'write votes or shares as plain numbers, e.g. 1234 or 0.25 or 25%',
    fr: 'écrivez les voix ou les parts en nombres simples, par exemple 1234, 0.25 ou 25%',
  },
  'votes.emptyList': { en: 'line {line}: empty list name', fr: 'ligne {line} : nom de liste vide' },
  'votes.listTwice': { en: 'line {line}: list "{list}" appears twice', fr: 'ligne {line} : la liste « {list} » apparaît deux fois' },
  'votes.listTwice.hint': { en: 'give one row per list', fr: 'donnez une ligne par liste' },
  'votes.none': { en: 'holds no votes', fr: 'ne contient aucune voix' },
  'votes.listTwiceInZone': {
    en: 'line {line}: list "{list}" appears twice for zone {zone}',
    fr: 'ligne {line} : la liste « {list} » apparaît deux fois pour la zone {zone}',
  },
  'votes.noListColumns': { en: 'has a zone column but no list columns', fr: 'a une colonne de zone mais aucune colonne de liste' },
  'votes.noListColumns.hint': {
    en: 'add one column per list holding its votes in each zone',
    fr: 'ajoutez une colonne par liste, avec ses voix dans chaque zone',
  },
  'votes.zoneTwice': { en: 'line {line}: zone {zone} appears twice', fr: 'ligne {line} : la zone {zone} apparaît deux fois' },
  'votes.unknownZone': { en: 'zone "{zone}" is not in {file}', fr: 'la zone « {zone} » n’est pas dans {file}' },
  'votes.unknownZone.hint': {
    en: 'check the zone codes (leading zeros count: "0052")',
    fr: 'vérifiez les codes de zone (les zéros initiaux comptent : « 0052 »)',
  },
  'votes.missingZones': {
    en: '{n} {n:zone|zones} with {members} {n:has|have} no votes: {list}',
    fr: '{n} {n:zone|zones} avec des {members} {n:n’a|n’ont} pas de voix : {list}',
  },
  'votes.missingZones.hint': {
    en: 'add a row for every zone, or give one row per list for the whole territory (list,share)',
    fr: 'ajoutez une ligne pour chaque zone, ou donnez une ligne par liste pour tout le territoire (list,share)',
  },

  // the editor's server (serve/)
  'serve.proposerStopped': { en: 'the proposer stopped', fr: 'le calcul de la proposition s’est arrêté' },
  'serve.autosaveNotRestored': {
    en: '{file}: not restored ({cause}); it will be replaced by the next edit',
    fr: '{file} : non restauré ({cause}) ; il sera remplacé à la prochaine modification',
  },
  'serve.autosaveSetAside': {
    en: '{file}: not restored ({cause}); set aside as {aside}, the editor starts from the plan file',
    fr: '{file} : non restauré ({cause}) ; mis de côté sous le nom {aside}, l’éditeur part du fichier de plan',
  },
  'serve.autosaveNotJson': { en: 'not JSON: the file is damaged', fr: 'ce n’est pas du JSON : le fichier est abîmé' },
  'serve.autosaveFailed': {
    en: '{file}: the autosave cannot be written ({cause}); the edits are kept in memory and it is tried again every {seconds} s (Download still works)',
    fr: '{file} : la sauvegarde automatique ne peut pas être écrite ({cause}) ; les modifications restent en mémoire et elle est retentée toutes les {seconds} s (Télécharger fonctionne toujours)',
  },
  'serve.autosaveBack': { en: '{file}: autosaved again', fr: '{file} : sauvegarde automatique de nouveau écrite' },
  'serve.notAutosave': { en: 'not an autosave of the editor', fr: 'ce n’est pas une sauvegarde automatique de l’éditeur' },
  'serve.autosaveUnknownZone': { en: 'zone "{zone}" is not in {file}', fr: 'la zone « {zone} » n’est pas dans {file}' },
  'serve.busy': {
    en: 'a proposal is already running (job {job}): wait for it or cancel it',
    fr: 'une proposition est déjà en cours (tâche {job}) : attendez-la ou annulez-la',
  },
  'serve.proposerStoppedBecause': { en: 'the proposer stopped: {cause}', fr: 'le calcul de la proposition s’est arrêté : {cause}' },
} as const satisfies Table;
