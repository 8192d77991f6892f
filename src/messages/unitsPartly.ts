/** The line saying which figures are estimates when only split zones were estimated. */
import type { Table } from './message.js';

export const PARTLY_LABELS = {
  line: {
    en: "Only the member figures of the {units} {units:unit|units} of split zone {zones} are ESTIMATES (the zone's count shared among them), and so are the seats of the sections holding them; every other figure is a count.",
    fr: 'Seuls les effectifs des {units} {units:unité|unités} de la zone découpée {zones} sont des ESTIMATIONS (l’effectif de la zone réparti entre elles), et donc aussi les sièges des sections qui les contiennent ; tous les autres effectifs sont des décomptes.',
  },
} as const satisfies Table;
