/** How an error or a warning is laid out, around its message: where it is, what to do. */
import type { Table } from './message.js';

export const ERROR_MESSAGES = {
  at: { en: '{place}: {problem}', fr: '{place} : {problem}' },
  zone: { en: 'zone {zone}', fr: 'zone {zone}' },
  field: { en: 'field "{field}"', fr: 'champ « {field} »' },
  error: { en: 'error: {message}', fr: 'erreur : {message}' },
  warning: { en: 'warning: {message}', fr: 'avertissement : {message}' },
  internal: {
    en: 'internal error, please report it with the command you ran (this is a bug in decoupage, not in your files): {what}',
    fr: 'erreur interne, merci de la signaler avec la commande lancée (c’est un défaut de decoupage, pas de vos fichiers) : {what}',
  },
  cut: { en: '… ({n} more {n:character|characters})', fr: '… ({n} {n:caractère|caractères} de plus)' },
} as const satisfies Table;
