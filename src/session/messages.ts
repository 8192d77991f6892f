/**
 * Why an edit is refused, in English and French side by side: the session throws an EditError with a code
 * and its figures; the server answers the English message with the code, and the page words it in its language.
 */
import { fill, type Labels, type Lang } from '../core/i18n.js';

export type EditErrorCode =
  | 'planZoneUnknown' | 'zoneUnknown' | 'sectionUnknown' | 'sectionLocked' | 'zoneInLocked' | 'mergeSelf' | 'notEmpty'
  | 'proposalOutOfLocked' | 'proposalIntoLocked' | 'nothingToUndo' | 'nothingToRedo' | 'nameEmpty' | 'nameTooLong'
  | 'nameControl' | 'nameTaken' | 'unlockFirst' | 'allLocked';

export const EDIT_MESSAGES: Labels<EditErrorCode> = {
  en: {
    planZoneUnknown: 'zone "{zone}" of the plan is not in the zone layer',
    zoneUnknown: 'zone "{zone}" is not in the zone layer',
    sectionUnknown: 'there is no section "{section}"',
    sectionLocked: 'section "{section}" is locked',
    zoneInLocked: 'zone "{zone}" is in the locked section "{section}"',
    mergeSelf: 'cannot merge section "{section}" with itself',
    notEmpty: 'section "{section}" is not empty ({n} zones): merge it instead',
    proposalOutOfLocked: 'the proposal moves zone "{zone}" out of the locked section "{section}"',
    proposalIntoLocked: 'the proposal moves zone "{zone}" into the locked section "{section}"',
    nothingToUndo: 'nothing to undo',
    nothingToRedo: 'nothing to redo',
    nameEmpty: 'a section name cannot be empty',
    nameTooLong: 'a section name has at most {n} characters',
    nameControl: 'a section name cannot hold control characters',
    nameTaken: 'there is already a section "{section}"',
    unlockFirst: 'unlock the locked sections first, or use Complete, which keeps them',
    allLocked: 'every zone is in a locked section: nothing to complete',
  },
  fr: {
    planZoneUnknown: 'la zone « {zone} » du découpage n’est pas dans la couche des zones',
    zoneUnknown: 'la zone « {zone} » n’est pas dans la couche des zones',
    sectionUnknown: 'il n’y a pas de section « {section} »',
    sectionLocked: 'la section « {section} » est verrouillée',
    zoneInLocked: 'la zone « {zone} » est dans la section verrouillée « {section} »',
    mergeSelf: 'impossible de fusionner la section « {section} » avec elle-même',
    notEmpty: 'la section « {section} » n’est pas vide ({n} zones) : fusionnez-la plutôt',
    proposalOutOfLocked: 'la proposition sort la zone « {zone} » de la section verrouillée « {section} »',
    proposalIntoLocked: 'la proposition met la zone « {zone} » dans la section verrouillée « {section} »',
    nothingToUndo: 'rien à annuler',
    nothingToRedo: 'rien à rétablir',
    nameEmpty: 'un nom de section ne peut pas être vide',
    nameTooLong: 'un nom de section a au plus {n} caractères',
    nameControl: 'un nom de section ne peut pas contenir de caractères de contrôle',
    nameTaken: 'il y a déjà une section « {section} »',
    unlockFirst: 'déverrouillez d’abord les sections verrouillées, ou utilisez Compléter, qui les garde',
    allLocked: 'toutes les zones sont dans des sections verrouillées : rien à compléter',
  },
};

export type EditParams = Record<string, string | number>;

/** A refusal worded in a language. */
export function editMessage(code: EditErrorCode, params: EditParams, lang: Lang = 'en'): string {
  return fill(EDIT_MESSAGES[lang][code], params);
}
