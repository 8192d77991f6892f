/** What is said when a plan, locks or votes on zones are carried over to the finer units of split zones. */
import type { Table } from './message.js';

export const CARRY_LABELS = {
  one: {
    en: '{file}: zone {zone} was split; its {units} units take {value}.',
    fr: '{file} : la zone {zone} a été découpée ; ses {units} unités reprennent {value}.',
  },
  many: {
    en: '{file}: {n} zones were split ({zones}); their {units} units take {value}.',
    fr: '{file} : {n} zones ont été découpées ({zones}) ; leurs {units} unités reprennent {value}.',
  },
  sectionOne: { en: 'its section', fr: 'sa section' },
  sectionMany: { en: "their zone's section", fr: 'la section de leur zone' },
  votesOne: { en: 'its vote shares', fr: 'ses parts de voix' },
  votesMany: { en: "their zone's vote shares", fr: 'les parts de voix de leur zone' },
  lockOne: { en: 'its lock', fr: 'son verrou' },
  lockMany: { en: "their zone's lock", fr: 'le verrou de leur zone' },
  preferOne: { en: 'its preferred section', fr: 'sa section préférée' },
  preferMany: { en: "their zone's preferred section", fr: 'la section préférée de leur zone' },
} as const satisfies Table;
