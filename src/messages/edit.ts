/** Why the editor refuses an edit (said on the page). */
import type { Table } from './message.js';

export const EDIT_MESSAGES = {
  planZoneUnknown: {
    en: 'zone "{zone}" of the plan is not in the zone layer',
    fr: 'la zone « {zone} » du découpage n’est pas dans la couche des zones',
  },
  zoneUnknown: { en: 'zone "{zone}" is not in the zone layer', fr: 'la zone « {zone} » n’est pas dans la couche des zones' },
  sectionUnknown: { en: 'there is no section "{section}"', fr: 'il n’y a pas de section « {section} »' },
  sectionLocked: { en: 'section "{section}" is locked', fr: 'la section « {section} » est verrouillée' },
  zoneInLocked: {
    en: 'zone "{zone}" is in the locked section "{section}"',
    fr: 'la zone « {zone} » est dans la section verrouillée « {section} »',
  },
  mergeSelf: { en: 'cannot merge section "{section}" with itself', fr: 'impossible de fusionner la section « {section} » avec elle-même' },
  notEmpty: {
    en: 'section "{section}" is not empty ({n} {n:zone|zones}): merge it instead',
    fr: 'la section « {section} » n’est pas vide ({n} {n:zone|zones}) : fusionnez-la plutôt',
  },
  proposalOutOfLocked: {
    en: 'the proposal moves zone "{zone}" out of the locked section "{section}"',
    fr: 'la proposition sort la zone « {zone} » de la section verrouillée « {section} »',
  },
  proposalIntoLocked: {
    en: 'the proposal moves zone "{zone}" into the locked section "{section}"',
    fr: 'la proposition met la zone « {zone} » dans la section verrouillée « {section} »',
  },
  nothingToUndo: { en: 'nothing to undo', fr: 'rien à annuler' },
  nothingToRedo: { en: 'nothing to redo', fr: 'rien à rétablir' },
  nameEmpty: { en: 'a section name cannot be empty', fr: 'un nom de section ne peut pas être vide' },
  nameTooLong: { en: 'a section name has at most {n} {n:character|characters}', fr: 'un nom de section a au plus {n} {n:caractère|caractères}' },
  nameControl: {
    en: 'a section name cannot hold control characters',
    fr: 'un nom de section ne peut pas contenir de caractères de contrôle',
  },
  nameTaken: { en: 'there is already a section "{section}"', fr: 'il y a déjà une section « {section} »' },
  unlockFirst: {
    en: 'unlock the locked sections first, or use Complete, which keeps them',
    fr: 'déverrouillez d’abord les sections verrouillées, ou utilisez Compléter, qui les garde',
  },
  allLocked: {
    en: 'every zone is in a locked section: nothing to complete',
    fr: 'toutes les zones sont dans des sections verrouillées : rien à compléter',
  },
  auditInvalid: {
    en: 'the audit compares a valid plan with the other valid plans: mend the rules marked ✗ first',
    fr: 'l’audit compare un découpage valide aux autres découpages valides : corrigez d’abord les règles marquées ✗',
  },
  auditBusy: { en: 'an audit is already running', fr: 'un audit est déjà en cours' },
} as const satisfies Table;
