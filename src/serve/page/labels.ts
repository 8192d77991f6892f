/**
 * The editor page's own words, English and French side by side. Rule titles, section problems and the
 * charter come from the check's catalogue (src/check/wording.ts), comparison columns from the report's
 * dictionary (src/core/dictionary.ts): the page says them as `decoupage check` and the report do.
 */
import type { Labels } from '../../core/i18n.js';

export type PageKey =
  | 'undo' | 'redo' | 'propose' | 'complete' | 'keepAssignments' | 'save' | 'saved' | 'compare' | 'check' | 'downloads'
  | 'dlPlan' | 'dlSections' | 'dlReport' | 'dlPng' | 'search' | 'sections' | 'newSection' | 'rename' | 'merge' | 'mergeInto'
  | 'lock' | 'unlock' | 'delete' | 'locked' | 'selected' | 'noSelection' | 'paintHint' | 'compliant' | 'notCompliant'
  | 'totals' | 'unassigned' | 'members' | 'seats' | 'perSeat' | 'compactness' | 'zones' | 'pieces' | 'crosses'
  | 'hoverZone' | 'hoverSection' | 'none' | 'running' | 'cancel' | 'jobDone' | 'jobFailed' | 'jobCancelled'
  | 'restoreLocal' | 'restore' | 'discard' | 'restoredServer' | 'unsaved' | 'allSaved' | 'changedZones' | 'kept'
  | 'showOld' | 'estimated' | 'zoomIn' | 'zoomOut' | 'zoomReset' | 'close' | 'empty' | 'error' | 'sectionName'
  | 'ok' | 'detached' | 'current' | 'noChanges' | 'from' | 'to' | 'rulesHeading' | 'zoneWord' | 'membersOf';

export const PAGE_LABELS: Labels<PageKey> = {
  en: {
    undo: 'Undo', redo: 'Redo', propose: 'Propose', complete: 'Complete', keepAssignments: 'keep my assignments',
    save: 'Save plan.csv', saved: 'Saved to {file} ({n} zones).', compare: 'Compare', check: 'Full check', downloads: 'Download',
    dlPlan: 'plan.csv', dlSections: 'sections GeoJSON', dlReport: 'report HTML', dlPng: 'map PNG',
    search: 'Search a zone (name or code)', sections: 'Sections', newSection: 'New section', rename: 'Rename', merge: 'Merge',
    mergeInto: 'merge this section with…', lock: 'Lock', unlock: 'Unlock', delete: 'Delete', locked: 'locked',
    selected: 'Painting into: {name}', noSelection: 'No section selected: drag to pan, click a zone to select its section',
    paintHint: 'click or drag over zones to move them into this section; Shift-drag or right-drag pans; wheel zooms; Esc: no section',
    compliant: 'The plan meets every rule', notCompliant: 'The plan breaks {n} rule(s)',
    totals: '{sections} sections · {members} members · {seats} delegates', unassigned: '{n} zone(s) in no section',
    members: 'members', seats: 'delegates', perSeat: 'members per delegate', compactness: 'compactness', zones: 'zones', pieces: 'pieces',
    crosses: 'crosses {values}', hoverZone: '{name} ({id}) · {members} members', hoverSection: 'section {name}', none: 'no section',
    running: 'Proposal running…', cancel: 'Cancel', jobDone: 'Proposal applied: {n} sections (at most {ub}).', jobFailed: 'The proposal failed: {error}',
    jobCancelled: 'Proposal cancelled.', restoreLocal: 'This browser holds edits from {when} that differ from the editor’s plan.',
    restore: 'Restore them', discard: 'Discard', restoredServer: 'Your last edits were restored from {file}.',
    unsaved: 'unsaved changes (autosaved)', allSaved: 'saved', changedZones: '{n} zone(s) changed section compared with {label}',
    kept: '{share} of the members stay in their section', showOld: 'show {label} as outlines', estimated: 'member counts are estimates',
    zoomIn: 'Zoom in', zoomOut: 'Zoom out', zoomReset: 'Whole map', close: 'Close', empty: 'empty', error: 'Refused: {message}',
    sectionName: 'section name', ok: 'OK', detached: 'detached: {zones}', current: 'this plan', noChanges: 'no zone changed section',
    from: 'from', to: 'to', rulesHeading: 'Rules', zoneWord: 'zone', membersOf: '{n} members',
  },
  fr: {
    undo: 'Annuler', redo: 'Rétablir', propose: 'Proposer', complete: 'Compléter', keepAssignments: 'garder mes affectations',
    save: 'Enregistrer plan.csv', saved: 'Enregistré dans {file} ({n} zones).', compare: 'Comparer', check: 'Vérification complète', downloads: 'Télécharger',
    dlPlan: 'plan.csv', dlSections: 'sections GeoJSON', dlReport: 'rapport HTML', dlPng: 'carte PNG',
    search: 'Chercher une zone (nom ou code)', sections: 'Sections', newSection: 'Nouvelle section', rename: 'Renommer', merge: 'Fusionner',
    mergeInto: 'fusionner cette section avec…', lock: 'Verrouiller', unlock: 'Déverrouiller', delete: 'Supprimer', locked: 'verrouillée',
    selected: 'Section active : {name}', noSelection: 'Aucune section active : glisser déplace la carte, un clic sur une zone choisit sa section',
    paintHint: 'cliquer ou glisser sur des zones les met dans cette section ; Maj-glisser ou clic droit déplace la carte ; la molette zoome ; Échap : aucune section',
    compliant: 'Le découpage respecte toutes les règles', notCompliant: 'Le découpage ne respecte pas {n} règle(s)',
    totals: '{sections} sections · {members} adhérents · {seats} délégués', unassigned: '{n} zone(s) sans section',
    members: 'adhérents', seats: 'délégués', perSeat: 'adhérents par délégué', compactness: 'compacité', zones: 'zones', pieces: 'morceaux',
    crosses: 'franchit {values}', hoverZone: '{name} ({id}) · {members} adhérents', hoverSection: 'section {name}', none: 'aucune section',
    running: 'Proposition en cours…', cancel: 'Arrêter', jobDone: 'Proposition appliquée : {n} sections (au plus {ub}).', jobFailed: 'La proposition a échoué : {error}',
    jobCancelled: 'Proposition arrêtée.', restoreLocal: 'Ce navigateur garde des modifications du {when}, différentes du découpage de l’éditeur.',
    restore: 'Les reprendre', discard: 'Les oublier', restoredServer: 'Vos dernières modifications ont été reprises de {file}.',
    unsaved: 'modifications non enregistrées (sauvegardées automatiquement)', allSaved: 'enregistré', changedZones: '{n} zone(s) changent de section par rapport à {label}',
    kept: '{share} des adhérents restent dans leur section', showOld: 'afficher {label} en contours', estimated: 'effectifs d’adhérents estimés',
    zoomIn: 'Zoomer', zoomOut: 'Dézoomer', zoomReset: 'Toute la carte', close: 'Fermer', empty: 'vide', error: 'Refusé : {message}',
    sectionName: 'nom de la section', ok: 'OK', detached: 'détaché : {zones}', current: 'ce découpage', noChanges: 'aucune zone ne change de section',
    from: 'de', to: 'vers', rulesHeading: 'Règles', zoneWord: 'zone', membersOf: '{n} adhérents',
  },
};
