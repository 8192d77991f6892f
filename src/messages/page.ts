/** The editor page's own words (rule titles and problems come from check.ts, comparison columns from report.ts). */
import type { Table } from './message.js';

export const PAGE_LABELS = {
  undo: { en: 'Undo', fr: 'Annuler' },
  redo: { en: 'Redo', fr: 'Rétablir' },
  propose: { en: 'Propose a whole new plan', fr: 'Proposer un tout nouveau découpage' },
  proposals: { en: 'Propose…', fr: 'Proposer…' },
  complete: { en: 'Complete the plan', fr: 'Compléter le découpage' },
  keepAssignments: { en: 'keep my assignments', fr: 'garder mes affectations' },
  save: { en: 'Save', fr: 'Enregistrer' },
  saveTitle: { en: 'Save the plan to {file}', fr: 'Enregistrer le découpage dans {file}' },
  saved: { en: 'Saved to {file} ({n} {n:zone|zones}).', fr: 'Enregistré dans {file} ({n} {n:zone|zones}).' },
  compare: { en: 'Compare', fr: 'Comparer' },
  check: { en: 'Check', fr: 'Vérifier' },
  audit: { en: 'Audit', fr: 'Auditer' },
  auditTitle: {
    en: 'Sample thousands of valid plans under the same charter and show where this plan sits among them',
    fr: 'Tirer des milliers de découpages valides sous la même charte et montrer où se situe ce découpage parmi eux',
  },
  auditRunning: {
    en: 'Audit: {done} of {total} valid {total:plan|plans} sampled…',
    fr: 'Audit : {done} {done:découpage valide tiré|découpages valides tirés} sur {total}…',
  },
  auditEmpty: {
    en: 'Audit stopped before a first valid plan was sampled: nothing to compare the plan with.',
    fr: 'Audit arrêté avant qu’un premier découpage valide soit tiré : rien à quoi comparer le découpage.',
  },
  auditHeading: { en: 'Where the plan sits among the valid plans', fr: 'Où se situe le découpage parmi les découpages valides' },
  auditOpen: { en: 'Open the audit report (histograms, chains)', fr: 'Ouvrir le rapport d’audit (histogrammes, chaînes)' },
  auditFailed: { en: 'The audit stopped: {error}', fr: 'L’audit s’est arrêté : {error}' },
  checkTitle: { en: 'The full check, as decoupage check says it', fr: 'La vérification complète, comme la donne decoupage check' },
  downloads: { en: 'Download', fr: 'Télécharger' },
  dlPlan: { en: 'plan.csv', fr: 'plan.csv' },
  dlSections: { en: 'sections GeoJSON', fr: 'sections GeoJSON' },
  dlReport: { en: 'report HTML', fr: 'rapport HTML' },
  dlPng: { en: 'map PNG', fr: 'carte PNG' },
  search: { en: 'Search a zone (name, code or postal code)', fr: 'Chercher une zone (nom, code ou code postal)' },
  showZe: { en: 'zones d’emploi', fr: 'zones d’emploi' },
  colourBy: { en: 'Colour', fr: 'Couleur' },
  colourSections: { en: 'sections', fr: 'sections' },
  homogeneity: {
    en: 'Homogeneity R² {r2} (each zone once), {r2w} weighted by members',
    fr: 'Homogénéité R² {r2} (chaque zone une fois), {r2w} pondéré par les adhérents',
  },
  leastAlike: { en: 'least alike: {list}', fr: 'les moins homogènes : {list}' },
  leastAlikeSection: { en: 'among the least alike sections', fr: 'parmi les sections les moins homogènes' },
  legendRank: {
    en: 'shades by rank; grey: no value; veiled in white: in no section',
    fr: 'teintes par rang ; gris : sans valeur ; voilée de blanc : zone hors section',
  },
  valueOf: { en: '{column}: {value}', fr: '{column} : {value}' },
  noValue: { en: 'no value', fr: 'sans valeur' },
  hoverZe: { en: 'zone d’emploi {name} ({id})', fr: 'zone d’emploi {name} ({id})' },
  hoverDep: { en: 'département {name} ({id})', fr: 'département {name} ({id})' },
  splitsZe: {
    en: 'splits the zone d’emploi {name}: {zones} in other sections',
    fr: 'coupe la zone d’emploi {name} : {zones} dans d’autres sections',
  },
  takesFromZe: {
    en: 'takes {zones} away from the rest of the zone d’emploi {name}',
    fr: 'sépare {zones} du reste de la zone d’emploi {name}',
  },
  mapLabel: {
    en: 'Map of the sections. Arrows move the map, + and − zoom, 0 shows it whole; find a zone with the search',
    fr: 'Carte des sections. Les flèches déplacent la carte, + et − zooment, 0 la montre en entier ; trouver une zone avec la recherche',
  },
  sectionsLabel: { en: 'Sections: arrows to move, Enter to make one active', fr: 'Sections : flèches pour se déplacer, Entrée pour en choisir une' },
  mergeLabel: { en: 'section to merge with this one', fr: 'section à fusionner avec celle-ci' },
  shortcuts: { en: 'Keyboard shortcuts', fr: 'Raccourcis clavier' },
  shortcutList: {
    en:
      'Tab, Shift-Tab: go from one control to the next\n' +
      '↑ ↓ in the sections list: move; Enter or Space: make the section active\n' +
      'In the search: type a name, a code or a postal code; ↑ ↓ and Enter: find the zone and outline it\n' +
      'm: move the zone found into the active section; s: make its section active\n' +
      'On the map: arrows move it, + and − zoom, 0 shows it whole\n' +
      'Ctrl-Z: undo; Ctrl-Y or Ctrl-Shift-Z: redo; Esc: no active section\n' +
      '?: this list',
    fr:
      'Tab, Maj-Tab : passer d’une commande à l’autre\n' +
      '↑ ↓ dans la liste des sections : se déplacer ; Entrée ou Espace : choisir la section\n' +
      'Dans la recherche : taper un nom, un code ou un code postal ; ↑ ↓ et Entrée : trouver la zone et l’entourer\n' +
      'm : mettre la zone trouvée dans la section active ; s : choisir sa section\n' +
      'Sur la carte : les flèches la déplacent, + et − zooment, 0 la montre en entier\n' +
      'Ctrl-Z : annuler ; Ctrl-Y ou Ctrl-Maj-Z : rétablir ; Échap : aucune section active\n' +
      '? : cette liste',
  },
  print: { en: 'Print…', fr: 'Imprimer…' },
  printed: { en: 'Printed on {date}', fr: 'Imprimé le {date}' },
  colSection: { en: 'Section', fr: 'Section' },
  colMembers: { en: 'Members', fr: 'Adhérents' },
  colSeats: { en: 'Delegates', fr: 'Délégués' },
  colZones: { en: 'Zones', fr: 'Zones' },
  colCrossed: { en: 'Départements crossed', fr: 'Départements franchis' },
  openPlan: {
    en: 'Compare with another plan file (CSV or JSON; you can also drop it on the page):',
    fr: 'Comparer avec un autre fichier de découpage (CSV ou JSON ; on peut aussi le déposer sur la page) :',
  },
  lockedSection: {
    en: 'Section {name} is locked — unlock it to change it.',
    fr: 'La section {name} est verrouillée — déverrouillez-la pour la modifier.',
  },
  sections: { en: 'Sections', fr: 'Sections' },
  newSection: { en: 'New section', fr: 'Nouvelle section' },
  rename: { en: 'Rename', fr: 'Renommer' },
  merge: { en: 'Merge', fr: 'Fusionner' },
  mergeInto: { en: 'merge this section with…', fr: 'fusionner cette section avec…' },
  lock: { en: 'Lock', fr: 'Verrouiller' },
  unlock: { en: 'Unlock', fr: 'Déverrouiller' },
  delete: { en: 'Delete', fr: 'Supprimer' },
  locked: { en: 'locked', fr: 'verrouillée' },
  selected: { en: 'Painting into: {name}', fr: 'Section active : {name}' },
  noSelection: {
    en: 'No section selected: drag to pan, click a zone to select its section',
    fr: 'Aucune section active : glisser déplace la carte, un clic sur une zone choisit sa section',
  },
  paintHint: {
    en: 'click or drag over zones to move them into this section; Shift-drag or right-drag pans; wheel zooms; Esc: no section',
    fr: 'cliquer ou glisser sur des zones les met dans cette section ; Maj-glisser ou clic droit déplace la carte ; la molette zoome ; Échap : aucune section',
  },
  compliant: { en: 'Meets every rule', fr: 'Respecte toutes les règles' },
  notCompliant: { en: '{n} {n:rule|rules} broken', fr: '{n} {n:règle non respectée|règles non respectées}' },
  totals: {
    en: '{sections} {s:section|sections} · {members} {m:member|members} · {seats} {d:delegate|delegates}',
    fr: '{sections} {s:section|sections} · {members} {m:adhérent|adhérents} · {seats} {d:délégué|délégués}',
  },
  unassigned: { en: '{n} {n:zone|zones} in no section', fr: '{n} {n:zone|zones} sans section' },
  members: { en: '{m} {n:member|members}', fr: '{m} {n:adhérent|adhérents}' },
  seats: { en: '{n} {n:delegate|delegates}', fr: '{n} {n:délégué|délégués}' },
  perSeat: { en: 'members per delegate', fr: 'adhérents par délégué' },
  compactness: { en: 'compactness', fr: 'compacité' },
  zones: { en: '{n} {n:zone|zones}', fr: '{n} {n:zone|zones}' },
  pieces: { en: 'pieces', fr: 'morceaux' },
  crosses: { en: 'crosses {values}', fr: 'franchit {values}' },
  hoverZone: { en: '{name} ({id}) · {members} {n:member|members}', fr: '{name} ({id}) · {members} {n:adhérent|adhérents}' },
  hoverSection: { en: 'section {name}', fr: 'section {name}' },
  none: { en: 'no section', fr: 'aucune section' },
  running: { en: 'Proposal running…', fr: 'Proposition en cours…' },
  cancel: { en: 'Cancel', fr: 'Arrêter' },
  jobDone: { en: 'Proposal applied: {n} {n:section|sections} (at most {ub}).', fr: 'Proposition appliquée : {n} {n:section|sections} (au plus {ub}).' },
  jobFailed: { en: 'The proposal failed: {error}', fr: 'La proposition a échoué : {error}' },
  jobCancelled: { en: 'Proposal cancelled.', fr: 'Proposition arrêtée.' },
  restoreLocal: {
    en: 'This browser holds edits from {when} that differ from the editor’s plan.',
    fr: 'Ce navigateur garde des modifications du {when}, différentes du découpage de l’éditeur.',
  },
  restore: { en: 'Restore them', fr: 'Les reprendre' },
  discard: { en: 'Discard', fr: 'Les oublier' },
  notSaved: { en: 'not saved: {reason}', fr: 'non enregistré : {reason}' },
  notSavedRetry: {
    en: 'Your edits are kept here and saved as soon as the disk can be written.',
    fr: 'Vos modifications sont gardées ici et enregistrées dès que le disque peut être écrit.',
  },
  serverGone: { en: 'the editor’s server does not answer (was it stopped?)', fr: 'le serveur de l’éditeur ne répond pas (a-t-il été arrêté ?)' },
  autosaveSetAside: {
    en: 'The autosave could not be used: it was set aside as {file}; the editor started from the plan file.',
    fr: 'La sauvegarde automatique était inutilisable : elle a été mise de côté sous le nom {file} ; l’éditeur est reparti du fichier de plan.',
  },
  restoredServer: { en: 'Your last edits were restored from {file}.', fr: 'Vos dernières modifications ont été reprises de {file}.' },
  unsaved: { en: 'unsaved changes (autosaved)', fr: 'modifications non enregistrées (sauvegardées automatiquement)' },
  allSaved: { en: 'saved', fr: 'enregistré' },
  changedZones: {
    en: '{n} {n:zone changed|zones changed} section compared with {label}',
    fr: '{n} {n:zone change|zones changent} de section par rapport à {label}',
  },
  kept: { en: '{share} of the members stay in their section', fr: '{share} des adhérents restent dans leur section' },
  showOld: { en: 'show {label} as outlines', fr: 'afficher {label} en contours' },
  estimated: { en: 'member counts are estimates', fr: 'effectifs d’adhérents estimés' },
  zoomIn: { en: 'Zoom in', fr: 'Zoomer' },
  zoomOut: { en: 'Zoom out', fr: 'Dézoomer' },
  zoomReset: { en: 'Whole map', fr: 'Toute la carte' },
  close: { en: 'Close', fr: 'Fermer' },
  empty: { en: 'empty', fr: 'vide' },
  error: { en: 'Refused: {message}', fr: 'Refusé : {message}' },
  sectionName: { en: 'section name', fr: 'nom de la section' },
  ok: { en: 'OK', fr: 'OK' },
  detached: { en: 'detached: {zones}', fr: 'détaché : {zones}' },
  current: { en: 'this plan', fr: 'ce découpage' },
  from: { en: 'from', fr: 'de' },
  to: { en: 'to', fr: 'vers' },
  rulesHeading: { en: 'Rules', fr: 'Règles' },
} as const satisfies Table;
