/**
 * Why an edit is refused, in English and French side by side: the session throws an EditError with a code
 * and its figures; the server answers the English message with the code, and the page words it in its language.
 */
import { fill, type Lang } from '../core/i18n.js';
import { EDIT_MESSAGES } from '../messages/edit.js';

export type EditErrorCode =
  | 'planZoneUnknown'
  | 'zoneUnknown'
  | 'sectionUnknown'
  | 'sectionLocked'
  | 'zoneInLocked'
  | 'mergeSelf'
  | 'notEmpty'
  | 'proposalOutOfLocked'
  | 'proposalIntoLocked'
  | 'nothingToUndo'
  | 'nothingToRedo'
  | 'nameEmpty'
  | 'nameTooLong'
  | 'nameControl'
  | 'nameTaken'
  | 'unlockFirst'
  | 'allLocked'
  | 'auditInvalid'
  | 'auditBusy';

export { EDIT_MESSAGES };

export type EditParams = Record<string, string | number>;

/** True for a refusal's code (as the server sends it to the page). */
export function isEditCode(code: unknown): code is EditErrorCode {
  return typeof code === 'string' && Object.hasOwn(EDIT_MESSAGES, code);
}

/** A refusal worded in a language. */
export function editMessage(code: EditErrorCode, params: EditParams, lang: Lang = 'en'): string {
  return fill(EDIT_MESSAGES[code][lang], params, lang);
}
