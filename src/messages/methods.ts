/**
 * The apportionment and list-vote methods' names, English and French side by side: the one place they are
 * written. Each output has always named a method its own way (and its English must not change), so a method
 * has named variants, "<method>.<variant>":
 * - short: the report's name ("D’Hondt")
 * - rules: the rules' line and each rule's statement (check, the report's charter, the editor): "D'Hondt (highest averages)"
 * - long: the seat rule of `seats` and `pluralism`, with its divisors: "D'Hondt / Jefferson (highest averages, divisors 1, 2, 3…)"
 * - list: a list vote inside sections, as `pluralism` names it: "D'Hondt (plus forte moyenne)"
 * - demo: the demo's summary: "D'Hondt, plus forte moyenne"
 * French names every variant the way a French committee does, the long one with its divisors.
 * No I/O and no catalogue import here: the editor page bundles this file (through the check's wording).
 */
import type { Lang } from './i18n.js';
import type { Said, Table } from './message.js';

export const METHOD_NAMES = {
  'dhondt.short': { en: 'D’Hondt', fr: 'D’Hondt (plus forte moyenne)' },
  'dhondt.rules': { en: "D'Hondt (highest averages)", fr: 'D’Hondt (plus forte moyenne)' },
  'dhondt.long': { en: "D'Hondt / Jefferson (highest averages, divisors 1, 2, 3…)", fr: 'D’Hondt / Jefferson (plus forte moyenne, diviseurs 1, 2, 3…)' },
  'dhondt.list': { en: "D'Hondt (plus forte moyenne)", fr: 'D’Hondt (plus forte moyenne)' },
  'dhondt.demo': { en: "D'Hondt, plus forte moyenne", fr: 'D’Hondt (plus forte moyenne)' },

  'sainte-lague.short': { en: 'Sainte-Laguë', fr: 'Sainte-Laguë' },
  'sainte-lague.rules': { en: 'Sainte-Laguë', fr: 'Sainte-Laguë' },
  'sainte-lague.long': {
    en: 'Sainte-Laguë / Webster (highest averages, divisors 1, 3, 5…)',
    fr: 'Sainte-Laguë / Webster (plus forte moyenne, diviseurs 1, 3, 5…)',
  },

  'hamilton.short': { en: 'Hamilton (largest remainder)', fr: 'Hamilton (plus fort reste)' },
  'hamilton.rules': { en: 'Hamilton (largest remainders)', fr: 'Hamilton (plus fort reste)' },
  'hamilton.long': { en: 'Hamilton / largest remainder (Hare quota)', fr: 'Hamilton / plus fort reste (quotient de Hare)' },

  'hare.short': { en: 'Hare largest remainder', fr: 'plus fort reste (quotient de Hare)' },
  'hare.list': { en: 'Hare largest remainder (plus fort reste)', fr: 'plus fort reste (quotient de Hare)' },
  'hare.demo': { en: 'largest remainder', fr: 'plus fort reste (quotient de Hare)' },

  'huntington-hill.short': { en: 'Huntington-Hill', fr: 'Huntington-Hill' },
  'huntington-hill.rules': { en: 'Huntington-Hill', fr: 'Huntington-Hill' },
  'huntington-hill.long': { en: 'Huntington-Hill (equal proportions, divisors √(s(s+1)))', fr: 'Huntington-Hill (proportions égales, diviseurs √(s(s+1)))' },

  'adams.short': { en: 'Adams', fr: 'Adams' },
  'adams.rules': { en: 'Adams', fr: 'Adams' },
  'adams.long': { en: 'Adams (smallest divisors, divisors 0, 1, 2…)', fr: 'Adams (plus petits diviseurs, diviseurs 0, 1, 2…)' },
} as const satisfies Table;

export type MethodVariant = 'short' | 'rules' | 'long' | 'list' | 'demo';

/** A method's name in a variant ("dhondt.long"), to say later (e.g. as the {method} of a sentence). */
export function methodName(name: keyof typeof METHOD_NAMES): Said {
  return { id: `method.${name}` };
}

/** A method's name in a variant and a language, read straight from the table (an unknown method is said as it is). */
export function methodNameIn(method: string, variant: MethodVariant, lang: Lang): string {
  return (METHOD_NAMES as Table)[`${method}.${variant}`]?.[lang] ?? method;
}
