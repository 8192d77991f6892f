/** What is said when a plan, locks or votes on zones are carried over to the finer units of split zones. */
import type { Table } from './message.js';

export const CARRY_LABELS = {
  // {n} split zones: one is named ({zones} is its code), several are counted then listed
  carried: {
    en: '{file}: {n:zone {zones} was split; its|{n} zones were split ({zones}); their} {units} {units:unit takes|units take} {value}.',
    fr: '{file} : {n:la zone {zones} a été découpée ; ses|{n} zones ont été découpées ({zones}) ; leurs} {units} {units:unité reprend|unités reprennent} {value}.',
  },
  // what the units of {n} split zones take
  section: { en: "{n:its section|their zone's section}", fr: '{n:sa section|la section de leur zone}' },
  votes: { en: "{n:its vote shares|their zone's vote shares}", fr: '{n:ses parts de voix|les parts de voix de leur zone}' },
  lock: { en: "{n:its lock|their zone's lock}", fr: '{n:son verrou|le verrou de leur zone}' },
  prefer: { en: "{n:its preferred section|their zone's preferred section}", fr: '{n:sa section préférée|la section préférée de leur zone}' },
} as const satisfies Table;
